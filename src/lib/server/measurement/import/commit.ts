/**
 * The database side of bulk entry and import: what is already stored in the slots an import writes
 * to, and the insert of many observations at once. Every query filters on `initiative_id` (Z3), and
 * every inserted row carries it. On PostgreSQL the rows go in with COPY (copy-text.ts): values as
 * data in the text format, never as SQL text (V2), one stream for the whole import inside the
 * caller's transaction; on the embedded database as array parameters read by `unnest`. What an import costs the database is mostly the table's six indexes and five
 * foreign keys, which every way of inserting pays per row; COPY adds the least to it (no statement per
 * batch, no array parameters to build on our side and parse on the server's).
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../../db/locks.ts';
import { type Executor, postgresClientOf, type Transaction } from '../../db/client.ts';
import { observations } from '../measurement.table.ts';
import { type CopyIn, copyLine, openCopy } from './copy-text.ts';
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

/** Rows per INSERT statement on the embedded database. */
export const INSERT_BATCH_ROWS = 5_000;

/** Observations on their way into the table, inside the caller's transaction (all or nothing). */
export interface ObservationWriter {
	/** Sends these rows (on PostgreSQL at once, while the caller reads on; on the embedded database at `finish`). */
	write(rows: readonly BulkObservation[]): Promise<void>;
	/**
	 * Ends the COPY in progress (if any) so the transaction can run another statement — a COPY holds
	 * the connection until it ends, so a query sent meanwhile would wait for it forever. The next
	 * `write` opens a new one.
	 */
	pause(): Promise<void>;
	/** The rows stored. */
	finish(): Promise<number>;
	/** Stores nothing of it; the caller then rolls the transaction back. */
	abort(): Promise<void>;
}

/**
 * Inserts observations, all in state `submitted`, or `approved` with the decision (the backbone lead
 * approving at once): on PostgreSQL through one COPY, on the embedded database in batches of one
 * `insert … select from unnest(…)` each (there its `COPY … FROM '/dev/blob'` measured ~30 % slower).
 * Runs inside the caller's transaction: all or nothing; a slot taken meanwhile fails the insert with
 * the unique index's violation (23505).
 */
export function openObservationWriter(
	tx: Transaction,
	initiativeId: string,
	meta: { userId: string | null; at: Date; approve: boolean }
): ObservationWriter {
	const client = postgresClientOf(tx);
	if (!client) {
		const pending: BulkObservation[] = [];
		return {
			write: async (rows) => {
				for (const row of rows) pending.push(row);
			},
			pause: async () => {},
			finish: () => insertBatches(tx, initiativeId, pending, meta),
			abort: async () => {}
		};
	}
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
	let copy: CopyIn | undefined;
	/** rows stored by COPYs already ended (paused) */
	let stored = 0;
	const end = async () => {
		if (!copy) return;
		const ending = copy;
		copy = undefined;
		stored += await ending.finish();
	};
	return {
		write: async (rows) => {
			copy ??= openCopy(client, `copy observations (${COPY_COLUMNS.join(', ')}) from stdin`);
			for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
				let text = '';
				for (const row of rows.slice(start, start + COPY_CHUNK_ROWS)) text += line(row);
				await copy.write(text);
			}
		},
		pause: end,
		finish: async () => {
			await end();
			return stored;
		},
		abort: async () => copy?.abort()
	};
}

/** Rows per piece of COPY text handed to the driver (~250 KB at ~250 bytes a row). */
const COPY_CHUNK_ROWS = 1_000;

/** Inserts the observations at once (see `openObservationWriter`). */
export async function insertObservationsBulk(
	tx: Transaction,
	initiativeId: string,
	rows: readonly BulkObservation[],
	meta: { userId: string | null; at: Date; approve: boolean }
): Promise<number> {
	if (rows.length === 0) return 0;
	const writer = openObservationWriter(tx, initiativeId, meta);
	try {
		await writer.write(rows);
	} catch (error) {
		await writer.abort();
		throw error;
	}
	return writer.finish();
}

/** Each batch one statement with one array parameter per column, read side by side by `unnest` (a fixed number of parameters). */
async function insertBatches(
	tx: Executor,
	initiativeId: string,
	rows: readonly BulkObservation[],
	meta: { userId: string | null; at: Date; approve: boolean }
): Promise<number> {
	const at = meta.at.toISOString();
	const state = meta.approve ? 'approved' : 'submitted';
	let inserted = 0;
	for (let start = 0; start < rows.length; start += INSERT_BATCH_ROWS) {
		const batch = rows.slice(start, start + INSERT_BATCH_ROWS);
		// one array per column, each one parameter (unnest reads them side by side); jsonb cells as JSON text
		const column = <T>(pick: (row: BulkObservation) => T) => sql.param(batch.map(pick));
		await tx.execute(sql`
			insert into ${observations} (initiative_id, indicator_id, period, period_end, categories, categories_key, value, state,
				reporting_actor_id, note, flags, submitted_by, submitted_at, decided_by, decided_at)
			select ${initiativeId}::uuid, r.i, r.p, r.e, r.c::jsonb, r.k, r.v, ${state}, r.a, r.n, r.f::jsonb, ${meta.userId}::uuid,
				${at}::timestamptz, ${meta.approve ? meta.userId : null}::uuid, ${meta.approve ? at : null}::timestamptz
			from unnest(${column((r) => r.indicatorId)}::uuid[], ${column((r) => r.period)}::text[], ${column((r) => r.periodEnd)}::date[],
				${column((r) => JSON.stringify(r.categories))}::text[], ${column((r) => r.categoriesKey)}::text[],
				${column((r) => r.value)}::numeric[], ${column((r) => r.note)}::text[], ${column((r) => JSON.stringify(r.flags))}::text[],
				${column((r) => r.reportingActorId)}::uuid[]) as r(i, p, e, c, k, v, n, f, a)`);
		inserted += batch.length;
	}
	return inserted;
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
