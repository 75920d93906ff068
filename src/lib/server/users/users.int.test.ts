import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findUserByEmail, listUsersWithOrganisations } from './users.repository.ts';
import { describeUnusableEmailToken, inspectEmailToken } from '../auth/auth.usecases.ts';
import {
	changeUserRole,
	createAdministratorWithPassword,
	getOwnProfile,
	inviteUser,
	listUsers,
	resendInvitation,
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
	it('sends an invitation again with a new link; the old one stops working and says why; only admins, only before acceptance (issue 11)', async () => {
		const ctx = contextFor(database.db, admin);
		const { user, link: first } = await inviteUser(ctx, { email: 'again@example.org', name: 'Igen', platformRole: 'member', locale: 'da' });
		const { link: second } = await resendInvitation(ctx, user.id);
		expect(second).not.toBe(first);
		const tokenOf = (link: string) => link.split('/').at(-1) ?? '';
		expect(await inspectEmailToken(database.db, tokenOf(first))).toBeNull();
		expect(await describeUnusableEmailToken(database.db, tokenOf(first))).toEqual({ purpose: 'invite', reason: 'expired' });
		expect(await inspectEmailToken(database.db, tokenOf(second))).toMatchObject({ purpose: 'invite', email: 'again@example.org' });
		await expect(resendInvitation(contextFor(database.db, member), user.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(resendInvitation(ctx, admin.userId ?? '')).rejects.toMatchObject({ code: 'conflict' });
	});

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
