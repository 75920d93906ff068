/**
 * A3 under parallel load: an attempt is reserved (counted) before its password is checked, so a
 * burst of simultaneous requests cannot all slip past the count while argon2 is still working —
 * from one address, from many addresses, and through two app servers on one PostgreSQL database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../db/client.ts';
import { deleteOwnAccount } from '../privacy/own-data.usecases.ts';
import { contextFor, createEmptyPostgresDatabase, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findUserByEmail } from '../users/users.repository.ts';
import { createAdministratorWithPassword } from '../users/users.usecases.ts';
import { changePassword, SIGN_IN_LIMITS, signIn } from './auth.usecases.ts';

const PASSWORD = 'Rødgrød med fløde 2026';
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

async function createUser(email: string) {
	return createAdministratorWithPassword(contextFor(database.db, SYSTEM_ADMIN), { email, name: 'Test', password: PASSWORD });
}

type Outcome = 'signed_in' | 'wrong' | 'blocked' | 'other';

/** What one attempt came to: a checked password answers `signed_in` or `wrong`; `blocked` was never checked. */
async function outcomeOf(attempt: Promise<unknown>): Promise<Outcome> {
	try {
		await attempt;
		return 'signed_in';
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'invalid_credentials' || code === 'invalid_input') return 'wrong';
		if (code === 'too_many_attempts') return 'blocked';
		return 'other';
	}
}

function tally(outcomes: Outcome[]) {
	const count = (kind: Outcome) => outcomes.filter((outcome) => outcome === kind).length;
	return { checked: count('signed_in') + count('wrong'), signedIn: count('signed_in'), blocked: count('blocked'), other: count('other') };
}

describe('A3: parallel sign-in attempts', () => {
	it('checks at most the limit of 60 simultaneous attempts at one account from one address (the right password 21st)', async () => {
		await createUser('burst@example.org');
		const outcomes = await Promise.all(
			Array.from({ length: 60 }, (_, i) =>
				outcomeOf(
					signIn(contextFor(database.db, ANONYMOUS, { ip: '198.51.100.1' }), {
						email: 'burst@example.org',
						password: i === 20 ? PASSWORD : `wrong password ${i}`
					})
				)
			)
		);
		const result = tally(outcomes);
		expect(result.other).toBe(0);
		expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAccount);
		expect(result.checked).toBeGreaterThan(0);
		expect(result.checked + result.blocked).toBe(60);
		// every checked wrong password is audited; the blocked ones never reached argon2
		const user = await findUserByEmail(database.db, 'burst@example.org');
		const failed = await findAuditEntries(database.db, { personId: user?.id, action: 'auth.sign_in_failed', limit: 100 });
		expect(failed.length).toBe(result.checked - result.signedIn);
	});

	it('checks at most the limit of 100 attempts from 100 addresses at once', async () => {
		await createUser('spread@example.org');
		const outcomes = await Promise.all(
			Array.from({ length: 100 }, (_, i) =>
				outcomeOf(
					signIn(contextFor(database.db, ANONYMOUS, { ip: `203.0.113.${i}` }), {
						email: 'spread@example.org',
						password: `wrong password ${i}`
					})
				)
			)
		);
		// exactly the limit: the reservation neither lets more through nor turns away attempts under it
		expect(tally(outcomes)).toEqual({
			checked: SIGN_IN_LIMITS.perAccount,
			signedIn: 0,
			blocked: 100 - SIGN_IN_LIMITS.perAccount,
			other: 0
		});
	});

	it('still lets the right password in under the limit, also amid parallel wrong guesses', async () => {
		await createUser('under@example.org');
		const guesses = SIGN_IN_LIMITS.perAccount - 2;
		const outcomes = await Promise.all([
			...Array.from({ length: guesses }, (_, i) =>
				outcomeOf(signIn(contextFor(database.db, ANONYMOUS), { email: 'under@example.org', password: `wrong password ${i}` }))
			),
			outcomeOf(signIn(contextFor(database.db, ANONYMOUS), { email: 'under@example.org', password: PASSWORD }))
		]);
		expect(outcomes.at(-1)).toBe('signed_in');
		expect(tally(outcomes)).toMatchObject({ checked: guesses + 1, blocked: 0 });
		// a success clears the account's failures: the next mistakes start from zero
		await expect(signIn(contextFor(database.db, ANONYMOUS), { email: 'under@example.org', password: PASSWORD })).resolves.toBeTruthy();
	});

	it('counts password checks when changing the password or deleting the account with the sign-in failures', async () => {
		const user = await createUser('own@example.org');
		const session = await signIn(contextFor(database.db, ANONYMOUS), { email: 'own@example.org', password: PASSWORD });
		const asUser = () => contextFor(database.db, { userId: user.id, platformRole: user.platformRole });
		const earlier = 4;
		for (let i = 0; i < earlier; i++) {
			await signIn(contextFor(database.db, ANONYMOUS), { email: 'own@example.org', password: `wrong ${i}` }).catch(() => undefined);
		}
		const outcomes = await Promise.all(
			Array.from({ length: 30 }, (_, i) =>
				outcomeOf(
					i % 2
						? changePassword(asUser(), {
								sessionId: session.token,
								currentPassword: `wrong guess ${i}`,
								newPassword: 'En helt ny adgangsfrase 2026',
								endOtherSessions: false
							})
						: deleteOwnAccount(asUser(), { password: `wrong guess ${i}` })
				)
			)
		);
		expect(tally(outcomes)).toEqual({
			checked: SIGN_IN_LIMITS.perAccount - earlier,
			signedIn: 0,
			blocked: 30 - (SIGN_IN_LIMITS.perAccount - earlier),
			other: 0
		});
		// and the account is now blocked for sign-in too, even with the right password
		await expect(signIn(contextFor(database.db, ANONYMOUS), { email: 'own@example.org', password: PASSWORD })).rejects.toMatchObject({
			code: 'too_many_attempts'
		});
	});
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('A3 + R4: two app servers on one PostgreSQL database', () => {
	let servers: DatabaseHandle[] = [];
	let drop: () => Promise<void> = async () => {};

	beforeAll(async () => {
		const target = await createEmptyPostgresDatabase(process.env.TEST_DATABASE_URL as string);
		drop = target.drop;
		// two pools on one database: what two app processes hold
		servers = [await openDatabase({ databaseUrl: target.url }), await openDatabase({ databaseUrl: target.url })];
		await migrateDatabase(servers[0] as DatabaseHandle);
		await createAdministratorWithPassword(contextFor((servers[0] as DatabaseHandle).db, SYSTEM_ADMIN), {
			email: 'two@example.org',
			name: 'Two',
			password: PASSWORD
		});
	});
	afterAll(async () => {
		for (const server of servers) await server.close();
		await drop();
	});

	it('checks at most the limit of 60 simultaneous attempts spread over both servers', async () => {
		const outcomes = await Promise.all(
			Array.from({ length: 60 }, (_, i) =>
				outcomeOf(
					// all guesses: a right password among them clears the failures counted before it (by design),
					// which lets attempts reserved after it through, so the bound would depend on timing
					signIn(contextFor((servers[i % 2] as DatabaseHandle).db, ANONYMOUS, { ip: `192.0.2.${i % 7}` }), {
						email: 'two@example.org',
						password: `wrong password ${i}`
					})
				)
			)
		);
		const result = tally(outcomes);
		expect(result.other).toBe(0);
		expect(result.checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.perAccount);
		expect(result.checked + result.blocked).toBe(60);
	});
});
