import { sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../db/locks.ts';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import { m } from '../../paraglide/messages.js';
import { appendAuditEntry } from '../audit/audit.repository.ts';
import { recordDenial } from '../audit/denials.ts';
import { getConfig, getPublicUrl } from '../config/config.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { attachDemoLead } from '../demo/initiative.ts';
import { AppError } from '../http/errors.ts';
import { sendMail } from '../mail/mailer.ts';
import { countUsers, findUserByEmail, findUserById, insertUser, normaliseEmail, updateUser } from '../users/users.repository.ts';
import type { UserRow } from '../users/users.table.ts';
import {
	clearSignInFailures,
	consumeEmailToken,
	countEmailTokensSince,
	deleteSession,
	deleteUserSessions,
	expireEmailTokens,
	findSessionWithUser,
	findEmailTokenRow,
	findUsableEmailToken,
	insertEmailToken,
	insertSession,
	releaseSignInAttempt,
	reserveSignInAttempt,
	touchSession
} from './auth.repository.ts';
import { getDummyHash, hashPassword, verifyPassword } from './password-hash.ts';
import { generateToken, hashToken } from './tokens.ts';

/** A3: limits on failed sign-ins within the window; past them even the right password gets 429. */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perAccount: 10, perAddress: 50 } as const;
export const RESET_TOKEN_MINUTES = 30;
/** V5: reset mails per account per hour; more requests are answered the same way but send nothing. */
export const RESET_MAILS_PER_HOUR = 3;
export const INVITE_TOKEN_DAYS = 7;
/** lastSeenAt is written at most this often, so that reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionTimeouts {
	idleMinutes: number;
	absoluteHours: number;
}

function getTimeouts(): SessionTimeouts {
	const config = getConfig();
	return { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
}

/** A2 at every place a password is chosen; the message goes next to the field. */
export function requireAcceptablePassword(password: string, email: string, field = 'password') {
	const problem = checkPassword(password, { email });
	if (problem) throw new AppError('invalid_input', { [field]: `password_${problem}` });
}

export async function startSession(db: Executor, userId: string, now: Date, timeouts = getTimeouts()): Promise<string> {
	const token = generateToken();
	await insertSession(db, {
		id: hashToken(token),
		userId,
		now,
		expiresAt: new Date(now.getTime() + timeouts.absoluteHours * 3_600_000)
	});
	return token;
}

export interface SignedIn {
	token: string;
	user: UserRow;
}

/**
 * A3: the attempt is reserved (counted) before the password is checked, so parallel requests cannot
 * all pass the count while argon2 works (auth.repository.ts `reserveSignInAttempt`): of any burst, at
 * most the limit are checked, on one server or several; the rest get 429 without a check. A wrong
 * password keeps its reservation as the failure. The right password clears the account's failures
 * up to its own reservation (a success resets the count, as before), while attempts still being
 * checked in parallel keep theirs.
 */
async function reserveAttempt(
	ctx: UseCaseContext,
	email: string,
	onBlocked: (counts: { accountFailures: number; addressFailures: number }) => Promise<unknown>
): Promise<number> {
	const now = nowOf(ctx);
	const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
	const reservation = await reserveSignInAttempt(ctx.db, { email, ip: ctx.ip, now, since, limits: SIGN_IN_LIMITS });
	if (reservation.id === null) {
		await onBlocked({ accountFailures: reservation.accountFailures, addressFailures: reservation.addressFailures });
		throw new AppError('too_many_attempts');
	}
	return reservation.id;
}

/** Checks a password inside a reservation; when the server is too busy to check it, the reservation is given back. */
async function checkReservedPassword(ctx: UseCaseContext, reservationId: number, storedHash: string, password: string) {
	try {
		return await verifyPassword(storedHash, password);
	} catch (error) {
		await releaseSignInAttempt(ctx.db, reservationId);
		throw error;
	}
}

export async function signIn(ctx: UseCaseContext, input: { email: string; password: string }): Promise<SignedIn> {
	await requireAccess(ctx, 'auth.sign_in');
	const now = nowOf(ctx);
	const email = normaliseEmail(input.email);
	const reservationId = await reserveAttempt(ctx, email, (counts) =>
		recordDenial(
			ctx.db,
			{
				actorUserId: null,
				action: 'auth.sign_in_blocked',
				refused: email,
				requestId: ctx.requestId,
				ip: ctx.ip,
				details: { email, ...counts }
			},
			now
		)
	);
	const user = await findUserByEmail(ctx.db, email);
	const isPasswordRight = await checkReservedPassword(ctx, reservationId, user?.passwordHash ?? (await getDummyHash()), input.password);
	if (!user?.passwordHash || !isPasswordRight || user.status !== 'active') {
		// the reservation stays: it is the recorded failure
		await appendAuditEntry(ctx.db, {
			actorUserId: null,
			action: 'auth.sign_in_failed',
			subjectUserId: user?.id ?? null,
			requestId: ctx.requestId,
			ip: ctx.ip,
			details: { email, reason: !user ? 'unknown_email' : user.status !== 'active' ? `user_${user.status}` : 'wrong_password' }
		});
		throw new AppError('invalid_credentials');
	}
	const token = await ctx.db.transaction(async (tx) => {
		await clearSignInFailures(tx, email, reservationId);
		// A5: signing in again from a browser that is already signed in ends the session it had
		if (ctx.sessionId) await deleteSession(tx, ctx.sessionId);
		const newToken = await startSession(tx, user.id, now);
		await appendAuditEntry(tx, {
			actorUserId: user.id,
			action: 'auth.sign_in',
			subjectUserId: user.id,
			requestId: ctx.requestId,
			ip: ctx.ip,
			...(ctx.sessionId ? { details: { endedPreviousSession: true } } : {})
		});
		return newToken;
	});
	return { token, user };
}

