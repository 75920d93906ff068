/**
 * The database side of bulk entry and import: what is already stored in the slots an import writes
 * to, and the insert of many observations at once. Every query filters on `initiative_id` (Z3), and
 * every inserted row carries it. The rows go in with COPY (copy-text.ts): values as data in
 * PostgreSQL's text format, never as SQL text (V2), one stream for the whole import inside the
 * caller's transaction. What an import costs the database is mostly the table's six indexes and five
 * foreign keys, which every way of inserting pays per row; COPY adds the least to it (no statement per
 * batch, no array parameters to build on our side and parse on the server's).
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../../db/locks.ts';
import { type Executor, type Transaction, transactionClientOf } from '../../db/client.ts';
import { observations } from '../measurement.table.ts';
import { copyLine, copyRows } from './copy-text.ts';
import { stagedImports, type StagedRow } from './staged.table.ts';

export interface BulkObservation {
	indicatorId: string;
	period: string;
	periodEnd: string;
	categories: Record<string, string>;
	categoriesKey: string;
	value: string;
	note: string;
	flags: string[];
	reportingActorId: string | null;
}

export interface StoredSlotValue {
	indicatorId: string;
	period: string;
	periodEnd: string;
	categoriesKey: string;
	value: string;
	state: 'submitted' | 'approved';
}

export const slotKey = (indicatorId: string, period: string, categoriesKey: string) =>
	`${indicatorId}\u0000${period}\u0000${categoriesKey}`;

/** The approved and waiting values of these indicators (the slots an import may collide with, and the approved history). */
export async function storedValues(db: Executor, initiativeId: string, indicatorIds: string[]): Promise<StoredSlotValue[]> {
	if (indicatorIds.length === 0) return [];
	const rows = await db
		.select({
			indicatorId: observations.indicatorId,
			period: observations.period,
			periodEnd: observations.periodEnd,
			categoriesKey: observations.categoriesKey,
			value: observations.value,
			state: observations.state
		})
		.from(observations)
		.where(
			and(
				eq(observations.initiativeId, initiativeId),
				inArray(observations.indicatorId, indicatorIds),
				inArray(observations.state, ['submitted', 'approved'])
			)
		);
	return rows as StoredSlotValue[];
}

/** Serialises imports and grid saves of one initiative, so the re-check of stored slots inside the transaction holds. */
export async function lockInitiativeImports(tx: Executor, initiativeId: string): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.measurementImport}, hashtext(${initiativeId}))`);
}

const COPY_COLUMNS = [
	'initiative_id',
	'indicator_id',
	'period',
	'period_end',
	'categories',
	'categories_key',
	'value',
	'state',
	'reporting_actor_id',
	'note',
	'flags',
	'submitted_by',
	'submitted_at',
	'decided_by',
	'decided_at'
] as const;

/**
 * Inserts the observations with one COPY, all in state `submitted`, or `approved` with the decision
 * (the backbone lead approving at once). Runs inside the caller's transaction: all or nothing; a
 * slot taken meanwhile fails the COPY with the unique index's violation (23505).
 */
export async function insertObservationsBulk(
	tx: Transaction,
	initiativeId: string,
	rows: readonly BulkObservation[],
	meta: { userId: string | null; at: Date; approve: boolean }
): Promise<number> {
	if (rows.length === 0) return 0;
	const at = meta.at.toISOString();
	const state = meta.approve ? 'approved' : 'submitted';
	// the same for every row: written once, escaped like the rest
	const decided = meta.approve ? [meta.userId, at] : [null, null];
	const line = (row: BulkObservation) =>
		copyLine([
			initiativeId,
			row.indicatorId,
			row.period,
			row.periodEnd,
			JSON.stringify(row.categories),
			row.categoriesKey,
			row.value,
			state,
			row.reportingActorId,
			row.note,
			JSON.stringify(row.flags),
			meta.userId,
			at,
			...decided
		]);
	return copyRows(transactionClientOf(tx), `copy observations (${COPY_COLUMNS.join(', ')}) from stdin`, rows, line);
}

// ---- staged imports (between preview and commit) ----

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertStagedImport(db: Executor, values: typeof stagedImports.$inferInsert): Promise<string> {
	const [row] = await db.insert(stagedImports).values(values).returning({ id: stagedImports.id });
	return row.id;
}

/** The staged import of this person in this initiative, unexpired; undefined otherwise. */
export async function findStagedImport(db: Executor, initiativeId: string, userId: string, id: string, now: Date) {
	if (!UUID.test(id)) return undefined;
	const [row] = await db
		.select()
		.from(stagedImports)
		.where(and(eq(stagedImports.id, id), eq(stagedImports.initiativeId, initiativeId), eq(stagedImports.userId, userId)))
		.limit(1);
	return row && row.expiresAt > now ? row : undefined;
}

/** Deletes one staged import (its owner's), returning whether it was still there: a second commit of the same import finds nothing. */
export async function deleteStagedImport(db: Executor, initiativeId: string, userId: string, id: string): Promise<boolean> {
	if (!UUID.test(id)) return false;
	const rows = await db
		.delete(stagedImports)
		.where(and(eq(stagedImports.id, id), eq(stagedImports.initiativeId, initiativeId), eq(stagedImports.userId, userId)))
		.returning({ id: stagedImports.id });
	return rows.length > 0;
}

/** Drops expired staged imports (of every initiative: they are nobody's any more). */
export async function deleteExpiredStagedImports(db: Executor, now: Date): Promise<void> {
	await db.delete(stagedImports).where(lt(stagedImports.expiresAt, now));
}

export type { StagedRow };
