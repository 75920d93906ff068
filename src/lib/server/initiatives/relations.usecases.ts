/**
 * The actor map (issue 12 §6): the relations between an initiative's actors — create, edit, delete
 * — and the map built from them (metrics and layout in domain/initiatives/actor-map.ts).
 *
 * Who may change a relation: the backbone lead any; a partner editor those that start at the actor
 * they act for ("we collaborate with …", "we report to …"), the policy's `initiative.edit_own` with
 * the relation's from-actor as its owner. Every id is looked up inside the initiative: another
 * initiative's relation or actor answers not found (Z3).
 */
import { createHash } from 'node:crypto';
import type { GraphActor, GraphRelation } from '../../domain/initiatives/actor-graph.ts';
import { type ActorMapView, buildActorMapView } from '../../domain/initiatives/actor-map.ts';
import type { RelationKind } from '../../domain/initiatives/model.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative, requireInitiativeItem } from './access.ts';
import { recordInitiativeChange } from './changes.ts';
import {
	deleteRelationById,
	findActorsIn,
	findRelation,
	findSameRelation,
	insertRelation,
	listMapActors,
	listRelations,
	type RelationValues,
	updateRelationAt
} from './relations.repository.ts';

export interface RelationInput {
	fromActorId: string;
	toActorId: string;
	kind: RelationKind;
	note: string;
}

/**
 * The layout is the costly part of the page (ForceAtlas2, tens of milliseconds for 60 actors) and
 * depends only on the actors and relations, so views are kept per graph (the key is a hash of the
 * graph as the view sees it) for the graphs seen last. Each app server keeps its own; they agree,
 * because the layout is deterministic.
 */
const VIEW_CACHE_SIZE = 50;
const viewCache = new Map<string, ActorMapView>();

export function actorMapViewOf(actors: readonly GraphActor[], relations: readonly GraphRelation[]): ActorMapView {
	const key = createHash('sha256')
		.update(JSON.stringify([actors.map((a) => [a.id, a.name, a.sector]), relations.map((r) => [r.from, r.to, r.kind, r.note ?? ''])]))
		.digest('base64');
	const cached = viewCache.get(key);
	if (cached) {
		viewCache.delete(key); // most recently used last
		viewCache.set(key, cached);
		return cached;
	}
	const view = buildActorMapView(actors, relations);
	viewCache.set(key, view);
	if (viewCache.size > VIEW_CACHE_SIZE) viewCache.delete(viewCache.keys().next().value as string);
	return view;
}

/** The map page: the map, the relations with their actors' names, and what this person may change. */
export async function getActorMap(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [actors, rows] = await Promise.all([listMapActors(ctx.db, scope.id), listRelations(ctx.db, scope.id)]);
	const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
	const isLead = scope.role === 'backbone_lead';
	const canEditFrom = (actorId: string) => !scope.archived && (isLead || (scope.role === 'partner_editor' && scope.actorId === actorId));
	return {
		scope,
		actors,
		/** The actors this person may start a relation from. */
		fromActors: actors.filter((actor) => canEditFrom(actor.id)),
		relations: rows.map((row) => ({
			id: row.id,
			fromActorId: row.fromActorId,
			fromName: nameOf.get(row.fromActorId) ?? '',
			toActorId: row.toActorId,
			toName: nameOf.get(row.toActorId) ?? '',
			kind: row.kind,
			note: row.note,
			revision: row.revision,
			canEdit: canEditFrom(row.fromActorId)
		})),
		view: actorMapViewOf(
			actors,
			rows.map((row) => ({ from: row.fromActorId, to: row.toActorId, kind: row.kind, note: row.note || null }))
		)
	};
}

