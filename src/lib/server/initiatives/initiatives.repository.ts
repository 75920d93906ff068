import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { initiativeMembers, initiativePhaseHistory, initiatives } from './initiatives.table.ts';

export type InitiativeInsert = typeof initiatives.$inferInsert;
export type InitiativeUpdate = Partial<Omit<InitiativeInsert, 'id' | 'createdAt' | 'createdBy'>>;

export async function insertInitiative(db: Executor, values: InitiativeInsert) {
	const [row] = await db.insert(initiatives).values(values).onConflictDoNothing().returning();
	return row;
}

export async function findInitiativeById(db: Executor, id: string) {
	const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id)).limit(1);
	return row;
}

export async function isSlugTaken(db: Executor, slug: string, exceptId?: string): Promise<boolean> {
	const [row] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug)).limit(1);
	return row !== undefined && row.id !== exceptId;
}

/**
 * Saves a change only if nobody saved since the given revision (optimistic concurrency); the
 * revision goes up by one. Undefined when the revision was stale.
 */
export async function updateInitiativeAt(db: Executor, id: string, revision: number, values: InitiativeUpdate) {
	const [row] = await db
		.update(initiatives)
		.set({ ...values, revision: sql`${initiatives.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(initiatives.id, id), eq(initiatives.revision, revision)))
		.returning();
	return row;
}

/** A change that does not compete with the settings form (archive, phase, gaps): no revision check, revision up. */
export async function updateInitiative(db: Executor, id: string, values: InitiativeUpdate) {
	const [row] = await db
		.update(initiatives)
		.set({ ...values, revision: sql`${initiatives.revision} + 1`, updatedAt: new Date() })
		.where(eq(initiatives.id, id))
		.returning();
	return row;
}

export async function listInitiativesOf(db: Executor, userId: string, archived: boolean) {
	return db
		.select({
			id: initiatives.id,
			slug: initiatives.slug,
			name: initiatives.name,
			phase: initiatives.phase,
			areas: initiatives.areas,
			visibility: initiatives.visibility,
			archivedAt: initiatives.archivedAt,
			updatedAt: initiatives.updatedAt,
			role: initiativeMembers.role
		})
		.from(initiatives)
		.innerJoin(initiativeMembers, and(eq(initiativeMembers.initiativeId, initiatives.id), eq(initiativeMembers.userId, userId)))
		.where(archived ? isNotNull(initiatives.archivedAt) : isNull(initiatives.archivedAt))
		.orderBy(asc(initiatives.name));
}

export async function countArchivedOf(db: Executor, userId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(initiatives)
		.innerJoin(initiativeMembers, and(eq(initiativeMembers.initiativeId, initiatives.id), eq(initiativeMembers.userId, userId)))
		.where(isNotNull(initiatives.archivedAt));
	return row?.n ?? 0;
}

export async function insertMember(db: Executor, values: typeof initiativeMembers.$inferInsert) {
	await db.insert(initiativeMembers).values(values).onConflictDoNothing();
}

export async function insertPhaseChange(db: Executor, values: typeof initiativePhaseHistory.$inferInsert) {
	await db.insert(initiativePhaseHistory).values(values);
}

export async function listPhaseHistory(db: Executor, initiativeId: string) {
	return db
		.select()
		.from(initiativePhaseHistory)
		.where(eq(initiativePhaseHistory.initiativeId, initiativeId))
		.orderBy(desc(initiativePhaseHistory.startedOn), desc(initiativePhaseHistory.createdAt));
}
