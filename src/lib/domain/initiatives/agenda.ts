/**
 * The common agenda's rules (issue 12 §3, initiatives.md): the goal tree as a tree, endorsements per
 * partner actor against the current agenda version, the share the cockpit needs, and what changed
 * between two saved versions. Pure: no I/O.
 */
import type { ActorRole } from './model.ts';

/**
 * The cockpit's threshold for "Fælles agenda" in place: at least two thirds of the partner actors
 * (every actor except funders) endorsed the current agenda version.
 */
export const ENDORSEMENT_SHARE = 2 / 3;

/** Goals are a tree of two levels: long-term goals and their sub-goals. */
export const MAX_GOAL_DEPTH = 2;

/** How an actor stands towards the current agenda version. */
export type EndorsementState = 'current' | 'earlier' | 'none';

export interface AgendaActor {
	id: string;
	name: string;
	role: ActorRole;
}

export interface EndorsementRecord {
	actorId: string;
	agendaVersion: number;
	signatoryName: string;
	endorsedOn: string;
}

/** Funders pay for the collaboration; they are not the partners who endorse its agenda. */
export function isPartnerActor(actor: Pick<AgendaActor, 'role'>): boolean {
	return actor.role !== 'funder';
}

export interface ActorEndorsement {
	actor: AgendaActor;
	state: EndorsementState;
	/** the actor's newest endorsement (of the current version, or of an earlier one) */
	latest: EndorsementRecord | null;
}

/**
 * One actor's state: "current" when it endorsed the version the agenda has now, "earlier" when its
 * newest endorsement is of an older version (the agenda changed since), "none" when it never did.
 * Version 0 means nothing has been saved yet: nothing can be endorsed.
 */
export function endorsementOf(actor: AgendaActor, endorsements: readonly EndorsementRecord[], currentVersion: number): ActorEndorsement {
	let latest: EndorsementRecord | null = null;
	for (const e of endorsements) {
		if (e.actorId !== actor.id || e.agendaVersion > currentVersion || e.agendaVersion < 1) continue;
		if (!latest || e.agendaVersion > latest.agendaVersion) latest = e;
	}
	const state: EndorsementState = !latest ? 'none' : latest.agendaVersion === currentVersion ? 'current' : 'earlier';
	return { actor, state, latest };
}

export interface EndorsementSummary {
	/** every actor, partners first in the given order, then funders (who are not counted) */
	rows: (ActorEndorsement & { counted: boolean })[];
	partnerCount: number;
	endorsedCurrent: number;
	/** endorsedCurrent / partnerCount; 0 when there are no partners */
	share: number;
	/** how many partner endorsements of the current version the threshold needs */
	required: number;
	/** the threshold is reached (never with no partners or before the first saved version) */
	met: boolean;
	/** partner actors that have not endorsed the current version (never, or only an earlier one) */
	missing: ActorEndorsement[];
}

/** The smallest whole number of partners that is at least ENDORSEMENT_SHARE of them (floating point kept honest). */
export function requiredEndorsements(partnerCount: number): number {
	return Math.max(0, Math.ceil(partnerCount * ENDORSEMENT_SHARE - 1e-9));
}

/**
 * The share of partner actors (not funders) that endorsed the current version, against
 * ENDORSEMENT_SHARE, and who is missing. An endorsement of an earlier version does not count.
 */
export function summariseEndorsements(
	actors: readonly AgendaActor[],
	endorsements: readonly EndorsementRecord[],
	currentVersion: number
): EndorsementSummary {
	const rows = actors.map((actor) => ({ ...endorsementOf(actor, endorsements, currentVersion), counted: isPartnerActor(actor) }));
	const partners = rows.filter((row) => row.counted);
	const endorsedCurrent = partners.filter((row) => row.state === 'current').length;
	const required = requiredEndorsements(partners.length);
	return {
		rows: [...partners, ...rows.filter((row) => !row.counted)],
		partnerCount: partners.length,
		endorsedCurrent,
		share: partners.length === 0 ? 0 : endorsedCurrent / partners.length,
		required,
		met: currentVersion > 0 && partners.length > 0 && endorsedCurrent >= required,
		missing: partners.filter((row) => row.state !== 'current')
	};
}

