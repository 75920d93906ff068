import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { readLatestOutboxMail } from '../mail/mailer.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findUserByEmail } from '../users/users.repository.ts';
import { createAdministratorWithPassword, inviteUser, setUserDisabled } from '../users/users.usecases.ts';
import { emailTokens, sessions } from './auth.table.ts';
import {
	changePassword,
	describeUnusableEmailToken,
	inspectEmailToken,
	requestPasswordReset,
	RESET_MAILS_PER_HOUR,
	resetPassword,
	SIGN_IN_LIMITS,
	signIn,
	signOut,
	validateSessionToken
} from './auth.usecases.ts';
import { hashToken } from './tokens.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const PASSWORD = 'Rødgrød med fløde 2026';
const anonymous = () => contextFor(database.db, ANONYMOUS);

async function createActiveUser(email: string, password = PASSWORD) {
	return createAdministratorWithPassword(contextFor(database.db, SYSTEM_ADMIN), { email, name: 'Test', password });
}

function tokenFromMail(text: string): string {
	const match = text.match(/\/password\/reset\/([A-Za-z0-9_-]+)/);
	if (!match?.[1]) throw new Error(`no link in mail: ${text}`);
	return match[1];
}

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

describe('A1 password storage', () => {
	it('stores an argon2id hash with its parameters (m ≥ 19 MiB, t ≥ 2), never the password', async () => {
		await createActiveUser('a1@example.org');
		const user = await findUserByEmail(database.db, 'a1@example.org');
		expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$/);
		const [, memory, time] = user?.passwordHash?.match(/m=(\d+),t=(\d+)/) ?? [];
		expect(Number(memory)).toBeGreaterThanOrEqual(19_456);
		expect(Number(time)).toBeGreaterThanOrEqual(2);
		expect(user?.passwordHash).not.toContain(PASSWORD);
	});
});

describe('A2 password rules', () => {
	it('accepts 64 characters of any Unicode and refuses short and common passwords', async () => {
		const long = 'æøå ÆØÅ – en rigtig lang sætning om at samarbejde på tværs i Danmark'.slice(0, 64);
		await expect(createActiveUser('a2-long@example.org', long)).resolves.toBeTruthy();
		await expect(createActiveUser('a2-short@example.org', 'kort1234')).rejects.toMatchObject({
			fields: { password: 'password_too_short' }
		});
		await expect(createActiveUser('a2-common@example.org', 'qwerty123456')).rejects.toMatchObject({
			fields: { password: 'password_too_common' }
		});
	});
});

