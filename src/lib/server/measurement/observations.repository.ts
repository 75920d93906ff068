/**
 * Observations, one row per version of one value in a slot (indicator × period × categories).
 * Every query filters on `initiative_id` (Z3). The partial unique indexes allow one approved and one
 * waiting row per slot; a database refusal of a second one is reported as `isUniqueViolation`.
 */
import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { ApprovalState } from '../../domain/measurement/approval.ts';
import type { Executor } from '../db/client.ts';
import { initiativeActors } from '../initiatives/initiatives.table.ts';
import { users } from '../users/users.table.ts';
import { isUuid } from './indicators.repository.ts';
import { indicators, observations } from './measurement.table.ts';

export interface Slot {
	initiativeId: string;
	indicatorId: string;
	period: string;
	categoriesKey: string;
}

const inSlot = (slot: Slot) =>
	and(
		eq(observations.initiativeId, slot.initiativeId),
		eq(observations.indicatorId, slot.indicatorId),
		eq(observations.period, slot.period),
		eq(observations.categoriesKey, slot.categoriesKey)
	);

/** A unique index refused the row (PostgreSQL 23505), however the driver wrapped the error. */
export function isUniqueViolation(error: unknown): boolean {
	for (let current = error, depth = 0; current && depth < 5; depth += 1) {
		if (typeof current === 'object' && (current as { code?: unknown }).code === '23505') return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

export async function findObservationRow(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(observations)
		.where(and(eq(observations.id, id), eq(observations.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

/** The waiting row of a slot, if any. */
export async function findWaiting(db: Executor, slot: Slot) {
	const [row] = await db
		.select()
		.from(observations)
		.where(and(inSlot(slot), eq(observations.state, 'submitted')))
		.limit(1);
	return row;
}

/** The approved values of the categories' series before `periodEnd`, the last `limit`, oldest first. */
export async function approvedValuesBefore(
	db: Executor,
	initiativeId: string,
	indicatorId: string,
	categoriesKey: string,
	periodEnd: string,
	limit: number
): Promise<number[]> {
	const rows = await db
		.select({ value: observations.value })
		.from(observations)
		.where(
			and(
				eq(observations.initiativeId, initiativeId),
				eq(observations.indicatorId, indicatorId),
				eq(observations.categoriesKey, categoriesKey),
				eq(observations.state, 'approved'),
				lt(observations.periodEnd, periodEnd)
			)
		)
		.orderBy(desc(observations.periodEnd))
		.limit(limit);
	return rows.map((row) => Number(row.value)).reverse();
}

export async function insertObservationRow(db: Executor, values: typeof observations.$inferInsert) {
	const [row] = await db.insert(observations).values(values).returning();
	return row;
}

/** Moves the slot's rows in state `from` to `to`; the rows changed. */
export async function moveSlotState(
	db: Executor,
	slot: Slot,
	from: ApprovalState,
	to: ApprovalState,
	decision: { decidedBy?: string | null; decidedAt?: Date } = {}
) {
	return db
		.update(observations)
		.set({ state: to, ...decision })
		.where(and(inSlot(slot), eq(observations.state, from)))
		.returning();
}

/** Decides one row, only if it is still in state `from`; undefined otherwise (someone was first). */
export async function decideRow(
	db: Executor,
	initiativeId: string,
	id: string,
	from: ApprovalState,
	values: { state: ApprovalState; decidedBy: string | null; decidedAt: Date; decisionComment: string }
) {
	const [row] = await db
		.update(observations)
		.set(values)
		.where(and(eq(observations.id, id), eq(observations.initiativeId, initiativeId), eq(observations.state, from)))
		.returning();
	return row;
}

/** Every version of a slot, oldest first. */
export async function listSlotVersions(db: Executor, slot: Slot) {
	return db.select().from(observations).where(inSlot(slot)).orderBy(asc(observations.submittedAt), asc(observations.id));
}

/** Observations of an initiative with what a list shows of their indicator (name, unit, dimensions, range). */
const rowsWithIndicator = (db: Executor, initiativeId: string) =>
	db
		.select({
			observation: observations,
			indicatorName: indicators.name,
			unit: indicators.unit,
			unitLabel: indicators.unitLabel,
			dimensions: indicators.dimensions,
			validMin: indicators.validMin,
			validMax: indicators.validMax
		})
		.from(observations)
		.innerJoin(indicators, and(eq(indicators.id, observations.indicatorId), eq(indicators.initiativeId, initiativeId)));

/** The waiting rows of an initiative with their indicator's name, oldest first. */
export async function listWaitingRows(db: Executor, initiativeId: string) {
	return (
		rowsWithIndicator(db, initiativeId)
			.where(and(eq(observations.initiativeId, initiativeId), eq(observations.state, 'submitted')))
			// values sent together (a grid, an import: one instant) in the indicators' own order, then by
			// period and category, not in the random order of their ids
			.orderBy(
				asc(observations.submittedAt),
				asc(indicators.position),
				asc(indicators.name),
				asc(observations.periodEnd),
				asc(observations.categoriesKey),
				asc(observations.id)
			)
	);
}

/** The rows of an indicator in the given states, by period and categories. */
export async function listSeriesRows(db: Executor, initiativeId: string, indicatorId: string, states: ApprovalState[]) {
	return db
		.select()
		.from(observations)
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.indicatorId, indicatorId), inArray(observations.state, states)))
		.orderBy(asc(observations.periodEnd), asc(observations.categoriesKey), asc(observations.state));
}

/** The waiting rows of an initiative (at most `limit`, oldest first) and how many there are in all. */
export async function countWaitingRows(db: Executor, initiativeId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(observations)
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.state, 'submitted')));
	return Number(row?.n ?? 0);
}

