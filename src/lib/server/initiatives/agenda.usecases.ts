/**
 * The common agenda (issue 12 §3): problem statement and vision, the goal tree (long-term goals →
 * sub-goals, ordered), strategies per goal, agenda versions and partner endorsement. The backbone
 * lead edits the agenda; a partner editor endorses it for their own actor; every member reads it.
 *
 * Goals keep their ids across edits (commitments, activities and indicators link to them). Every
 * change locks the initiative's row first (changes of one agenda happen one after another) and
 * saves a new agenda version in the same transaction as the change and its history entry.
 */
import {
	type AgendaChange,
	buildGoalTree,
	diffAgenda,
	ENDORSEMENT_SHARE,
	isPartnerActor,
	moveAmongSiblings,
	summariseEndorsements
} from '../../domain/initiatives/agenda.ts';
import type { UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative, requireInitiativeItem } from './access.ts';
import { saveAgendaVersion } from './agenda-versions.ts';
import {
	deleteGoalAt,
	deleteStrategyAt,
	findActor,
	findGoal,
	findGoalDependants,
	findStrategy,
	insertGoal,
	insertStrategy,
	listActorsOf,
	listAgendaVersions,
	listEndorsements,
	listGoals,
	listSiblingGoals,
	listSiblingStrategies,
	listStrategies,
	lockAgenda,
	setGoalOrder,
	setStrategyOrder,
	updateAgendaTextsAt,
	updateGoalAt,
	updateStrategyAt,
	upsertEndorsement
} from './agenda.repository.ts';
import { type InitiativeChange, recordInitiativeChange } from './changes.ts';
import { findInitiativeById } from './initiatives.repository.ts';
import type { Action } from '../../domain/policy/policy.ts';

type Locked = NonNullable<Awaited<ReturnType<typeof lockAgenda>>>;

/**
 * One change of the agenda, in one transaction: lock the agenda, make the change (null when there
 * was nothing to change), save the next version and write the history entry.
 */
async function changeAgenda<T>(
	ctx: UseCaseContext,
	scope: InitiativeScope,
	work: (tx: Executor, locked: Locked) => Promise<{ change: InitiativeChange; result: T } | null>
): Promise<T | null> {
	return ctx.db.transaction(async (tx) => {
		const locked = await lockAgenda(tx, scope.id);
		if (!locked) throw new AppError('not_found');
		const done = await work(tx, locked);
		if (!done) return null;
		const agendaVersion = await saveAgendaVersion(tx, ctx, scope.id);
		await recordInitiativeChange(tx, ctx, scope.id, { ...done.change, details: { ...done.change.details, agendaVersion } });
		return done.result;
	});
}

/**
 * The item must belong to this initiative (else not_found, for every role: Z3), and then the
 * person's role must hold the action. The item is looked up with reading rights first, so an id of
 * another initiative answers the same to a viewer as to the lead.
 */