describe('A3 sign-in limits', () => {
	it('answers 429 after 10 failures for one account, even with the right password, and logs the failures', async () => {
		await createActiveUser('a3@example.org');
		for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
			await expect(signIn(anonymous(), { email: 'a3@example.org', password: `wrong password ${i}` })).rejects.toMatchObject({
				code: 'invalid_credentials'
			});
		}
		await expect(signIn(anonymous(), { email: 'a3@example.org', password: PASSWORD })).rejects.toMatchObject({
			code: 'too_many_attempts',
			status: 429
		});
		const user = await findUserByEmail(database.db, 'a3@example.org');
		const failures = await findAuditEntries(database.db, { personId: user?.id, action: 'auth.sign_in_failed', limit: 100 });
		expect(failures).toHaveLength(SIGN_IN_LIMITS.perAccount);
	});

	it('lets the account in again once the window has passed', async () => {
		// Its own account and address: it must not lean on the failures another test left behind.
		await createActiveUser('a3-window@example.org');
		const at = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);
		const from = (minutes: number) => contextFor(database.db, ANONYMOUS, { ip: '198.51.100.7', now: at(minutes) });
		for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
			await expect(signIn(from(0), { email: 'a3-window@example.org', password: `wrong password ${i}` })).rejects.toMatchObject({
				code: 'invalid_credentials'
			});
		}
		await expect(
			signIn(from(SIGN_IN_LIMITS.windowMinutes - 1), { email: 'a3-window@example.org', password: PASSWORD })
		).rejects.toMatchObject({
			code: 'too_many_attempts'
		});
		const result = await signIn(from(SIGN_IN_LIMITS.windowMinutes + 1), { email: 'a3-window@example.org', password: PASSWORD });
		expect(result.user.email).toBe('a3-window@example.org');
		expect(await validateSessionToken(database.db, result.token, at(SIGN_IN_LIMITS.windowMinutes + 1)())).not.toBeNull();
	});

	it('limits one address across many accounts', async () => {
		const ctx = () => contextFor(database.db, ANONYMOUS, { ip: '203.0.113.9' });
		for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
			await signIn(ctx(), { email: `nobody${i}@example.org`, password: 'irrelevant password' }).catch(() => undefined);
		}
		await createActiveUser('a3-ip@example.org');
		await expect(signIn(ctx(), { email: 'a3-ip@example.org', password: PASSWORD })).rejects.toMatchObject({ code: 'too_many_attempts' });
		await expect(signIn(anonymous(), { email: 'a3-ip@example.org', password: PASSWORD })).resolves.toBeTruthy();
	});

	it('gives the same answer for an unknown e-mail as for a wrong password: same error, same work, same limit', async () => {
		await createActiveUser('a3-known@example.org');
		const from = () => contextFor(database.db, ANONYMOUS, { ip: '198.51.100.8' });
		/** The error and how long it took to come. */
		const attempt = async (email: string) => {
			const started = performance.now();
			const error = await signIn(from(), { email, password: 'not the password at all' }).then(
				() => undefined,
				(caught: unknown) => caught
			);
			return { error, ms: performance.now() - started };
		};
		const described = (error: unknown) => ({
			type: error?.constructor?.name,
			...(error as Record<string, unknown>),
			message: (error as Error | undefined)?.message
		});
		const wrongPassword = [];
		const unknownEmail = [];
		for (let i = 0; i < 3; i++) {
			wrongPassword.push(await attempt('a3-known@example.org'));
			unknownEmail.push(await attempt('a3-unknown@example.org'));
		}
		expect(described(wrongPassword[0]?.error)).toMatchObject({ type: 'AppError', code: 'invalid_credentials' });
		for (const { error } of [...wrongPassword, ...unknownEmail]) expect(described(error)).toEqual(described(wrongPassword[0]?.error));
		// An unknown address still verifies a (dummy) password hash, so the answer takes as long: the fastest
		// unknown-address attempt takes at least half the time of the fastest wrong-password attempt.
		const fastest = (runs: { ms: number }[]) => Math.min(...runs.map((run) => run.ms));
		expect(fastest(unknownEmail)).toBeGreaterThan(fastest(wrongPassword) / 2);
		// And it is counted like one: after the limit, an unknown address is blocked like a known one.
		for (let i = 3; i < SIGN_IN_LIMITS.perAccount; i++) {
			await attempt('a3-known@example.org');
			await attempt('a3-unknown@example.org');
		}
		const blocked = [await attempt('a3-known@example.org'), await attempt('a3-unknown@example.org')];
		expect(described(blocked[0]?.error)).toMatchObject({ code: 'too_many_attempts', status: 429 });
		expect(described(blocked[1]?.error)).toEqual(described(blocked[0]?.error));
	});
});

