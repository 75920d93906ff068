/**
 * Labels of the initiative area's stable keys (domain/initiatives/model.ts). Every key has a message
 * in both languages: initiative-labels.test.ts checks it.
 */
import {
	ACTIVITY_STATUSES,
	ACTOR_ROLES,
	type ActivityStatus,
	type ActorRole,
	FUNDING_KINDS,
	type FundingKind,
	GOVERNANCE_KINDS,
	type GovernanceKind,
	INITIATIVE_ROLES,
	type InitiativeRole,
	PHASES,
	type Phase,
	RELATION_KINDS,
	type RelationKind,
	VISIBILITIES,
	type Visibility
} from './domain/initiatives/model.ts';
import { translate } from './i18n.ts';

export const phaseLabel = (key: Phase) => translate(`initiative_phase_${key}`);
export const visibilityLabel = (key: Visibility) => translate(`initiative_visibility_${key}`);
export const actorRoleLabel = (key: ActorRole) => translate(`initiative_actor_role_${key}`);
export const activityStatusLabel = (key: ActivityStatus) => translate(`initiative_activity_status_${key}`);
export const relationKindLabel = (key: RelationKind) => translate(`initiative_relation_${key}`);
export const fundingKindLabel = (key: FundingKind) => translate(`initiative_funding_${key}`);
export const governanceKindLabel = (key: GovernanceKind) => translate(`initiative_governance_${key}`);
export const memberRoleLabel = (key: InitiativeRole) => translate(`initiative_role_${key}`);

/** Every message key the functions above use, for the test. */
export const INITIATIVE_LABEL_KEYS = [
	...PHASES.map((k) => `initiative_phase_${k}`),
	...VISIBILITIES.map((k) => `initiative_visibility_${k}`),
	...ACTOR_ROLES.map((k) => `initiative_actor_role_${k}`),
	...ACTIVITY_STATUSES.map((k) => `initiative_activity_status_${k}`),
	...RELATION_KINDS.map((k) => `initiative_relation_${k}`),
	...FUNDING_KINDS.map((k) => `initiative_funding_${k}`),
	...GOVERNANCE_KINDS.map((k) => `initiative_governance_${k}`),
	...INITIATIVE_ROLES.map((k) => `initiative_role_${k}`)
];
