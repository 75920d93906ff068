/**
 * Actors of an initiative and their commitments (issue 12 §4). The backbone lead manages actors; a
 * partner editor edits their own actor's contact and commitments (policy `initiative.edit_own`).
 * Deleting an actor that has activities asks what to do with them; its commitments, relations and
 * endorsements go with it, and the confirmation page says so with counts.
 */
import type { ActorRole } from '../../domain/initiatives/model.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative, requireInitiativeItem } from './access.ts';
import {
	countActorDependents,
	deleteActivitiesOf,
	deleteActorIn,
	deleteCommitmentIn,
	findActorIn,
	findCommitmentIn,
	findGoalIdsIn,
	findRegisterOrganisation,
	insertActor,
	insertCommitment,
	isActorNameTaken,
	isUniqueViolation,
	listActorsOf,
	listCommitmentsOf,
	listGoalsForContribution,
	listRegisterOrganisations,
	moveActivitiesBetween,
	setCommitmentGoals,
	updateActorAt,
	updateCommitmentAt
} from './actors.repository.ts';
import { recordInitiativeChange } from './changes.ts';
import { goalsInTreeOrder } from '../../domain/initiatives/contribution.ts';

export const ACTOR_NAME_TAKEN = 'field_actor_name_taken';
export const GOAL_UNKNOWN = 'field_goal_unknown';

async function loadActor(ctx: UseCaseContext, scope: InitiativeScope, id: string) {
	const actor = await findActorIn(ctx.db, scope.id, id);
	if (!actor) throw new AppError('not_found');
	return actor;
}

/** Goals linked to a commitment or an activity must be this initiative's: never a cross-initiative link (Z3). */
export async function checkGoalIds(ctx: UseCaseContext, scope: InitiativeScope, goalIds: readonly string[]) {
	const known = await findGoalIdsIn(ctx.db, scope.id, goalIds);
	if (goalIds.some((id) => !known.has(id))) throw new AppError('invalid_input', { goalIds: GOAL_UNKNOWN });
}

/** The goal tree in reading order, for the goal checkboxes. */
export async function listGoalOptions(ctx: UseCaseContext, scope: InitiativeScope) {
	return goalsInTreeOrder(await listGoalsForContribution(ctx.db, scope.id)).map(({ goal, depth }) => ({
		id: goal.id,
		title: goal.title,
		depth
	}));
}

/** The actors page: every actor with what it has, and (for the backbone lead) the organisations register. */
export async function getActors(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [actors, commitments] = await Promise.all([listActorsOf(ctx.db, scope.id), listCommitmentsOf(ctx.db, scope.id)]);
	const canManage = scope.role === 'backbone_lead' && !scope.archived;
	const commitmentsPer = new Map<string, number>();
	for (const c of commitments) commitmentsPer.set(c.actorId, (commitmentsPer.get(c.actorId) ?? 0) + 1);
	const inInitiative = new Set(actors.map((a) => a.organisationId).filter(Boolean));
	const register = canManage ? (await listRegisterOrganisations(ctx.db)).filter((o) => !inInitiative.has(o.id)) : [];
	return {
		scope,
		canManage,
		actors: actors.map((a) => ({ ...a, commitments: commitmentsPer.get(a.id) ?? 0 })),
		register
	};
}

/** One actor, its commitments and what the person may do there. */
export async function getActor(ctx: UseCaseContext, slug: string, id: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const actor = await loadActor(ctx, scope, id);
	const writable = !scope.archived;
	const canManage = writable && scope.role === 'backbone_lead';
	const canEditOwn = writable && (canManage || (scope.role === 'partner_editor' && scope.actorId === actor.id));
	return {
		scope,
		actor,
		canManage,
		canEditOwn,
		commitments: await listCommitmentsOf(ctx.db, scope.id, actor.id),
		goals: await listGoalOptions(ctx, scope)
	};
}

export interface ActorInput {
	organisationId?: string;
	name: string;
	sector?: Sector;
	role: ActorRole;
	contactName: string;
	contactEmail: string;
}