export interface ValidSession {
	sessionId: string;
	user: UserRow;
}

/** A5: unknown, idle, expired and disabled sessions all answer null (and are removed). */
export async function validateSessionToken(
	db: Executor,
	token: string,
	now = new Date(),
	timeouts = getTimeouts()
): Promise<ValidSession | null> {
	if (!token || token.length > 100) return null;
	const sessionId = hashToken(token);
	const found = await findSessionWithUser(db, sessionId);
	if (!found) return null;
	const { session, user } = found;
	const idleLimit = session.lastSeenAt.getTime() + timeouts.idleMinutes * 60_000;
	if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleLimit || user.status !== 'active') {
		await deleteSession(db, sessionId);
		return null;
	}
	if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, sessionId, now);
	return { sessionId, user };
}

export async function signOut(ctx: UseCaseContext, sessionId: string): Promise<void> {
	await requireAccess(ctx, 'auth.sign_out');
	await deleteSession(ctx.db, sessionId);
	await auditFromContext(ctx.db, ctx, { action: 'auth.sign_out' });
}

/**
 * Databases known to have a user. Once there is one there always is (the last administrator cannot
 * leave or be removed), so the front page stops counting users at every visit.
 */
const setUp = new WeakSet<Executor>();

export async function isSetupNeeded(db: Executor): Promise<boolean> {
	if (setUp.has(db)) return false;
	const needed = (await countUsers(db)) === 0;
	if (!needed) setUp.add(db);
	return needed;
}

