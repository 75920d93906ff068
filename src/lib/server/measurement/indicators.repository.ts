/**
 * Indicators, their linked goals and their targets. Every query filters on `initiative_id` (Z3):
 * an id of another initiative finds nothing.
 */
import { and, asc, desc, eq, gte, inArray, type Placeholder, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { preparedOn } from '../db/prepared.ts';
import { initiativeActors, initiativeGoals } from '../initiatives/initiatives.table.ts';
import { indicatorGoals, indicators, indicatorTargets, observations } from './measurement.table.ts';

export type IndicatorInsert = typeof indicators.$inferInsert;
export type IndicatorUpdate = Partial<Omit<IndicatorInsert, 'id' | 'initiativeId' | 'createdAt' | 'revision'>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id that is not a uuid cannot name anything (and must not reach the database as one). */
export const isUuid = (id: string): boolean => UUID.test(id);

const indicatorRows = (db: Executor, initiativeId: string | Placeholder) =>
	db
		.select()
		.from(indicators)
		.where(eq(indicators.initiativeId, initiativeId))
		.orderBy(asc(indicators.position), asc(indicators.createdAt), asc(indicators.name));

/** The dashboard and the cockpit read it at every view: prepared (db/prepared.ts). */
export async function listIndicatorRows(db: Executor, initiativeId: string) {
	const prepared = preparedOn(db, 'indicator-rows', (on) => indicatorRows(on, sql.placeholder('initiativeId')).prepare('indicator_rows'));
	return prepared ? prepared.execute({ initiativeId }) : indicatorRows(db, initiativeId);
}

export async function findIndicatorRow(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(indicators)
		.where(and(eq(indicators.id, id), eq(indicators.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function insertIndicatorRow(db: Executor, values: IndicatorInsert) {
	const [row] = await db.insert(indicators).values(values).returning();
	return row;
}

/** Saves only if nobody saved since `revision`; the revision goes up by one. Undefined when stale. */
export async function updateIndicatorAt(db: Executor, initiativeId: string, id: string, revision: number, values: IndicatorUpdate) {
	const [row] = await db
		.update(indicators)
		.set({ ...values, revision: sql`${indicators.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(indicators.id, id), eq(indicators.initiativeId, initiativeId), eq(indicators.revision, revision)))
		.returning();
	return row;
}

/** A change that does not compete with the definition form (a target added): revision up, no check. */
export async function touchIndicator(db: Executor, initiativeId: string, id: string) {
	await db
		.update(indicators)
		.set({ revision: sql`${indicators.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(indicators.id, id), eq(indicators.initiativeId, initiativeId)));
}

export async function deleteIndicatorRow(db: Executor, initiativeId: string, id: string) {
	const rows = await db
		.delete(indicators)
		.where(and(eq(indicators.id, id), eq(indicators.initiativeId, initiativeId)))
		.returning({ id: indicators.id });
	return rows.length > 0;
}

export async function nextIndicatorPosition(db: Executor, initiativeId: string): Promise<number> {
	const [row] = await db
		.select({ max: sql<number | null>`max(${indicators.position})` })
		.from(indicators)
		.where(eq(indicators.initiativeId, initiativeId));
	return Number(row?.max ?? -1) + 1;
}

export async function listGoalLinks(db: Executor, indicatorIds: string[]) {
	if (indicatorIds.length === 0) return [];
	return db.select().from(indicatorGoals).where(inArray(indicatorGoals.indicatorId, indicatorIds));
}

export async function replaceGoalLinks(db: Executor, indicatorId: string, goalIds: string[]) {
	await db.delete(indicatorGoals).where(eq(indicatorGoals.indicatorId, indicatorId));
	if (goalIds.length > 0) await db.insert(indicatorGoals).values(goalIds.map((goalId) => ({ indicatorId, goalId })));
}

/** Of `ids`, those that are goals of this initiative. */
export async function goalIdsIn(db: Executor, initiativeId: string, ids: string[]): Promise<Set<string>> {
	const valid = ids.filter(isUuid);
	if (valid.length === 0) return new Set();
	const rows = await db
		.select({ id: initiativeGoals.id })
		.from(initiativeGoals)
		.where(and(eq(initiativeGoals.initiativeId, initiativeId), inArray(initiativeGoals.id, valid)));
	return new Set(rows.map((row) => row.id));
}

/** The actor, if it belongs to this initiative. */
export async function findActorIn(db: Executor, initiativeId: string, actorId: string) {
	if (!isUuid(actorId)) return undefined;
	const [row] = await db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(and(eq(initiativeActors.id, actorId), eq(initiativeActors.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

export async function listTargetRows(db: Executor, initiativeId: string, indicatorIds: string[]) {
	if (indicatorIds.length === 0) return [];
	return db
		.select()
		.from(indicatorTargets)
		.where(and(eq(indicatorTargets.initiativeId, initiativeId), inArray(indicatorTargets.indicatorId, indicatorIds)))
		.orderBy(asc(indicatorTargets.targetDate));
}

/** Undefined when the indicator already has a target on that date. */
export async function insertTargetRow(db: Executor, values: typeof indicatorTargets.$inferInsert) {
	const [row] = await db.insert(indicatorTargets).values(values).onConflictDoNothing().returning();
	return row;
}

export async function deleteTargetRow(db: Executor, initiativeId: string, indicatorId: string, targetId: string) {
	if (!isUuid(targetId)) return undefined;
	const [row] = await db
		.delete(indicatorTargets)
		.where(
			and(eq(indicatorTargets.id, targetId), eq(indicatorTargets.indicatorId, indicatorId), eq(indicatorTargets.initiativeId, initiativeId))
		)
		.returning();
	return row;
}

export async function countApprovedObservations(db: Executor, initiativeId: string, indicatorId: string): Promise<number> {
	const [row] = await db
		.select({ count: sql<number>`count(*)` })
		.from(observations)
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.indicatorId, indicatorId), eq(observations.state, 'approved')));
	return Number(row?.count ?? 0);
}

/** Every value of the indicator, in any state (the history keeps rejected and replaced ones too). */
export async function countObservations(db: Executor, initiativeId: string, indicatorId: string): Promise<number> {
	const [row] = await db
		.select({ count: sql<number>`count(*)` })
		.from(observations)
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.indicatorId, indicatorId)));
	return Number(row?.count ?? 0);
}

/** The (dimension, category) pairs the indicator's stored values use, in any state. */
export async function listUsedCategories(db: Executor, initiativeId: string, indicatorId: string) {
	const result = (await db.execute(sql`
		select distinct e.key as dimension, e.value as category
		from ${observations} o cross join lateral jsonb_each_text(o.categories) e
		where o.indicator_id = ${indicatorId} and o.initiative_id = ${initiativeId} and o.categories_key <> ''`)) as unknown as {
		rows: { dimension: string; category: string }[];
	};
	return result.rows;
}

/** The approved values (total and splits) of the indicator's newest `periods` approved periods, newest first. */
export async function recentApprovedRows(db: Executor, initiativeId: string, indicatorId: string, periods: number) {
	const approvedHere = and(
		eq(observations.initiativeId, initiativeId),
		eq(observations.indicatorId, indicatorId),
		eq(observations.state, 'approved')
	);
	const ends = await db
		.selectDistinct({ periodEnd: observations.periodEnd })
		.from(observations)
		.where(approvedHere)
		.orderBy(desc(observations.periodEnd))
		.limit(periods);
	if (ends.length === 0) return [];
	const oldest = ends[ends.length - 1].periodEnd;
	return db
		.select({
			period: observations.period,
			periodEnd: observations.periodEnd,
			categoriesKey: observations.categoriesKey,
			value: observations.value
		})
		.from(observations)
		.where(and(approvedHere, gte(observations.periodEnd, oldest)))
		.orderBy(desc(observations.periodEnd), asc(observations.categoriesKey));
}
