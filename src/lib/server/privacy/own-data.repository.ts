/** Queries for a person's own data: what they can download, and what deleting their account touches. */
import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { assessments, groupRounds } from '../assessments/assessments.table.ts';
import { auditLog } from '../audit/audit.table.ts';
import { clearSignInFailures } from '../auth/auth.repository.ts';
import { emailTokens, sessions } from '../auth/auth.table.ts';
import type { Executor } from '../db/client.ts';
import { learningCases, learningRevisions, learningTestimonies } from '../learning/learning.table.ts';
import { memberships, organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';

export async function collectOwnData(db: Executor, userId: string) {
	const [profile] = await db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			locale: users.locale,
			platformRole: users.platformRole,
			status: users.status,
			createdAt: users.createdAt,
			updatedAt: users.updatedAt
		})
		.from(users)
		.where(eq(users.id, userId));
	const [organisationRows, sessionRows, linkRows, assessmentRows, roundRows, caseRows, testimonyCount, revisionCount, auditRows] =
		await Promise.all([
			db
				.select({ name: organisations.name, sector: organisations.sector, memberSince: memberships.createdAt })
				.from(memberships)
				.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
				.where(eq(memberships.userId, userId))
				.orderBy(asc(organisations.name)),
			db
				.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
				.from(sessions)
				.where(eq(sessions.userId, userId))
				.orderBy(desc(sessions.createdAt)),
			db
				.select({
					purpose: emailTokens.purpose,
					createdAt: emailTokens.createdAt,
					expiresAt: emailTokens.expiresAt,
					usedAt: emailTokens.usedAt
				})
				.from(emailTokens)
				.where(eq(emailTokens.userId, userId))
				.orderBy(desc(emailTokens.createdAt)),
			db
				.select({ title: assessments.title, createdAt: assessments.createdAt })
				.from(assessments)
				.where(eq(assessments.createdBy, userId))
				.orderBy(desc(assessments.createdAt)),
			db
				.select({ focusProblem: groupRounds.focusProblem, openedAt: groupRounds.openedAt, status: groupRounds.status })
				.from(groupRounds)
				.where(eq(groupRounds.openedBy, userId))
				.orderBy(desc(groupRounds.openedAt)),
			db
				.select({ slug: learningCases.slug, name: learningCases.nameDa, status: learningCases.status, createdAt: learningCases.createdAt })
				.from(learningCases)
				.where(and(eq(learningCases.createdBy, userId), isNull(learningCases.deletedAt)))
				.orderBy(desc(learningCases.createdAt)),
			db.select({ n: count() }).from(learningTestimonies).where(eq(learningTestimonies.createdBy, userId)),
			db.select({ n: count() }).from(learningRevisions).where(eq(learningRevisions.actorUserId, userId)),
			db
				.select({
					at: auditLog.at,
					action: auditLog.action,
					byThisPerson: sql<boolean>`${auditLog.actorUserId} = ${userId}`,
					targetType: auditLog.targetType,
					targetId: auditLog.targetId,
					ip: auditLog.ip,
					details: auditLog.details
				})
				.from(auditLog)
				.where(or(eq(auditLog.actorUserId, userId), eq(auditLog.subjectUserId, userId)))
				.orderBy(desc(auditLog.id))
		]);
	return {
		profile,
		organisations: organisationRows,
		sessions: sessionRows,
		emailLinks: linkRows,
		assessmentsCreated: assessmentRows,
		groupRoundsOpened: roundRows,
		casesAdded: caseRows,
		testimoniesAdded: testimonyCount[0]?.n ?? 0,
		contentRevisionsSaved: revisionCount[0]?.n ?? 0,
		auditEntries: auditRows
	};
}

/** Deletes the person's account row; sessions, e-mail links and memberships go with it (cascade),
 * content they wrote stays with its author set to null (ON DELETE SET NULL). */
export async function deleteUserRow(db: Executor, userId: string, email: string): Promise<void> {
	await db.delete(users).where(eq(users.id, userId));
	// the sign-in limiter's memory is keyed by e-mail address, not by account
	await clearSignInFailures(db, email);
}