/** One actor's rows in the given states with their indicator's name, newest first. */
export async function listActorRows(db: Executor, initiativeId: string, actorId: string, states: ApprovalState[], limit: number) {
	return rowsWithIndicator(db, initiativeId)
		.where(
			and(eq(observations.initiativeId, initiativeId), eq(observations.reportingActorId, actorId), inArray(observations.state, states))
		)
		.orderBy(desc(sql`coalesce(${observations.decidedAt}, ${observations.submittedAt})`), desc(observations.id))
		.limit(limit);
}

/** The approved row of a slot, if any. */
export async function findApproved(db: Executor, slot: Slot) {
	const [row] = await db
		.select()
		.from(observations)
		.where(and(inSlot(slot), eq(observations.state, 'approved')))
		.limit(1);
	return row;
}

/** The approved and waiting rows of an indicator in the given periods (every category). */
export async function listCurrentInPeriods(db: Executor, initiativeId: string, indicatorId: string, periods: string[]) {
	if (periods.length === 0) return [];
	return db
		.select()
		.from(observations)
		.where(
			and(
				eq(observations.initiativeId, initiativeId),
				eq(observations.indicatorId, indicatorId),
				inArray(observations.period, periods),
				inArray(observations.state, ['approved', 'submitted'])
			)
		)
		.orderBy(desc(observations.periodEnd), asc(observations.categoriesKey));
}

/**
 * A page of an indicator's history: the next `periods` periods (by their last day, newest first,
 * before `before` when given; only `period` when given) and every version in them, newest first
 * within a period and category. `nextBefore` is the last day of the page's oldest period when older ones exist.
 */
export async function listHistoryPage(
	db: Executor,
	initiativeId: string,
	indicatorId: string,
	options: { periods: number; before?: string; period?: string }
) {
	const own = and(eq(observations.initiativeId, initiativeId), eq(observations.indicatorId, indicatorId));
	const ends = await db
		.selectDistinct({ periodEnd: observations.periodEnd })
		.from(observations)
		.where(
			and(
				own,
				options.before ? lt(observations.periodEnd, options.before) : undefined,
				options.period ? eq(observations.period, options.period) : undefined
			)
		)
		.orderBy(desc(observations.periodEnd))
		.limit(options.periods + 1);
	const page = ends.slice(0, options.periods).map((e) => e.periodEnd);
	const nextBefore = ends.length > options.periods ? (page.at(-1) ?? null) : null;
	if (page.length === 0) return { rows: [], nextBefore: null };
	const rows = await db
		.select()
		.from(observations)
		.where(and(own, inArray(observations.periodEnd, page), options.period ? eq(observations.period, options.period) : undefined))
		.orderBy(desc(observations.periodEnd), asc(observations.categoriesKey), desc(observations.submittedAt), desc(observations.id));
	return { rows, nextBefore };
}

/** People's names by id (a person since deleted is simply missing). */
export async function userNames(db: Executor, ids: Iterable<string | null>): Promise<Map<string, string>> {
	const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
	if (wanted.length === 0) return new Map();
	const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
	return new Map(rows.map((row) => [row.id, row.name]));
}

/** The initiative's actors' names by id. */
export async function actorNames(db: Executor, initiativeId: string): Promise<Map<string, string>> {
	const rows = await db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(initiativeActors.name));
	return new Map(rows.map((row) => [row.id, row.name]));
}
