/**
 * The per-row report of an import (issue 13 § 3): each row is read against the initiative's
 * indicator definitions and either becomes an observation or gets issues naming the row, the column
 * and what is wrong. Nothing is stored here: the use case commits all observations, or none when
 * there is an error. Rows arrive as a stream; only the observations and the report are kept.
 */
import {
	categoriesKey,
	checkCategories,
	decimalFromNumber,
	type Dimension,
	formatPeriodKey,
	type Frequency,
	isIsoDate,
	type NumberLocale,
	observationNoteField,
	parseDecimal,
	parsePeriodKey,
	periodOfDate,
	type Period,
	rangeProblem,
	type Unit
} from '../../../domain/measurement/index.ts';
import { IMPORT_MAX_REPORTED_ISSUES } from './limits.ts';
import type { RawCell, RawRow } from './rows.ts';

/** What the import needs to know of an indicator. */
export interface ImportIndicator {
	id: string;
	name: string;
	frequency: Frequency;
	unit: Unit;
	/** canonical decimals */
	validMin?: string | null;
	validMax?: string | null;
	dimensions: readonly (Dimension & { label?: string; categoryLabels?: Readonly<Record<string, string>> })[];
}

export const IMPORT_ISSUE_CODES = [
	'missing_column',
	'unknown_column',
	'empty_row',
	'unknown_indicator',
	'missing_period',
	'bad_period',
	'wrong_frequency',
	'missing_value',
	'bad_number',
	'ambiguous_number',
	'wrong_decimal_mark',
	'too_many_digits',
	'out_of_range',
	'outside_declared_range',
	'unknown_category',
	'unknown_dimension',
	'duplicate_period',
	'already_stored',
	'invalid_note'
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
	/** spreadsheet row (1 = header) */
	row: number;
	/** the column's header as written in the file */
	column?: string;
	code: ImportIssueCode;
	severity: 'error' | 'warning';
	/** the cell as read, for the report */
	value?: string;
	/** the row a duplicate repeats */
	firstRow?: number;
	/** `already_stored`: the value stored for the slot and its state */
	stored?: { value: string; state: 'submitted' | 'approved' };
}

export interface ImportedObservation {
	row: number;
	indicatorId: string;
	/** canonical period key */
	period: string;
	/** canonical decimal */
	value: string;
	categories: Record<string, string>;
	/** `categoriesKey(categories)` */
	categoriesKey: string;
	note: string;
	/** a value outside the indicator's declared range: imported, flagged for the approver */
	flagged: boolean;
}

export interface ImportReport {
	/** data rows read (header and trailing empty rows not counted) */
	rowsRead: number;
	observations: ImportedObservation[];
	issues: ImportIssue[];
	errorCount: number;
	warningCount: number;
	/** every issue counted by its code (the list above stops at IMPORT_MAX_REPORTED_ISSUES) */
	counts: Partial<Record<ImportIssueCode, number>>;
	/** the period column's header as the file wrote it */
	periodColumn: string;
	/** no errors: the observations may be committed */
	canCommit: boolean;
}

/** Header names accepted for the fixed columns, in both languages (compared in lower case). */
export const COLUMN_NAMES = {
	indicator: ['indikator', 'indicator'],
	period: ['periode', 'period'],
	value: ['værdi', 'vaerdi', 'value'],
	note: ['note', 'bemærkning', 'comment']
} as const;
type FixedColumn = keyof typeof COLUMN_NAMES;

const norm = (text: string) => text.trim().toLowerCase();

export function cellText(cell: RawCell | undefined): string {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return cell.toISOString().slice(0, 10);
	return String(cell).trim();
}

const DANISH_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;

/** The period of a cell: a period key, an ISO date, a Danish date (31-03-2026, 31.03.2026) or a spreadsheet date. */
export function readPeriod(
	cell: RawCell,
	frequency: Frequency,
	locale: NumberLocale
): { period: Period } | { problem: 'missing_period' | 'bad_period' | 'wrong_frequency' } {
	if (cell instanceof Date) {
		if (Number.isNaN(cell.getTime())) return { problem: 'bad_period' };
		return { period: periodOfDate(cell.toISOString().slice(0, 10), frequency) };
	}
	if (typeof cell === 'number') return Number.isInteger(cell) ? readPeriod(String(cell), frequency, locale) : { problem: 'bad_period' };
	const text = cellText(cell);
	if (text === '') return { problem: 'missing_period' };
	const key = parsePeriodKey(text);
	if (key) return key.frequency === frequency ? { period: key } : { problem: 'wrong_frequency' };
	let iso = text;
	const danish = locale === 'da' ? DANISH_DATE.exec(text) : null;
	if (danish) iso = `${danish[3]}-${danish[2].padStart(2, '0')}-${danish[1].padStart(2, '0')}`;
	if (!isIsoDate(iso)) return { problem: 'bad_period' };
	const period = periodOfDate(iso, frequency);
	return parsePeriodKey(formatPeriodKey(period)) ? { period } : { problem: 'bad_period' };
}

