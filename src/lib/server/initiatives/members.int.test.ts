import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { validateSessionToken } from '../auth/auth.usecases.ts';
import { AppError } from '../http/errors.ts';
import { deleteOwnAccount, exportOwnData, getAccountDeletionBlockers } from '../privacy/own-data.usecases.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { findUserByEmail, findUserById as findUserRow } from '../users/users.repository.ts';
import { costlyRequestLimits } from '../limits/rate-limit.ts';
import { addTestMember, createTestInitiative, newPerson, type TestInitiative } from './initiatives.fixtures.ts';
import { initiativeInvitations, initiativeMembers } from './initiatives.table.ts';
import {
	acceptInvitation,
	acceptInvitationWithNewAccount,
	changeMember,
	getMembers,
	inspectInvitation,
	inviteMember,
	leaveInitiative,
	removeMember,
	resendInvitation,
	revokeInvitation
} from './members.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
/** A second initiative, for Z3: its ids must not work in the first. */
let other: TestInitiative;
let ipCounter = 0;
/** Each call its own client address, so the look-up limit (tested on its own) never interferes. */
const as = (actor: Actor, overrides: Parameters<typeof contextFor>[2] = {}) =>
	contextFor(database.db, actor, { ip: `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`, ...overrides });
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);
const PASSWORD = 'Blå hest på taget i regn';

async function expectCode(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
	if (fields) expect((caught as AppError).fields).toMatchObject(fields);
}

async function membersOf(initiativeId: string) {
	return database.db.select().from(initiativeMembers).where(eq(initiativeMembers.initiativeId, initiativeId));
}

async function roleOf(initiativeId: string, person: Actor) {
	const [row] = await database.db
		.select()
		.from(initiativeMembers)
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, person.userId as string)));
	return row?.role;
}

const email = () => `${crypto.randomUUID()}@example.org`;

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Medlemsinitiativ');
	other = await createTestInitiative(database.db, 'Andet initiativ');
});
afterAll(async () => {
	await database.dispose();
});

describe('the members page', () => {
	it('shows every member with role and actor; e-mails, invitations and actors only to the backbone lead (P1)', async () => {
		await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const lead = await getMembers(as(world.lead), world.slug);
		expect(lead.isLead).toBe(true);
		expect(lead.members.map((member) => member.role).sort()).toEqual(['backbone_lead', 'partner_editor', 'viewer']);
		expect(lead.members.every((member) => member.email?.includes('@'))).toBe(true);
		expect(lead.members.find((member) => member.userId === world.editor.userId)?.actorName).toBe('Egen Kommune');
		expect(lead.invitations.length).toBeGreaterThan(0);
		expect(lead.actors.map((actor) => actor.name)).toEqual(['Anden Fond', 'Egen Kommune']);
		for (const person of [world.editor, world.viewer]) {
			const view = await getMembers(as(person), world.slug);
			expect(view.members).toHaveLength(3);
			expect(view.members.every((member) => member.email === null)).toBe(true);
			expect(view.invitations).toEqual([]);
			expect(view.actors).toEqual([]);
		}
	});

	it('is not found for an outsider, and refused signed out', async () => {
		await expectCode(getMembers(as(world.outsider), world.slug), 'not_found');
		await expectCode(getMembers(as(ANONYMOUS), world.slug), 'forbidden');
	});
});