async function requireWithItem<T>(
	ctx: UseCaseContext,
	slug: string,
	action: Action,
	find: (scope: InitiativeScope) => Promise<T | undefined>
): Promise<{ scope: InitiativeScope; item: T }> {
	const reader = await requireInitiative(ctx, slug, 'initiative.view');
	const item = await find(reader);
	if (item === undefined) throw new AppError('not_found');
	return { scope: await requireInitiative(ctx, slug, action), item };
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function getAgenda(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const row = await findInitiativeById(ctx.db, scope.id);
	if (!row) throw new AppError('not_found');
	const [goals, strategies, actors, endorsements] = await Promise.all([
		listGoals(ctx.db, scope.id),
		listStrategies(ctx.db, scope.id),
		listActorsOf(ctx.db, scope.id),
		listEndorsements(ctx.db, scope.id)
	]);
	const summary = summariseEndorsements(actors, endorsements, row.agendaVersion);
	const canManage = scope.role === 'backbone_lead' && !scope.archived;
	// Who may endorse for which actor: the lead for every partner actor, a partner editor for their own.
	const endorsableActorIds = scope.archived
		? []
		: actors
				.filter((actor) => isPartnerActor(actor))
				.filter((actor) => scope.role === 'backbone_lead' || (scope.role === 'partner_editor' && scope.actorId === actor.id))
				.map((actor) => actor.id);
	return {
		scope,
		texts: { problemStatement: row.problemStatement, vision: row.vision, revision: row.revision },
		agendaVersion: row.agendaVersion,
		tree: buildGoalTree(goals, strategies),
		endorsements: summary,
		endorsementShare: ENDORSEMENT_SHARE,
		canManage,
		endorsableActorIds
	};
}

export type AgendaView = Awaited<ReturnType<typeof getAgenda>>;

/** How many versions the history shows at most (the newest). */
export const HISTORY_LIMIT = 100;

export interface AgendaVersionView {
	version: number;
	createdAt: Date;
	createdByName: string | null;
	changes: AgendaChange[];
	endorsedBy: { actorName: string; signatoryName: string; endorsedOn: string }[];
}

/** Versions newest first, each with what changed against the one before and who endorsed it. */
export async function getAgendaHistory(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [rows, actors, endorsements, initiative] = await Promise.all([
		listAgendaVersions(ctx.db, scope.id, HISTORY_LIMIT + 1),
		listActorsOf(ctx.db, scope.id),
		listEndorsements(ctx.db, scope.id),
		findInitiativeById(ctx.db, scope.id)
	]);
	const actorName = new Map(actors.map((a) => [a.id, a.name]));
	const versions: AgendaVersionView[] = rows.slice(0, HISTORY_LIMIT).map((row, index) => {
		const previous = rows[index + 1];
		return {
			version: row.version,
			createdAt: row.createdAt,
			createdByName: row.createdByName,
			changes: diffAgenda(previous && previous.version === row.version - 1 ? previous.snapshot : null, row.snapshot),
			endorsedBy: endorsements
				.filter((e) => e.agendaVersion === row.version)
				.map((e) => ({ actorName: actorName.get(e.actorId) ?? '', signatoryName: e.signatoryName, endorsedOn: e.endorsedOn }))
		};
	});
	return { scope, currentVersion: initiative?.agendaVersion ?? 0, versions, truncated: rows.length > HISTORY_LIMIT };
}

/** What deleting a goal would take with it (sub-goals, strategies) and unlink (commitments, activities). */
export async function getGoalDeletion(ctx: UseCaseContext, slug: string, goalId: string) {
	const { scope, item: goal } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, goalId));
	return { scope, goal, ...(await goalImpact(ctx.db, scope.id, goal.id)) };
}

async function goalImpact(db: Executor, initiativeId: string, goalId: string) {
	const subGoals = (await listGoals(db, initiativeId)).filter((g) => g.parentId === goalId).map((g) => ({ id: g.id, title: g.title }));
	const dependants = await findGoalDependants(db, initiativeId, [goalId, ...subGoals.map((g) => g.id)]);
	const needsConfirmation =
		subGoals.length + dependants.strategies.length + dependants.commitments.length + dependants.activities.length > 0;
	return { subGoals, ...dependants, needsConfirmation };
}

// ---------------------------------------------------------------------------------------------
// Problem statement and vision

export async function updateAgendaTexts(
	ctx: UseCaseContext,
	slug: string,
	input: { problemStatement: string; vision: string; revision: number; confirmRevision?: number }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await changeAgenda(ctx, scope, async (tx, locked) => {
		const revision = input.confirmRevision ?? input.revision;
		if (locked.revision !== revision) throw new AppError('stale_revision');
		const fields = (['problemStatement', 'vision'] as const).filter((key) => locked[key] !== input[key]);
		if (fields.length === 0) return null;
		const row = await updateAgendaTextsAt(tx, scope.id, revision, { problemStatement: input.problemStatement, vision: input.vision });
		if (!row) throw new AppError('stale_revision');
		return { change: { action: 'initiative.agenda_updated', details: { fields } }, result: undefined };
	});
}

// ---------------------------------------------------------------------------------------------
// Goals

export async function createGoal(ctx: UseCaseContext, slug: string, input: { parentId?: string; title: string; description: string }) {
	// a parent of another initiative is not_found for every role, like every other id (Z3)
	const { scope } = input.parentId
		? await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, input.parentId as string))
		: { scope: await requireInitiative(ctx, slug, 'initiative.manage') };
	return changeAgenda(ctx, scope, async (tx) => {
		let parentId: string | null = null;
		if (input.parentId) {
			const parent = await findGoal(tx, scope.id, input.parentId);
			if (!parent) throw new AppError('not_found');
			// two levels: a sub-goal's parent is a long-term goal
			if (parent.parentId !== null) throw new AppError('invalid_input', { parentId: 'field_agenda_goal_depth' });
			parentId = parent.id;
		}
		const siblings = await listSiblingGoals(tx, scope.id, parentId);
		const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
		const goal = await insertGoal(tx, { initiativeId: scope.id, parentId, title: input.title, description: input.description, position });
		return {
			change: { action: 'initiative.goal_created', targetType: 'initiative_goal', targetId: goal.id, details: { title: goal.title } },
			result: { id: goal.id }
		};
	});
}

