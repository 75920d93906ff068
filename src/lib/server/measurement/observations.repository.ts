/**
 * Observations, one row per version of one value in a slot (indicator × period × categories).
 * Every query filters on `initiative_id` (Z3). The partial unique indexes allow one approved and one
 * waiting row per slot; a database refusal of a second one is reported as `isUniqueViolation`.
 */
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { ApprovalState } from '../../domain/measurement/approval.ts';
import type { Executor } from '../db/client.ts';
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

/** The waiting rows of an initiative with their indicator's name, oldest first. */
export async function listWaitingRows(db: Executor, initiativeId: string) {
	return db
		.select({ observation: observations, indicatorName: indicators.name, unit: indicators.unit, unitLabel: indicators.unitLabel })
		.from(observations)
		.innerJoin(indicators, and(eq(indicators.id, observations.indicatorId), eq(indicators.initiativeId, initiativeId)))
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.state, 'submitted')))
		.orderBy(asc(observations.submittedAt), asc(observations.id));
}

/** The rows of an indicator in the given states, by period and categories. */
export async function listSeriesRows(db: Executor, initiativeId: string, indicatorId: string, states: ApprovalState[]) {
	return db
		.select()
		.from(observations)
		.where(and(eq(observations.initiativeId, initiativeId), eq(observations.indicatorId, indicatorId), inArray(observations.state, states)))
		.orderBy(asc(observations.periodEnd), asc(observations.categoriesKey), asc(observations.state));
}