/** Adds an actor from the organisations register (its name and sector come along) or on the fly. */
export async function addActor(ctx: UseCaseContext, slug: string, input: ActorInput): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	let name = input.name;
	let sector = input.sector;
	const nameField = input.organisationId ? 'organisationId' : 'name';
	if (input.organisationId) {
		const organisation = await findRegisterOrganisation(ctx.db, input.organisationId);
		if (!organisation) throw new AppError('invalid_input', { organisationId: 'field_invalid' });
		name = organisation.name;
		sector = organisation.sector;
	} else {
		const fields: Record<string, string> = {};
		if (!name) fields.name = 'field_actor_name_or_organisation';
		if (!sector) fields.sector = 'field_required';
		if (Object.keys(fields).length) throw new AppError('invalid_input', fields);
	}
	if (await isActorNameTaken(ctx.db, scope.id, name)) throw new AppError('invalid_input', { [nameField]: ACTOR_NAME_TAKEN });
	try {
		return await ctx.db.transaction(async (tx) => {
			const row = await insertActor(tx, {
				initiativeId: scope.id,
				organisationId: input.organisationId ?? null,
				name,
				sector: sector as Sector,
				role: input.role,
				contactName: input.contactName,
				contactEmail: input.contactEmail
			});
			if (!row) throw new AppError('invalid_input', { [nameField]: ACTOR_NAME_TAKEN }); // added in the meantime
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.actor_created',
				targetType: 'initiative_actor',
				targetId: row.id,
				details: { name, sector, role: input.role, fromRegister: Boolean(input.organisationId) }
			});
			return { id: row.id };
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('invalid_input', { [nameField]: ACTOR_NAME_TAKEN });
		throw error;
	}
}

/** The backbone lead edits an actor: name, sector, role and contact. */
export async function updateActor(
	ctx: UseCaseContext,
	slug: string,
	input: Required<Omit<ActorInput, 'organisationId'>> & { id: string; revision: number; confirmRevision?: number }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const before = await loadActor(ctx, scope, input.id);
	if (await isActorNameTaken(ctx.db, scope.id, input.name, input.id)) throw new AppError('invalid_input', { name: ACTOR_NAME_TAKEN });
	try {
		await ctx.db.transaction(async (tx) => {
			const row = await updateActorAt(tx, scope.id, input.id, input.confirmRevision ?? input.revision, {
				name: input.name,
				sector: input.sector,
				role: input.role,
				contactName: input.contactName,
				contactEmail: input.contactEmail
			});
			if (!row) throw new AppError('stale_revision');
			const fields = (['name', 'sector', 'role', 'contactName', 'contactEmail'] as const).filter((k) => before[k] !== row[k]);
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.actor_updated',
				targetType: 'initiative_actor',
				targetId: row.id,
				details: { name: row.name, fields }
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('invalid_input', { name: ACTOR_NAME_TAKEN });
		throw error;
	}
}

/** A partner editor keeps their own actor's contact up to date (the backbone lead may too). */
export async function updateActorContact(
	ctx: UseCaseContext,
	slug: string,
	input: { id: string; contactName: string; contactEmail: string; revision: number; confirmRevision?: number }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const actor = await loadActor(ctx, scope, input.id);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', actor.id);
	await ctx.db.transaction(async (tx) => {
		const row = await updateActorAt(tx, scope.id, actor.id, input.confirmRevision ?? input.revision, {
			contactName: input.contactName,
			contactEmail: input.contactEmail
		});
		if (!row) throw new AppError('stale_revision');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.actor_contact_updated',
			targetType: 'initiative_actor',
			targetId: actor.id,
			details: { name: actor.name }
		});
	});
}

/** The confirmation page before deleting: what goes with the actor, and where its activities may move. */
export async function getActorDeletion(ctx: UseCaseContext, slug: string, id: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const actor = await loadActor(ctx, scope, id);
	const dependents = await countActorDependents(ctx.db, scope.id, actor.id);
	const others = (await listActorsOf(ctx.db, scope.id)).filter((a) => a.id !== actor.id).map((a) => ({ id: a.id, name: a.name }));
	return { scope, actor, dependents, others };
}

