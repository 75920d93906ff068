/**
 * Importing observations from a CSV or XLSX file (issue 13 § 3, V5): the file is streamed through
 * the reader and the per-row validation (import/), checked against the values already stored, and
 * committed all or nothing in one transaction with bulk inserts.
 *
 * Approval (measurement.md: only approved values count; the backbone lead approves): an import is a
 * submission — every value waits for the lead's decision — unless the backbone lead imports and ticks
 * "approve at once". The lead is the one who approves anyway; approving at import is that same
 * decision, taken on the preview, where out-of-range and unusual values are shown as warnings before
 * the commit. A partner editor's import is always a submission, for their own actor only.
 *
 * A slot (indicator × period × categories) that already has an approved or a waiting value is an
 * error in the report, not a silent replacement: an import adds data; a correction goes through the
 * indicator's report form, one value at a time, with its history.
 */
import { categoriesKey } from '../../domain/measurement/disaggregation.ts';
import type { NumberLocale } from '../../domain/measurement/numbers.ts';
import { parsePeriodKey, periodEnd } from '../../domain/measurement/periods.ts';
import { UNUSUAL_HISTORY_SIZE, unusualReasons } from '../../domain/measurement/unusual.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { can } from '../../domain/policy/policy.ts';
import { actorIn, type InitiativeScope, requireInitiative, requireInitiativeItem } from '../initiatives/access.ts';
import { listActorChoices } from '../initiatives/backbone.repository.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import type { Transaction } from '../db/client.ts';
import {
	type BulkObservation,
	deleteExpiredStagedImports,
	deleteStagedImport,
	findStagedImport,
	insertObservationsBulk,
	insertStagedImport,
	lockInitiativeImports,
	openObservationWriter,
	type StagedRow,
	type StoredSlotValue,
	slotKey,
	storedValues
} from './import/commit.ts';
import { IMPORT_MAX_REPORTED_ISSUES } from './import/limits.ts';
import { readCsvRows } from './import/read-csv.ts';
import { readXlsxRows } from './import/read-xlsx.ts';
import type { ByteSource } from './import/rows.ts';
import { type ImportedObservation, type ImportIndicator, type ImportIssue, type ImportReport, validateImport } from './import/validate.ts';
import { findActorIn, listIndicatorRows } from './indicators.repository.ts';
import type { IndicatorRow } from './measurement.table.ts';

export type ImportFormat = 'csv' | 'xlsx';

/** How long a previewed import waits for its commit. */
export const STAGED_IMPORT_TTL_MS = 60 * 60 * 1000;

export interface ImportOptions {
	/** the file's bytes as they arrive */
	source: ByteSource;
	format: ImportFormat;
	/** how typed numbers and dates are read (Danish: 1.234,5 and 31-03-2026) */
	locale: NumberLocale;
	/** the actor the values are reported for: a partner editor's own (the default); the lead may choose any of the initiative's, or none */
	reportingActorId?: string | null;
	/** the backbone lead approves the values at once (initiative.manage) */
	approve?: boolean;
	maxBytes?: number;
	maxRows?: number;
}

export interface ImportOutcome {
	report: ImportReport;
	/** values stored (0 when the report has errors: nothing is stored then) */
	inserted: number;
	approved: boolean;
}

/** The indicator as the import reads it: dimensions with their labels, so a file may name categories either way. */
export function importIndicatorOf(row: IndicatorRow): ImportIndicator & { responsibleActorId: string | null } {
	return {
		id: row.id,
		name: row.name,
		frequency: row.frequency,
		unit: row.unit,
		validMin: row.validMin,
		validMax: row.validMax,
		responsibleActorId: row.responsibleActorId,
		dimensions: row.dimensions.map((d) => ({
			key: d.key,
			label: d.label,
			categories: d.categories.map((c) => c.key),
			categoryLabels: Object.fromEntries(d.categories.map((c) => [c.key, c.label]))
		}))
	};
}

export async function listImportIndicators(ctx: UseCaseContext, scope: Pick<InitiativeScope, 'id'>) {
	return (await listIndicatorRows(ctx.db, scope.id)).map(importIndicatorOf);
}

/**
 * Who may import what: `initiative.report_data` (lead: any actor; partner editor: their own), and
 * approving at once only with `initiative.manage`. Returns the scope and the actor the values are for.
 */
