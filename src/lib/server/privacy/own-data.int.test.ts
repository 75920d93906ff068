import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { auditLog } from '../audit/audit.table.ts';
import { purgeExpiredAuditEntries } from '../audit/retention.ts';
import { sessions } from '../auth/auth.table.ts';
import { requestPasswordReset, SIGN_IN_LIMITS, signIn } from '../auth/auth.usecases.ts';
import { createCase, getCase, listCaseRevisions } from '../learning/cases.usecases.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findUserById } from '../users/users.repository.ts';
import { changeUserRole, createAdministratorWithPassword, setUserDisabled } from '../users/users.usecases.ts';
import { ERASED_EMAIL } from './own-data.repository.ts';
import { deleteOwnAccount, exportOwnData } from './own-data.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const PASSWORD = 'Rødgrød med fløde 2026';
const as = (actor: Actor) => contextFor(database.db, actor);

async function person(role: 'member' | 'admin' = 'member'): Promise<Actor & { userId: string; email: string }> {
	const email = `${crypto.randomUUID()}@example.org`;
	const user = await createAdministratorWithPassword(as(SYSTEM_ADMIN), { email, name: 'Dorte Data', password: PASSWORD });
	if (role === 'member') await changeUserRole(as(SYSTEM_ADMIN), { userId: user.id, platformRole: 'member' });
	return { userId: user.id, platformRole: role, email };
}

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		return error as { code: string; fields: Record<string, string> };
	}
	throw new Error('expected the call to fail');
}

const l = (da: string) => ({ da, en: '' });
const ownCase = (name: string) => ({
	name: l(name),
	summary: l('Et eksempel.'),
	problemField: 'other',
	scale: 'local',
	place: l(''),
	periodStart: 2024,
	periodEnd: null,
	periodNote: l(''),
	problem: l('Et problem.'),
	backbone: l(''),
	goals: l(''),
	funding: l(''),
	notFound: l(''),
	actors: [],
	results: [],
	events: [],
	sources: [],
	lessons: []
});

beforeAll(async () => {
	database = await createTestDatabase();
	// an administrator who stays, so the people in the tests can become members
	await createAdministratorWithPassword(as(SYSTEM_ADMIN), { email: 'stays@example.org', name: 'Admin', password: PASSWORD });
});
afterAll(async () => {
	await database.dispose();
});

describe('P2: a person exports their own data', () => {
	it('gets their profile, sessions, what they created and who did what with their data — and the export is audited', async () => {
		const me = await person();
		await signIn(as(ANONYMOUS), { email: me.email, password: PASSWORD });
		await createCase(as(me), ownCase('Mit eget eksempel'));
		const data = await exportOwnData(as(me));
		expect(data.profile).toMatchObject({ email: me.email, name: 'Dorte Data', platformRole: 'member' });
		expect(data.profile).not.toHaveProperty('passwordHash');
		expect(JSON.stringify(data)).not.toMatch(/argon2|token_hash|tokenHash/);
		expect(data.sessions).toHaveLength(1);
		expect(data.casesAdded.map((row) => row.name)).toEqual(['Mit eget eksempel']);
		// the role change an administrator made is in it: the data subject sees who acted on their data
		expect(data.auditEntries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['user.role_changed', 'auth.sign_in']));
		const audit = await findAuditEntries(database.db, { personId: me.userId, action: 'account.export' });
		expect(audit).toHaveLength(1);
		expect((await rejection(exportOwnData(as(ANONYMOUS)))).code).toBe('forbidden');
	});

	it("holds no other person's address: not the administrator's who acted on them, nor a stranger's who asked for a reset or guessed their password", async () => {
		const me = await person();
		const from = (ip: string, actor: Actor = ANONYMOUS) => contextFor(database.db, actor, { ip });
		await signIn(from('192.0.2.44'), { email: me.email, password: PASSWORD });
		await setUserDisabled(from('203.0.113.7', SYSTEM_ADMIN), { userId: me.userId, disabled: true });
		await setUserDisabled(from('203.0.113.7', SYSTEM_ADMIN), { userId: me.userId, disabled: false });
		await changeUserRole(from('203.0.113.8', SYSTEM_ADMIN), { userId: me.userId, platformRole: 'editor' });
		await requestPasswordReset(from('198.51.100.1'), { email: me.email });
		await rejection(signIn(from('198.51.100.2'), { email: me.email, password: 'ikke min adgangskode' }));

		const data = await exportOwnData(as(me));
		const actions = data.auditEntries.map((entry) => entry.action);
		// the entries are there (the person sees what happened) …
		expect(actions).toEqual(
			expect.arrayContaining(['user.disabled', 'user.role_changed', 'auth.reset_requested', 'auth.sign_in_failed', 'auth.sign_in'])
		);
		// … with their own address, and no one else's
		const text = JSON.stringify(data);
		expect(text).toContain('192.0.2.44');
		for (const other of ['203.0.113.7', '203.0.113.8', '198.51.100.1', '198.51.100.2']) expect(text).not.toContain(other);
	});
});

