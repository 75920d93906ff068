/**
 * Queries of the common agenda. Every query filters on `initiative_id` (Z3): an id of another
 * initiative finds nothing.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import {
	type AgendaSnapshot,
	activityGoals,
	agendaEndorsements,
	agendaVersions,
	commitmentGoals,
	initiativeActivities,
	initiativeActors,
	initiativeCommitments,
	initiativeGoals,
	initiatives,
	initiativeStrategies
} from './initiatives.table.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * Every change of the agenda starts by locking the initiative's row: changes of one initiative's
 * agenda then happen one after another, so positions among siblings and version numbers never clash.
 */
export async function lockAgenda(tx: Executor, initiativeId: string) {
	const [row] = await tx
		.select({
			agendaVersion: initiatives.agendaVersion,
			problemStatement: initiatives.problemStatement,
			vision: initiatives.vision,
			revision: initiatives.revision
		})
		.from(initiatives)
		.where(eq(initiatives.id, initiativeId))
		.for('update');
	return row;
}

export async function listGoals(db: Executor, initiativeId: string) {
	return db
		.select()
		.from(initiativeGoals)
		.where(eq(initiativeGoals.initiativeId, initiativeId))
		.orderBy(asc(initiativeGoals.position), asc(initiativeGoals.id));
}

export async function listStrategies(db: Executor, initiativeId: string) {
	return db
		.select()
		.from(initiativeStrategies)
		.where(eq(initiativeStrategies.initiativeId, initiativeId))
		.orderBy(asc(initiativeStrategies.position), asc(initiativeStrategies.id));
}

