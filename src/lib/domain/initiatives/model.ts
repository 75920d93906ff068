/**
 * The initiative area's vocabulary (issue 12, initiatives.md): stable keys, labels in messages.
 * Pure: no I/O.
 */
import type { InitiativeRole } from '../policy/policy.ts';

/** The five phases of product.md §2, in order (the principles pages use the same Danish labels). */
export const PHASES = ['assess_readiness', 'initiate_action', 'organise_for_impact', 'begin_implementation', 'sustain_action'] as const;
export type Phase = (typeof PHASES)[number];

export const VISIBILITIES = ['private', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** An actor's role in the initiative. */
export const ACTOR_ROLES = ['steering_group', 'working_group', 'partner', 'funder', 'backbone', 'other'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTIVITY_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Collaborates and shares data are symmetric; funds and reports to are directed (initiatives.md). */
export const RELATION_KINDS = ['collaborates', 'funds', 'reports_to', 'shares_data'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const DIRECTED_RELATION_KINDS: readonly RelationKind[] = ['funds', 'reports_to'];

export const FUNDING_KINDS = ['philanthropic', 'public', 'private'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const GOVERNANCE_KINDS = [
	'steering_group',
	'working_group',
	'partner_group',
	'advisory_board',
	'board',
	'funders_group',
	'other'
] as const;
export type GovernanceKind = (typeof GOVERNANCE_KINDS)[number];

export { INITIATIVE_ROLES, type InitiativeRole } from '../policy/policy.ts';

/** Roles a member may be given, most powerful first. */
export const MEMBER_ROLE_ORDER: readonly InitiativeRole[] = ['backbone_lead', 'partner_editor', 'viewer'];

/**
 * A readiness condition the assessment found missing (step 4 answered "no" or "don't know"),
 * copied onto the initiative when it starts from that assessment. Closed by the backbone lead with a
 * note; the 12-month resources condition is also read from the runway.
 */
export interface ReadinessGap {
	key: string;
	answer: 'no' | 'unknown';
	closedAt: string | null;
	closedNote: string | null;
}

/** Limits shared by forms, use cases and the database. */
export const INITIATIVE_LIMITS = {
	name: 120,
	slug: 60,
	shortText: 200,
	longText: 4000,
	areas: 103
} as const;
