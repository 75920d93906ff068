import { describe, expect, it } from 'vitest';
import {
	ACTIONS,
	type Action,
	type Actor,
	can,
	canReach,
	INITIATIVE_ROLES,
	PLATFORM_ROLES,
	type PlatformRole,
	type Resource
} from './policy.ts';

/**
 * The expected matrix, written out by hand (not derived from PERMISSIONS), so a change to the
 * policy must be made twice on purpose. Columns: anonymous, member, editor, admin. A plain string
 * holds for every record; `{ any, own }` is an action whose answer depends on who owns the record:
 * `any` on someone else's record, `own` on the actor's own.
 */
const PLATFORM_EXPECTED: Record<Exclude<Action, `initiative.${string}`>, string | { any: string; own: string }> = {
	'page.view_public': 'YYYY',
	'api.bearer_token': 'YYYY',
	'auth.sign_in': 'YYYY',
	'auth.reset_password': 'YYYY',
	'setup.create_first_admin': 'Y---',
	'auth.sign_out': '-YYY',
	'account.view': '-YYY',
	'account.update': '-YYY',
	'account.change_password': '-YYY',
	'account.export': '-YYY',
	'account.delete': '-YYY',
	'start.view': '-YYY',
	'admin.view': '---Y',
	'user.list': '---Y',
	'user.invite': '---Y',
	'user.change_role': '---Y',
	'user.disable': '---Y',
	'organisation.list': '---Y',
	'organisation.create': '---Y',
	'organisation.update': '---Y',
	'organisation.manage_members': '---Y',
	'audit.view': '---Y',
	'assessment.self_check': 'YYYY',
	'assessment.respond': 'YYYY',
	'assessment.view': '-YYY',
	'assessment.edit': '-YYY',
	'assessment.delete': '-YYY',
	'assessment.facilitate': '-YYY',
	'learning.view': 'YYYY',
	'learning.edit': '--YY',
	'case.create': '-YYY',
	'case.edit': { any: '--YY', own: '-YYY' },
	'initiatives.list': '-YYY',
	'initiatives.create': '-YYY',
	'initiative_invitation.accept': 'YYYY'
};
/** Columns: backbone_lead, partner_editor, viewer. */
const INITIATIVE_EXPECTED: Record<Extract<Action, `initiative.${string}`>, string | { any: string; own: string }> = {
	'initiative.view': 'YYY',
	'initiative.manage': 'Y--',
	'initiative.edit_own': { any: 'Y--', own: 'YY-' },
	'initiative.endorse': { any: 'Y--', own: 'YY-' },
	'initiative.report_data': { any: 'Y--', own: 'YY-' }
};

const caseOwnedBy = (ownerId: string | null): Resource => ({ type: 'learning_case', id: 'c1', ownerId });