export async function findGoal(db: Executor, initiativeId: string, goalId: string) {
	if (!isUuid(goalId)) return undefined;
	const [row] = await db
		.select()
		.from(initiativeGoals)
		.where(and(eq(initiativeGoals.id, goalId), eq(initiativeGoals.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function findStrategy(db: Executor, initiativeId: string, strategyId: string) {
	if (!isUuid(strategyId)) return undefined;
	const [row] = await db
		.select()
		.from(initiativeStrategies)
		.where(and(eq(initiativeStrategies.id, strategyId), eq(initiativeStrategies.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

/** The goals with the same parent, in order. */
export async function listSiblingGoals(db: Executor, initiativeId: string, parentId: string | null) {
	return db
		.select({ id: initiativeGoals.id, position: initiativeGoals.position })
		.from(initiativeGoals)
		.where(
			and(
				eq(initiativeGoals.initiativeId, initiativeId),
				parentId === null ? isNull(initiativeGoals.parentId) : eq(initiativeGoals.parentId, parentId)
			)
		)
		.orderBy(asc(initiativeGoals.position), asc(initiativeGoals.id));
}

export async function listSiblingStrategies(db: Executor, initiativeId: string, goalId: string) {
	return db
		.select({ id: initiativeStrategies.id, position: initiativeStrategies.position })
		.from(initiativeStrategies)
		.where(and(eq(initiativeStrategies.initiativeId, initiativeId), eq(initiativeStrategies.goalId, goalId)))
		.orderBy(asc(initiativeStrategies.position), asc(initiativeStrategies.id));
}

export async function insertGoal(db: Executor, values: typeof initiativeGoals.$inferInsert) {
	const [row] = await db.insert(initiativeGoals).values(values).returning();
	return row;
}

/** Saves only at the revision the form was opened at; undefined when stale (or not in this initiative). */
export async function updateGoalAt(
	db: Executor,
	initiativeId: string,
	goalId: string,
	revision: number,
	values: { title: string; description: string }
) {
	const [row] = await db
		.update(initiativeGoals)
		.set({ ...values, revision: sql`${initiativeGoals.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(initiativeGoals.id, goalId), eq(initiativeGoals.initiativeId, initiativeId), eq(initiativeGoals.revision, revision)))
		.returning();
	return row;
}

/** Deletes at the revision the person saw; its sub-goals, strategies and goal links go with it (foreign keys). */
export async function deleteGoalAt(db: Executor, initiativeId: string, goalId: string, revision: number) {
	const rows = await db
		.delete(initiativeGoals)
		.where(and(eq(initiativeGoals.id, goalId), eq(initiativeGoals.initiativeId, initiativeId), eq(initiativeGoals.revision, revision)))
		.returning({ id: initiativeGoals.id });
	return rows.length > 0;
}

/** Writes positions 0, 1, 2 … in the given order (ids of one initiative only). */
export async function setGoalOrder(db: Executor, initiativeId: string, orderedIds: readonly string[]) {
	for (const [position, id] of orderedIds.entries()) {
		await db
			.update(initiativeGoals)
			.set({ position })
			.where(and(eq(initiativeGoals.id, id), eq(initiativeGoals.initiativeId, initiativeId)));
	}
}

export async function setStrategyOrder(db: Executor, initiativeId: string, orderedIds: readonly string[]) {
	for (const [position, id] of orderedIds.entries()) {
		await db
			.update(initiativeStrategies)
			.set({ position })
			.where(and(eq(initiativeStrategies.id, id), eq(initiativeStrategies.initiativeId, initiativeId)));
	}
}

export async function insertStrategy(db: Executor, values: typeof initiativeStrategies.$inferInsert) {
	const [row] = await db.insert(initiativeStrategies).values(values).returning();
	return row;
}

export async function updateStrategyAt(db: Executor, initiativeId: string, strategyId: string, revision: number, text: string) {
	const [row] = await db
		.update(initiativeStrategies)
		.set({ text, revision: sql`${initiativeStrategies.revision} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(initiativeStrategies.id, strategyId),
				eq(initiativeStrategies.initiativeId, initiativeId),
				eq(initiativeStrategies.revision, revision)
			)
		)
		.returning();
	return row;
}

export async function deleteStrategyAt(db: Executor, initiativeId: string, strategyId: string, revision: number) {
	const rows = await db
		.delete(initiativeStrategies)
		.where(
			and(
				eq(initiativeStrategies.id, strategyId),
				eq(initiativeStrategies.initiativeId, initiativeId),
				eq(initiativeStrategies.revision, revision)
			)
		)
		.returning({ id: initiativeStrategies.id });
	return rows.length > 0;
}

/** Problem statement and vision at the initiative's revision (the settings form uses the same one). */
export async function updateAgendaTextsAt(
	db: Executor,
	initiativeId: string,
	revision: number,
	values: { problemStatement: string; vision: string }
) {
	const [row] = await db
		.update(initiatives)
		.set({ ...values, revision: sql`${initiatives.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(initiatives.id, initiativeId), eq(initiatives.revision, revision)))
		.returning({ revision: initiatives.revision });
	return row;
}

/** What deleting these goals would touch besides themselves: strategies, commitments and activities linked to them. */
export async function findGoalDependants(db: Executor, initiativeId: string, goalIds: readonly string[]) {
	if (goalIds.length === 0) return { strategies: [], commitments: [], activities: [] };
	const [strategies, commitments, activities] = await Promise.all([
		db
			.select({ id: initiativeStrategies.id, text: initiativeStrategies.text })
			.from(initiativeStrategies)
			.where(and(eq(initiativeStrategies.initiativeId, initiativeId), inArray(initiativeStrategies.goalId, [...goalIds])))
			.orderBy(asc(initiativeStrategies.position)),
		db
			.selectDistinct({ id: initiativeCommitments.id, text: initiativeCommitments.text, actorName: initiativeActors.name })
			.from(commitmentGoals)
			.innerJoin(initiativeCommitments, eq(initiativeCommitments.id, commitmentGoals.commitmentId))
			.innerJoin(initiativeActors, eq(initiativeActors.id, initiativeCommitments.actorId))
			.where(and(eq(initiativeCommitments.initiativeId, initiativeId), inArray(commitmentGoals.goalId, [...goalIds]))),
		db
			.selectDistinct({ id: initiativeActivities.id, title: initiativeActivities.title, actorName: initiativeActors.name })
			.from(activityGoals)
			.innerJoin(initiativeActivities, eq(initiativeActivities.id, activityGoals.activityId))
			.innerJoin(initiativeActors, eq(initiativeActors.id, initiativeActivities.actorId))
			.where(and(eq(initiativeActivities.initiativeId, initiativeId), inArray(activityGoals.goalId, [...goalIds])))
	]);
	return { strategies, commitments, activities };
}

/** Moves the agenda to its next version number; the caller holds the initiative's row lock. */
export async function bumpAgendaVersion(tx: Executor, initiativeId: string): Promise<number> {
	const [row] = await tx
		.update(initiatives)
		.set({ agendaVersion: sql`${initiatives.agendaVersion} + 1` })
		.where(eq(initiatives.id, initiativeId))
		.returning({ agendaVersion: initiatives.agendaVersion });
	return row.agendaVersion;
}

export async function insertAgendaVersion(
	tx: Executor,
	values: { initiativeId: string; version: number; snapshot: AgendaSnapshot; createdBy: string | null; createdAt: Date }
) {
	await tx.insert(agendaVersions).values(values);
}

/** Versions newest first, with the name of who saved each. */
export async function listAgendaVersions(db: Executor, initiativeId: string, limit: number) {
	return db
		.select({
			version: agendaVersions.version,
			snapshot: agendaVersions.snapshot,
			createdAt: agendaVersions.createdAt,
			createdByName: users.name
		})
		.from(agendaVersions)
		.leftJoin(users, eq(users.id, agendaVersions.createdBy))
		.where(eq(agendaVersions.initiativeId, initiativeId))
		.orderBy(desc(agendaVersions.version))
		.limit(limit);
}

export async function findAgendaVersion(db: Executor, initiativeId: string, version: number) {
	const [row] = await db
		.select({ version: agendaVersions.version, snapshot: agendaVersions.snapshot })
		.from(agendaVersions)
		.where(and(eq(agendaVersions.initiativeId, initiativeId), eq(agendaVersions.version, version)))
		.limit(1);
	return row;
}

export async function listActorsOf(db: Executor, initiativeId: string) {
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name, role: initiativeActors.role })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(initiativeActors.name));
}

export async function findActor(db: Executor, initiativeId: string, actorId: string) {
	if (!isUuid(actorId)) return undefined;
	const [row] = await db
		.select({ id: initiativeActors.id, name: initiativeActors.name, role: initiativeActors.role })
		.from(initiativeActors)
		.where(and(eq(initiativeActors.id, actorId), eq(initiativeActors.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function listEndorsements(db: Executor, initiativeId: string) {
	return db
		.select({
			actorId: agendaEndorsements.actorId,
			agendaVersion: agendaEndorsements.agendaVersion,
			signatoryName: agendaEndorsements.signatoryName,
			endorsedOn: agendaEndorsements.endorsedOn
		})
		.from(agendaEndorsements)
		.where(eq(agendaEndorsements.initiativeId, initiativeId))
		.orderBy(asc(agendaEndorsements.agendaVersion));
}

/** An actor endorses a version; endorsing the same version again corrects the signatory and date. */
export async function upsertEndorsement(db: Executor, values: typeof agendaEndorsements.$inferInsert) {
	await db
		.insert(agendaEndorsements)
		.values(values)
		.onConflictDoUpdate({
			target: [agendaEndorsements.initiativeId, agendaEndorsements.actorId, agendaEndorsements.agendaVersion],
			set: { signatoryName: values.signatoryName, endorsedOn: values.endorsedOn, createdBy: values.createdBy, createdAt: new Date() }
		});
}