const DECIMAL_ISSUE: Record<string, ImportIssueCode> = {
	empty: 'missing_value',
	not_a_number: 'bad_number',
	ambiguous: 'ambiguous_number',
	wrong_decimal_mark: 'wrong_decimal_mark',
	too_many_digits: 'too_many_digits'
};

export function readValue(cell: RawCell, locale: NumberLocale): { value: string } | { problem: ImportIssueCode } {
	if (typeof cell === 'number') {
		const value = decimalFromNumber(cell);
		return value === null ? { problem: 'too_many_digits' } : { value };
	}
	if (cell instanceof Date || typeof cell === 'boolean') return { problem: 'bad_number' };
	const parsed = parseDecimal(cellText(cell), locale);
	return parsed.ok ? { value: parsed.value } : { problem: DECIMAL_ISSUE[parsed.problem] };
}

interface ColumnMap {
	fixed: Partial<Record<FixedColumn, number>>;
	/** column index → dimension key */
	dimensions: Map<number, string>;
	headers: string[];
}

function mapColumns(header: RawCell[], indicators: readonly ImportIndicator[], issues: ImportIssue[]): ColumnMap {
	const headers = header.map(cellText);
	const fixed: ColumnMap['fixed'] = {};
	const dimensions = new Map<number, string>();
	const dimensionNames = new Map<string, string>();
	for (const indicator of indicators) {
		for (const d of indicator.dimensions) {
			dimensionNames.set(norm(d.key), d.key);
			if (d.label) dimensionNames.set(norm(d.label), d.key);
		}
	}
	headers.forEach((name, index) => {
		if (name === '') return;
		const column = (Object.keys(COLUMN_NAMES) as FixedColumn[]).find((c) => (COLUMN_NAMES[c] as readonly string[]).includes(norm(name)));
		if (column && fixed[column] === undefined) fixed[column] = index;
		else if (dimensionNames.has(norm(name))) dimensions.set(index, dimensionNames.get(norm(name))!);
		else issues.push({ row: 1, column: name, code: 'unknown_column', severity: 'warning' });
	});
	for (const column of ['indicator', 'period', 'value'] as const) {
		if (fixed[column] === undefined) issues.push({ row: 1, column: COLUMN_NAMES[column][0], code: 'missing_column', severity: 'error' });
	}
	return { fixed, dimensions, headers };
}

/**
 * Reads every row against the indicators. `locale` decides how typed numbers and dates are read
 * (Danish: 1.234,5 and 31-03-2026). The first row is the header.
 */