describe('inviting', () => {
	it('the lead invites a partner editor for an actor: a link, an audit entry, a pending invitation', async () => {
		const address = email();
		const result = await inviteMember(as(world.lead), world.slug, {
			email: address.toUpperCase(),
			role: 'partner_editor',
			actorId: world.ownActorId,
			locale: 'da'
		});
		expect(result.email).toBe(address);
		expect(result.link).toMatch(/\/invitation\/[A-Za-z0-9_-]{20,}$/);
		const view = await inspectInvitation(as(ANONYMOUS), tokenOf(result.link));
		expect(view).toMatchObject({
			state: 'open',
			initiativeName: 'Medlemsinitiativ',
			role: 'partner_editor',
			actorName: 'Egen Kommune',
			email: address
		});
		// the database holds the token's hash, never the token
		const [row] = await database.db.select().from(initiativeInvitations).where(eq(initiativeInvitations.id, result.id));
		expect(row.tokenHash).not.toContain(tokenOf(result.link));
		const audit = await findAuditEntries(database.db, { action: 'initiative.member_invited' });
		expect(audit.some((entry) => entry.targetId === result.id && entry.initiativeId === world.id)).toBe(true);
	});

	it('names the existing account as the subject when the address has one', async () => {
		const person = await newPerson(database.db);
		const user = await findUserById(person);
		const { id } = await inviteMember(as(world.lead), world.slug, { email: user.email, role: 'viewer', actorId: null, locale: 'da' });
		const audit = await findAuditEntries(database.db, { action: 'initiative.member_invited' });
		expect(audit.find((entry) => entry.targetId === id)?.subjectUserId).toBe(person.userId);
	});

	it('refuses with field messages: a partner editor without an actor, another initiative’s actor, a member, a pending invitation', async () => {
		const base = { email: email(), locale: 'da' as const };
		await expectCode(inviteMember(as(world.lead), world.slug, { ...base, role: 'partner_editor', actorId: null }), 'invalid_input', {
			actorId: 'field_member_actor_required'
		});
		await expectCode(inviteMember(as(world.lead), world.slug, { ...base, role: 'viewer', actorId: other.ownActorId }), 'invalid_input', {
			actorId: 'field_member_actor_unknown'
		});
		const viewerEmail = (await getMembers(as(world.lead), world.slug)).members.find((m) => m.userId === world.viewer.userId)
			?.email as string;
		await expectCode(
			inviteMember(as(world.lead), world.slug, { ...base, email: viewerEmail, role: 'viewer', actorId: null }),
			'invalid_input',
			{
				email: 'field_member_already'
			}
		);
		await inviteMember(as(world.lead), world.slug, { ...base, role: 'viewer', actorId: null });
		await expectCode(inviteMember(as(world.lead), world.slug, { ...base, role: 'viewer', actorId: null }), 'invalid_input', {
			email: 'field_member_invited_already'
		});
	});

	it('five clicks at once make one invitation; the others are told it is pending', async () => {
		const address = email();
		const input = { email: address, role: 'viewer' as const, actorId: null, locale: 'da' as const };
		// on PostgreSQL, connections open first so no click is held back by connecting
		await Promise.all(Array.from({ length: 6 }, () => database.db.execute(sql`select 1`)));
		const results = await Promise.allSettled(Array.from({ length: 5 }, () => inviteMember(as(world.lead), world.slug, input)));
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		for (const result of results.filter((r) => r.status === 'rejected'))
			expect((result as PromiseRejectedResult).reason).toMatchObject({
				code: 'invalid_input',
				fields: { email: 'field_member_invited_already' }
			});
		const rows = await database.db.select().from(initiativeInvitations).where(eq(initiativeInvitations.email, address));
		expect(rows).toHaveLength(1);
	});

	it('only the backbone lead may invite; an outsider gets not found', async () => {
		const input = { email: email(), role: 'viewer' as const, actorId: null, locale: 'da' as const };
		await expectCode(inviteMember(as(world.editor), world.slug, input), 'forbidden');
		await expectCode(inviteMember(as(world.viewer), world.slug, input), 'forbidden');
		await expectCode(inviteMember(as(world.outsider), world.slug, input), 'not_found');
		await expectCode(inviteMember(as(ANONYMOUS), world.slug, input), 'forbidden');
	});
});

