import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, max, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { memberships, organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';
import { assessmentRevisions, assessments, groupInvitations, groupResponses, groupRounds } from './assessments.table.ts';

type AssessmentInsert = typeof assessments.$inferInsert;
type AssessmentUpdate = Partial<Omit<AssessmentInsert, 'id' | 'createdAt'>>;

// Assessments ----------------------------------------------------------------------------------

export async function insertAssessment(db: Executor, values: AssessmentInsert) {
	const [row] = await db.insert(assessments).values(values).returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function findAssessmentByTokenHash(db: Executor, tokenHash: string) {
	const [row] = await db.select().from(assessments).where(eq(assessments.tokenHash, tokenHash)).limit(1);
	return row;
}

export async function findAssessmentById(db: Executor, id: string) {
	const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).limit(1);
	return row;
}

export async function updateAssessment(db: Executor, id: string, values: AssessmentUpdate) {
	const [row] = await db
		.update(assessments)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(assessments.id, id))
		.returning();
	if (!row) throw new Error('update found no row');
	return row;
}

export async function deleteAssessmentRow(db: Executor, id: string) {
	await db.delete(assessments).where(eq(assessments.id, id));
}

export async function listOrganisationAssessments(db: Executor, organisationIds: string[]) {
	if (organisationIds.length === 0) return [];
	return db
		.select({
			id: assessments.id,
			title: assessments.title,
			outcome: assessments.outcome,
			organisationId: assessments.organisationId,
			organisationName: organisations.name,
			revision: assessments.revision,
			updatedAt: assessments.updatedAt
		})
		.from(assessments)
		.innerJoin(organisations, eq(organisations.id, assessments.organisationId))
		.where(and(isNotNull(assessments.organisationId), inArray(assessments.organisationId, organisationIds)))
		.orderBy(desc(assessments.updatedAt));
}

export async function insertRevision(db: Executor, values: typeof assessmentRevisions.$inferInsert) {
	await db.insert(assessmentRevisions).values(values);
}

export async function listRevisions(db: Executor, assessmentId: string) {
	return db
		.select({
			revision: assessmentRevisions.revision,
			title: assessmentRevisions.title,
			outcome: assessmentRevisions.outcome,
			answers: assessmentRevisions.answers,
			createdAt: assessmentRevisions.createdAt,
			authorName: users.name,
			authorEmail: users.email
		})
		.from(assessmentRevisions)
		.leftJoin(users, eq(users.id, assessmentRevisions.createdBy))
		.where(eq(assessmentRevisions.assessmentId, assessmentId))
		.orderBy(desc(assessmentRevisions.revision));
}

// Memberships (read only: the organisations area owns them) ---------------------------------------

export async function isMemberOf(db: Executor, userId: string, organisationId: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: memberships.userId })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
		.limit(1);
	return Boolean(row);
}

export async function listMemberOrganisations(db: Executor, userId: string) {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}

// Group rounds ---------------------------------------------------------------------------------