export async function validateImport(
	rows: AsyncIterable<RawRow>,
	options: {
		indicators: readonly ImportIndicator[];
		locale: NumberLocale;
		/**
		 * Called with the observations as they are read, OBSERVATION_BATCH at a time (and the rest at
		 * the end), while reading goes on: the caller may check and store them meanwhile. `add` puts an
		 * issue of its own into the report (counted like the others).
		 */
		onObservations?: (batch: ImportedObservation[], context: { add: (issue: ImportIssue) => void; report: ImportReport }) => Promise<void>;
	}
): Promise<ImportReport> {
	const { indicators, locale, onObservations } = options;
	const byName = new Map<string, ImportIndicator>();
	for (const indicator of indicators) {
		byName.set(norm(indicator.name), indicator);
		byName.set(norm(indicator.id), indicator);
	}
	const report: ImportReport = {
		rowsRead: 0,
		observations: [],
		issues: [],
		errorCount: 0,
		warningCount: 0,
		counts: {},
		periodColumn: COLUMN_NAMES.period[0],
		canCommit: false
	};
	const allIssues: ImportIssue[] = [];
	const add = (issue: ImportIssue) => {
		report.counts[issue.code] = (report.counts[issue.code] ?? 0) + 1;
		if (issue.severity === 'error') report.errorCount++;
		else report.warningCount++;
		if (allIssues.length < IMPORT_MAX_REPORTED_ISSUES) allIssues.push(issue);
	};
	const seen = new Map<string, number>();
	let columns: ColumnMap | null = null;
	let pendingEmpty: number[] = [];
	// Files repeat the same few indicator names, periods and category combinations on every row: each
	// distinct cell text is read once (the answers are the same functions' answers, kept).
	const indicatorOf = new Map<string, ImportIndicator | undefined>();
	const periods = new Map<string, ReturnType<typeof readPeriod> & { key?: string }>();
	const breakdowns = new Map<string, Breakdown>();
	/** observations already handed to `onObservations` */
	let handed = 0;

	for await (const { row, cells } of rows) {
		if (!columns) {
			const headerIssues: ImportIssue[] = [];
			columns = mapColumns(cells, indicators, headerIssues);
			if (columns.fixed.period !== undefined) report.periodColumn = columns.headers[columns.fixed.period];
			headerIssues.forEach(add);
			if (headerIssues.some((i) => i.severity === 'error')) break;
			continue;
		}
		if (isEmptyRow(cells)) {
			pendingEmpty.push(row);
			continue;
		}
		// empty rows count only when data follows them (trailing blank rows are not a mistake)
		for (const empty of pendingEmpty) add({ row: empty, code: 'empty_row', severity: 'warning' });
		report.rowsRead += pendingEmpty.length + 1;
		pendingEmpty = [];

		const { fixed, headers } = columns;
		const indicatorCell = cellAt(cells, fixed.indicator);
		const periodCell = cellAt(cells, fixed.period);
		const valueCell = cellAt(cells, fixed.value);
		let ok = true;
		const error = (code: ImportIssueCode, column?: string, value?: RawCell) => {
			ok = false;
			add({ row, column, code, severity: 'error', ...(value !== undefined && value !== null ? { value: cellText(value) } : {}) });
		};

		const indicatorText = typeof indicatorCell === 'string' ? indicatorCell : cellText(indicatorCell);
		let indicator = indicatorOf.get(indicatorText);
		if (indicator === undefined && !indicatorOf.has(indicatorText)) {
			indicator = byName.get(norm(indicatorText));
			if (indicatorOf.size < MEMO_LIMIT) indicatorOf.set(indicatorText, indicator);
		}
		if (!indicator) {
			error('unknown_indicator', headers[fixed.indicator!], indicatorCell);
			continue;
		}
		const period = memoPeriod(periods, periodCell, indicator.frequency, locale);
		if ('problem' in period) error(period.problem, headers[fixed.period!], periodCell);
		const value = readValue(valueCell, locale);
		if ('problem' in value) error(value.problem, headers[fixed.value!], valueCell);

		const breakdown = readBreakdown(breakdowns, indicator, columns, cells);
		for (const problem of breakdown.problems) error(problem.code, headers[problem.index], problem.text);
		if (!breakdown.valid) ok = false;

		let flagged = false;
		if ('value' in value) {
			const number = Number(value.value);
			if (rangeProblem(number, indicator.unit)) error('out_of_range', headers[fixed.value!], valueCell);
			else if (rangeProblem(number, indicator.unit, { min: toNumber(indicator.validMin), max: toNumber(indicator.validMax) })) {
				flagged = true;
				add({ row, column: headers[fixed.value!], code: 'outside_declared_range', severity: 'warning', value: cellText(valueCell) });
			}
		}
		if (!ok || 'problem' in period || 'problem' in value) continue;

		const periodKey = period.key!;
		const slot = `${indicator.id}\u0000${periodKey}\u0000${breakdown.key}`;
		const firstRow = seen.get(slot);
		if (firstRow !== undefined) {
			add({ row, column: headers[fixed.period!], code: 'duplicate_period', severity: 'error', value: periodKey, firstRow });
			continue;
		}
		seen.set(slot, row);

		// period and value went through the functions the observation schema uses; the note goes through its very
		// field (length, CPR numbers), and only when there is one: a zod parse per row costs more than the rest of the row
		const noteText = cellText(cellAt(cells, fixed.note));
		const note = noteText === '' ? { success: true as const, data: '' } : observationNoteField.safeParse(noteText);
		if (!note.success) {
			error('invalid_note', fixed.note === undefined ? undefined : headers[fixed.note]);
			continue;
		}
		report.observations.push({
			row,
			indicatorId: indicator.id,
			period: periodKey,
			value: value.value,
			categories: breakdown.categories,
			categoriesKey: breakdown.key,
			note: note.data,
			flagged
		});
		if (onObservations && report.observations.length - handed >= OBSERVATION_BATCH) {
			await onObservations(report.observations.slice(handed), { add, report });
			handed = report.observations.length;
		}
	}
	if (onObservations && report.observations.length > handed) await onObservations(report.observations.slice(handed), { add, report });
	report.issues = allIssues.sort((a, b) => a.row - b.row);
	report.canCommit = columns !== null && report.errorCount === 0;
	return report;
}