describe('P2: a person deletes their account', () => {
	it('needs the right password; then the account, sessions and memberships are gone and their content stays without a name', async () => {
		const me = await person();
		await signIn(as(ANONYMOUS), { email: me.email, password: PASSWORD });
		const mine = await createCase(as(me), ownCase('Bliver liggende'));
		const wrong = await rejection(deleteOwnAccount(as(me), { password: 'forkert adgangskode' }));
		expect(wrong.fields).toEqual({ password: 'current_password_wrong' });
		expect(await findUserById(database.db, me.userId)).toBeDefined();

		await deleteOwnAccount(as(me), { password: PASSWORD });
		expect(await findUserById(database.db, me.userId)).toBeUndefined();
		expect(await database.db.select().from(sessions).where(eq(sessions.userId, me.userId))).toHaveLength(0);
		await expect(signIn(as(ANONYMOUS), { email: me.email, password: PASSWORD })).rejects.toMatchObject({ code: 'invalid_credentials' });
		// the case stays (an editor can still see the draft), its history says "deleted user"
		const editor: Actor = { userId: null, platformRole: 'editor' };
		expect((await getCase(as(editor), mine.slug)).content.name.da).toBe('Bliver liggende');
		const { revisions } = await listCaseRevisions(as(editor), mine.slug);
		expect(revisions[0].actorName).toBeNull();
		// the audit log says the account was deleted, without name or e-mail
		const [entry] = await findAuditEntries(database.db, { personId: me.userId, action: 'account.delete' });
		expect(entry).toBeDefined();
		expect(JSON.stringify(entry)).not.toContain(me.email);
	});

	it("takes the e-mail address out of every audit entry's details, also failed sign-ins typed in capitals; others' stay", async () => {
		const me = await person();
		const other = await person();
		await rejection(signIn(as(ANONYMOUS), { email: me.email.toUpperCase(), password: 'forkert adgangskode' }));
		await rejection(signIn(as(ANONYMOUS), { email: other.email, password: 'forkert adgangskode' }));
		// someone else's address that contains mine is not mine
		const longer = `jo${me.email}`;
		await rejection(signIn(as(ANONYMOUS), { email: longer, password: 'forkert adgangskode' }));
		const mentioning = async (email: string) =>
			database.db
				.select({ action: auditLog.action, details: auditLog.details })
				.from(auditLog)
				.where(sql`${auditLog.details}::text ilike ${`%${email}%`}`);
		expect((await mentioning(me.email)).map((row) => row.action)).toContain('auth.sign_in_failed');

		await deleteOwnAccount(as(me), { password: PASSWORD });
		const mine = (await mentioning(me.email)).filter((row) => !JSON.stringify(row.details).toLowerCase().includes(longer.toLowerCase()));
		expect(mine).toEqual([]);
		// the entries themselves stay, with what they said apart from the address
		const failed = await findAuditEntries(database.db, { personId: me.userId, action: 'auth.sign_in_failed' });
		expect(failed[0]?.details).toMatchObject({ email: ERASED_EMAIL, reason: 'wrong_password' });
		expect(await mentioning(other.email)).toHaveLength(1);
		expect((await mentioning(longer)).map((row) => row.details)).toEqual([expect.objectContaining({ email: longer })]);
		// the log is still append-only outside that one erasure
		await expect(database.db.execute(sql`update audit_log set details = '{}'::jsonb`)).rejects.toThrow();
	});

	it('stops password guessing through account deletion after the sign-in limit (A3)', async () => {
		const me = await person();
		for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
			expect((await rejection(deleteOwnAccount(as(me), { password: `gæt nummer ${i}` }))).fields).toEqual({
				password: 'current_password_wrong'
			});
		}
		// now even the right password is refused, and the account stays
		expect((await rejection(deleteOwnAccount(as(me), { password: PASSWORD }))).code).toBe('too_many_attempts');
		expect(await findUserById(database.db, me.userId)).toBeDefined();
	});

	it('refuses to delete the last active administrator, also when two try at once', async () => {
		const fresh = await createTestDatabase();
		try {
			const ctx = (actor: Actor) => contextFor(fresh.db, actor);
			const first = await createAdministratorWithPassword(ctx(SYSTEM_ADMIN), { email: 'a1@example.org', name: 'A', password: PASSWORD });
			const second = await createAdministratorWithPassword(ctx(SYSTEM_ADMIN), { email: 'a2@example.org', name: 'B', password: PASSWORD });
			const results = await Promise.allSettled(
				[first, second].map((admin) => deleteOwnAccount(ctx({ userId: admin.id, platformRole: 'admin' }), { password: PASSWORD }))
			);
			expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
			const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
			expect(refused.reason.fields).toEqual({ password: 'account_delete_last_admin' });
		} finally {
			await fresh.dispose();
		}
	});
});

describe('P2: audit retention', () => {
	it('deletes entries older than the retention, keeps the rest, logs the purge; other changes stay refused', async () => {
		const fresh = await createTestDatabase();
		try {
			const old = new Date('2020-01-01T00:00:00Z');
			await fresh.db.insert(auditLog).values([
				{ action: 'test.old', at: old, actorUserId: null },
				{ action: 'test.new', actorUserId: null }
			]);
			const { deleted } = await purgeExpiredAuditEntries(fresh.db, { retentionDays: 365 });
			expect(deleted).toBe(1);
			const actions = (await fresh.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);
			expect(actions).not.toContain('test.old');
			expect(actions).toEqual(expect.arrayContaining(['test.new', 'audit.purge']));
			// still append-only for everything else
			await expect(fresh.db.execute(sql`delete from audit_log`)).rejects.toThrow();
			await expect(fresh.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
			await expect(fresh.db.execute(sql`truncate audit_log`)).rejects.toThrow();
			// and the purge's permission ends with its transaction
			await expect(fresh.db.execute(sql`delete from audit_log where action = 'test.new'`)).rejects.toThrow();
			// nothing old: nothing deleted, nothing logged
			expect((await purgeExpiredAuditEntries(fresh.db, { retentionDays: 365 })).deleted).toBe(0);
		} finally {
			await fresh.dispose();
		}
	});
});