describe('resending and revoking', () => {
	it('resending makes a new link and the old one stops working', async () => {
		const first = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'en' });
		const again = await resendInvitation(as(world.lead), world.slug, { invitationId: first.id, locale: 'en' });
		expect(again.link).not.toBe(first.link);
		expect((await inspectInvitation(as(ANONYMOUS), tokenOf(first.link))).state).toBe('unknown');
		expect((await inspectInvitation(as(ANONYMOUS), tokenOf(again.link))).state).toBe('open');
		const audit = await findAuditEntries(database.db, { action: 'initiative.invitation_resent' });
		expect(audit.some((entry) => entry.targetId === first.id)).toBe(true);
	});

	it('revoking closes the link: the page says revoked, accepting is refused, revoking again is a conflict', async () => {
		const sent = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		await revokeInvitation(as(world.lead), world.slug, { invitationId: sent.id });
		expect((await inspectInvitation(as(ANONYMOUS), tokenOf(sent.link))).state).toBe('revoked');
		await expectCode(acceptInvitation(as(world.outsider), tokenOf(sent.link)), 'token_invalid', {
			form: 'initiative_invitation_refused_revoked'
		});
		await expectCode(revokeInvitation(as(world.lead), world.slug, { invitationId: sent.id }), 'conflict');
		await expectCode(resendInvitation(as(world.lead), world.slug, { invitationId: sent.id, locale: 'da' }), 'conflict');
		const pending = (await getMembers(as(world.lead), world.slug)).invitations.map((invitation) => invitation.id);
		expect(pending).not.toContain(sent.id);
	});

	it('only the lead; an outsider gets not found; another initiative’s invitation id is not found (Z3)', async () => {
		const mine = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const theirs = await inviteMember(as(other.lead), other.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		for (const person of [world.editor, world.viewer]) {
			await expectCode(resendInvitation(as(person), world.slug, { invitationId: mine.id, locale: 'da' }), 'forbidden');
			await expectCode(revokeInvitation(as(person), world.slug, { invitationId: mine.id }), 'forbidden');
		}
		await expectCode(resendInvitation(as(world.outsider), world.slug, { invitationId: mine.id, locale: 'da' }), 'not_found');
		await expectCode(revokeInvitation(as(world.outsider), world.slug, { invitationId: mine.id }), 'not_found');
		await expectCode(resendInvitation(as(world.lead), world.slug, { invitationId: theirs.id, locale: 'da' }), 'not_found');
		await expectCode(revokeInvitation(as(world.lead), world.slug, { invitationId: theirs.id }), 'not_found');
		expect((await inspectInvitation(as(ANONYMOUS), tokenOf(theirs.link))).state).toBe('open');
	});
});