/** Observations per call of `onObservations`. */
export const OBSERVATION_BATCH = 2_000;

/** Distinct texts remembered per import (names, periods, category combinations); past it, read afresh. */
const MEMO_LIMIT = 10_000;

const cellAt = (cells: readonly RawCell[], index: number | undefined): RawCell => (index === undefined ? null : (cells[index] ?? null));

function isEmptyRow(cells: readonly RawCell[]): boolean {
	for (const cell of cells) if (cell !== null && cell !== undefined && cell !== '' && cellText(cell) !== '') return false;
	return true;
}

/** `readPeriod` with its canonical key, once per distinct cell (text cells only: dates and numbers are read each time). */
function memoPeriod(
	memo: Map<string, ReturnType<typeof readPeriod> & { key?: string }>,
	cell: RawCell,
	frequency: Frequency,
	locale: NumberLocale
): ReturnType<typeof readPeriod> & { key?: string } {
	const memoKey = typeof cell === 'string' ? `${frequency}\u0000${cell}` : null;
	const known = memoKey === null ? undefined : memo.get(memoKey);
	if (known) return known;
	const read: ReturnType<typeof readPeriod> & { key?: string } = readPeriod(cell, frequency, locale);
	if ('period' in read) read.key = formatPeriodKey(read.period);
	if (memoKey !== null && memo.size < MEMO_LIMIT) memo.set(memoKey, read);
	return read;
}

/** A row's categories as read for one indicator: the categories (frozen: rows share them), their key, and the cells' problems. */
interface Breakdown {
	categories: Readonly<Record<string, string>>;
	key: string;
	problems: { code: 'unknown_dimension' | 'unknown_category'; index: number; text: string }[];
	/** no problems, and `checkCategories` agrees */
	valid: boolean;
}

function readBreakdown(memo: Map<string, Breakdown>, indicator: ImportIndicator, columns: ColumnMap, cells: readonly RawCell[]): Breakdown {
	let memoKey = indicator.id;
	for (const index of columns.dimensions.keys()) memoKey += `\u0000${cellText(cells[index] ?? null)}`;
	const known = memo.get(memoKey);
	if (known) return known;
	const categories: Record<string, string> = {};
	const problems: Breakdown['problems'] = [];
	for (const [index, dimensionKey] of columns.dimensions) {
		const text = cellText(cells[index] ?? null);
		if (text === '') continue;
		const dimension = indicator.dimensions.find((d) => d.key === dimensionKey);
		if (!dimension) {
			problems.push({ code: 'unknown_dimension', index, text });
			continue;
		}
		const category = categoryLookup(dimension).get(norm(text));
		if (category === undefined) problems.push({ code: 'unknown_category', index, text });
		else categories[dimension.key] = category;
	}
	const breakdown: Breakdown = {
		categories: Object.freeze(categories),
		key: categoriesKey(categories),
		problems,
		valid: problems.length === 0 && checkCategories(categories, indicator.dimensions).length === 0
	};
	if (memo.size < MEMO_LIMIT) memo.set(memoKey, breakdown);
	return breakdown;
}

/** Category key or label (any case) → category key, built once per dimension: an area breakdown has ~100 categories. */
const lookups = new WeakMap<ImportIndicator['dimensions'][number], Map<string, string>>();
function categoryLookup(dimension: ImportIndicator['dimensions'][number]): Map<string, string> {
	let lookup = lookups.get(dimension);
	if (!lookup) {
		lookup = new Map();
		for (const [key, label] of Object.entries(dimension.categoryLabels ?? {})) lookup.set(norm(label), key);
		for (const key of dimension.categories) lookup.set(norm(key), key);
		lookups.set(dimension, lookup);
	}
	return lookup;
}

const toNumber = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value));
