/**
 * Queries of the actor map: the initiative's actors as map nodes and its relations. Every query is
 * scoped by the initiative's id (Z3): an id from another initiative finds nothing.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { initiativeActors, initiativeRelations } from './initiatives.table.ts';

export type RelationRow = typeof initiativeRelations.$inferSelect;
export type RelationValues = Pick<typeof initiativeRelations.$inferInsert, 'fromActorId' | 'toActorId' | 'kind' | 'note'>;

export async function listMapActors(db: Executor, initiativeId: string) {
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name, sector: initiativeActors.sector })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(sql`lower(${initiativeActors.name})`), asc(initiativeActors.id));
}

/** The actors among `ids` that belong to the initiative. */
export async function findActorsIn(db: Executor, initiativeId: string, ids: string[]) {
	if (!ids.length) return [];
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(and(eq(initiativeActors.initiativeId, initiativeId), inArray(initiativeActors.id, ids)));
}

export async function listRelations(db: Executor, initiativeId: string): Promise<RelationRow[]> {
	return db
		.select()
		.from(initiativeRelations)
		.where(eq(initiativeRelations.initiativeId, initiativeId))
		.orderBy(asc(initiativeRelations.createdAt), asc(initiativeRelations.id));
}

export async function findRelation(db: Executor, initiativeId: string, id: string): Promise<RelationRow | undefined> {
	const [row] = await db
		.select()
		.from(initiativeRelations)
		.where(and(eq(initiativeRelations.initiativeId, initiativeId), eq(initiativeRelations.id, id)))
		.limit(1);
	return row;
}

/** Another relation of the same kind between the same two actors in the same direction (the table's unique key). */
export async function findSameRelation(db: Executor, initiativeId: string, values: RelationValues, exceptId?: string) {
	const rows = await db
		.select({ id: initiativeRelations.id })
		.from(initiativeRelations)
		.where(
			and(
				eq(initiativeRelations.initiativeId, initiativeId),
				eq(initiativeRelations.fromActorId, values.fromActorId),
				eq(initiativeRelations.toActorId, values.toActorId),
				eq(initiativeRelations.kind, values.kind)
			)
		);
	return rows.find((row) => row.id !== exceptId);
}

export async function insertRelation(db: Executor, initiativeId: string, values: RelationValues): Promise<RelationRow> {
	const [row] = await db
		.insert(initiativeRelations)
		.values({ initiativeId, ...values })
		.returning();
	return row;
}

/** Saves only if nobody saved since `revision` (optimistic concurrency); undefined when it was stale. */
export async function updateRelationAt(
	db: Executor,
	initiativeId: string,
	id: string,
	revision: number,
	values: RelationValues
): Promise<RelationRow | undefined> {
	const [row] = await db
		.update(initiativeRelations)
		.set({ ...values, revision: sql`${initiativeRelations.revision} + 1`, updatedAt: new Date() })
		.where(
			and(eq(initiativeRelations.initiativeId, initiativeId), eq(initiativeRelations.id, id), eq(initiativeRelations.revision, revision))
		)
		.returning();
	return row;
}

export async function deleteRelationById(db: Executor, initiativeId: string, id: string): Promise<RelationRow | undefined> {
	const [row] = await db
		.delete(initiativeRelations)
		.where(and(eq(initiativeRelations.initiativeId, initiativeId), eq(initiativeRelations.id, id)))
		.returning();
	return row;
}