async function authorise(
	ctx: UseCaseContext,
	slug: string,
	options: { reportingActorId?: string | null; approve?: boolean }
): Promise<{ scope: InitiativeScope; reportingActorId: string | null }> {
	const scope = await requireInitiative(ctx, slug, options.approve ? 'initiative.manage' : 'initiative.report_data');
	if (options.approve) await requireInitiative(ctx, slug, 'initiative.report_data');
	const reportingActorId = options.reportingActorId === undefined ? scope.actorId : options.reportingActorId;
	if (reportingActorId && !(await findActorIn(ctx.db, scope.id, reportingActorId)))
		throw new AppError('invalid_input', { reportingActorId: 'field_measurement_not_in_initiative' });
	await requireInitiativeItem(ctx, scope, 'initiative.report_data', reportingActorId);
	return { scope, reportingActorId };
}

function addIssue(report: ImportReport, issue: ImportIssue) {
	report.counts[issue.code] = (report.counts[issue.code] ?? 0) + 1;
	if (issue.severity === 'error') report.errorCount++;
	else report.warningCount++;
	if (report.issues.length < IMPORT_MAX_REPORTED_ISSUES) report.issues.push(issue);
}

/** The approved values of each series (indicator × categories), oldest first, for the unusual-value check. */
function approvedHistory(stored: readonly StoredSlotValue[]) {
	const series = new Map<string, { end: string; value: number }[]>();
	for (const row of stored) {
		if (row.state !== 'approved') continue;
		const key = `${row.indicatorId}\u0000${row.categoriesKey}`;
		const list = series.get(key) ?? [];
		series.set(key, list);
		list.push({ end: row.periodEnd, value: Number(row.value) });
	}
	for (const list of series.values()) list.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
	return series;
}

function historyBefore(list: readonly { end: string; value: number }[] | undefined, end: string): number[] {
	if (!list) return [];
	let high = list.length;
	let low = 0;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (list[mid].end < end) low = mid + 1;
		else high = mid;
	}
	return list.slice(Math.max(0, low - UNUSUAL_HISTORY_SIZE), low).map((item) => item.value);
}

/**
 * The validated rows against what is stored: a slot with an approved or waiting value is an error
 * naming the row; each value gets its flags for the approver (outside the declared range, far from
 * the series' recent approved values). `learn` takes the stored values of some indicators (all at
 * once, or each indicator as a file first names it); `check` takes observations of indicators it has
 * learnt (all, or a batch at a time), reports taken slots through `add` and returns the rows to insert.
 */
function storedSlotCheck(indicators: ReadonlyMap<string, ReturnType<typeof importIndicatorOf>>, reportingActorId: string | null) {
	const taken = new Map<string, StoredSlotValue>();
	const history = new Map<string, { end: string; value: number }[]>();
	const ends = new Map<string, string>();
	const ranges = new Map<string, { min: number | null; max: number | null }>();
	const learn = (stored: readonly StoredSlotValue[]) => {
		for (const row of stored) {
			const key = slotKey(row.indicatorId, row.period, row.categoriesKey);
			// an approved value is the one to name; a waiting one only when nothing is approved
			if (!taken.has(key) || row.state === 'approved') taken.set(key, row);
		}
		for (const [series, list] of approvedHistory(stored)) history.set(series, list);
	};
	const check = (
		observations: readonly ImportedObservation[],
		periodHeader: string,
		add: (issue: ImportIssue) => void
	): BulkObservation[] => {
		const noHistory = history.size === 0;
		const rows: BulkObservation[] = [];
		for (const observation of observations) {
			const indicator = indicators.get(observation.indicatorId)!;
			const key = observation.categoriesKey;
			const existing = taken.size === 0 ? undefined : taken.get(slotKey(indicator.id, observation.period, key));
			if (existing) {
				add({
					row: observation.row,
					column: periodHeader,
					code: 'already_stored',
					severity: 'error',
					value: observation.period,
					stored: { value: existing.value, state: existing.state }
				});
				continue;
			}
			let end = ends.get(`${indicator.frequency}${observation.period}`);
			if (!end) {
				end = periodEnd(parsePeriodKey(observation.period, indicator.frequency)!);
				ends.set(`${indicator.frequency}${observation.period}`, end);
			}
			let range = ranges.get(indicator.id);
			if (!range) {
				range = {
					min: indicator.validMin == null ? null : Number(indicator.validMin),
					max: indicator.validMax == null ? null : Number(indicator.validMax)
				};
				ranges.set(indicator.id, range);
			}
			const flags = unusualReasons(
				Number(observation.value),
				noHistory ? [] : historyBefore(history.get(`${indicator.id}\u0000${key}`), end),
				indicator.unit,
				range
			);
			rows.push({
				indicatorId: indicator.id,
				period: observation.period,
				periodEnd: end,
				categories: observation.categories,
				categoriesKey: key,
				value: observation.value,
				note: observation.note,
				flags,
				reportingActorId: reportingActorId ?? indicator.responsibleActorId
			});
		}
		return rows;
	};
	return { learn, check };
}