/** First run: the first account becomes administrator; refused once any user exists. */
export async function createFirstAdmin(
	ctx: UseCaseContext,
	input: { email: string; name: string; password: string; locale?: 'da' | 'en' }
): Promise<SignedIn> {
	await requireAccess(ctx, 'setup.create_first_admin');
	requireAcceptablePassword(input.password, input.email);
	const passwordHash = await hashPassword(input.password);
	const now = nowOf(ctx);
	return ctx.db.transaction(async (tx) => {
		// Two set-up requests at once: the advisory lock makes the second see the first's user.
		await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.setup})`);
		if ((await countUsers(tx)) > 0) throw new AppError('setup_done');
		const user = await insertUser(tx, {
			email: input.email,
			name: input.name,
			passwordHash,
			platformRole: 'admin',
			status: 'active',
			locale: input.locale ?? 'da'
		});
		await appendAuditEntry(tx, {
			actorUserId: user.id,
			action: 'setup.first_admin_created',
			subjectUserId: user.id,
			targetType: 'user',
			targetId: user.id,
			requestId: ctx.requestId,
			ip: ctx.ip
		});
		// the demo initiative loaded before anyone had an account gets its backbone lead now
		await attachDemoLead(tx);
		const token = await startSession(tx, user.id, now);
		return { token, user };
	});
}

export function buildTokenLink(token: string): string {
	return `${getPublicUrl()}/password/reset/${token}`;
}

/** Always answers the same way, whether or not the address is known. */
export async function requestPasswordReset(ctx: UseCaseContext, input: { email: string }): Promise<void> {
	await requireAccess(ctx, 'auth.reset_password');
	const user = await findUserByEmail(ctx.db, input.email);
	await auditFromContext(ctx.db, ctx, {
		action: 'auth.reset_requested',
		subjectUserId: user?.id ?? null,
		details: { known: Boolean(user && user.status === 'active') }
	});
	if (user?.status !== 'active') return;
	const now = nowOf(ctx);
	if ((await countEmailTokensSince(ctx.db, user.id, 'reset', new Date(now.getTime() - 3_600_000))) >= RESET_MAILS_PER_HOUR) return;
	const token = generateToken();
	await ctx.db.transaction(async (tx) => {
		await expireEmailTokens(tx, user.id, now);
		await insertEmailToken(tx, {
			tokenHash: hashToken(token),
			userId: user.id,
			purpose: 'reset',
			now,
			expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000)
		});
	});
	const locale = user.locale;
	await sendMail({
		to: user.email,
		subject: m.mail_reset_subject({}, { locale }),
		text: m.mail_reset_body({ link: buildTokenLink(token), minutes: RESET_TOKEN_MINUTES }, { locale })
	});
}

/** For the reset page: is the link still good, and is it an invitation? */
export async function inspectEmailToken(db: Executor, token: string, now = new Date()) {
	if (!token || token.length > 100) return null;
	const row = await findUsableEmailToken(db, hashToken(token), now);
	if (!row) return null;
	const user = await findUserById(db, row.userId);
	if (!user || user.status === 'disabled') return null;
	return { purpose: row.purpose, email: user.email, name: user.name };
}

/**
 * Why an e-mailed link that no longer works does not (issue 11): already used (an invitation: the
 * account exists, so sign in) or expired / replaced by a newer one. Null for a link that never existed.
 */
export async function describeUnusableEmailToken(
	db: Executor,
	token: string
): Promise<{ purpose: string; reason: 'used' | 'expired' } | null> {
	if (!token || token.length > 100) return null;
	const row = await findEmailTokenRow(db, hashToken(token));
	if (!row) return null;
	// a newer link also marks the older ones used: an invitation is "used" only once the account is active
	if (row.purpose === 'invite') {
		const user = await findUserById(db, row.userId);
		return { purpose: row.purpose, reason: user?.status === 'active' ? 'used' : 'expired' };
	}
	return { purpose: row.purpose, reason: row.usedAt ? 'used' : 'expired' };
}

/** A4: the token is consumed in the same transaction that sets the password; all sessions end. */
export async function resetPassword(ctx: UseCaseContext, input: { token: string; password: string; name?: string }): Promise<SignedIn> {
	await requireAccess(ctx, 'auth.reset_password');
	const now = nowOf(ctx);
	const preview = await inspectEmailToken(ctx.db, input.token, now);
	if (!preview) throw new AppError('token_invalid');
	requireAcceptablePassword(input.password, preview.email);
	const passwordHash = await hashPassword(input.password);
	return ctx.db.transaction(async (tx) => {
		const row = await consumeEmailToken(tx, hashToken(input.token), now);
		if (!row) throw new AppError('token_invalid');
		const user = await findUserById(tx, row.userId);
		if (!user || user.status === 'disabled') throw new AppError('token_invalid');
		await updateUser(tx, user.id, {
			passwordHash,
			status: 'active',
			...(row.purpose === 'invite' && input.name ? { name: input.name } : {})
		});
		await deleteUserSessions(tx, user.id);
		await appendAuditEntry(tx, {
			actorUserId: user.id,
			action: row.purpose === 'invite' ? 'auth.invitation_accepted' : 'auth.password_reset',
			subjectUserId: user.id,
			requestId: ctx.requestId,
			ip: ctx.ip
		});
		const token = await startSession(tx, user.id, now);
		return { token, user: { ...user, status: 'active' as const } };
	});
}

/**
 * The signed-in person's own account, once they have shown it is them by typing their password
 * (changing it, deleting the account). A wrong password is audited and refused next to `field`.
 */
export async function requireOwnPassword(
	ctx: UseCaseContext,
	password: string,
	options: { failedAction: string; field: string }
): Promise<UserRow> {
	const user = ctx.actor.userId ? await findUserById(ctx.db, ctx.actor.userId) : undefined;
	if (!user?.passwordHash) throw new AppError('forbidden');
	// A3: guesses here are reserved and counted with the sign-in failures, so a stolen session cannot try passwords endlessly
	const reservationId = await reserveAttempt(ctx, user.email, (counts) =>
		recordDenial(
			ctx.db,
			{
				actorUserId: ctx.actor.userId,
				action: options.failedAction,
				refused: 'blocked',
				subjectUserId: user.id,
				requestId: ctx.requestId,
				ip: ctx.ip,
				details: { blocked: true, ...counts }
			},
			nowOf(ctx)
		)
	);
	if (!(await checkReservedPassword(ctx, reservationId, user.passwordHash, password))) {
		await auditFromContext(ctx.db, ctx, { action: options.failedAction, subjectUserId: user.id });
		throw new AppError('invalid_input', { [options.field]: 'current_password_wrong' });
	}
	await clearSignInFailures(ctx.db, user.email, reservationId);
	return user;
}

/** A4: needs the current password; may end the user's other sessions. */
export async function changePassword(
	ctx: UseCaseContext,
	input: { sessionId: string; currentPassword: string; newPassword: string; endOtherSessions: boolean }
): Promise<void> {
	await requireAccess(ctx, 'account.change_password');
	const user = await requireOwnPassword(ctx, input.currentPassword, {
		failedAction: 'account.password_change_failed',
		field: 'currentPassword'
	});
	requireAcceptablePassword(input.newPassword, user.email, 'newPassword');
	const passwordHash = await hashPassword(input.newPassword);
	await ctx.db.transaction(async (tx) => {
		await updateUser(tx, user.id, { passwordHash });
		if (input.endOtherSessions) await deleteUserSessions(tx, user.id, input.sessionId);
		await appendAuditEntry(tx, {
			actorUserId: user.id,
			action: 'account.password_changed',
			subjectUserId: user.id,
			requestId: ctx.requestId,
			ip: ctx.ip,
			details: { endedOtherSessions: input.endOtherSessions }
		});
	});
}
