import { and, eq, gt, isNull, lt, lte, ne, or, type Placeholder, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { preparedOn } from '../db/prepared.ts';
import { ADVISORY_LOCKS } from '../db/locks.ts';
import { users, type UserRow } from '../users/users.table.ts';
import { emailTokens, sessions, signInFailures } from './auth.table.ts';

export async function insertSession(db: Executor, values: { id: string; userId: string; expiresAt: Date; now: Date }) {
	await db.insert(sessions).values({
		id: values.id,
		userId: values.userId,
		createdAt: values.now,
		lastSeenAt: values.now,
		expiresAt: values.expiresAt
	});
}

const sessionWithUser = (db: Executor, sessionId: string | Placeholder) =>
	db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sessionId))
		.limit(1);

/** Every signed-in request reads it: prepared (db/prepared.ts). */
export async function findSessionWithUser(db: Executor, sessionId: string) {
	const prepared = preparedOn(db, 'session-with-user', (on) => sessionWithUser(on, sql.placeholder('id')).prepare('session_with_user'));
	const [row] = prepared ? await prepared.execute({ id: sessionId }) : await sessionWithUser(db, sessionId);
	return row as { session: typeof sessions.$inferSelect; user: UserRow } | undefined;
}

export async function touchSession(db: Executor, sessionId: string, now: Date) {
	await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string) {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, optionally keeping one (the one making the change). */
export async function deleteUserSessions(db: Executor, userId: string, exceptSessionId?: string) {
	await db
		.delete(sessions)
		.where(exceptSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)) : eq(sessions.userId, userId));
}

export async function countUserSessions(db: Executor, userId: string): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sessions).where(eq(sessions.userId, userId));
	return row?.n ?? 0;
}

export async function insertEmailToken(
	db: Executor,
	values: { tokenHash: string; userId: string; purpose: 'reset' | 'invite'; expiresAt: Date; now: Date }
) {
	await db.insert(emailTokens).values({ ...values, createdAt: values.now });
}

/** Marks the token used and returns it, in one statement, so a token can only ever be used once (A4). */
export async function consumeEmailToken(db: Executor, tokenHash: string, now: Date) {
	const [row] = await db
		.update(emailTokens)
		.set({ usedAt: now })
		.where(and(eq(emailTokens.tokenHash, tokenHash), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
		.returning();
	return row;
}

export async function findUsableEmailToken(db: Executor, tokenHash: string, now: Date) {
	const [row] = await db
		.select()
		.from(emailTokens)
		.where(and(eq(emailTokens.tokenHash, tokenHash), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
		.limit(1);
	return row;
}

/** A token's row whatever its state (used, expired): to tell the person why a link no longer works. */
export async function findEmailTokenRow(db: Executor, tokenHash: string) {
	const [row] = await db.select().from(emailTokens).where(eq(emailTokens.tokenHash, tokenHash)).limit(1);
	return row;
}

/** Earlier links stop working when a new one is sent. */
export async function expireEmailTokens(db: Executor, userId: string, now: Date) {
	await db
		.update(emailTokens)
		.set({ usedAt: now })
		.where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)));
}

export async function recordSignInFailure(db: Executor, email: string, ip: string, now: Date) {
	await db.insert(signInFailures).values({ email, ip, at: now });
}

export async function countRecentFailures(db: Executor, since: Date, by: { email?: string; ip?: string }) {
	const where = by.email
		? and(eq(signInFailures.email, by.email), gt(signInFailures.at, since))
		: and(eq(signInFailures.ip, by.ip ?? ''), gt(signInFailures.at, since));
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(signInFailures).where(where);
	return row?.n ?? 0;
}

/**
 * A3: reserves one attempt before its password is checked. In one transaction holding an advisory
 * lock on the account and one on the address (always in that order, so two never wait on each
 * other), it counts the window's failures and, when both are under their limits, writes the
 * attempt's failure row before anyone else may count. So of any burst, on one server or several,
 * exactly the first `perAccount` (or `perAddress`) attempts get a reservation and the rest are
 * refused without one. The row stays as the failure record when the password is wrong; it is
 * released when the password was never checked, and cleared with the account's earlier failures
 * when the password is right.
 */
export async function reserveSignInAttempt(
	db: Executor,
	attempt: { email: string; ip: string; now: Date; since: Date; limits: { perAccount: number; perAddress: number } }
): Promise<{ id: number | null; accountFailures: number; addressFailures: number }> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.signInAttempts}, hashtext(${`account:${attempt.email}`}))`);
		await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.signInAttempts}, hashtext(${`address:${attempt.ip}`}))`);
		const [counts] = await tx
			.select({
				account: sql<number>`(count(*) filter (where ${signInFailures.email} = ${attempt.email}))::int`,
				address: sql<number>`(count(*) filter (where ${signInFailures.ip} = ${attempt.ip}))::int`
			})
			.from(signInFailures)
			.where(and(gt(signInFailures.at, attempt.since), or(eq(signInFailures.email, attempt.email), eq(signInFailures.ip, attempt.ip))));
		const accountFailures = counts?.account ?? 0;
		const addressFailures = counts?.address ?? 0;
		if (accountFailures >= attempt.limits.perAccount || addressFailures >= attempt.limits.perAddress) {
			return { id: null, accountFailures, addressFailures };
		}
		const [reserved] = await tx
			.insert(signInFailures)
			.values({ email: attempt.email, ip: attempt.ip, at: attempt.now })
			.returning({ id: signInFailures.id });
		return { id: reserved?.id ?? null, accountFailures, addressFailures };
	});
}

/** Gives back a reservation whose password was never checked (refused over the limit, or the server was busy). */
export async function releaseSignInAttempt(db: Executor, id: number) {
	await db.delete(signInFailures).where(eq(signInFailures.id, id));
}

/**
 * Forgets an account's failures (right password, account deleted). With `upToId`, only the
 * reservations made up to that one: attempts still being checked in parallel keep theirs.
 */
export async function clearSignInFailures(db: Executor, email: string, upToId?: number) {
	await db
		.delete(signInFailures)
		.where(upToId === undefined ? eq(signInFailures.email, email) : and(eq(signInFailures.email, email), lte(signInFailures.id, upToId)));
}

/** How many links of a kind were sent to a user since a moment (to cap reset mails). */
export async function countEmailTokensSince(db: Executor, userId: string, purpose: 'reset' | 'invite', since: Date) {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(emailTokens)
		.where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), gt(emailTokens.createdAt, since)));
	return row?.n ?? 0;
}

/**
 * Housekeeping: sessions past their absolute end, e-mail links past their expiry, and sign-in
 * failures older than a day (they hold an e-mail address and an IP, and the limiter looks back
 * minutes, not days).
 */
export async function deleteExpiredAuthRows(db: Executor, now: Date): Promise<number> {
	const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
	const [gone, links, failures] = await Promise.all([
		db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id }),
		db.delete(emailTokens).where(lt(emailTokens.expiresAt, now)).returning({ id: emailTokens.tokenHash }),
		db.delete(signInFailures).where(lt(signInFailures.at, dayAgo)).returning({ id: signInFailures.id })
	]);
	return gone.length + links.length + failures.length;
}