describe('policy matrix (Z2)', () => {
	it('has an expectation for every action and no more', () => {
		expect([...Object.keys(PLATFORM_EXPECTED), ...Object.keys(INITIATIVE_EXPECTED)].sort()).toEqual([...ACTIONS].sort());
	});

	// Every role × action × (someone else's record, the actor's own record), and the route gate.
	for (const [action, expected] of Object.entries(PLATFORM_EXPECTED)) {
		const { any, own } = typeof expected === 'string' ? { any: expected, own: expected } : expected;
		PLATFORM_ROLES.forEach((role, column) => {
			const actor: Actor = { userId: role === 'anonymous' ? null : 'u1', platformRole: role };
			const mayOnAny = any[column] === 'Y';
			const mayOnOwn = own[column] === 'Y';
			it(`${role} ${mayOnAny ? 'may' : 'may not'} ${action} on any record`, () => {
				expect(can(actor, action as Action)).toBe(mayOnAny);
				expect(can(actor, action as Action, caseOwnedBy('someone-else'))).toBe(mayOnAny);
			});
			it(`${role} ${mayOnOwn ? 'may' : 'may not'} ${action} on their own record`, () => {
				expect(can(actor, action as Action, caseOwnedBy(actor.userId))).toBe(mayOnOwn);
			});
			it(`${role} ${mayOnOwn ? 'reaches' : 'does not reach'} a route for ${action}`, () => {
				expect(canReach(actor, action as Action)).toBe(mayOnOwn);
			});
		});
	}

	// Every initiative role × action × (the initiative or another actor's item, the person's own actor's
	// item, an item of nobody), and the route gate, which only knows the initiative.
	for (const [action, expected] of Object.entries(INITIATIVE_EXPECTED)) {
		const { any, own } = typeof expected === 'string' ? { any: expected, own: expected } : expected;
		INITIATIVE_ROLES.forEach((role, column) => {
			const actor: Actor = {
				userId: 'u1',
				platformRole: 'member',
				initiativeRoles: new Map([['i1', role]]),
				initiativeActors: new Map([['i1', 'actor-own']])
			};
			const mayOnAny = any[column] === 'Y';
			const mayOnOwn = own[column] === 'Y';
			it(`${role} of the initiative ${mayOnAny ? 'may' : 'may not'} ${action} on the initiative and others' items`, () => {
				expect(can(actor, action as Action, { type: 'initiative', id: 'i1' })).toBe(mayOnAny);
				expect(can(actor, action as Action, { type: 'initiative', id: 'i1', actorId: 'actor-other' })).toBe(mayOnAny);
				expect(can(actor, action as Action, { type: 'initiative', id: 'i1', actorId: null })).toBe(mayOnAny);
			});
			it(`${role} of the initiative ${mayOnOwn ? 'may' : 'may not'} ${action} on their own actor's items`, () => {
				expect(can(actor, action as Action, { type: 'initiative', id: 'i1', actorId: 'actor-own' })).toBe(mayOnOwn);
			});
			it(`${role} of the initiative ${mayOnOwn ? 'reaches' : 'does not reach'} a route for ${action}`, () => {
				expect(canReach(actor, action as Action, 'i1')).toBe(mayOnOwn);
				expect(canReach(actor, action as Action, 'i2')).toBe(false);
				expect(canReach(actor, action as Action)).toBe(false);
			});
		});
	}
});

describe('deny by default (Z1, Z3)', () => {
	const lead: Actor = { userId: 'u1', platformRole: 'member', initiativeRoles: new Map([['i1', 'backbone_lead']]) };

	it('a role in one initiative gives nothing in another', () => {
		expect(can(lead, 'initiative.manage', { type: 'initiative', id: 'i2' })).toBe(false);
	});
	it("a partner editor's own actor in one initiative owns nothing in another", () => {
		const editor: Actor = {
			userId: 'u1',
			platformRole: 'member',
			initiativeRoles: new Map([
				['i1', 'partner_editor'],
				['i2', 'partner_editor']
			]),
			initiativeActors: new Map([
				['i1', 'a1'],
				['i2', null]
			])
		};
		expect(can(editor, 'initiative.edit_own', { type: 'initiative', id: 'i1', actorId: 'a1' })).toBe(true);
		expect(can(editor, 'initiative.edit_own', { type: 'initiative', id: 'i2', actorId: 'a1' })).toBe(false);
		expect(can(editor, 'initiative.edit_own', { type: 'initiative', id: 'i2', actorId: null })).toBe(false);
	});
	it('initiative actions need an initiative resource', () => {
		expect(can(lead, 'initiative.view')).toBe(false);
	});
	it('platform admins get no initiative role by being admins', () => {
		const admin: Actor = { userId: 'a', platformRole: 'admin' };
		expect(can(admin, 'initiative.view', { type: 'initiative', id: 'i1' })).toBe(false);
	});
	it('an ownership grant never matches a record nobody owns, even for an actor without an id', () => {
		expect(can({ userId: 'u1', platformRole: 'member' }, 'case.edit', caseOwnedBy(null))).toBe(false);
		expect(can({ userId: null, platformRole: 'member' }, 'case.edit', caseOwnedBy(null))).toBe(false);
	});
	it('an ownership grant needs a record that names an owner', () => {
		const member: Actor = { userId: 'u1', platformRole: 'member' };
		expect(can(member, 'case.edit', { type: 'platform' })).toBe(false);
		expect(can(member, 'case.edit', { type: 'initiative', id: 'u1' })).toBe(false);
	});
	it('unknown actions are denied', () => {
		for (const role of PLATFORM_ROLES as readonly PlatformRole[]) {
			expect(can({ userId: 'x', platformRole: role }, 'nonsense' as Action)).toBe(false);
			expect(canReach({ userId: 'x', platformRole: role }, 'nonsense' as Action)).toBe(false);
		}
	});
});
