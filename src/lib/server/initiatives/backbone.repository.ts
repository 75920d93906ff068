/**
 * Queries of the backbone page: staff, governance bodies, funding sources. Every query filters on
 * the initiative's id (Z3); an update or delete names the revision it was opened at and touches
 * nothing when it is stale (the use case turns that into a 409).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { backboneStaff, fundingSources, governanceBodies, initiativeActors } from './initiatives.table.ts';

export type StaffValues = Pick<typeof backboneStaff.$inferInsert, 'name' | 'role' | 'fte'>;
export type GovernanceValues = Pick<typeof governanceBodies.$inferInsert, 'name' | 'kind' | 'members' | 'mandate'>;
export type FundingValues = Pick<typeof fundingSources.$inferInsert, 'actorId' | 'kind' | 'amountDkk' | 'startsOn' | 'endsOn' | 'note'>;

export async function listStaff(db: Executor, initiativeId: string) {
	return db
		.select()
		.from(backboneStaff)
		.where(eq(backboneStaff.initiativeId, initiativeId))
		.orderBy(asc(backboneStaff.createdAt), asc(backboneStaff.id));
}

export async function listGovernanceBodies(db: Executor, initiativeId: string) {
	return db
		.select()
		.from(governanceBodies)
		.where(eq(governanceBodies.initiativeId, initiativeId))
		.orderBy(asc(governanceBodies.createdAt), asc(governanceBodies.id));
}

export async function listFundingSources(db: Executor, initiativeId: string) {
	return db
		.select({
			id: fundingSources.id,
			actorId: fundingSources.actorId,
			actorName: initiativeActors.name,
			kind: fundingSources.kind,
			amountDkk: fundingSources.amountDkk,
			startsOn: fundingSources.startsOn,
			endsOn: fundingSources.endsOn,
			note: fundingSources.note,
			revision: fundingSources.revision
		})
		.from(fundingSources)
		.leftJoin(initiativeActors, eq(initiativeActors.id, fundingSources.actorId))
		.where(eq(fundingSources.initiativeId, initiativeId))
		.orderBy(asc(fundingSources.startsOn), asc(fundingSources.id));
}

/** The initiative's actors, for choosing the backbone organisation and a funder. */
export async function listActorChoices(db: Executor, initiativeId: string) {
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name, role: initiativeActors.role })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(initiativeActors.name));
}

export async function isActorOf(db: Executor, initiativeId: string, actorId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: initiativeActors.id })
		.from(initiativeActors)
		.where(and(eq(initiativeActors.id, actorId), eq(initiativeActors.initiativeId, initiativeId)))
		.limit(1);
	return row !== undefined;
}

// --- staff -------------------------------------------------------------------------------------

export async function insertStaff(db: Executor, initiativeId: string, values: StaffValues) {
	const [row] = await db
		.insert(backboneStaff)
		.values({ initiativeId, ...values })
		.returning();
	return row;
}

export async function findStaff(db: Executor, initiativeId: string, id: string) {
	const [row] = await db
		.select()
		.from(backboneStaff)
		.where(and(eq(backboneStaff.id, id), eq(backboneStaff.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function updateStaffAt(db: Executor, initiativeId: string, id: string, revision: number, values: StaffValues) {
	const [row] = await db
		.update(backboneStaff)
		.set({ ...values, revision: sql`${backboneStaff.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(backboneStaff.id, id), eq(backboneStaff.initiativeId, initiativeId), eq(backboneStaff.revision, revision)))
		.returning();
	return row;
}

export async function deleteStaffAt(db: Executor, initiativeId: string, id: string, revision: number) {
	const rows = await db
		.delete(backboneStaff)
		.where(and(eq(backboneStaff.id, id), eq(backboneStaff.initiativeId, initiativeId), eq(backboneStaff.revision, revision)))
		.returning({ id: backboneStaff.id, name: backboneStaff.name });
	return rows[0];
}

// --- governance bodies -------------------------------------------------------------------------

export async function insertGovernanceBody(db: Executor, initiativeId: string, values: GovernanceValues) {
	const [row] = await db
		.insert(governanceBodies)
		.values({ initiativeId, ...values })
		.returning();
	return row;
}

export async function findGovernanceBody(db: Executor, initiativeId: string, id: string) {
	const [row] = await db
		.select()
		.from(governanceBodies)
		.where(and(eq(governanceBodies.id, id), eq(governanceBodies.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function updateGovernanceBodyAt(db: Executor, initiativeId: string, id: string, revision: number, values: GovernanceValues) {
	const [row] = await db
		.update(governanceBodies)
		.set({ ...values, revision: sql`${governanceBodies.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(governanceBodies.id, id), eq(governanceBodies.initiativeId, initiativeId), eq(governanceBodies.revision, revision)))
		.returning();
	return row;
}

export async function deleteGovernanceBodyAt(db: Executor, initiativeId: string, id: string, revision: number) {
	const rows = await db
		.delete(governanceBodies)
		.where(and(eq(governanceBodies.id, id), eq(governanceBodies.initiativeId, initiativeId), eq(governanceBodies.revision, revision)))
		.returning({ id: governanceBodies.id, name: governanceBodies.name });
	return rows[0];
}

// --- funding sources ---------------------------------------------------------------------------

export async function insertFundingSource(db: Executor, initiativeId: string, values: FundingValues) {
	const [row] = await db
		.insert(fundingSources)
		.values({ initiativeId, ...values })
		.returning();
	return row;
}

export async function findFundingSource(db: Executor, initiativeId: string, id: string) {
	const [row] = await db
		.select()
		.from(fundingSources)
		.where(and(eq(fundingSources.id, id), eq(fundingSources.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function updateFundingSourceAt(db: Executor, initiativeId: string, id: string, revision: number, values: FundingValues) {
	const [row] = await db
		.update(fundingSources)
		.set({ ...values, revision: sql`${fundingSources.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(fundingSources.id, id), eq(fundingSources.initiativeId, initiativeId), eq(fundingSources.revision, revision)))
		.returning();
	return row;
}

export async function deleteFundingSourceAt(db: Executor, initiativeId: string, id: string, revision: number) {
	const rows = await db
		.delete(fundingSources)
		.where(and(eq(fundingSources.id, id), eq(fundingSources.initiativeId, initiativeId), eq(fundingSources.revision, revision)))
		.returning({ id: fundingSources.id, amountDkk: fundingSources.amountDkk });
	return rows[0];
}
