/**
 * The contribution matrix and the "Forpligtende aktiviteter" condition (issue 12 §5,
 * initiatives.md): who contributes to which goal (by a commitment or an activity), and the gaps —
 * goals with no planned or running activity, partner actors with no commitment, and the sectors of
 * the six that are missing from the partnership. Pure: no I/O.
 */
import { SECTORS, type Sector } from '../organisations/sectors.ts';
import type { ActivityStatus, ActorRole } from './model.ts';

/** A partnership spans at least this many of the six sectors (initiatives.md, "≥ 3 of the six sectors take part"). */
export const MIN_SECTORS = 3;

/** An activity counts as under way for a goal while it is planned or running (not done, not stopped). */
export const ACTIVE_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['planned', 'running'];

/** Actors in these roles are not expected to commit to anything themselves: funders give money. */
export const ROLES_WITHOUT_COMMITMENT: readonly ActorRole[] = ['funder'];

/** Three states of a condition (the cockpit's words: not started · in progress · in place). */
export type ConditionState = 'not_started' | 'in_progress' | 'in_place';

export interface ContributionGoal {
	id: string;
	parentId: string | null;
	title: string;
	position: number;
}

export interface ContributionActor {
	id: string;
	name: string;
	sector: Sector;
	role: ActorRole;
}

export interface ContributionCommitment {
	actorId: string;
	goalIds: readonly string[];
}

export interface ContributionActivity {
	actorId: string;
	goalIds: readonly string[];
	status: ActivityStatus;
}

export interface ContributionInput {
	goals: readonly ContributionGoal[];
	actors: readonly ContributionActor[];
	commitments: readonly ContributionCommitment[];
	activities: readonly ContributionActivity[];
}

/** Whether an actor is a partner expected to commit (every role but funder). */
export function isCommittingActor(actor: Pick<ContributionActor, 'role'>): boolean {
	return !ROLES_WITHOUT_COMMITMENT.includes(actor.role);
}

/**
 * The goal tree in reading order: each long-term goal followed by its sub-goals, by position (then
 * title). Goals whose parent is unknown are shown as long-term goals, so nothing disappears.
 */
export function goalsInTreeOrder<G extends ContributionGoal>(goals: readonly G[]): { goal: G; depth: number }[] {
	const ids = new Set(goals.map((g) => g.id));
	const byOrder = (a: G, b: G) => a.position - b.position || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
	const children = new Map<string, G[]>();
	const roots: G[] = [];
	for (const goal of goals) {
		if (goal.parentId === null || !ids.has(goal.parentId) || goal.parentId === goal.id) roots.push(goal);
		else children.set(goal.parentId, [...(children.get(goal.parentId) ?? []), goal]);
	}
	const out: { goal: G; depth: number }[] = [];
	const seen = new Set<string>();
	const walk = (goal: G, depth: number) => {
		if (seen.has(goal.id)) return;
		seen.add(goal.id);
		out.push({ goal, depth });
		for (const child of (children.get(goal.id) ?? []).sort(byOrder)) walk(child, depth + 1);
	};
	for (const root of roots.sort(byOrder)) walk(root, 0);
	return out;
}

/**
 * The goals that need an activity of their own: every sub-goal, and a long-term goal that has no
 * sub-goals (it is its own smallest step). A long-term goal with sub-goals is reached through them.
 */
export function goalsNeedingActivity<G extends ContributionGoal>(goals: readonly G[]): G[] {
	const parents = new Set(goals.map((g) => g.parentId).filter((id): id is string => id !== null));
	return goalsInTreeOrder(goals)
		.map(({ goal }) => goal)
		.filter((goal) => !parents.has(goal.id));
}

export interface ContributionCell {
	actorId: string;
	commitments: number;
	/** activities of any status linked to the goal */
	activities: number;
	/** of those, planned or running */
	activeActivities: number;
}

export interface ContributionRow<G extends ContributionGoal = ContributionGoal> {
	goal: G;
	depth: number;
	cells: ContributionCell[];
	/** planned or running activities for this goal, from every actor */
	activeActivities: number;
	/** whether this goal is one that needs an activity of its own (goalsNeedingActivity) */
	needsActivity: boolean;
}

export interface ContributionAnalysis<G extends ContributionGoal = ContributionGoal, A extends ContributionActor = ContributionActor> {
	rows: ContributionRow<G>[];
	/** goals (sub-goals; long-term goals without sub-goals) with no planned or running activity */
	goalsWithoutActivity: G[];
	/** partner actors (not funders) with no commitment */
	actorsWithoutCommitment: A[];
	sectorsPresent: Sector[];
	/** the sectors of the six no actor belongs to, in SECTORS order */
	missingSectors: Sector[];
	/** at least MIN_SECTORS of the six sectors take part */
	hasEnoughSectors: boolean;
}