export async function updateGoal(
	ctx: UseCaseContext,
	slug: string,
	input: { goalId: string; title: string; description: string; revision: number; confirmRevision?: number }
) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, input.goalId));
	await changeAgenda(ctx, scope, async (tx) => {
		const goal = await findGoal(tx, scope.id, input.goalId);
		if (!goal) throw new AppError('not_found'); // deleted meanwhile
		const revision = input.confirmRevision ?? input.revision;
		if (goal.revision !== revision) throw new AppError('stale_revision');
		if (goal.title === input.title && goal.description === input.description) return null;
		const row = await updateGoalAt(tx, scope.id, goal.id, revision, { title: input.title, description: input.description });
		if (!row) throw new AppError('stale_revision');
		return {
			change: {
				action: 'initiative.goal_updated',
				targetType: 'initiative_goal',
				targetId: goal.id,
				details: { title: row.title, ...(goal.title !== row.title ? { before: goal.title } : {}) }
			},
			result: undefined
		};
	});
}

/** One place up or down among its siblings; refused (409) when the order changed since the page was shown. */
export async function moveGoal(ctx: UseCaseContext, slug: string, input: { id: string; direction: 'up' | 'down'; neighbourId: string }) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, input.id));
	await changeAgenda(ctx, scope, async (tx) => {
		const goal = await findGoal(tx, scope.id, input.id);
		if (!goal) throw new AppError('not_found');
		const siblings = await listSiblingGoals(tx, scope.id, goal.parentId);
		const moved = moveAmongSiblings(
			siblings.map((s) => s.id),
			goal.id,
			input.direction,
			input.neighbourId
		);
		if (!moved || 'stale' in moved) throw new AppError('stale_revision');
		await setGoalOrder(tx, scope.id, moved.order);
		return {
			change: {
				action: 'initiative.goal_moved',
				targetType: 'initiative_goal',
				targetId: goal.id,
				details: { title: goal.title, direction: input.direction }
			},
			result: undefined
		};
	});
}

/**
 * Deletes a goal with its sub-goals and strategies; commitments and activities linked to them stay
 * but lose the link. When anything besides the goal is affected, the person must have seen what
 * (the confirmation page) and confirmed: nothing goes silently.
 */
export async function deleteGoal(ctx: UseCaseContext, slug: string, input: { goalId: string; revision: number; confirm?: 'yes' }) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, input.goalId));
	await changeAgenda(ctx, scope, async (tx) => {
		const goal = await findGoal(tx, scope.id, input.goalId);
		if (!goal) throw new AppError('not_found');
		if (goal.revision !== input.revision) throw new AppError('stale_revision');
		const impact = await goalImpact(tx, scope.id, goal.id);
		if (impact.needsConfirmation && input.confirm !== 'yes')
			throw new AppError('invalid_input', { confirm: 'field_agenda_delete_confirm' });
		if (!(await deleteGoalAt(tx, scope.id, goal.id, input.revision))) throw new AppError('stale_revision');
		return {
			change: {
				action: 'initiative.goal_deleted',
				targetType: 'initiative_goal',
				targetId: goal.id,
				details: {
					title: goal.title,
					subGoals: impact.subGoals.length,
					strategies: impact.strategies.length,
					commitmentsUnlinked: impact.commitments.length,
					activitiesUnlinked: impact.activities.length
				}
			},
			result: undefined
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Strategies

export async function createStrategy(ctx: UseCaseContext, slug: string, input: { goalId: string; text: string }) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findGoal(ctx.db, s.id, input.goalId));
	return changeAgenda(ctx, scope, async (tx) => {
		const goal = await findGoal(tx, scope.id, input.goalId);
		if (!goal) throw new AppError('not_found');
		const siblings = await listSiblingStrategies(tx, scope.id, goal.id);
		const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
		const strategy = await insertStrategy(tx, { initiativeId: scope.id, goalId: goal.id, text: input.text, position });
		return {
			change: {
				action: 'initiative.strategy_created',
				targetType: 'initiative_strategy',
				targetId: strategy.id,
				details: { goal: goal.title }
			},
			result: { id: strategy.id }
		};
	});
}

export async function updateStrategy(
	ctx: UseCaseContext,
	slug: string,
	input: { strategyId: string; text: string; revision: number; confirmRevision?: number }
) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findStrategy(ctx.db, s.id, input.strategyId));
	await changeAgenda(ctx, scope, async (tx) => {
		const strategy = await findStrategy(tx, scope.id, input.strategyId);
		if (!strategy) throw new AppError('not_found');
		const revision = input.confirmRevision ?? input.revision;
		if (strategy.revision !== revision) throw new AppError('stale_revision');
		if (strategy.text === input.text) return null;
		if (!(await updateStrategyAt(tx, scope.id, strategy.id, revision, input.text))) throw new AppError('stale_revision');
		return {
			change: { action: 'initiative.strategy_updated', targetType: 'initiative_strategy', targetId: strategy.id },
			result: undefined
		};
	});
}

