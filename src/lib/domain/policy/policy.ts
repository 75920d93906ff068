/**
 * Z2: the one policy. Roles × actions as data, and one `can()`.
 *
 * Platform roles come from the user row (anonymous when nobody is signed in).
 * Initiative roles (backbone lead, partner editor, viewer) are granted per initiative;
 * an actor carries them in `initiativeRoles`, and actions on an initiative are checked
 * against the role the actor holds in *that* initiative.
 *
 * A grant is either a list of roles (they may act on any record) or `{ any, own }`: the `own`
 * roles may act only on a record whose resource names them as its owner. So "a member may edit
 * their own case" is in the matrix, not checked later by hand.
 */
export const PLATFORM_ROLES = ['anonymous', 'member', 'editor', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const INITIATIVE_ROLES = ['backbone_lead', 'partner_editor', 'viewer'] as const;
export type InitiativeRole = (typeof INITIATIVE_ROLES)[number];

export type Role = PlatformRole | InitiativeRole;

const EVERYONE = ['anonymous', 'member', 'editor', 'admin'] as const;
const SIGNED_IN = ['member', 'editor', 'admin'] as const;

/** Roles that may act on any record, and roles that may act only on records they own. */
export interface ScopedGrant {
	any: readonly Role[];
	own: readonly Role[];
}

/** Who may do what. Anything not listed is denied (Z1). */
export const PERMISSIONS = {
	// Public pages and sign-in
	'page.view_public': EVERYONE,
	// /api/v1: the route gate lets every request through to the endpoint, which accepts nothing but a
	// valid bearer token of the initiative (server/api/endpoint.ts); a session cookie counts for nothing there.
	'api.bearer_token': EVERYONE,
	'auth.sign_in': EVERYONE,
	'auth.reset_password': EVERYONE,
	'setup.create_first_admin': ['anonymous'],
	// Own account
	'auth.sign_out': SIGNED_IN,
	'account.view': SIGNED_IN,
	'account.update': SIGNED_IN,
	'account.change_password': SIGNED_IN,
	// P2: download one's own data, delete one's own account
	'account.export': SIGNED_IN,
	'account.delete': SIGNED_IN,
	// "Min side": one's own start page after signing in
	'start.view': SIGNED_IN,
	// Administration
	'admin.view': ['admin'],
	'user.list': ['admin'],
	'user.invite': ['admin'],
	'user.change_role': ['admin'],
	'user.disable': ['admin'],
	'organisation.list': ['admin'],
	'organisation.create': ['admin'],
	'organisation.update': ['admin'],
	'organisation.manage_members': ['admin'],
	'audit.view': ['admin'],
	// The assessment "Collective impact – hvornår?": the self-check and answering a group round
	// need no account; an organisation's assessments and rounds are for its members (the use
	// cases check membership, Z3).
	'assessment.self_check': EVERYONE,
	'assessment.respond': EVERYONE,
	'assessment.view': SIGNED_IN,
	'assessment.edit': SIGNED_IN,
	'assessment.delete': SIGNED_IN,
	'assessment.facilitate': SIGNED_IN,
	// Learning: principles, cases, lessons and testimonies are public reading; editors and admins
	// edit all of it; any signed-in person may add cases of their own (drafts until an editor
	// publishes them) and edit (and delete) only those.
	'learning.view': EVERYONE,
	'learning.edit': ['editor', 'admin'],
	'case.create': SIGNED_IN,
	'case.edit': { any: ['editor', 'admin'], own: ['member'] },
	// Initiatives: any signed-in person may start one (and becomes its backbone lead) and list theirs;
	// an invitation link is opened before an account may exist.
	'initiatives.list': SIGNED_IN,
	'initiatives.create': SIGNED_IN,
	'initiative_invitation.accept': EVERYONE,
	// Inside an initiative the roles are granted per initiative (initiative_members). The backbone
	// lead manages everything; a partner editor edits the items of the actor (organisation) they act
	// for, endorses the agenda for it and reports its data; a viewer reads.
	'initiative.view': ['backbone_lead', 'partner_editor', 'viewer'],
	'initiative.manage': ['backbone_lead'],
	'initiative.edit_own': { any: ['backbone_lead'], own: ['partner_editor'] },
	'initiative.endorse': { any: ['backbone_lead'], own: ['partner_editor'] },
	'initiative.report_data': { any: ['backbone_lead'], own: ['partner_editor'] }
} as const satisfies Record<string, readonly Role[] | ScopedGrant>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export interface Actor {
	userId: string | null;
	platformRole: PlatformRole;
	/** initiative id → the actor's role in it */
	initiativeRoles?: ReadonlyMap<string, InitiativeRole>;
	/** initiative id → the initiative actor (organisation) the person acts for there, if any */
	initiativeActors?: ReadonlyMap<string, string | null>;
}

/**
 * What an action is done to. A record someone owns names its owner (`ownerId`, null when nobody
 * does, e.g. seeded content), so `can()` decides "own" against "any" itself. Items that belong to an
 * organisation will carry it the same way (`organisationId`) with an `organisation` scope beside
 * `own`, for "a partner editor edits only their own organisation's items".
 */
export type Resource =
	| { type: 'platform' }
	/** An initiative, or an item in it; `actorId` names the initiative actor that owns the item. */
	| { type: 'initiative'; id: string; actorId?: string | null }
	| { type: 'learning_case'; id: string; ownerId: string | null };

export const ANONYMOUS: Actor = { userId: null, platformRole: 'anonymous' };

/** Actions decided by the role held in one initiative, not by the platform role. */
export function isInitiativeAction(action: Action): boolean {
	return action.startsWith('initiative.');
}

function grantOf(action: Action): ScopedGrant {
	const grant: readonly Role[] | ScopedGrant = PERMISSIONS[action];
	return 'any' in grant ? grant : { any: grant as readonly Role[], own: [] };
}

/**
 * Whether the role holds the action at all, on any record or only on its own: what a route may
 * check before the record is loaded (the use case then asks `can()` with the record).
 */
export function isRoleAllowed(role: Role, action: Action): boolean {
	const grant = grantOf(action);
	return grant.any.includes(role) || grant.own.includes(role);
}

/** The actor owns the resource: it names an owner, and that owner is the actor. */
function isOwnedBy(actor: Actor, resource: Resource): boolean {
	if (resource.type === 'initiative') {
		// an initiative's item is "own" when it belongs to the actor (organisation) the person acts for there
		const own = actor.initiativeActors?.get(resource.id);
		return own !== undefined && own !== null && resource.actorId !== undefined && resource.actorId === own;
	}
	return 'ownerId' in resource && resource.ownerId !== null && actor.userId !== null && resource.ownerId === actor.userId;
}

/**
 * Deny by default: unknown actions, missing resources and missing roles all answer false. A role
 * granted the action only on its own records needs the record: without one, or on someone else's,
 * the answer is no.
 */
export function can(actor: Actor, action: Action, resource: Resource = { type: 'platform' }): boolean {
	if (!(action in PERMISSIONS)) return false;
	if (isInitiativeAction(action)) {
		if (resource.type !== 'initiative') return false;
		const role = actor.initiativeRoles?.get(resource.id);
		if (role === undefined) return false;
		const grant = grantOf(action);
		return grant.any.includes(role) || (grant.own.includes(role) && isOwnedBy(actor, resource));
	}
	const grant = grantOf(action);
	if (grant.any.includes(actor.platformRole)) return true;
	return grant.own.includes(actor.platformRole) && isOwnedBy(actor, resource);
}

/**
 * The route gate (hooks): may this actor reach a route for the action before its record is loaded?
 * True when their role holds it on any record or on their own; the use case decides with the record.
 */
export function canReach(actor: Actor, action: Action, initiativeId?: string): boolean {
	if (!(action in PERMISSIONS)) return false;
	if (isInitiativeAction(action)) {
		// the hook names the initiative of the route; the role held there decides
		const role = initiativeId === undefined ? undefined : actor.initiativeRoles?.get(initiativeId);
		return role !== undefined && isRoleAllowed(role, action);
	}
	return isRoleAllowed(actor.platformRole, action);
}
