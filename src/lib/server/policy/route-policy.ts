import type { Action } from '../../domain/policy/policy.ts';

/**
 * Z1/Z2: every route's page load, form actions and endpoint methods, mapped to the action the
 * policy must allow. The request hook denies anything not listed here; a test fails when a route
 * file exports something that has no entry.
 *
 * `load` covers GET/HEAD of a page; `actions` names each form action (`default` for the unnamed
 * one); `endpoints` maps HTTP methods of a +server.ts.
 */
export interface RoutePolicy {
	load?: Action;
	actions?: Record<string, Action>;
	endpoints?: Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Action>>;
}

export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
	'/': { load: 'page.view_public' },
	'/about/accessibility': { load: 'page.view_public' },
	'/healthz': { endpoints: { GET: 'page.view_public' } },
	'/language': { actions: { default: 'page.view_public' } },
	'/setup': { load: 'setup.create_first_admin', actions: { default: 'setup.create_first_admin' } },
	'/login': { load: 'auth.sign_in', actions: { default: 'auth.sign_in' } },
	'/logout': { actions: { default: 'auth.sign_out' } },
	'/password/forgot': { load: 'auth.reset_password', actions: { default: 'auth.reset_password' } },
	'/password/reset/[token]': { load: 'auth.reset_password', actions: { default: 'auth.reset_password' } },
	'/account': { load: 'account.view', actions: { profile: 'account.update', password: 'account.change_password' } },
	'/account/export': { endpoints: { GET: 'account.export' } },
	'/min-side': { load: 'start.view' },
	'/account/delete': { load: 'account.delete', actions: { delete: 'account.delete' } },
	'/admin': { load: 'admin.view' },
	'/admin/users': {
		load: 'user.list',
		actions: { invite: 'user.invite', resend: 'user.invite', disable: 'user.disable', enable: 'user.disable', role: 'user.change_role' }
	},
	'/admin/organisations': { load: 'organisation.list', actions: { create: 'organisation.create' } },
	'/admin/organisations/[id]': {
		load: 'organisation.list',
		actions: { update: 'organisation.update', addMember: 'organisation.manage_members', removeMember: 'organisation.manage_members' }
	},
	'/admin/audit': { load: 'audit.view' },
	// The assessment: the self-check and answering a group round need no account (the link is the key).
	'/vurdering': { load: 'assessment.self_check', actions: { start: 'assessment.self_check' } },
	'/vurdering/[token]/trin/[step]': {
		load: 'assessment.self_check',
		actions: { add: 'assessment.self_check', remove: 'assessment.self_check', save: 'assessment.self_check' }
	},
	'/vurdering/[token]/resultat': { load: 'assessment.self_check', actions: { save: 'assessment.edit' } },
	'/vurdering/[token]/resultat/csv': { endpoints: { GET: 'assessment.self_check' } },
	'/vurdering/[token]/resultat/xlsx': { endpoints: { GET: 'assessment.self_check' } },
	'/vurdering/[token]/resultat/pdf': { endpoints: { GET: 'assessment.self_check' } },
	// a self-check's read-only share link (it reads; no action takes it)
	'/vurdering/delt/[token]': { load: 'assessment.self_check' },
	'/vurdering/delt/[token]/csv': { endpoints: { GET: 'assessment.self_check' } },
	'/vurdering/delt/[token]/xlsx': { endpoints: { GET: 'assessment.self_check' } },
	'/vurdering/delt/[token]/pdf': { endpoints: { GET: 'assessment.self_check' } },
	'/svar/[token]': { load: 'assessment.respond', actions: { send: 'assessment.respond' } },
	// Group rounds: for members of the round's organisation (checked in the use cases, Z3).
	'/grupper': { load: 'assessment.view', actions: { open: 'assessment.facilitate' } },
	'/grupper/[id]': {
		load: 'assessment.view',
		actions: {
			close: 'assessment.facilitate',
			reopen: 'assessment.facilitate',
			next: 'assessment.facilitate',
			invite: 'assessment.facilitate',
			remind: 'assessment.facilitate'
		}
	},
	'/grupper/[id]/pdf': { endpoints: { GET: 'assessment.view' } },
	'/grupper/[id]/xlsx': { endpoints: { GET: 'assessment.view' } },
	'/grupper/[id]/csv': { endpoints: { GET: 'assessment.view' } },
	'/grupper/[id]/sammenlign/[other]': { load: 'assessment.view' },
	// An organisation's assessments: for its members (checked in the use cases, Z3).
	'/vurderinger': { load: 'assessment.view', actions: { create: 'assessment.edit' } },
	'/vurderinger/[id]': { load: 'assessment.view', actions: { duplicate: 'assessment.edit' } },
	'/vurderinger/[id]/trin/[step]': {
		load: 'assessment.edit',
		actions: { add: 'assessment.edit', remove: 'assessment.edit', save: 'assessment.edit' }
	},
	'/vurderinger/[id]/slet': { load: 'assessment.delete', actions: { delete: 'assessment.delete' } },
	'/vurderinger/[id]/csv': { endpoints: { GET: 'assessment.view' } },
	'/vurderinger/[id]/xlsx': { endpoints: { GET: 'assessment.view' } },
	'/vurderinger/[id]/pdf': { endpoints: { GET: 'assessment.view' } },
	// Learning: reading is public; editing principles, lessons and testimonies is for editors and
	// admins; a signed-in person may add cases and edit their own (the policy's own/any grant, which the
	// use case checks with the case).
	'/principper': { load: 'learning.view' },
	'/principper/[slug]': { load: 'learning.view' },
	'/principper/[slug]/rediger': { load: 'learning.edit', actions: { save: 'learning.edit' } },
	'/principper/[slug]/historik': { load: 'learning.edit', actions: { restore: 'learning.edit' } },
	'/laering': { load: 'learning.view' },
	'/laering/[slug]': { load: 'learning.view' },
	'/laering/[slug]/rediger': { load: 'learning.edit', actions: { save: 'learning.edit' } },
	'/laering/[slug]/historik': { load: 'learning.edit', actions: { restore: 'learning.edit' } },
	'/laering/slettet': { load: 'learning.edit', actions: { restoreCase: 'learning.edit', restoreTestimony: 'learning.edit' } },
	'/eksempler': { load: 'learning.view' },
	'/eksempler/ny': { load: 'case.create', actions: { save: 'case.create', addRow: 'case.create' } },
	'/eksempler/[slug]': { load: 'learning.view' },
	'/eksempler/[slug]/rediger': {
		load: 'case.edit',
		actions: {
			save: 'case.edit',
			addRow: 'case.edit',
			publish: 'learning.edit',
			unpublish: 'learning.edit',
			delete: 'case.edit'
		}
	},
	'/eksempler/[slug]/historik': { load: 'case.edit', actions: { restore: 'case.edit' } },
	'/vidnesbyrd': { load: 'learning.view' },
	'/vidnesbyrd/ny': { load: 'learning.edit', actions: { save: 'learning.edit' } },
	'/vidnesbyrd/[id]/rediger': { load: 'learning.edit', actions: { save: 'learning.edit', delete: 'learning.edit' } },
	'/vidnesbyrd/[id]/historik': { load: 'learning.edit', actions: { restore: 'learning.edit' } },
	// Initiatives: any signed-in person lists theirs and starts one; inside an initiative the role held
	// there decides (the hook looks it up from the slug; a non-member gets 404, Z3).
	'/initiativer': { load: 'initiatives.list' },
	'/initiativer/ny': { load: 'initiatives.create', actions: { default: 'initiatives.create' } },
	'/initiativer/[slug]': { load: 'initiative.view' },
	'/initiativer/[slug]/kort': {
		load: 'initiative.view',
		actions: { create: 'initiative.edit_own', update: 'initiative.edit_own', delete: 'initiative.edit_own' }
	},
	'/initiativer/[slug]/indstillinger': {
		load: 'initiative.manage',
		actions: {
			save: 'initiative.manage',
			phase: 'initiative.manage',
			closeGap: 'initiative.manage',
			reopenGap: 'initiative.manage',
			archive: 'initiative.manage',
			unarchive: 'initiative.manage'
		}
	},
	// Shared measurement, reported values: a partner editor reports for their own actor, the backbone
	// lead for any (the use case checks the actor, initiative.report_data); the lead decides; every
	// member reads the history; the approvals page shows each role its own part (the use case decides).
	'/initiativer/[slug]/maaling/[indicatorId]/indberet': { load: 'initiative.report_data', actions: { submit: 'initiative.report_data' } },
	'/initiativer/[slug]/maaling/godkendelser': {
		load: 'initiative.view',
		actions: {
			approve: 'initiative.manage',
			reject: 'initiative.manage',
			bulk: 'initiative.manage',
			withdraw: 'initiative.report_data'
		}
	},
	'/initiativer/[slug]/maaling/[indicatorId]/historik': { load: 'initiative.view' },
	// Shared measurement, charts: everyone in the initiative reads an indicator's chart.
	'/initiativer/[slug]/maaling/[indicatorId]/graf': { load: 'initiative.view' },
	// Shared measurement, reminders: the overdue list is read by everyone in the initiative
	'/initiativer/[slug]/maaling/forsinket': { load: 'initiative.view' },
	// The API tokens of shared measurement: the backbone lead makes and revokes any; a partner editor
	// submit tokens for their own actor (the use case checks the scope and the actor).
	'/initiativer/[slug]/maaling/api': {
		load: 'initiative.report_data',
		actions: { create: 'initiative.report_data', revoke: 'initiative.report_data' }
	},
	// /api/v1: bearer tokens only. The gate lets the request reach the endpoint, whose apiEndpoint()
	// wrapper refuses anything without a valid token of that initiative (route-policy.test.ts checks
	// every API route is wrapped); the document describing the API is public.
	'/api/v1/openapi.json': { endpoints: { GET: 'page.view_public' } },
	'/api/v1/initiatives/[slug]/indicators': { endpoints: { GET: 'api.bearer_token' } },
	'/api/v1/initiatives/[slug]/indicators/[indicatorId]/observations': {
		endpoints: { GET: 'api.bearer_token', POST: 'api.bearer_token' }
	},
	// Shared measurement, bulk entry / import / export: a partner editor enters and imports for their own
	// actor, the backbone lead for any (and may approve at once: the use case checks initiative.manage);
	// every member reads the template and exports the data.
	'/initiativer/[slug]/maaling/indtastning': { load: 'initiative.report_data', actions: { save: 'initiative.report_data' } },
	'/initiativer/[slug]/maaling/import': {
		load: 'initiative.report_data',
		actions: { preview: 'initiative.report_data', commit: 'initiative.report_data', discard: 'initiative.report_data' }
	},
	'/initiativer/[slug]/maaling/import/skabelon': { endpoints: { GET: 'initiative.view' } },
	'/initiativer/[slug]/maaling/eksport': { load: 'initiative.view' },
	'/initiativer/[slug]/maaling/eksport/fil': { endpoints: { GET: 'initiative.view' } },
	// Shared measurement, core (issue 13): members read the dashboard and the indicator pages; the
	// backbone lead defines, changes and deletes indicators, their baseline and targets.
	'/initiativer/[slug]/maaling': { load: 'initiative.view' },
	'/initiativer/[slug]/maaling/indikatorer/ny': {
		load: 'initiative.manage',
		actions: { create: 'initiative.manage', fromTemplate: 'initiative.manage' }
	},
	'/initiativer/[slug]/maaling/[indicatorId]': { load: 'initiative.view' },
	'/initiativer/[slug]/maaling/[indicatorId]/rediger': {
		load: 'initiative.manage',
		actions: {
			save: 'initiative.manage',
			baseline: 'initiative.manage',
			addTarget: 'initiative.manage',
			removeTarget: 'initiative.manage',
			delete: 'initiative.manage'
		}
	},
	// Actors, commitments, activities and the contribution matrix: members read; the backbone lead
	// manages actors; a partner editor edits their own actor's contact, commitments and activities
	// (the use case checks the item's actor, initiative.edit_own).
	'/initiativer/[slug]/aktoerer': { load: 'initiative.view', actions: { add: 'initiative.manage' } },
	'/initiativer/[slug]/aktoerer/[id]': {
		load: 'initiative.view',
		actions: {
			save: 'initiative.manage',
			contact: 'initiative.edit_own',
			addCommitment: 'initiative.edit_own',
			saveCommitment: 'initiative.edit_own',
			deleteCommitment: 'initiative.edit_own'
		}
	},
	'/initiativer/[slug]/aktoerer/[id]/slet': { load: 'initiative.manage', actions: { delete: 'initiative.manage' } },
	'/initiativer/[slug]/aktiviteter': { load: 'initiative.view', actions: { add: 'initiative.edit_own' } },
	'/initiativer/[slug]/aktiviteter/[id]': {
		load: 'initiative.view',
		actions: { save: 'initiative.edit_own', delete: 'initiative.edit_own' }
	},
	'/initiativer/[slug]/bidrag': { load: 'initiative.view' },
	// Members: everyone in it sees who is; the backbone lead invites and changes roles; anyone leaves.
	'/initiativer/[slug]/medlemmer': {
		load: 'initiative.view',
		actions: {
			invite: 'initiative.manage',
			resend: 'initiative.manage',
			revoke: 'initiative.manage',
			change: 'initiative.manage',
			remove: 'initiative.manage',
			leave: 'initiative.view'
		}
	},
	// An invitation link is opened before the person may have an account (the token is the key).
	'/invitation/[token]': {
		load: 'initiative_invitation.accept',
		actions: { accept: 'initiative_invitation.accept', create: 'initiative_invitation.accept' }
	},
	// The common agenda: everyone in the initiative reads it, the backbone lead edits it, a partner
	// editor endorses it for their own actor (the use case checks the actor).
	'/initiativer/[slug]/agenda': {
		load: 'initiative.view',
		actions: {
			texts: 'initiative.manage',
			addGoal: 'initiative.manage',
			editGoal: 'initiative.manage',
			moveGoal: 'initiative.manage',
			addStrategy: 'initiative.manage',
			editStrategy: 'initiative.manage',
			moveStrategy: 'initiative.manage',
			deleteStrategy: 'initiative.manage',
			endorse: 'initiative.endorse'
		}
	},
	'/initiativer/[slug]/agenda/historik': { load: 'initiative.view' },
	'/initiativer/[slug]/agenda/maal/[goalId]/slet': { load: 'initiative.manage', actions: { delete: 'initiative.manage' } },
	'/initiativer/[slug]/sekretariat': {
		load: 'initiative.view',
		actions: {
			setOrganisation: 'initiative.manage',
			addStaff: 'initiative.manage',
			updateStaff: 'initiative.manage',
			deleteStaff: 'initiative.manage',
			addGovernance: 'initiative.manage',
			updateGovernance: 'initiative.manage',
			deleteGovernance: 'initiative.manage',
			addFunding: 'initiative.manage',
			updateFunding: 'initiative.manage',
			deleteFunding: 'initiative.manage'
		}
	},
	'/initiativer/[slug]/historik': { load: 'initiative.view' }
};