describe('A4 password reset and change', () => {
	it('sends a single-use link that ends all sessions, and a second use is refused', async () => {
		await createActiveUser('a4@example.org');
		const { token: oldSession } = await signIn(anonymous(), { email: 'a4@example.org', password: PASSWORD });
		await requestPasswordReset(anonymous(), { email: 'a4@example.org' });
		const mail = await readLatestOutboxMail('a4@example.org');
		const token = tokenFromMail(mail?.text ?? '');
		expect(await inspectEmailToken(database.db, token)).toMatchObject({ purpose: 'reset', email: 'a4@example.org' });
		await resetPassword(anonymous(), { token, password: 'En helt ny og lang adgangskode' });
		expect(await validateSessionToken(database.db, oldSession)).toBeNull();
		await expect(resetPassword(anonymous(), { token, password: 'Endnu en ny lang adgangskode' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
		// the spent link is told apart from one that never existed (issue 11)
		expect(await describeUnusableEmailToken(database.db, token)).toEqual({ purpose: 'reset', reason: 'used' });
		expect(await describeUnusableEmailToken(database.db, 'A'.repeat(43))).toBeNull();
		await expect(signIn(anonymous(), { email: 'a4@example.org', password: 'En helt ny og lang adgangskode' })).resolves.toBeTruthy();
	});

	it('stores only a hash of the link token, and the link expires after 30 minutes', async () => {
		await createActiveUser('a4-expiry@example.org');
		await requestPasswordReset(anonymous(), { email: 'a4-expiry@example.org' });
		const token = tokenFromMail((await readLatestOutboxMail('a4-expiry@example.org'))?.text ?? '');
		const [row] = await database.db
			.select()
			.from(emailTokens)
			.where(eq(emailTokens.tokenHash, hashToken(token)));
		expect(row?.tokenHash).not.toBe(token);
		expect(row && row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 60_000);
		const later = () => new Date(Date.now() + 31 * 60_000);
		await expect(
			resetPassword(contextFor(database.db, ANONYMOUS, { now: later }), { token, password: 'Sent men lang adgangskode' })
		).rejects.toMatchObject({ code: 'token_invalid' });
	});

	it('sends at most three reset mails an hour per account (V5)', async () => {
		await createActiveUser('a4-flood@example.org');
		for (let i = 0; i < 5; i++) await requestPasswordReset(anonymous(), { email: 'a4-flood@example.org' });
		const rows = await database.db.select().from(emailTokens);
		const user = await findUserByEmail(database.db, 'a4-flood@example.org');
		expect(rows.filter((r) => r.userId === user?.id)).toHaveLength(RESET_MAILS_PER_HOUR);
	});

	it('sends nothing for an unknown address but answers the same way', async () => {
		await expect(requestPasswordReset(anonymous(), { email: 'ghost@example.org' })).resolves.toBeUndefined();
		expect(await readLatestOutboxMail('ghost@example.org')).toBeUndefined();
	});

	it('changing the password needs the current one and can end the other sessions', async () => {
		const user = await createActiveUser('a4-change@example.org');
		const here = await signIn(anonymous(), { email: 'a4-change@example.org', password: PASSWORD });
		const elsewhere = await signIn(anonymous(), { email: 'a4-change@example.org', password: PASSWORD });
		const hereSession = await validateSessionToken(database.db, here.token);
		const actor: Actor = { userId: user.id, platformRole: 'admin' };
		await expect(
			changePassword(contextFor(database.db, actor), {
				sessionId: hereSession?.sessionId ?? '',
				currentPassword: 'not my password at all',
				newPassword: 'Et nyt kodeord der er langt',
				endOtherSessions: true
			})
		).rejects.toMatchObject({ fields: { currentPassword: 'current_password_wrong' } });
		await changePassword(contextFor(database.db, actor), {
			sessionId: hereSession?.sessionId ?? '',
			currentPassword: PASSWORD,
			newPassword: 'Et nyt kodeord der er langt',
			endOtherSessions: true
		});
		expect(await validateSessionToken(database.db, here.token)).not.toBeNull();
		expect(await validateSessionToken(database.db, elsewhere.token)).toBeNull();
	});
});

describe('A5 sessions', () => {
	it('stores only the SHA-256 of a 160-bit token, and a new token at each sign-in', async () => {
		const user = await createActiveUser('a5@example.org');
		const one = await signIn(anonymous(), { email: 'a5@example.org', password: PASSWORD });
		const two = await signIn(anonymous(), { email: 'a5@example.org', password: PASSWORD });
		expect(one.token).not.toBe(two.token);
		expect(Buffer.from(one.token, 'base64url').length).toBeGreaterThanOrEqual(16);
		const rows = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(rows.map((r) => r.id).sort()).toEqual([hashToken(one.token), hashToken(two.token)].sort());
	});

	it('ends a session after the idle timeout and after the absolute timeout', async () => {
		await createActiveUser('a5-timeout@example.org');
		const timeouts = { idleMinutes: 60, absoluteHours: 12 };
		const idle = await signIn(anonymous(), { email: 'a5-timeout@example.org', password: PASSWORD });
		expect(await validateSessionToken(database.db, idle.token, new Date(Date.now() + 59 * 60_000), timeouts)).not.toBeNull();
		expect(await validateSessionToken(database.db, idle.token, new Date(Date.now() + 59 * 60_000 + 61 * 60_000), timeouts)).toBeNull();

		const busy = await signIn(anonymous(), { email: 'a5-timeout@example.org', password: PASSWORD });
		const signedInAt = Date.now();
		const sinceSignIn = (minutes: number) => new Date(signedInAt + minutes * 60_000);
		// Active every 50 minutes up to 11 h 40 min, and once more at 11 h 59 min: never idle, always valid …
		for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
			expect(await validateSessionToken(database.db, busy.token, sinceSignIn(minutes), timeouts), `after ${minutes} min`).not.toBeNull();
		}
		expect(await validateSessionToken(database.db, busy.token, sinceSignIn(12 * 60 - 1), timeouts)).not.toBeNull();
		// … yet two minutes later, past 12 h since sign-in, the absolute limit ends it (and it stays ended).
		expect(await validateSessionToken(database.db, busy.token, sinceSignIn(12 * 60 + 1), timeouts)).toBeNull();
		expect(await validateSessionToken(database.db, busy.token, sinceSignIn(12 * 60 + 2), timeouts)).toBeNull();
	});

	it('rejects the old token after sign-out', async () => {
		const user = await createActiveUser('a5-out@example.org');
		const { token } = await signIn(anonymous(), { email: 'a5-out@example.org', password: PASSWORD });
		const session = await validateSessionToken(database.db, token);
		await signOut(contextFor(database.db, { userId: user.id, platformRole: 'admin' }), session?.sessionId ?? '');
		expect(await validateSessionToken(database.db, token)).toBeNull();
	});

	it('disabling a user ends all their sessions and refuses sign-in', async () => {
		await createActiveUser('a5-disabled@example.org');
		const { token, user } = await signIn(anonymous(), { email: 'a5-disabled@example.org', password: PASSWORD });
		const other = await signIn(anonymous(), { email: 'a5-disabled@example.org', password: PASSWORD });
		await setUserDisabled(contextFor(database.db, SYSTEM_ADMIN), { userId: user.id, disabled: true });
		// Ended, not just refused while disabled: no session rows are left, so enabling the user again revives none.
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
		await setUserDisabled(contextFor(database.db, SYSTEM_ADMIN), { userId: user.id, disabled: false });
		expect(await validateSessionToken(database.db, token)).toBeNull();
		expect(await validateSessionToken(database.db, other.token)).toBeNull();
		await setUserDisabled(contextFor(database.db, SYSTEM_ADMIN), { userId: user.id, disabled: true });
		await expect(signIn(anonymous(), { email: 'a5-disabled@example.org', password: PASSWORD })).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
	});
});

describe('invitations', () => {
	it('an invited user sets a password through the link, becomes active and is signed in', async () => {
		const { user, link } = await inviteUser(contextFor(database.db, SYSTEM_ADMIN), {
			email: 'invitee@example.org',
			name: '',
			platformRole: 'member',
			locale: 'en'
		});
		expect(user.status).toBe('invited');
		const mail = await readLatestOutboxMail('invitee@example.org');
		expect(mail?.subject).toBe('You are invited to Samspil');
		expect(mail?.text).toContain(link);
		await expect(signIn(anonymous(), { email: 'invitee@example.org', password: PASSWORD })).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
		const token = tokenFromMail(link);
		const result = await resetPassword(anonymous(), { token, password: PASSWORD, name: 'Ida Invited' });
		expect(result.user.status).toBe('active');
		expect((await findUserByEmail(database.db, 'invitee@example.org'))?.name).toBe('Ida Invited');
	});
});
