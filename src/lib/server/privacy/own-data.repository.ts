/** Queries for a person's own data: what they can download, and what deleting their account touches. */
import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { assessments, groupRounds } from '../assessments/assessments.table.ts';
import { auditLog } from '../audit/audit.table.ts';
import { clearSignInFailures } from '../auth/auth.repository.ts';
import { emailTokens, sessions } from '../auth/auth.table.ts';
import type { Executor } from '../db/client.ts';
import { learningCases, learningRevisions, learningTestimonies } from '../learning/learning.table.ts';
import { memberships, organisations } from '../organisations/organisations.table.ts';
import { normaliseEmail } from '../users/users.repository.ts';
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
					// another person's id is theirs, not this person's data
					targetId: sql<
						string | null
					>`case when ${auditLog.targetType} = 'user' and ${auditLog.targetId} <> ${userId} then null else ${auditLog.targetId} end`,
					// P2/L1: an address is only this person's when they acted; the administrator's who changed
					// their role, or a stranger's who asked for a reset link or tried their password, is not.
					ip: sql<string | null>`case when ${auditLog.actorUserId} = ${userId} then ${auditLog.ip} end`,
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
	await eraseEmailFromAuditDetails(db, email);
}

export const ERASED_EMAIL = '(deleted account)';

/**
 * P2: the audit log keeps a deleted person's entries, but not their e-mail address. Failed and
 * blocked sign-ins name the address typed (also before the account existed, or with no account
 * linked), so every entry whose details hold the address anywhere has it replaced. Only `details`
 * changes, in a transaction marked `samspil.audit_erase` (migration 0006 lets exactly that through).
 */
export async function eraseEmailFromAuditDetails(db: Executor, email: string): Promise<number> {
	const address = normaliseEmail(email);
	// as it appears inside the JSON text of details (addresses rarely need escaping, but may)
	const inJson = JSON.stringify(address).slice(1, -1);
	// the whole address only: deleting ann@x.dk must not touch joann@x.dk or ann@x.dk.eu
	const pattern = `(^|[^[:alnum:]._%+-])${inJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^[:alnum:].-])`;
	return db.transaction(async (tx) => {
		await tx.execute(sql`select set_config('samspil.audit_erase', 'on', true)`);
		const changed = await tx
			.update(auditLog)
			.set({ details: sql`regexp_replace(${auditLog.details}::text, ${pattern}, ${`\\1${ERASED_EMAIL}\\2`}, 'gi')::jsonb` })
			.where(sql`${auditLog.details}::text ~* ${pattern}`)
			.returning({ id: auditLog.id });
		return changed.length;
	});
}