// ---------------------------------------------------------------------------------------------
// The goal tree

export interface GoalNode {
	id: string;
	parentId: string | null;
	title: string;
	description: string;
	position: number;
}

export interface StrategyNode {
	id: string;
	goalId: string;
	text: string;
	position: number;
}

export type GoalTree<G extends GoalNode, S extends StrategyNode> = (G & {
	strategies: S[];
	children: (G & { strategies: S[] })[];
})[];

const byPosition = (a: { position: number; id: string }, b: { position: number; id: string }) =>
	a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Long-term goals in order, each with its sub-goals in order and every goal's strategies in order. */
export function buildGoalTree<G extends GoalNode, S extends StrategyNode>(goals: readonly G[], strategies: readonly S[]): GoalTree<G, S> {
	const strategiesOf = (goalId: string) => strategies.filter((s) => s.goalId === goalId).sort(byPosition);
	const ids = new Set(goals.map((g) => g.id));
	const roots = goals.filter((g) => g.parentId === null || !ids.has(g.parentId)).sort(byPosition);
	return roots.map((root) => ({
		...root,
		strategies: strategiesOf(root.id),
		children: goals
			.filter((g) => g.parentId === root.id)
			.sort(byPosition)
			.map((child) => ({ ...child, strategies: strategiesOf(child.id) }))
	}));
}

/**
 * Moving an item one place up or down among its siblings: the new order of ids, or null when it is
 * already first/last or not among them. `expectedNeighbour` is the sibling the person saw next to it:
 * when someone reordered meanwhile the move is refused rather than done to an order nobody saw.
 */
export function moveAmongSiblings(
	orderedIds: readonly string[],
	id: string,
	direction: 'up' | 'down',
	expectedNeighbour?: string
): { order: string[] } | { stale: true } | null {
	const index = orderedIds.indexOf(id);
	if (index === -1) return null;
	const target = direction === 'up' ? index - 1 : index + 1;
	const neighbour = orderedIds[target];
	if (expectedNeighbour !== undefined && neighbour !== expectedNeighbour) return { stale: true };
	if (neighbour === undefined) return null;
	const order = [...orderedIds];
	order[index] = neighbour;
	order[target] = id;
	return { order };
}

// ---------------------------------------------------------------------------------------------
// What changed between two agenda versions

export interface AgendaSnapshotView {
	problemStatement: string;
	vision: string;
	goals: GoalNode[];
	strategies: StrategyNode[];
}

export type AgendaChange =
	| { kind: 'problem' | 'vision'; before: string; after: string }
	| { kind: 'goal_added' | 'goal_removed'; goal: string; parent: string | null }
	| { kind: 'goal_renamed'; before: string; after: string }
	| { kind: 'goal_described'; goal: string; before: string; after: string }
	| { kind: 'goal_reparented'; goal: string; before: string | null; after: string | null }
	| { kind: 'goals_reordered'; parent: string | null; before: string[]; after: string[] }
	| { kind: 'strategy_added' | 'strategy_removed'; goal: string; text: string }
	| { kind: 'strategy_changed'; goal: string; before: string; after: string }
	| { kind: 'strategies_reordered'; goal: string; before: string[]; after: string[] };

/**
 * What a person needs to read to see how one version differs from the one before: texts before and
 * after, goals and strategies added, removed, renamed or moved (by their stable ids, so an edit is an
 * edit and not a removal plus an addition). A first version (no previous) lists everything as added.
 */
