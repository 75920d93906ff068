import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findUserByEmail, listUsersWithOrganisations } from './users.repository.ts';
import {
	changeUserRole,
	createAdministratorWithPassword,
	getOwnProfile,
	inviteUser,
	listUsers,
	setUserDisabled,
	updateOwnProfile
} from './users.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let admin: Actor;
let member: Actor;

beforeAll(async () => {
	database = await createTestDatabase();
	const created = await createAdministratorWithPassword(contextFor(database.db, SYSTEM_ADMIN), {
		email: 'admin@example.org',
		name: 'Ada',
		password: 'Rødgrød med fløde 2026'
	});
	admin = { userId: created.id, platformRole: 'admin' };
	const { user } = await inviteUser(contextFor(database.db, admin), {
		email: 'member@example.org',
		name: 'Mads',
		platformRole: 'member',
		locale: 'da'
	});
	member = { userId: user.id, platformRole: 'member' };
});
afterAll(async () => {
	await database.dispose();
});

describe('users (admin)', () => {
	it('members and anonymous visitors may not list, invite, disable or change roles; each denial is audited', async () => {
		for (const actor of [member, ANONYMOUS]) {
			const ctx = contextFor(database.db, actor);
			await expect(listUsers(ctx)).rejects.toMatchObject({ code: 'forbidden', status: 403 });
			await expect(inviteUser(ctx, { email: 'x@example.org', name: 'X', platformRole: 'admin', locale: 'da' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(setUserDisabled(ctx, { userId: admin.userId ?? '', disabled: true })).rejects.toMatchObject({ code: 'forbidden' });
			await expect(changeUserRole(ctx, { userId: member.userId ?? '', platformRole: 'admin' })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		const denials = await findAuditEntries(database.db, { personId: member.userId ?? '', action: 'access.denied' });
		expect(denials.length).toBeGreaterThanOrEqual(4);
		expect((await findUserByEmail(database.db, 'member@example.org'))?.platformRole).toBe('member');
	});

	it('refuses to invite an e-mail that exists, whatever its case', async () => {
		await expect(
			inviteUser(contextFor(database.db, admin), { email: 'MEMBER@example.org', name: 'Again', platformRole: 'member', locale: 'da' })
		).rejects.toMatchObject({ code: 'conflict', fields: { email: 'email_taken' } });
	});

	it('keeps at least one active administrator and never disables oneself', async () => {
		await expect(
			changeUserRole(contextFor(database.db, admin), { userId: admin.userId ?? '', platformRole: 'member' })
		).rejects.toMatchObject({
			fields: { platformRole: 'last_admin' }
		});
		await expect(setUserDisabled(contextFor(database.db, admin), { userId: admin.userId ?? '', disabled: true })).rejects.toMatchObject({
			fields: { user: 'cannot_disable_self' }
		});
	});

	it('changes a role and writes who did it to the audit log', async () => {
		await changeUserRole(contextFor(database.db, admin), { userId: member.userId ?? '', platformRole: 'editor' });
		expect((await findUserByEmail(database.db, 'member@example.org'))?.platformRole).toBe('editor');
		const [entry] = await findAuditEntries(database.db, { personId: member.userId ?? '', action: 'user.role_changed' });
		expect(entry).toMatchObject({ actorUserId: admin.userId, details: { from: 'member', to: 'editor' } });
		await changeUserRole(contextFor(database.db, admin), { userId: member.userId ?? '', platformRole: 'member' });
	});

	it('an unknown user id answers not_found', async () => {
		await expect(setUserDisabled(contextFor(database.db, admin), { userId: crypto.randomUUID(), disabled: true })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('re-enabling an invited user who never set a password keeps them invited', async () => {
		await setUserDisabled(contextFor(database.db, admin), { userId: member.userId ?? '', disabled: true });
		await setUserDisabled(contextFor(database.db, admin), { userId: member.userId ?? '', disabled: false });
		const users = await listUsersWithOrganisations(database.db);
		expect(users.find((u) => u.id === member.userId)?.status).toBe('invited');
	});
});

describe('own profile', () => {
	it('updates name and language of the signed-in user only', async () => {
		await updateOwnProfile(contextFor(database.db, admin), { name: 'Ada Lovelace', locale: 'en' });
		expect(await getOwnProfile(contextFor(database.db, admin))).toMatchObject({ name: 'Ada Lovelace', locale: 'en' });
		await expect(updateOwnProfile(contextFor(database.db, ANONYMOUS), { name: 'x', locale: 'da' })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});