/** Reads and validates the file, then checks it against the stored values: the report and the rows to insert. */
async function readAndCheck(ctx: UseCaseContext, scope: InitiativeScope, reportingActorId: string | null, options: ImportOptions) {
	const list = await listImportIndicators(ctx, scope);
	const byId = new Map(list.map((indicator) => [indicator.id, indicator]));
	const read = options.format === 'xlsx' ? readXlsxRows : readCsvRows;
	const report = await validateImport(read(options.source, { maxBytes: options.maxBytes, maxRows: options.maxRows }), {
		indicators: list,
		locale: options.locale
	});
	const involved = [...new Set(report.observations.map((o) => o.indicatorId))];
	const stored = await storedValues(ctx.db, scope.id, involved);
	const slots = storedSlotCheck(byId, reportingActorId);
	slots.learn(stored);
	const rows = slots.check(report.observations, report.periodColumn, (issue) => addIssue(report, issue));
	report.issues.sort((a, b) => a.row - b.row);
	report.canCommit = report.errorCount === 0 && report.canCommit;
	return { report, rows, byId };
}

interface CommitDetails {
	approve: boolean;
	reportingActorId: string | null;
	fileName?: string;
	format: ImportFormat | 'grid';
	rowsRead?: number;
}

/**
 * Commits the rows in one transaction: serialised per initiative, the stored slots re-checked (a
 * parallel import may have filled some since the preview), then bulk inserts; one audit entry with
 * the counts. A slot filled meanwhile → `conflict`, nothing stored.
 */
async function commitRows(
	ctx: UseCaseContext,
	scope: InitiativeScope,
	rows: readonly BulkObservation[],
	details: CommitDetails,
	before?: (tx: Transaction) => Promise<void>
): Promise<number> {
	const indicatorIds = [...new Set(rows.map((row) => row.indicatorId))];
	try {
		return await ctx.db.transaction(async (tx) => {
			await lockInitiativeImports(tx, scope.id);
			if (before) await before(tx);
			const stored = await storedValues(tx, scope.id, indicatorIds);
			const taken = new Set(stored.map((s) => slotKey(s.indicatorId, s.period, s.categoriesKey)));
			if (rows.some((row) => taken.has(slotKey(row.indicatorId, row.period, row.categoriesKey))))
				throw new AppError('conflict', { form: 'measurement_import_slots_taken' });
			const inserted = await insertObservationsBulk(tx, scope.id, rows, {
				userId: ctx.actor.userId,
				at: nowOf(ctx),
				approve: details.approve
			});
			await auditStored(tx, ctx, scope, { ...details, values: inserted, indicators: indicatorIds.length, flagged: countFlagged(rows) });
			return inserted;
		});
	} catch (error) {
		// a parallel import won the same slot (the partial unique indexes): nothing of this one is stored
		if (isUniqueViolationOf(error)) throw new AppError('conflict', { form: 'measurement_import_slots_taken' });
		throw error;
	}
}

const countFlagged = (rows: readonly BulkObservation[]) => rows.filter((row) => row.flags.length > 0).length;

/** The one audit entry of a commit, with its counts. */
async function auditStored(
	tx: Transaction,
	ctx: UseCaseContext,
	scope: InitiativeScope,
	details: CommitDetails & { values: number; indicators: number; flagged: number }
) {
	await recordInitiativeChange(tx, ctx, scope.id, {
		action: details.format === 'grid' ? 'initiative.observations_entered' : 'initiative.observations_imported',
		targetType: 'initiative',
		targetId: scope.id,
		details: {
			values: details.values,
			indicators: details.indicators,
			state: details.approve ? 'approved' : 'submitted',
			flagged: details.flagged,
			...(details.format === 'grid' ? {} : { format: details.format, rows: details.rowsRead ?? details.values }),
			...(details.fileName ? { file: details.fileName } : {}),
			...(details.reportingActorId ? { reportingActorId: details.reportingActorId } : {})
		}
	});
}