describe('changing roles, removing, leaving', () => {
	it('the lead changes a viewer into a partner editor for an actor, audited with the member as subject', async () => {
		const t = await createTestInitiative(database.db);
		await changeMember(as(t.lead), t.slug, {
			userId: t.viewer.userId as string,
			role: 'partner_editor',
			actorId: t.otherActorId,
			currentRole: 'viewer',
			currentActorId: null
		});
		expect(await roleOf(t.id, t.viewer)).toBe('partner_editor');
		const audit = await findAuditEntries(database.db, { action: 'initiative.member_changed' });
		expect(audit.find((entry) => entry.initiativeId === t.id)).toMatchObject({
			subjectUserId: t.viewer.userId,
			actorUserId: t.lead.userId
		});
	});

	it('a change by someone else in the meantime is a 409, not overwritten', async () => {
		const t = await createTestInitiative(database.db);
		const change = { userId: t.viewer.userId as string, actorId: null, currentRole: 'partner_editor' as const, currentActorId: null };
		await expectCode(changeMember(as(t.lead), t.slug, { ...change, role: 'backbone_lead' }), 'stale_revision');
		expect(await roleOf(t.id, t.viewer)).toBe('viewer');
	});

	it('refuses a partner editor without an actor, and another initiative’s actor', async () => {
		const t = await createTestInitiative(database.db);
		const change = { userId: t.viewer.userId as string, currentRole: 'viewer' as const, currentActorId: null };
		await expectCode(changeMember(as(t.lead), t.slug, { ...change, role: 'partner_editor', actorId: null }), 'invalid_input', {
			actorId: 'field_member_actor_required'
		});
		await expectCode(changeMember(as(t.lead), t.slug, { ...change, role: 'viewer', actorId: other.ownActorId }), 'invalid_input', {
			actorId: 'field_member_actor_unknown'
		});
	});

	it('the last backbone lead cannot be demoted, removed, or leave; with a second lead they can', async () => {
		const t = await createTestInitiative(database.db);
		const leadId = t.lead.userId as string;
		await expectCode(
			changeMember(as(t.lead), t.slug, {
				userId: leadId,
				role: 'viewer',
				actorId: null,
				currentRole: 'backbone_lead',
				currentActorId: null
			}),
			'conflict',
			{ role: 'field_member_last_lead' }
		);
		await expectCode(removeMember(as(t.lead), t.slug, { userId: leadId }), 'conflict', { form: 'field_member_last_lead' });
		await expectCode(leaveInitiative(as(t.lead), t.slug), 'conflict', { form: 'field_member_last_lead' });
		expect(await roleOf(t.id, t.lead)).toBe('backbone_lead');
		await changeMember(as(t.lead), t.slug, {
			userId: t.viewer.userId as string,
			role: 'backbone_lead',
			actorId: null,
			currentRole: 'viewer',
			currentActorId: null
		});
		await leaveInitiative(as(t.lead), t.slug);
		expect(await roleOf(t.id, t.lead)).toBeUndefined();
		const audit = await findAuditEntries(database.db, { action: 'initiative.member_left' });
		expect(audit.find((entry) => entry.initiativeId === t.id)?.subjectUserId).toBe(leadId);
	});

	it('the lead removes a member, audited; a partner editor and a viewer leave themselves', async () => {
		const t = await createTestInitiative(database.db);
		await removeMember(as(t.lead), t.slug, { userId: t.viewer.userId as string });
		expect(await roleOf(t.id, t.viewer)).toBeUndefined();
		const audit = await findAuditEntries(database.db, { action: 'initiative.member_removed' });
		expect(audit.find((entry) => entry.initiativeId === t.id)?.subjectUserId).toBe(t.viewer.userId);
		await leaveInitiative(as(t.editor), t.slug);
		expect(await roleOf(t.id, t.editor)).toBeUndefined();
		// gone means gone: the page is not found for them now
		await expectCode(getMembers(as(t.editor), t.slug), 'not_found');
	});

	it('only the lead changes and removes; an outsider gets not found; another initiative’s member id is not found (Z3)', async () => {
		const t = await createTestInitiative(database.db);
		const change = {
			userId: t.viewer.userId as string,
			role: 'viewer' as const,
			actorId: null,
			currentRole: 'viewer' as const,
			currentActorId: null
		};
		for (const person of [t.editor, t.viewer]) {
			await expectCode(changeMember(as(person), t.slug, { ...change, role: 'backbone_lead' }), 'forbidden');
			await expectCode(removeMember(as(person), t.slug, { userId: t.viewer.userId as string }), 'forbidden');
		}
		await expectCode(changeMember(as(t.outsider), t.slug, change), 'not_found');
		await expectCode(removeMember(as(t.outsider), t.slug, { userId: t.viewer.userId as string }), 'not_found');
		await expectCode(leaveInitiative(as(t.outsider), t.slug), 'not_found');
		// a member of the other initiative is nobody here
		const stranger = { ...change, userId: other.viewer.userId as string };
		await expectCode(changeMember(as(t.lead), t.slug, { ...stranger, role: 'backbone_lead' }), 'not_found');
		await expectCode(removeMember(as(t.lead), t.slug, { userId: other.viewer.userId as string }), 'not_found');
		expect(await roleOf(other.id, other.viewer)).toBe('viewer');
	});
});