export async function moveStrategy(
	ctx: UseCaseContext,
	slug: string,
	input: { id: string; direction: 'up' | 'down'; neighbourId: string }
) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findStrategy(ctx.db, s.id, input.id));
	await changeAgenda(ctx, scope, async (tx) => {
		const strategy = await findStrategy(tx, scope.id, input.id);
		if (!strategy) throw new AppError('not_found');
		const siblings = await listSiblingStrategies(tx, scope.id, strategy.goalId);
		const moved = moveAmongSiblings(
			siblings.map((s) => s.id),
			strategy.id,
			input.direction,
			input.neighbourId
		);
		if (!moved || 'stale' in moved) throw new AppError('stale_revision');
		await setStrategyOrder(tx, scope.id, moved.order);
		return {
			change: {
				action: 'initiative.strategy_moved',
				targetType: 'initiative_strategy',
				targetId: strategy.id,
				details: { direction: input.direction }
			},
			result: undefined
		};
	});
}

/** A strategy has nothing depending on it: deleted at the revision the person saw. */
export async function deleteStrategy(ctx: UseCaseContext, slug: string, input: { strategyId: string; revision: number }) {
	const { scope } = await requireWithItem(ctx, slug, 'initiative.manage', (s) => findStrategy(ctx.db, s.id, input.strategyId));
	await changeAgenda(ctx, scope, async (tx) => {
		const strategy = await findStrategy(tx, scope.id, input.strategyId);
		if (!strategy) throw new AppError('not_found');
		if (!(await deleteStrategyAt(tx, scope.id, strategy.id, input.revision))) throw new AppError('stale_revision');
		return {
			change: {
				action: 'initiative.strategy_deleted',
				targetType: 'initiative_strategy',
				targetId: strategy.id,
				details: { text: strategy.text.slice(0, 200) }
			},
			result: undefined
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Endorsement

/**
 * A partner actor endorses the agenda version the page showed, with a named signatory and a date.
 * A partner editor only for their own actor (policy `initiative.endorse`, own); the lead for any.
 * Funders do not endorse. When the agenda changed since the page was shown, 409: look again first.
 */
export async function endorseAgenda(
	ctx: UseCaseContext,
	slug: string,
	input: { actorId: string; agendaVersion: number; signatoryName: string; endorsedOn: string }
) {
	const { scope, item: actor } = await requireWithItem(ctx, slug, 'initiative.endorse', (s) => findActor(ctx.db, s.id, input.actorId));
	await requireInitiativeItem(ctx, scope, 'initiative.endorse', actor.id);
	if (!isPartnerActor(actor)) throw new AppError('invalid_input', { actorId: 'field_agenda_endorse_funder' });
	await ctx.db.transaction(async (tx) => {
		const locked = await lockAgenda(tx, scope.id);
		if (!locked) throw new AppError('not_found');
		if (locked.agendaVersion < 1) throw new AppError('invalid_input', { agendaVersion: 'field_agenda_nothing_to_endorse' });
		if (locked.agendaVersion !== input.agendaVersion) throw new AppError('stale_revision');
		await upsertEndorsement(tx, {
			initiativeId: scope.id,
			actorId: actor.id,
			agendaVersion: locked.agendaVersion,
			signatoryName: input.signatoryName,
			endorsedOn: input.endorsedOn,
			createdBy: ctx.actor.userId
		});
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.agenda_endorsed',
			targetType: 'initiative_actor',
			targetId: actor.id,
			details: { actor: actor.name, agendaVersion: locked.agendaVersion, signatory: input.signatoryName, endorsedOn: input.endorsedOn }
		});
	});
}
