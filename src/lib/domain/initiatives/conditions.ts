/**
 * The cockpit's five conditions (initiatives.md "Condition states"): each one's state computed from
 * the initiative's data, and what is missing in words a page can say. The rule behind each state is
 * shown beside it (messages `initiative_condition_rule_*`), so nobody mistakes it for a verdict.
 * Shared measurement reads the initiative's indicators (issue 13 § 5); communication comes with its
 * own area: until then it is "not measured yet", never a made-up state. Pure.
 */
import { SECTORS, type Sector } from '../organisations/sectors.ts';
import type { ActivityStatus, ActorRole } from './model.ts';
import { isPartnerActor, requiredEndorsements } from './agenda.ts';
import { ACTIVE_ACTIVITY_STATUSES, goalsNeedingActivity, MIN_SECTORS } from './contribution.ts';
import { RUNWAY_WARNING_MONTHS, type Runway } from './runway.ts';

/** One rule, one place: the thresholds and who counts as a partner come from the agenda and contribution rules. */
export { ENDORSEMENT_SHARE, isPartnerActor } from './agenda.ts';
export { ACTIVE_ACTIVITY_STATUSES, MIN_SECTORS } from './contribution.ts';

export const CONDITIONS = ['agenda', 'measurement', 'activities', 'communication', 'backbone'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type ConditionState = 'not_started' | 'in_progress' | 'in_place' | 'not_measured';

/** One thing missing for a condition, with what a sentence needs to say it. */
export type Missing =
	| { key: 'agenda_problem' }
	| { key: 'agenda_vision' }
	| { key: 'agenda_goal_tree' }
	| { key: 'agenda_no_partners' }
	| { key: 'agenda_endorsements'; endorsed: number; partners: number; needed: number; actors: string[] }
	| { key: 'activities_no_sub_goals' }
	| { key: 'activities_goals_without_activity'; goals: string[] }
	| { key: 'activities_actors_without_commitment'; actors: string[] }
	| { key: 'activities_sectors'; present: number; needed: number; missing: Sector[] }
	| { key: 'backbone_organisation' }
	| { key: 'backbone_staff' }
	| { key: 'backbone_governance' }
	| { key: 'backbone_no_funding' }
	| { key: 'backbone_runway'; months: number; endsOn: string | null; needed: number }
	| { key: 'measurement_no_indicators' }
	| { key: 'measurement_no_key_indicator' }
	| { key: 'measurement_without_target'; indicators: string[] }
	| { key: 'measurement_without_recent_data'; indicators: string[] };

/**
 * One indicator as the measurement condition sees it (server/measurement/dashboard.ts computes it
 * with the on-track rules): a target dated today or later, and an approved value in the last
 * NO_DATA_DUE_PERIODS due periods (measurement/status.ts).
 */
export interface MeasuredIndicator {
	name: string;
	isKey: boolean;
	hasTarget: boolean;
	hasRecentData: boolean;
}

export interface ConditionResult {
	condition: Condition;
	state: ConditionState;
	missing: Missing[];
}

export interface ConditionsInput {
	problemStatement: string;
	vision: string;
	/** The agenda version in force now (0 before the first save). */
	agendaVersion: number;
	goals: readonly { id: string; parentId: string | null; title: string }[];
	actors: readonly { id: string; name: string; sector: Sector; role: ActorRole }[];
	endorsements: readonly { actorId: string; agendaVersion: number }[];
	commitments: readonly { actorId: string }[];
	activities: readonly { status: ActivityStatus; goalIds: readonly string[] }[];
	backbone: {
		hasOrganisation: boolean;
		staffCount: number;
		governanceCount: number;
		fundingCount: number;
		runway: Runway;
	};
	/** The initiative's indicators, key ones first. */
	indicators: readonly MeasuredIndicator[];
}

/** At least ENDORSEMENT_SHARE of the partners, counted in whole actors (2 of 3, 4 of 6, 5 of 7). */
export const endorsementsNeeded = requiredEndorsements;

const stateOf = (inPlace: boolean, anything: boolean): ConditionState => (inPlace ? 'in_place' : anything ? 'in_progress' : 'not_started');

export function agendaCondition(input: ConditionsInput): ConditionResult {
	const missing: Missing[] = [];
	const hasProblem = input.problemStatement.trim() !== '';
	const hasVision = input.vision.trim() !== '';
	const longTerm = input.goals.filter((g) => g.parentId === null);
	const hasTree = longTerm.some((goal) => input.goals.some((g) => g.parentId === goal.id));
	if (!hasProblem) missing.push({ key: 'agenda_problem' });
	if (!hasVision) missing.push({ key: 'agenda_vision' });
	if (!hasTree) missing.push({ key: 'agenda_goal_tree' });
	const partners = input.actors.filter(isPartnerActor);
	const endorsedNow = new Set(
		input.endorsements.filter((e) => input.agendaVersion > 0 && e.agendaVersion === input.agendaVersion).map((e) => e.actorId)
	);
	const endorsed = partners.filter((a) => endorsedNow.has(a.id));
	const needed = endorsementsNeeded(partners.length);
	const endorsementsMet = partners.length > 0 && endorsed.length >= needed;
	if (partners.length === 0) missing.push({ key: 'agenda_no_partners' });
	else if (!endorsementsMet || endorsed.length < partners.length)
		missing.push({
			key: 'agenda_endorsements',
			endorsed: endorsed.length,
			partners: partners.length,
			needed,
			actors: partners.filter((a) => !endorsedNow.has(a.id)).map((a) => a.name)
		});
	const anything = hasProblem || hasVision || input.goals.length > 0 || input.endorsements.length > 0;
	const inPlace = hasProblem && hasVision && hasTree && endorsementsMet;
	// Once in place, the partners still missing are worth saying, but they do not hold it back.
	return { condition: 'agenda', state: stateOf(inPlace, anything), missing };
}

export function activitiesCondition(input: ConditionsInput): ConditionResult {
	const missing: Missing[] = [];
	// the goals work is done for: sub-goals, and long-term goals without sub-goals (as in the matrix)
	const subGoals = goalsNeedingActivity(input.goals.map((g) => ({ ...g, position: 0 })));
	const covered = new Set(input.activities.filter((a) => ACTIVE_ACTIVITY_STATUSES.includes(a.status)).flatMap((a) => a.goalIds));
	const uncovered = subGoals.filter((g) => !covered.has(g.id));
	const committed = new Set(input.commitments.map((c) => c.actorId));
	const uncommitted = input.actors.filter(isPartnerActor).filter((a) => !committed.has(a.id));
	const sectors = new Set(input.actors.map((a) => a.sector));
	if (subGoals.length === 0) missing.push({ key: 'activities_no_sub_goals' });
	if (uncovered.length > 0) missing.push({ key: 'activities_goals_without_activity', goals: uncovered.map((g) => g.title) });
	if (uncommitted.length > 0) missing.push({ key: 'activities_actors_without_commitment', actors: uncommitted.map((a) => a.name) });
	if (sectors.size < MIN_SECTORS)
		missing.push({
			key: 'activities_sectors',
			present: sectors.size,
			needed: MIN_SECTORS,
			missing: SECTORS.filter((s) => !sectors.has(s))
		});
	const inPlace = subGoals.length > 0 && uncovered.length === 0 && uncommitted.length === 0 && sectors.size >= MIN_SECTORS;
	const anything = input.activities.length > 0 || input.commitments.length > 0;
	return { condition: 'activities', state: stateOf(inPlace, anything), missing };
}

export function backboneCondition(input: ConditionsInput): ConditionResult {
	const { hasOrganisation, staffCount, governanceCount, fundingCount, runway } = input.backbone;
	const missing: Missing[] = [];
	if (!hasOrganisation) missing.push({ key: 'backbone_organisation' });
	if (staffCount === 0) missing.push({ key: 'backbone_staff' });
	if (governanceCount === 0) missing.push({ key: 'backbone_governance' });
	const runwayMet = runway.months >= RUNWAY_WARNING_MONTHS;
	if (fundingCount === 0) missing.push({ key: 'backbone_no_funding' });
	else if (!runwayMet)
		missing.push({ key: 'backbone_runway', months: runway.months, endsOn: runway.endsOn, needed: RUNWAY_WARNING_MONTHS });
	const inPlace = hasOrganisation && staffCount > 0 && governanceCount > 0 && runwayMet;
	const anything = hasOrganisation || staffCount > 0 || governanceCount > 0 || fundingCount > 0;
	return { condition: 'backbone', state: stateOf(inPlace, anything), missing };
}

/**
 * Shared measurement: not started without an indicator; in place when at least one key indicator has
 * a target ahead and approved data in its last due periods (so the partners measure the same thing,
 * against a goal, and keep doing it); in progress in between. What is missing names the indicators.
 */
export function measurementCondition(input: ConditionsInput): ConditionResult {
	const missing: Missing[] = [];
	const all = input.indicators;
	if (all.length === 0) return { condition: 'measurement', state: 'not_started', missing: [{ key: 'measurement_no_indicators' }] };
	const key = all.filter((i) => i.isKey);
	if (key.length === 0) missing.push({ key: 'measurement_no_key_indicator' });
	const withoutTarget = all.filter((i) => !i.hasTarget);
	const withoutData = all.filter((i) => !i.hasRecentData);
	if (withoutTarget.length > 0) missing.push({ key: 'measurement_without_target', indicators: withoutTarget.map((i) => i.name) });
	if (withoutData.length > 0) missing.push({ key: 'measurement_without_recent_data', indicators: withoutData.map((i) => i.name) });
	const inPlace = key.some((i) => i.hasTarget && i.hasRecentData);
	return { condition: 'measurement', state: inPlace ? 'in_place' : 'in_progress', missing };
}

/** The five conditions in the order of the five principles. Communication: not measured yet. */
export function evaluateConditions(input: ConditionsInput): ConditionResult[] {
	return [
		agendaCondition(input),
		measurementCondition(input),
		activitiesCondition(input),
		{ condition: 'communication', state: 'not_measured', missing: [] },
		backboneCondition(input)
	];
}
