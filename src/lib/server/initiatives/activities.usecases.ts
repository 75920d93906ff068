/**
 * Binding activities (issue 12 §5) and the contribution matrix. The backbone lead manages every
 * activity; a partner editor only their own actor's (policy `initiative.edit_own`), and cannot hand
 * one to another actor.
 */
import { analyseContribution } from '../../domain/initiatives/contribution.ts';
import type { ActivityStatus } from '../../domain/initiatives/model.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative, requireInitiativeItem } from './access.ts';
import {
	type ActivityFilter,
	deleteActivityIn,
	findActivityIn,
	insertActivity,
	listActivitiesOf,
	setActivityGoals,
	updateActivityAt
} from './activities.repository.ts';
import { findActorIn, listActorsOf, listCommitmentsOf, listGoalsForContribution } from './actors.repository.ts';
import { checkGoalIds, listGoalOptions } from './actors.usecases.ts';
import { recordInitiativeChange } from './changes.ts';

export interface ActivityInput {
	actorId: string;
	title: string;
	description: string;
	goalIds: string[];
	status: ActivityStatus;
	startsOn: string | null;
	endsOn: string | null;
}

/** The actors a person may give an activity to: all for the backbone lead, their own for a partner editor. */
function ownableActors<T extends { id: string }>(scope: InitiativeScope, actors: readonly T[]): T[] {
	if (scope.archived) return [];
	if (scope.role === 'backbone_lead') return [...actors];
	if (scope.role === 'partner_editor') return actors.filter((a) => a.id === scope.actorId);
	return [];
}

/** The activities page: the filtered list, and what the person may add. */
export async function getActivities(ctx: UseCaseContext, slug: string, filter: ActivityFilter = {}) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [actors, goals] = await Promise.all([listActorsOf(ctx.db, scope.id), listGoalOptions(ctx, scope)]);
	const activities = await listActivitiesOf(ctx.db, scope.id, filter);
	const editable = new Set(ownableActors(scope, actors).map((a) => a.id));
	return {
		scope,
		actors: actors.map((a) => ({ id: a.id, name: a.name })),
		goals,
		activities: activities.map((a) => ({ ...a, canEdit: editable.has(a.actorId) })),
		ownableActors: ownableActors(scope, actors).map((a) => ({ id: a.id, name: a.name }))
	};
}

async function loadActivity(ctx: UseCaseContext, scope: InitiativeScope, id: string) {
	const activity = await findActivityIn(ctx.db, scope.id, id);
	if (!activity) throw new AppError('not_found');
	return activity;
}

export async function getActivity(ctx: UseCaseContext, slug: string, id: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const activity = await loadActivity(ctx, scope, id);
	const actors = await listActorsOf(ctx.db, scope.id);
	const ownable = ownableActors(scope, actors);
	return {
		scope,
		activity,
		actors: actors.map((a) => ({ id: a.id, name: a.name })),
		goals: await listGoalOptions(ctx, scope),
		canEdit: ownable.some((a) => a.id === activity.actorId),
		ownableActors: ownable.map((a) => ({ id: a.id, name: a.name }))
	};
}

/** The owning actor must be this initiative's (else not found) and one the person may act for. */
async function requireOwningActor(ctx: UseCaseContext, scope: InitiativeScope, actorId: string) {
	const actor = await findActorIn(ctx.db, scope.id, actorId);
	if (!actor) throw new AppError('not_found');
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', actor.id);
	return actor;
}

export async function addActivity(ctx: UseCaseContext, slug: string, input: ActivityInput): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const actor = await requireOwningActor(ctx, scope, input.actorId);
	await checkGoalIds(ctx, scope, input.goalIds);
	return ctx.db.transaction(async (tx) => {
		const row = await insertActivity(tx, {
			initiativeId: scope.id,
			actorId: actor.id,
			title: input.title,
			description: input.description,
			status: input.status,
			startsOn: input.startsOn,
			endsOn: input.endsOn
		});
		await setActivityGoals(tx, row.id, input.goalIds);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.activity_created',
			targetType: 'initiative_activity',
			targetId: row.id,
			details: { title: row.title, actor: actor.name, status: row.status, goals: input.goalIds.length }
		});
		return { id: row.id };
	});
}

export async function updateActivity(
	ctx: UseCaseContext,
	slug: string,
	input: ActivityInput & { id: string; revision: number; confirmRevision?: number }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const before = await loadActivity(ctx, scope, input.id);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', before.actorId);
	if (input.actorId !== before.actorId) await requireOwningActor(ctx, scope, input.actorId);
	await checkGoalIds(ctx, scope, input.goalIds);
	await ctx.db.transaction(async (tx) => {
		const row = await updateActivityAt(tx, scope.id, before.id, input.confirmRevision ?? input.revision, {
			actorId: input.actorId,
			title: input.title,
			description: input.description,
			status: input.status,
			startsOn: input.startsOn,
			endsOn: input.endsOn
		});
		if (!row) throw new AppError('stale_revision');
		await setActivityGoals(tx, row.id, input.goalIds);
		const fields = (['actorId', 'title', 'description', 'status', 'startsOn', 'endsOn'] as const).filter((k) => before[k] !== row[k]);
		const goalsChanged = [...before.goalIds].sort().join() !== [...input.goalIds].sort().join();
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.activity_updated',
			targetType: 'initiative_activity',
			targetId: row.id,
			details: { title: row.title, fields: goalsChanged ? [...fields, 'goals'] : fields, status: row.status }
		});
	});
}

export async function deleteActivity(ctx: UseCaseContext, slug: string, input: { id: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const activity = await loadActivity(ctx, scope, input.id);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', activity.actorId);
	await ctx.db.transaction(async (tx) => {
		await deleteActivityIn(tx, scope.id, activity.id);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.activity_deleted',
			targetType: 'initiative_activity',
			targetId: activity.id,
			details: { title: activity.title }
		});
	});
}

/** The contribution matrix: goals × actors, with the gaps flagged (domain/initiatives/contribution.ts). */
export async function getContributionMatrix(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [goals, actors, commitments, activities] = await Promise.all([
		listGoalsForContribution(ctx.db, scope.id),
		listActorsOf(ctx.db, scope.id),
		listCommitmentsOf(ctx.db, scope.id),
		listActivitiesOf(ctx.db, scope.id)
	]);
	const matrixActors = actors.map((a) => ({ id: a.id, name: a.name, sector: a.sector, role: a.role }));
	const analysis = analyseContribution({ goals, actors: matrixActors, commitments, activities });
	return { scope, actors: matrixActors, analysis, activityCount: activities.length, commitmentCount: commitments.length };
}