export function analyseContribution<G extends ContributionGoal, A extends ContributionActor>(input: {
	goals: readonly G[];
	actors: readonly A[];
	commitments: readonly ContributionCommitment[];
	activities: readonly ContributionActivity[];
}): ContributionAnalysis<G, A> {
	const key = (goalId: string, actorId: string) => `${goalId} ${actorId}`;
	const commitmentCount = new Map<string, number>();
	const activityCount = new Map<string, number>();
	const activeCount = new Map<string, number>();
	const activePerGoal = new Map<string, number>();
	const bump = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1);
	for (const c of input.commitments) for (const goalId of new Set(c.goalIds)) bump(commitmentCount, key(goalId, c.actorId));
	for (const a of input.activities) {
		const isActive = ACTIVE_ACTIVITY_STATUSES.includes(a.status);
		for (const goalId of new Set(a.goalIds)) {
			bump(activityCount, key(goalId, a.actorId));
			if (isActive) {
				bump(activeCount, key(goalId, a.actorId));
				bump(activePerGoal, goalId);
			}
		}
	}
	const needing = new Set(goalsNeedingActivity(input.goals).map((g) => g.id));
	const rows = goalsInTreeOrder(input.goals).map(({ goal, depth }) => ({
		goal,
		depth,
		needsActivity: needing.has(goal.id),
		activeActivities: activePerGoal.get(goal.id) ?? 0,
		cells: input.actors.map((actor) => ({
			actorId: actor.id,
			commitments: commitmentCount.get(key(goal.id, actor.id)) ?? 0,
			activities: activityCount.get(key(goal.id, actor.id)) ?? 0,
			activeActivities: activeCount.get(key(goal.id, actor.id)) ?? 0
		}))
	}));
	const committed = new Set(input.commitments.map((c) => c.actorId));
	const present = new Set(input.actors.map((a) => a.sector));
	const sectorsPresent = SECTORS.filter((s) => present.has(s));
	return {
		rows,
		goalsWithoutActivity: rows.filter((r) => r.needsActivity && r.activeActivities === 0).map((r) => r.goal),
		actorsWithoutCommitment: input.actors.filter((a) => isCommittingActor(a) && !committed.has(a.id)),
		sectorsPresent,
		missingSectors: SECTORS.filter((s) => !present.has(s)),
		hasEnoughSectors: sectorsPresent.length >= MIN_SECTORS
	};
}

/** What the cockpit's "Forpligtende aktiviteter" row is computed from. */
export type ActivitiesConditionInput = ContributionInput;

/** The state of "Forpligtende aktiviteter" and what is missing, in items the page can name. */
export interface ActivitiesConditionResult {
	state: ConditionState;
	/** no goal exists yet, so nothing can be covered by activities */
	hasNoGoals: boolean;
	goalsWithoutActivity: { id: string; title: string }[];
	actorsWithoutCommitment: { id: string; name: string }[];
	/** sectors of the six not present (all of them are named; only MIN_SECTORS are required) */
	missingSectors: Sector[];
	sectorsPresent: number;
	/** how many more sectors are needed to reach MIN_SECTORS (0 when enough) */
	sectorsShort: number;
	activityCount: number;
	commitmentCount: number;
}

/**
 * initiatives.md: in place when every sub-goal (and long-term goal without sub-goals) has ≥ 1
 * planned or running activity, every partner actor (not funders) has ≥ 1 commitment, and ≥
 * MIN_SECTORS of the six sectors take part; in progress when any activity or commitment exists;
 * else not started. Without any goal the first rule cannot be met, so it is not in place.
 */
export function activitiesCondition(input: ActivitiesConditionInput): ActivitiesConditionResult {
	const analysis = analyseContribution(input);
	const hasNoGoals = input.goals.length === 0;
	const sectorsShort = Math.max(0, MIN_SECTORS - analysis.sectorsPresent.length);
	const inPlace =
		!hasNoGoals && analysis.goalsWithoutActivity.length === 0 && analysis.actorsWithoutCommitment.length === 0 && sectorsShort === 0;
	const anything = input.activities.length > 0 || input.commitments.length > 0;
	return {
		state: inPlace ? 'in_place' : anything ? 'in_progress' : 'not_started',
		hasNoGoals,
		goalsWithoutActivity: analysis.goalsWithoutActivity.map((g) => ({ id: g.id, title: g.title })),
		actorsWithoutCommitment: analysis.actorsWithoutCommitment.map((a) => ({ id: a.id, name: a.name })),
		missingSectors: analysis.missingSectors,
		sectorsPresent: analysis.sectorsPresent.length,
		sectorsShort,
		activityCount: input.activities.length,
		commitmentCount: input.commitments.length
	};
}