export async function insertRound(db: Executor, values: typeof groupRounds.$inferInsert) {
	const [row] = await db.insert(groupRounds).values(values).returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function findRoundById(db: Executor, id: string) {
	const [row] = await db.select().from(groupRounds).where(eq(groupRounds.id, id)).limit(1);
	return row;
}

export async function findRoundByInviteToken(db: Executor, inviteToken: string) {
	const [row] = await db.select().from(groupRounds).where(eq(groupRounds.inviteToken, inviteToken)).limit(1);
	return row;
}

export async function closeRoundRow(db: Executor, id: string, closedAt: Date) {
	await db
		.update(groupRounds)
		.set({ status: 'closed', closedAt })
		.where(and(eq(groupRounds.id, id), eq(groupRounds.status, 'open')));
}

export async function reopenRoundRow(db: Executor, id: string) {
	await db
		.update(groupRounds)
		.set({ status: 'open', closedAt: null })
		.where(and(eq(groupRounds.id, id), eq(groupRounds.status, 'closed')));
}

export async function findLastRoundNumber(db: Executor, seriesId: string): Promise<number> {
	const [row] = await db
		.select({ last: max(groupRounds.roundNumber) })
		.from(groupRounds)
		.where(eq(groupRounds.seriesId, seriesId));
	return row?.last ?? 0;
}

export async function listRoundsInSeries(db: Executor, seriesId: string) {
	return db.select().from(groupRounds).where(eq(groupRounds.seriesId, seriesId)).orderBy(asc(groupRounds.roundNumber));
}

export async function listOrganisationRounds(db: Executor, organisationIds: string[]) {
	if (organisationIds.length === 0) return [];
	return db
		.select({
			id: groupRounds.id,
			focusProblem: groupRounds.focusProblem,
			roundNumber: groupRounds.roundNumber,
			status: groupRounds.status,
			openedAt: groupRounds.openedAt,
			organisationName: organisations.name,
			responses: count(groupResponses.id)
		})
		.from(groupRounds)
		.innerJoin(organisations, eq(organisations.id, groupRounds.organisationId))
		.leftJoin(groupResponses, and(eq(groupResponses.roundId, groupRounds.id), eq(groupResponses.isLate, false)))
		.where(inArray(groupRounds.organisationId, organisationIds))
		.groupBy(groupRounds.id, organisations.name)
		.orderBy(desc(groupRounds.openedAt));
}

export async function findResponse(db: Executor, roundId: string, respondentTokenHash: string, isLate: boolean) {
	const [row] = await db
		.select()
		.from(groupResponses)
		.where(
			and(
				eq(groupResponses.roundId, roundId),
				eq(groupResponses.respondentTokenHash, respondentTokenHash),
				eq(groupResponses.isLate, isLate)
			)
		)
		.limit(1);
	return row;
}

/** One response per personal token (and lateness): sending again replaces the earlier answers. */
/** Has this respondent answered in this round at all (counted or late)? */
export async function hasAnyResponse(db: Executor, roundId: string, respondentTokenHash: string): Promise<boolean> {
	const [row] = await db
		.select({ id: groupResponses.id })
		.from(groupResponses)
		.where(and(eq(groupResponses.roundId, roundId), eq(groupResponses.respondentTokenHash, respondentTokenHash)))
		.limit(1);
	return row !== undefined;
}

export async function upsertResponse(db: Executor, values: typeof groupResponses.$inferInsert) {
	await db
		.insert(groupResponses)
		.values(values)
		.onConflictDoUpdate({
			target: [groupResponses.roundId, groupResponses.respondentTokenHash, groupResponses.isLate],
			set: {
				name: values.name,
				organisation: values.organisation,
				sector: values.sector,
				answers: values.answers,
				comments: values.comments,
				submittedAt: values.submittedAt
			}
		});
}

export async function listResponses(db: Executor, roundId: string) {
	return db.select().from(groupResponses).where(eq(groupResponses.roundId, roundId)).orderBy(asc(groupResponses.submittedAt));
}

/** Anonymous self-checks past their expiry date (their link no longer opens them): deleted for good. */
export async function deleteExpiredSelfChecks(db: Executor, now: Date): Promise<number> {
	const deleted = await db
		.delete(assessments)
		.where(and(isNull(assessments.organisationId), isNotNull(assessments.expiresAt), lt(assessments.expiresAt, now)))
		.returning({ id: assessments.id });
	return deleted.length;
}

// Named invitations to a round ---------------------------------------------------------------------

/** Inserts the invitation, or returns undefined when this address is already invited to the round. */
export async function insertInvitation(db: Executor, values: typeof groupInvitations.$inferInsert) {
	const [row] = await db
		.insert(groupInvitations)
		.values(values)
		.onConflictDoNothing({ target: [groupInvitations.roundId, groupInvitations.email] })
		.returning();
	return row;
}

/** A round's invitations, oldest first, each with whether its respondent has answered (counted or late). */
export async function listInvitations(db: Executor, roundId: string) {
	return db
		.select({
			id: groupInvitations.id,
			name: groupInvitations.name,
			email: groupInvitations.email,
			tokenRandom: groupInvitations.tokenRandom,
			invitedAt: groupInvitations.invitedAt,
			lastRemindedAt: groupInvitations.lastRemindedAt,
			answeredAt: sql<Date | null>`(select max(${groupResponses.submittedAt}) from ${groupResponses} where ${groupResponses.roundId} = ${groupInvitations.roundId} and ${groupResponses.respondentTokenHash} = ${groupInvitations.respondentTokenHash})`
		})
		.from(groupInvitations)
		.where(eq(groupInvitations.roundId, roundId))
		.orderBy(asc(groupInvitations.invitedAt), asc(groupInvitations.name));
}

export async function findInvitation(db: Executor, roundId: string, invitationId: string) {
	const [row] = await db
		.select()
		.from(groupInvitations)
		.where(and(eq(groupInvitations.id, invitationId), eq(groupInvitations.roundId, roundId)))
		.limit(1);
	return row;
}

/**
 * Marks a reminder as sent, only when the last mail to this respondent (invitation or reminder) is
 * at least as old as `cutoff`: the once-a-day rule holds in one statement, also for two clicks at once.
 */
export async function claimReminder(db: Executor, invitationId: string, now: Date, cutoff: Date): Promise<boolean> {
	const rows = await db
		.update(groupInvitations)
		.set({ lastRemindedAt: now })
		.where(
			and(
				eq(groupInvitations.id, invitationId),
				sql`coalesce(${groupInvitations.lastRemindedAt}, ${groupInvitations.invitedAt}) <= ${cutoff.toISOString()}::timestamptz`
			)
		)
		.returning({ id: groupInvitations.id });
	return rows.length === 1;
}