/** Both actors belong to the initiative (else not found, Z3) and differ; returns their names for the audit entry. */
async function checkActors(ctx: UseCaseContext, scope: InitiativeScope, input: RelationInput) {
	if (input.fromActorId === input.toActorId) throw new AppError('invalid_input', { toActorId: 'field_relation_same_actor' });
	const found = await findActorsIn(ctx.db, scope.id, [input.fromActorId, input.toActorId]);
	const nameOf = new Map(found.map((actor) => [actor.id, actor.name]));
	if (!nameOf.has(input.fromActorId) || !nameOf.has(input.toActorId)) throw new AppError('not_found');
	return { from: nameOf.get(input.fromActorId)!, to: nameOf.get(input.toActorId)! };
}

function valuesOf(input: RelationInput): RelationValues {
	return { fromActorId: input.fromActorId, toActorId: input.toActorId, kind: input.kind, note: input.note.trim() };
}

const duplicate = () => new AppError('invalid_input', { kind: 'field_relation_exists' });

/** The table's unique key caught a duplicate saved at the same moment (SQLSTATE 23505), on PGlite or PostgreSQL. */
function isUniqueViolation(error: unknown): boolean {
	const codeOf = (value: unknown) =>
		value && typeof value === 'object' && 'code' in value ? (value as { code: unknown }).code : undefined;
	return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | null)?.cause) === '23505';
}

export async function createRelation(ctx: UseCaseContext, slug: string, input: RelationInput): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const names = await checkActors(ctx, scope, input);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', input.fromActorId);
	const values = valuesOf(input);
	try {
		return await ctx.db.transaction(async (tx) => {
			if (await findSameRelation(tx, scope.id, values)) throw duplicate();
			const row = await insertRelation(tx, scope.id, values);
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.relation_created',
				targetType: 'initiative_relation',
				targetId: row.id,
				details: { from: names.from, to: names.to, kind: row.kind }
			});
			return { id: row.id };
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw duplicate();
		throw error;
	}
}

/**
 * Saves a changed relation. A stale revision (someone saved it since the form was opened) is a 409;
 * `confirmRevision` saves over the version the person has since been shown.
 */
export async function updateRelation(
	ctx: UseCaseContext,
	slug: string,
	input: RelationInput & { id: string; revision: number; confirmRevision?: number }
): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const existing = await findRelation(ctx.db, scope.id, input.id);
	if (!existing) throw new AppError('not_found');
	// Both the relation as it is and as it would be must start at an actor the person may edit.
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', existing.fromActorId);
	const names = await checkActors(ctx, scope, input);
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', input.fromActorId);
	const values = valuesOf(input);
	try {
		await ctx.db.transaction(async (tx) => {
			if (await findSameRelation(tx, scope.id, values, input.id)) throw duplicate();
			const row = await updateRelationAt(tx, scope.id, input.id, input.confirmRevision ?? input.revision, values);
			if (!row) throw new AppError((await findRelation(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.relation_updated',
				targetType: 'initiative_relation',
				targetId: row.id,
				details: {
					from: names.from,
					to: names.to,
					kind: row.kind,
					fields: (['fromActorId', 'toActorId', 'kind', 'note'] as const).filter((key) => existing[key] !== row[key])
				}
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw duplicate();
		throw error;
	}
}

export async function deleteRelation(ctx: UseCaseContext, slug: string, input: { id: string }): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.edit_own');
	const existing = await findRelation(ctx.db, scope.id, input.id);
	if (!existing) throw new AppError('not_found');
	await requireInitiativeItem(ctx, scope, 'initiative.edit_own', existing.fromActorId);
	await ctx.db.transaction(async (tx) => {
		const row = await deleteRelationById(tx, scope.id, input.id);
		if (!row) throw new AppError('not_found');
		const names = await findActorsIn(tx, scope.id, [row.fromActorId, row.toActorId]);
		const nameOf = new Map(names.map((actor) => [actor.id, actor.name]));
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.relation_deleted',
			targetType: 'initiative_relation',
			targetId: row.id,
			details: { from: nameOf.get(row.fromActorId), to: nameOf.get(row.toActorId), kind: row.kind, note: row.note }
		});
	});
}