describe('the last backbone lead under concurrency', () => {
	it('two leads demoting each other at the same moment: exactly one succeeds, one lead remains', async () => {
		for (let round = 0; round < 3; round += 1) {
			const t = await createTestInitiative(database.db);
			const second = await newPerson(database.db);
			await addTestMember(database.db, t.id, second, 'backbone_lead');
			const demote = (by: Actor, whom: Actor) =>
				changeMember(as(by), t.slug, {
					userId: whom.userId as string,
					role: 'viewer',
					actorId: null,
					currentRole: 'backbone_lead',
					currentActorId: null
				});
			const results = await Promise.allSettled([demote(t.lead, second), demote(second, t.lead)]);
			expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
			const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
			expect((refused.reason as AppError).code).toBe('conflict');
			const leads = (await membersOf(t.id)).filter((member) => member.role === 'backbone_lead');
			expect(leads).toHaveLength(1);
		}
	});

	it('two leads leaving at the same moment: one stays', async () => {
		const t = await createTestInitiative(database.db);
		const second = await newPerson(database.db);
		await addTestMember(database.db, t.id, second, 'backbone_lead');
		const results = await Promise.allSettled([leaveInitiative(as(t.lead), t.slug), leaveInitiative(as(second), t.slug)]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		expect((await membersOf(t.id)).filter((member) => member.role === 'backbone_lead')).toHaveLength(1);
	});
});

describe('accepting an invitation, signed in', () => {
	it('makes the person a member in the invited role and actor, audited with them as subject', async () => {
		const person = await newPerson(database.db);
		const address = (await findUserById(person)).email;
		const sent = await inviteMember(as(world.lead), world.slug, {
			email: address,
			role: 'partner_editor',
			actorId: world.otherActorId,
			locale: 'da'
		});
		const before = await inspectInvitation(as(person), tokenOf(sent.link));
		expect(before).toMatchObject({ state: 'open', emailMatches: true, memberRole: null });
		const { slug } = await acceptInvitation(as(person), tokenOf(sent.link));
		expect(slug).toBe(world.slug);
		expect(await roleOf(world.id, person)).toBe('partner_editor');
		const scope = await getMembers(as(person), world.slug);
		expect(scope.scope).toMatchObject({ role: 'partner_editor', actorId: world.otherActorId });
		const after = await inspectInvitation(as(person), tokenOf(sent.link));
		expect(after).toMatchObject({ state: 'accepted', slug: world.slug, email: null });
		const audit = await findAuditEntries(database.db, { action: 'initiative.invitation_accepted' });
		expect(audit.find((entry) => entry.targetId === sent.id)).toMatchObject({ subjectUserId: person.userId, initiativeId: world.id });
	});

	it('is idempotent and race-safe: two tabs accepting at once give one membership and one audit entry', async () => {
		const person = await newPerson(database.db);
		const sent = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const results = await Promise.all([acceptInvitation(as(person), tokenOf(sent.link)), acceptInvitation(as(person), tokenOf(sent.link))]);
		expect(results.map((result) => result.slug)).toEqual([world.slug, world.slug]);
		const mine = (await membersOf(world.id)).filter((member) => member.userId === person.userId);
		expect(mine).toHaveLength(1);
		const audit = await findAuditEntries(database.db, { action: 'initiative.invitation_accepted' });
		expect(audit.filter((entry) => entry.targetId === sent.id)).toHaveLength(1);
		// a third time, later: still fine
		await acceptInvitation(as(person), tokenOf(sent.link));
	});

	it('another address than the invited one may accept (the token is the proof); the page says so first', async () => {
		const person = await newPerson(database.db);
		const sent = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		expect(await inspectInvitation(as(person), tokenOf(sent.link))).toMatchObject({ state: 'open', emailMatches: false });
		await acceptInvitation(as(person), tokenOf(sent.link));
		const audit = await findAuditEntries(database.db, { action: 'initiative.invitation_accepted' });
		expect(audit.find((entry) => entry.targetId === sent.id)?.details).toMatchObject({ emailMatched: false });
	});

	it('an accepted link is not accepted by a second person; an expired one says expired; an unknown one is unknown', async () => {
		const sent = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const first = await newPerson(database.db);
		await acceptInvitation(as(first), tokenOf(sent.link));
		await expectCode(acceptInvitation(as(world.outsider), tokenOf(sent.link)), 'token_invalid', {
			form: 'initiative_invitation_refused_accepted'
		});
		const late = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const future = () => new Date(late.expiresAt.getTime() + 1000);
		expect((await inspectInvitation(as(ANONYMOUS, { now: future }), tokenOf(late.link))).state).toBe('expired');
		await expectCode(acceptInvitation(as(world.outsider, { now: future }), tokenOf(late.link)), 'token_invalid', {
			form: 'initiative_invitation_refused_expired'
		});
		expect(await roleOf(world.id, world.outsider)).toBeUndefined();
		expect((await inspectInvitation(as(ANONYMOUS), 'x'.repeat(27))).state).toBe('unknown');
		expect((await inspectInvitation(as(ANONYMOUS), '../../etc')).state).toBe('unknown');
		await expectCode(acceptInvitation(as(ANONYMOUS), tokenOf(late.link)), 'forbidden');
	});

	it('someone already a member keeps their role (accepting never demotes a lead)', async () => {
		const t = await createTestInitiative(database.db);
		const sent = await inviteMember(as(t.lead), t.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		await acceptInvitation(as(t.lead), tokenOf(sent.link));
		expect(await roleOf(t.id, t.lead)).toBe('backbone_lead');
	});

	it('look-ups of links are rate-limited per address (V5)', async () => {
		const ip = '192.0.2.77';
		for (let i = 0; i < costlyRequestLimits().invitationLookup.limit; i += 1)
			await inspectInvitation(as(ANONYMOUS, { ip }), `nope${i}`.padEnd(27, 'x'));
		await expectCode(inspectInvitation(as(ANONYMOUS, { ip }), 'x'.repeat(27)), 'too_many_requests');
		await expectCode(acceptInvitation(as(world.outsider, { ip }), 'x'.repeat(27)), 'too_many_requests');
	});
});

describe('accepting with a new account', () => {
	it('creates the account for the invited address, the membership and a session', async () => {
		const address = email();
		const sent = await inviteMember(as(world.lead), world.slug, {
			email: address,
			role: 'partner_editor',
			actorId: world.ownActorId,
			locale: 'da'
		});
		const result = await acceptInvitationWithNewAccount(as(ANONYMOUS), tokenOf(sent.link), {
			name: 'Nina Ny',
			password: PASSWORD,
			locale: 'en'
		});
		expect(result.slug).toBe(world.slug);
		expect(result.user).toMatchObject({ email: address, name: 'Nina Ny', status: 'active', platformRole: 'member', locale: 'en' });
		expect(await validateSessionToken(database.db, result.token)).not.toBeNull();
		expect(await roleOf(world.id, { userId: result.user.id, platformRole: 'member' })).toBe('partner_editor');
		expect((await inspectInvitation(as(ANONYMOUS), tokenOf(sent.link))).state).toBe('accepted');
		const created = await findAuditEntries(database.db, { action: 'account.created_by_invitation' });
		expect(created.some((entry) => entry.subjectUserId === result.user.id)).toBe(true);
	});

	it('follows the password policy, refuses an address that has an account, and a signed-in person', async () => {
		const sent = await inviteMember(as(world.lead), world.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const token = tokenOf(sent.link);
		await expectCode(acceptInvitationWithNewAccount(as(ANONYMOUS), token, { name: 'A', password: 'kort', locale: 'da' }), 'invalid_input', {
			password: 'password_too_short'
		});
		await expectCode(
			acceptInvitationWithNewAccount(as(ANONYMOUS), token, { name: 'A', password: 'adgangskode123', locale: 'da' }),
			'invalid_input',
			{
				password: 'password_too_common'
			}
		);
		await expectCode(
			acceptInvitationWithNewAccount(as(world.outsider), token, { name: 'A', password: PASSWORD, locale: 'da' }),
			'conflict'
		);
		const existing = await acceptInvitationWithNewAccount(as(ANONYMOUS), token, { name: 'A', password: PASSWORD, locale: 'da' });
		const again = await inviteMember(as(other.lead), other.slug, {
			email: existing.user.email,
			role: 'viewer',
			actorId: null,
			locale: 'da'
		});
		await expectCode(
			acceptInvitationWithNewAccount(as(ANONYMOUS), tokenOf(again.link), { name: 'B', password: PASSWORD, locale: 'da' }),
			'conflict',
			{
				form: 'initiative_invitation_account_exists'
			}
		);
	});

	it('two tabs creating the account at once: one account, one membership', async () => {
		const address = email();
		const sent = await inviteMember(as(world.lead), world.slug, { email: address, role: 'viewer', actorId: null, locale: 'da' });
		const create = () =>
			acceptInvitationWithNewAccount(as(ANONYMOUS), tokenOf(sent.link), { name: 'To Faner', password: PASSWORD, locale: 'da' });
		const results = await Promise.allSettled([create(), create()]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const user = await findUserByEmail(database.db, address);
		expect((await membersOf(world.id)).filter((member) => member.userId === user?.id)).toHaveLength(1);
	});
});

describe('account deletion and export (P2)', () => {
	async function personWithPassword() {
		const t = await createTestInitiative(database.db);
		const sent = await inviteMember(as(t.lead), t.slug, { email: email(), role: 'viewer', actorId: null, locale: 'da' });
		const { user } = await acceptInvitationWithNewAccount(as(ANONYMOUS), tokenOf(sent.link), {
			name: 'Lea Leder',
			password: PASSWORD,
			locale: 'da'
		});
		return { t, person: { userId: user.id, platformRole: 'member' as const } };
	}

	it('the last backbone lead of an initiative cannot delete their account; the page names the initiative; with a second lead they can', async () => {
		const { t, person } = await personWithPassword();
		await changeMember(as(t.lead), t.slug, {
			userId: person.userId,
			role: 'backbone_lead',
			actorId: null,
			currentRole: 'viewer',
			currentActorId: null
		});
		await leaveInitiative(as(t.lead), t.slug);
		expect((await getAccountDeletionBlockers(as(person))).lastLeadOf).toEqual([{ slug: t.slug, name: expect.any(String) }]);
		await expectCode(deleteOwnAccount(as(person), { password: PASSWORD }), 'conflict', { password: 'account_delete_last_lead' });
		expect(await roleOf(t.id, person)).toBe('backbone_lead');
		await database.db
			.update(initiativeMembers)
			.set({ role: 'backbone_lead' })
			.where(and(eq(initiativeMembers.initiativeId, t.id), eq(initiativeMembers.userId, t.viewer.userId as string)));
		expect((await getAccountDeletionBlockers(as(person))).lastLeadOf).toEqual([]);
		await deleteOwnAccount(as(person), { password: PASSWORD });
		expect(await roleOf(t.id, person)).toBeUndefined();
	});

	it('the export lists the person’s initiative memberships and the invitations sent to them', async () => {
		const { t, person } = await personWithPassword();
		const data = await exportOwnData(as(person));
		expect(data.initiativeMemberships).toEqual([expect.objectContaining({ slug: t.slug, role: 'viewer' })]);
		expect(data.initiativeInvitationsToMe).toEqual([expect.objectContaining({ role: 'viewer', acceptedAt: expect.any(Date) })]);
	});
});

async function findUserById(person: Actor) {
	const user = await findUserRow(database.db, person.userId as string);
	if (!user) throw new Error('no such user');
	return user;
}