export type RouteRequestKind = { kind: 'load' } | { kind: 'action'; name: string } | { kind: 'endpoint'; method: string };

/** Which entry of the policy a request needs; `undefined` when the route has none (deny). */
export function findRequiredAction(routeId: string, request: RouteRequestKind): Action | undefined {
	const policy = ROUTE_POLICIES[routeId];
	if (!policy) return undefined;
	switch (request.kind) {
		case 'load':
			return policy.load;
		case 'action':
			return policy.actions?.[request.name];
		case 'endpoint': {
			// HEAD is a GET without the body: it follows GET's entry
			const method = request.method === 'HEAD' ? 'GET' : request.method;
			return policy.endpoints?.[method as keyof NonNullable<RoutePolicy['endpoints']>];
		}
	}
}

/**
 * The HTTP methods a route answers at all: GET and HEAD for a page view (or a GET endpoint), POST
 * for form actions, and the endpoint's methods. Any other method gets 405 — not a denial, no alarm.
 * `undefined` when the route has no entry (then every request is denied and reported).
 */
export function findAllowedMethods(routeId: string): string[] | undefined {
	const policy = ROUTE_POLICIES[routeId];
	if (!policy) return undefined;
	const methods = new Set<string>(Object.keys(policy.endpoints ?? {}));
	if (policy.load || methods.has('GET')) methods.add('GET').add('HEAD');
	if (policy.actions) methods.add('POST');
	return [...methods];
}

/**
 * Routes whose URL is the key (a self-check, an answer link, a reset link): what they answer is
 * private even without sign-in, like everything a signed-in person is shown (no-store).
 */
export function isSecretLinkRoute(routeId: string): boolean {
	return routeId.split('/').includes('[token]');
}