function isUniqueViolationOf(error: unknown): boolean {
	for (let current = error, depth = 0; current && depth < 5; depth += 1) {
		if (typeof current === 'object' && (current as { code?: unknown }).code === '23505') return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

/** Thrown inside the import's transaction when the report has errors: rolls it back; the report is the answer. */
class ReportHasErrors extends Error {
	readonly report: ImportReport;
	constructor(report: ImportReport) {
		super('the import has errors');
		this.report = report;
	}
}

/**
 * Reads, validates and — when the report has no errors — stores the file in one go (the benchmark,
 * the tests; the page previews first). All or nothing: one bad row, nothing stored.
 *
 * One transaction from the start, serialised per initiative: the stored values of each indicator the
 * file names are read under the lock where it first appears (no import or grid save fills a slot
 * before the commit; a single report that does fails the insert on the unique index), and the checked
 * rows go to the database while the file is still being read (on PostgreSQL the server stores one
 * batch while this process reads the next). After the first error nothing more is sent; a report
 * with errors rolls everything back.
 */
export async function importObservations(ctx: UseCaseContext, slug: string, options: ImportOptions): Promise<ImportOutcome> {
	const { scope, reportingActorId } = await authorise(ctx, slug, options);
	const list = await listImportIndicators(ctx, scope);
	const byId = new Map(list.map((indicator) => [indicator.id, indicator]));
	const approve = Boolean(options.approve);
	const read = options.format === 'xlsx' ? readXlsxRows : readCsvRows;
	try {
		return await ctx.db.transaction(async (tx) => {
			await lockInitiativeImports(tx, scope.id);
			const slots = storedSlotCheck(byId, reportingActorId);
			const learnt = new Set<string>();
			const writer = openObservationWriter(tx, scope.id, { userId: ctx.actor.userId, at: nowOf(ctx), approve });
			const indicatorIds = new Set<string>();
			let flagged = 0;
			let report: ImportReport;
			try {
				report = await validateImport(read(options.source, { maxBytes: options.maxBytes, maxRows: options.maxRows }), {
					indicators: list,
					locale: options.locale,
					onObservations: async (batch, { add, report }) => {
						// the stored values of each indicator the file names, read (under the lock) where it first appears
						const fresh = [...new Set(batch.map((observation) => observation.indicatorId))].filter((id) => !learnt.has(id));
						if (fresh.length > 0) {
							for (const id of fresh) learnt.add(id);
							// the COPY in progress holds the connection: end it before the look-up (the next write opens another)
							await writer.pause();
							slots.learn(await storedValues(tx, scope.id, fresh));
						}
						const rows = slots.check(batch, report.periodColumn, add);
						if (report.errorCount > 0) return;
						for (const row of rows) indicatorIds.add(row.indicatorId);
						flagged += countFlagged(rows);
						await writer.write(rows);
					}
				});
			} catch (error) {
				await writer.abort();
				throw error;
			}
			if (!report.canCommit) {
				await writer.abort();
				throw new ReportHasErrors(report);
			}
			const inserted = await writer.finish();
			await auditStored(tx, ctx, scope, {
				approve,
				reportingActorId,
				format: options.format,
				rowsRead: report.rowsRead,
				values: inserted,
				indicators: indicatorIds.size,
				flagged
			});
			return { report, inserted, approved: approve };
		});
	} catch (error) {
		if (error instanceof ReportHasErrors) return { report: error.report, inserted: 0, approved: false };
		// a parallel writer (the grid, a single report) won a slot: nothing of this import is stored
		if (isUniqueViolationOf(error)) throw new AppError('conflict', { form: 'measurement_import_slots_taken' });
		throw error;
	}
}

export interface ImportPreview {
	report: Omit<ImportReport, 'observations'>;
	/** values the commit would store */
	valueCount: number;
	indicatorCount: number;
	flaggedCount: number;
	/** set when the report has no errors: the id the commit names */
	stagedId: string | null;
	approve: boolean;
	reportingActorId: string | null;
}

/**
 * The page's first step: reads and checks the file; with no errors, keeps the rows (staged, for an
 * hour, the person's own) for the commit. Nothing is stored in the observations yet.
 */
export async function previewImport(
	ctx: UseCaseContext,
	slug: string,
	options: ImportOptions & { fileName?: string }
): Promise<ImportPreview> {
	const { scope, reportingActorId } = await authorise(ctx, slug, options);
	const { report, rows } = await readAndCheck(ctx, scope, reportingActorId, options);
	const { observations: _observations, ...summary } = report;
	let stagedId: string | null = null;
	if (report.canCommit && rows.length > 0 && ctx.actor.userId) {
		const now = nowOf(ctx);
		await deleteExpiredStagedImports(ctx.db, now);
		stagedId = await insertStagedImport(ctx.db, {
			initiativeId: scope.id,
			userId: ctx.actor.userId,
			reportingActorId,
			approve: Boolean(options.approve),
			fileName: (options.fileName ?? '').slice(0, 200),
			format: options.format,
			rowCount: report.rowsRead,
			rows: rows.map((row): StagedRow => [row.indicatorId, row.period, row.value, row.categories, row.note, row.flags]),
			expiresAt: new Date(now.getTime() + STAGED_IMPORT_TTL_MS)
		});
	}
	return {
		report: summary,
		valueCount: rows.length,
		indicatorCount: new Set(rows.map((row) => row.indicatorId)).size,
		flaggedCount: rows.filter((row) => row.flags.length > 0).length,
		stagedId,
		approve: Boolean(options.approve),
		reportingActorId
	};
}

/**
 * Commits a previewed import: the person's own, in this initiative, not expired (else `not_found`:
 * upload again). Access is checked again (a role may have changed since the preview), the rows are
 * checked against the indicators as they are now, and the staged rows are deleted in the same
 * transaction, so committing twice stores the values once.
 */
export async function commitStagedImportById(
	ctx: UseCaseContext,
	slug: string,
	stagedId: string
): Promise<{ inserted: number; approved: boolean }> {
	const viewer = await requireInitiative(ctx, slug, 'initiative.report_data');
	if (!ctx.actor.userId) throw new AppError('not_found');
	const staged = await findStagedImport(ctx.db, viewer.id, ctx.actor.userId, stagedId, nowOf(ctx));
	if (!staged) throw new AppError('not_found');
	const { scope, reportingActorId } = await authorise(ctx, slug, { reportingActorId: staged.reportingActorId, approve: staged.approve });
	const indicators = new Map((await listImportIndicators(ctx, scope)).map((i) => [i.id, i]));
	const rows: BulkObservation[] = [];
	for (const [indicatorId, period, value, categories, note, flags] of staged.rows) {
		const indicator = indicators.get(indicatorId);
		const parsed = indicator ? parsePeriodKey(period, indicator.frequency) : null;
		// an indicator deleted or changed since the preview: the preview no longer holds
		if (!indicator || !parsed) throw new AppError('conflict', { form: 'measurement_import_changed' });
		rows.push({
			indicatorId,
			period,
			periodEnd: periodEnd(parsed),
			categories,
			categoriesKey: categoriesKey(categories),
			value,
			note,
			flags,
			reportingActorId: reportingActorId ?? indicator.responsibleActorId
		});
	}
	const inserted = await commitRows(
		ctx,
		scope,
		rows,
		{ approve: staged.approve, reportingActorId, fileName: staged.fileName, format: staged.format, rowsRead: staged.rowCount },
		async (tx) => {
			if (!(await deleteStagedImport(tx, scope.id, ctx.actor.userId!, staged.id))) throw new AppError('not_found');
		}
	);
	return { inserted, approved: staged.approve };
}

/** Drops a previewed import the person decided not to commit. */
export async function discardStagedImport(ctx: UseCaseContext, slug: string, stagedId: string): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	if (ctx.actor.userId) await deleteStagedImport(ctx.db, scope.id, ctx.actor.userId, stagedId);
}

export { commitRows as commitObservationRows };

/**
 * What the import page shows: the initiative's indicators (name, frequency, breakdowns), the actors
 * the person may report for, and whether they may approve at once.
 */
export async function importPageData(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const [indicators, actors] = await Promise.all([listImportIndicators(ctx, scope), listActorChoices(ctx.db, scope.id)]);
	const canManage = can(actorIn(ctx, scope), 'initiative.manage', { type: 'initiative', id: scope.id, actorId: scope.actorId });
	return {
		scope,
		indicators: indicators.map((i) => ({ id: i.id, name: i.name, frequency: i.frequency, unit: i.unit, dimensions: i.dimensions })),
		/** a partner editor reports only for their own actor; the lead for any (or each indicator's responsible one) */
		actors: canManage ? actors : actors.filter((a) => a.id === scope.actorId),
		canApprove: canManage
	};
}