/**
 * Deletes an actor. When it has activities the person must say what happens to them: moved to
 * another actor of this initiative, or deleted too. Nothing is lost silently: without a choice the
 * answer is a field message, and the whole deletion is one transaction.
 */
export async function deleteActor(
	ctx: UseCaseContext,
	slug: string,
	input: { id: string; activities?: 'move' | 'delete'; moveTo?: string }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const actor = await loadActor(ctx, scope, input.id);
	await ctx.db.transaction(async (tx) => {
		const dependents = await countActorDependents(tx, scope.id, actor.id);
		let moved = 0;
		let deletedActivities = 0;
		if (dependents.activities > 0) {
			if (input.activities === 'move') {
				const target = input.moveTo ? await findActorIn(tx, scope.id, input.moveTo) : undefined;
				if (!target || target.id === actor.id) throw new AppError('invalid_input', { moveTo: 'field_actor_move_target' });
				moved = await moveActivitiesBetween(tx, scope.id, actor.id, target.id);
			} else if (input.activities === 'delete') {
				deletedActivities = await deleteActivitiesOf(tx, scope.id, actor.id);
			} else {
				throw new AppError('invalid_input', { activities: 'field_actor_delete_choice' });
			}
		}
		if ((await deleteActorIn(tx, scope.id, actor.id)) === 0) throw new AppError('not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.actor_deleted',
			targetType: 'initiative_actor',
			targetId: actor.id,
			details: {
				name: actor.name,
				activitiesMoved: moved,
				movedTo: moved > 0 ? input.moveTo : undefined,
				activitiesDeleted: deletedActivities,
				commitments: dependents.commitments,
				relations: dependents.relations,
				endorsements: dependents.endorsements
			}
		});
	});
}

// Commitments

async function requireOwnActor(ctx: UseCaseContext, scope: InitiativeScope, actorId: string) {
	const actor = await loadActor(ctx, scope, actorId);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', actor.id);
	return actor;
}

export async function addCommitment(ctx: UseCaseContext, slug: string, input: { actorId: string; text: string; goalIds: string[] }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const actor = await requireOwnActor(ctx, scope, input.actorId);
	await checkGoalIds(ctx, scope, input.goalIds);
	return ctx.db.transaction(async (tx) => {
		const row = await insertCommitment(tx, { initiativeId: scope.id, actorId: actor.id, text: input.text });
		await setCommitmentGoals(tx, row.id, input.goalIds);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.commitment_created',
			targetType: 'initiative_commitment',
			targetId: row.id,
			details: { actor: actor.name, goals: input.goalIds.length }
		});
		return { id: row.id };
	});
}

async function loadCommitment(ctx: UseCaseContext, scope: InitiativeScope, id: string) {
	const commitment = await findCommitmentIn(ctx.db, scope.id, id);
	if (!commitment) throw new AppError('not_found');
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', commitment.actorId);
	return commitment;
}

export async function updateCommitment(
	ctx: UseCaseContext,
	slug: string,
	input: { id: string; text: string; goalIds: string[]; revision: number; confirmRevision?: number }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const commitment = await loadCommitment(ctx, scope, input.id);
	await checkGoalIds(ctx, scope, input.goalIds);
	await ctx.db.transaction(async (tx) => {
		const row = await updateCommitmentAt(tx, scope.id, commitment.id, input.confirmRevision ?? input.revision, input.text);
		if (!row) throw new AppError('stale_revision');
		await setCommitmentGoals(tx, row.id, input.goalIds);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.commitment_updated',
			targetType: 'initiative_commitment',
			targetId: row.id,
			details: { actorId: row.actorId, goals: input.goalIds.length }
		});
	});
	return { actorId: commitment.actorId };
}

export async function deleteCommitment(ctx: UseCaseContext, slug: string, input: { id: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const commitment = await loadCommitment(ctx, scope, input.id);
	await ctx.db.transaction(async (tx) => {
		await deleteCommitmentIn(tx, scope.id, commitment.id);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.commitment_deleted',
			targetType: 'initiative_commitment',
			targetId: commitment.id,
			details: { actorId: commitment.actorId }
		});
	});
	return { actorId: commitment.actorId };
}
