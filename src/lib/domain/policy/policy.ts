/**
 * Z2: the one policy. Roles × actions as data, and one `can()`.
 *
 * Platform roles come from the user row (anonymous when nobody is signed in).
 * Initiative roles (backbone lead, partner editor, viewer) are granted per initiative;
 * an actor carries them in `initiativeRoles`, and actions on an initiative are checked
 * against the role the actor holds in *that* initiative.
 */
export const PLATFORM_ROLES = ['anonymous', 'member', 'editor', 'admin'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const INITIATIVE_ROLES = ['backbone_lead', 'partner_editor', 'viewer'] as const;
export type InitiativeRole = (typeof INITIATIVE_ROLES)[number];

export type Role = PlatformRole | InitiativeRole;

const EVERYONE = ['anonymous', 'member', 'editor', 'admin'] as const;
const SIGNED_IN = ['member', 'editor', 'admin'] as const;

/** Who may do what. Anything not listed is denied (Z1). */
export const PERMISSIONS = {
	// Public pages and sign-in
	'page.view_public': EVERYONE,
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
	// publishes them) and edit those (the use cases check ownership).
	'learning.view': EVERYONE,
	'learning.edit': ['editor', 'admin'],
	'case.create': SIGNED_IN,
	'case.edit': SIGNED_IN,
	// Initiatives (the roles are granted per initiative; the routes come with the initiatives issue)
	'initiative.view': ['backbone_lead', 'partner_editor', 'viewer'],
	'initiative.report_data': ['backbone_lead', 'partner_editor'],
	'initiative.manage': ['backbone_lead']
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export interface Actor {
	userId: string | null;
	platformRole: PlatformRole;
	/** initiative id → the actor's role in it */
	initiativeRoles?: ReadonlyMap<string, InitiativeRole>;
}

export type Resource = { type: 'initiative'; id: string } | { type: 'platform' };

export const ANONYMOUS: Actor = { userId: null, platformRole: 'anonymous' };

export function isInitiativeAction(action: Action): boolean {
	return action.startsWith('initiative.');
}

export function isRoleAllowed(role: Role, action: Action): boolean {
	return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** Deny by default: unknown actions, missing resources and missing roles all answer false. */
export function can(actor: Actor, action: Action, resource: Resource = { type: 'platform' }): boolean {
	if (!(action in PERMISSIONS)) return false;
	if (isInitiativeAction(action)) {
		if (resource.type !== 'initiative') return false;
		const role = actor.initiativeRoles?.get(resource.id);
		return role !== undefined && isRoleAllowed(role, action);
	}
	return isRoleAllowed(actor.platformRole, action);
}