export function diffAgenda(before: AgendaSnapshotView | null, after: AgendaSnapshotView): AgendaChange[] {
	const prev: AgendaSnapshotView = before ?? { problemStatement: '', vision: '', goals: [], strategies: [] };
	const changes: AgendaChange[] = [];
	if (prev.problemStatement.trim() !== after.problemStatement.trim())
		changes.push({ kind: 'problem', before: prev.problemStatement, after: after.problemStatement });
	if (prev.vision.trim() !== after.vision.trim()) changes.push({ kind: 'vision', before: prev.vision, after: after.vision });

	const oldGoals = new Map(prev.goals.map((g) => [g.id, g]));
	const newGoals = new Map(after.goals.map((g) => [g.id, g]));
	const titleIn = (map: Map<string, GoalNode>, id: string | null) => (id === null ? null : (map.get(id)?.title ?? null));
	const goalTitle = (id: string) => newGoals.get(id)?.title ?? oldGoals.get(id)?.title ?? '';

	for (const goal of sortedTree(after.goals)) {
		const old = oldGoals.get(goal.id);
		if (!old) {
			changes.push({ kind: 'goal_added', goal: goal.title, parent: titleIn(newGoals, goal.parentId) });
			continue;
		}
		if (old.title !== goal.title) changes.push({ kind: 'goal_renamed', before: old.title, after: goal.title });
		if (old.description.trim() !== goal.description.trim())
			changes.push({ kind: 'goal_described', goal: goal.title, before: old.description, after: goal.description });
		if (old.parentId !== goal.parentId)
			changes.push({
				kind: 'goal_reparented',
				goal: goal.title,
				before: titleIn(oldGoals, old.parentId),
				after: titleIn(newGoals, goal.parentId)
			});
	}
	for (const goal of sortedTree(prev.goals)) {
		if (!newGoals.has(goal.id)) changes.push({ kind: 'goal_removed', goal: goal.title, parent: titleIn(oldGoals, goal.parentId) });
	}
	// Order among siblings that stayed: compared on the goals present in both versions.
	for (const parentId of new Set(after.goals.map((g) => g.parentId))) {
		const kept = (goals: GoalNode[]) =>
			goals
				.filter((g) => g.parentId === parentId && oldGoals.has(g.id) && newGoals.has(g.id) && oldGoals.get(g.id)?.parentId === parentId)
				.sort(byPosition)
				.map((g) => g.id);
		const was = kept(prev.goals);
		const now = kept(after.goals);
		if (was.join() !== now.join())
			changes.push({
				kind: 'goals_reordered',
				parent: titleIn(newGoals, parentId),
				before: was.map(goalTitle),
				after: now.map(goalTitle)
			});
	}

	const oldStrategies = new Map(prev.strategies.map((s) => [s.id, s]));
	const newStrategies = new Map(after.strategies.map((s) => [s.id, s]));
	for (const strategy of [...after.strategies].sort(byPosition)) {
		const old = oldStrategies.get(strategy.id);
		if (!old) changes.push({ kind: 'strategy_added', goal: goalTitle(strategy.goalId), text: strategy.text });
		else if (old.text.trim() !== strategy.text.trim())
			changes.push({ kind: 'strategy_changed', goal: goalTitle(strategy.goalId), before: old.text, after: strategy.text });
	}
	for (const strategy of [...prev.strategies].sort(byPosition)) {
		if (!newStrategies.has(strategy.id)) changes.push({ kind: 'strategy_removed', goal: goalTitle(strategy.goalId), text: strategy.text });
	}
	for (const goalId of new Set(after.strategies.map((s) => s.goalId))) {
		const kept = (list: StrategyNode[]) =>
			list
				.filter((s) => s.goalId === goalId && oldStrategies.get(s.id)?.goalId === goalId && newStrategies.has(s.id))
				.sort(byPosition)
				.map((s) => s.id);
		const was = kept(prev.strategies);
		const now = kept(after.strategies);
		const textOf = (id: string) => newStrategies.get(id)?.text ?? '';
		if (was.join() !== now.join())
			changes.push({ kind: 'strategies_reordered', goal: goalTitle(goalId), before: was.map(textOf), after: now.map(textOf) });
	}
	return changes;
}

/** Goals in reading order: each long-term goal followed by its sub-goals. */
function sortedTree(goals: readonly GoalNode[]): GoalNode[] {
	return buildGoalTree(goals, []).flatMap((root) => [root as GoalNode, ...root.children]);
}
