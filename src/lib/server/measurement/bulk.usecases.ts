/**
 * Many values at once (issue 13 § 3), besides the file import: the export of an initiative's
 * indicators and data (CSV/XLSX, streamed, V4), the import template, and the entry grid — one
 * period across many indicators, one plain form, saved in one transaction.
 */
import type { Writable } from 'node:stream';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { categoriesKey } from '../../domain/measurement/disaggregation.ts';
import { type NumberLocale, parseDecimal } from '../../domain/measurement/numbers.ts';
import type { Frequency } from '../../domain/measurement/indicator.ts';
import { formatPeriodKey, type Period, parsePeriodKey, periodEnd, periodOfDate, previousPeriod } from '../../domain/measurement/periods.ts';
import { unusualReasons } from '../../domain/measurement/unusual.ts';
import { DECIMAL_PROBLEM_MESSAGES, observationNoteField } from '../../domain/measurement/schemas.ts';
import type { Locale } from '../../measurement-labels.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { actorIn, requireInitiative, requireInitiativeItem } from '../initiatives/access.ts';
import { listActorChoices } from '../initiatives/backbone.repository.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import { can } from '../../domain/policy/policy.ts';
import { type BulkObservation, slotKey, storedValues } from './import/commit.ts';
import { type ExportRow, writeObservationsCsv, writeObservationsXlsx } from './import/export.ts';
import { dimensionColumns, writeTemplateCsv, writeTemplateXlsx } from './import/template.ts';
import { commitObservationRows, importIndicatorOf, listImportIndicators } from './import.usecases.ts';
import { findActorIn, listIndicatorRows } from './indicators.repository.ts';
import { observations } from './measurement.table.ts';

export type ExportState = 'approved' | 'all';

/** Rows read from the database per query while exporting (the file is written as they come). */
const EXPORT_PAGE_ROWS = 5_000;

/**
 * The initiative's data for a file: approved values only, or also the waiting ones (`all`), each
 * marked with its state (V4: "approved"); text cells neutralised against formulas. Access is checked
 * and the export audited (L1) before anything is written; `write` then streams the rows to `out`
 * (read from the database a page at a time) and returns how many it wrote.
 */
export async function exportObservations(
	ctx: UseCaseContext,
	slug: string,
	options: { format: 'csv' | 'xlsx'; state: ExportState; locale: Locale }
): Promise<{ slug: string; write: (out: Writable) => Promise<number> }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicators = await listIndicatorRows(ctx.db, scope.id);
	const actorNames = new Map((await listActorChoices(ctx.db, scope.id)).map((a) => [a.id, a.name]));
	const states = options.state === 'approved' ? (['approved'] as const) : (['approved', 'submitted'] as const);
	await recordInitiativeChange(ctx.db, ctx, scope.id, {
		action: 'initiative.observations_exported',
		details: { format: options.format, state: options.state }
	});
	const db = ctx.db;
	async function* rows(): AsyncGenerator<ExportRow> {
		for (const indicator of indicators) {
			for (let offset = 0; ; offset += EXPORT_PAGE_ROWS) {
				const page = await db
					.select()
					.from(observations)
					.where(
						and(
							eq(observations.initiativeId, scope.id),
							eq(observations.indicatorId, indicator.id),
							inArray(observations.state, [...states])
						)
					)
					.orderBy(asc(observations.periodEnd), asc(observations.categoriesKey), asc(observations.state), asc(observations.id))
					.limit(EXPORT_PAGE_ROWS)
					.offset(offset);
				for (const row of page)
					yield {
						indicatorName: indicator.name,
						period: row.period,
						value: row.value,
						categories: row.categories,
						state: row.state,
						reporter: row.reportingActorId ? (actorNames.get(row.reportingActorId) ?? '') : '',
						note: row.note
					};
				if (page.length < EXPORT_PAGE_ROWS) break;
			}
		}
	}
	const exportOptions = { locale: options.locale, dimensions: dimensionColumns(indicators.map(importIndicatorOf)) };
	return {
		slug: scope.slug,
		write: (out) =>
			options.format === 'csv' ? writeObservationsCsv(rows(), exportOptions, out) : writeObservationsXlsx(rows(), exportOptions, out)
	};
}

/** The initiative's import template (its indicators, their breakdowns, a row per indicator for the period being reported now). */
export async function importTemplate(
	ctx: UseCaseContext,
	slug: string,
	options: { format: 'csv' | 'xlsx'; locale: Locale }
): Promise<{ slug: string; write: (out: Writable) => Promise<void> }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicators = await listImportIndicators(ctx, scope);
	const templateOptions = { locale: options.locale, today: nowOf(ctx).toISOString().slice(0, 10) };
	return {
		slug: scope.slug,
		write: (out) =>
			options.format === 'csv' ? writeTemplateCsv(indicators, templateOptions, out) : writeTemplateXlsx(indicators, templateOptions, out)
	};
}

// ---- the entry grid ----

/** The name of a grid cell's input: indicator and categories (`''` for the total). */
export const cellName = (indicatorId: string, key: string) => `v|${indicatorId}|${key}`;
export const noteName = (indicatorId: string) => `n|${indicatorId}`;

export interface GridCell {
	name: string;
	/** dimension key → category key; {} for the total */
	categories: Record<string, string>;
	/** the category's label ('' for the total) */
	label: string;
	dimensionLabel: string;
	/** a value already stored for the slot: the cell is shown, not entered again */
	stored: { value: string; state: 'submitted' | 'approved' } | null;
}

export interface GridRow {
	indicatorId: string;
	name: string;
	unit: string;
	cells: GridCell[];
	noteName: string;
}

/** The period the grid opens on: the last ended period of the most common frequency. */
function defaultPeriod(frequencies: readonly Frequency[], today: string): Period {
	const counts = new Map<Frequency, number>();
	for (const f of frequencies) counts.set(f, (counts.get(f) ?? 0) + 1);
	const frequency = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'year';
	return previousPeriod(periodOfDate(today, frequency));
}

/**
 * The grid for one period: every indicator of the period's frequency, a cell for its total and for
 * each category of each breakdown; cells already holding a value (approved or waiting) are shown read-only.
 */
export async function entryGrid(ctx: UseCaseContext, slug: string, periodKey: string | null) {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const rows = await listIndicatorRows(ctx.db, scope.id);
	const today = nowOf(ctx).toISOString().slice(0, 10);
	const period =
		(periodKey ? parsePeriodKey(periodKey) : null) ??
		defaultPeriod(
			rows.map((r) => r.frequency),
			today
		);
	const key = formatPeriodKey(period);
	const chosen = rows.filter((r) => r.frequency === period.frequency);
	const stored = await storedValues(
		ctx.db,
		scope.id,
		chosen.map((r) => r.id)
	);
	const taken = new Map<string, { value: string; state: 'submitted' | 'approved' }>();
	for (const s of stored) {
		if (s.period !== key) continue;
		const k = slotKey(s.indicatorId, s.period, s.categoriesKey);
		if (!taken.has(k) || s.state === 'approved') taken.set(k, { value: s.value, state: s.state });
	}
	const grid: GridRow[] = chosen.map((indicator) => {
		const cells: GridCell[] = [
			{
				name: cellName(indicator.id, ''),
				categories: {},
				label: '',
				dimensionLabel: '',
				stored: taken.get(slotKey(indicator.id, key, '')) ?? null
			}
		];
		for (const dimension of indicator.dimensions)
			for (const category of dimension.categories) {
				const categories = { [dimension.key]: category.key };
				const k = categoriesKey(categories);
				cells.push({
					name: cellName(indicator.id, k),
					categories,
					label: category.label,
					dimensionLabel: dimension.label,
					stored: taken.get(slotKey(indicator.id, key, k)) ?? null
				});
			}
		return { indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, cells, noteName: noteName(indicator.id) };
	});
	const actors = await listActorChoices(ctx.db, scope.id);
	const canApprove = can(actorIn(ctx, scope), 'initiative.manage', { type: 'initiative', id: scope.id, actorId: scope.actorId });
	return {
		scope,
		period: key,
		frequency: period.frequency,
		/** the periods offered in the chooser: the last few of every frequency in use */
		periodChoices: [...new Set(rows.map((r) => r.frequency))].flatMap((f) => {
			let p = previousPeriod(periodOfDate(today, f));
			const list: string[] = [];
			for (let i = 0; i < 6; i++, p = previousPeriod(p)) list.push(formatPeriodKey(p));
			return list;
		}),
		grid,
		actors: canApprove ? actors : actors.filter((a) => a.id === scope.actorId),
		canApprove
	};
}

export interface GridInput {
	period: string;
	/** field name → typed text (only the grid's own names are read) */
	fields: Record<string, string>;
	locale: NumberLocale;
	reportingActorId?: string | null;
	approve?: boolean;
}

/**
 * Saves the filled cells of the grid in one transaction (all or nothing). Each cell is read with the
 * person's number format; a bad cell gets its own message and nothing is saved. A cell whose slot has
 * a value meanwhile is refused likewise. A partner editor enters for their own actor only.
 */
export async function saveEntryGrid(ctx: UseCaseContext, slug: string, input: GridInput): Promise<{ saved: number; approved: boolean }> {
	const scope = await requireInitiative(ctx, slug, input.approve ? 'initiative.manage' : 'initiative.report_data');
	if (input.approve) await requireInitiative(ctx, slug, 'initiative.report_data');
	const reportingActorId = input.reportingActorId === undefined ? scope.actorId : input.reportingActorId;
	if (reportingActorId && !(await findActorIn(ctx.db, scope.id, reportingActorId)))
		throw new AppError('invalid_input', { reportingActorId: 'field_measurement_not_in_initiative' });
	await requireInitiativeItem(ctx, scope, 'initiative.report_data', reportingActorId);
	const period = parsePeriodKey(input.period);
	if (!period) throw new AppError('invalid_input', { period: 'field_measurement_period_invalid' });
	const key = formatPeriodKey(period);
	const indicators = (await listIndicatorRows(ctx.db, scope.id)).filter((r) => r.frequency === period.frequency);
	const stored = await storedValues(
		ctx.db,
		scope.id,
		indicators.map((r) => r.id)
	);
	const taken = new Set(stored.filter((s) => s.period === key).map((s) => slotKey(s.indicatorId, s.period, s.categoriesKey)));
	const history = new Map<string, { end: string; value: number }[]>();
	for (const s of stored) {
		if (s.state !== 'approved') continue;
		const k = `${s.indicatorId}|${s.categoriesKey}`;
		history.set(k, [...(history.get(k) ?? []), { end: s.periodEnd, value: Number(s.value) }]);
	}
	const end = periodEnd(period);
	const errors: Record<string, string> = {};
	const rows: BulkObservation[] = [];
	for (const indicator of indicators) {
		const noteText = (input.fields[noteName(indicator.id)] ?? '').trim();
		const note = observationNoteField.safeParse(noteText);
		if (!note.success) errors[noteName(indicator.id)] = note.error.issues[0]?.message ?? 'field_invalid';
		const slots = [{}, ...indicator.dimensions.flatMap((d) => d.categories.map((c) => ({ [d.key]: c.key })))] as Record<string, string>[];
		for (const categories of slots) {
			const k = categoriesKey(categories);
			const name = cellName(indicator.id, k);
			const text = (input.fields[name] ?? '').trim();
			if (text === '') continue;
			if (taken.has(slotKey(indicator.id, key, k))) {
				errors[name] = 'measurement_import_grid_already_stored';
				continue;
			}
			const parsed = parseDecimal(text, input.locale);
			if (!parsed.ok) {
				errors[name] = DECIMAL_PROBLEM_MESSAGES[parsed.problem];
				continue;
			}
			const range = {
				min: indicator.validMin === null ? null : Number(indicator.validMin),
				max: indicator.validMax === null ? null : Number(indicator.validMax)
			};
			if (indicator.unit === 'percent' && (parsed.number < 0 || parsed.number > 100)) {
				errors[name] = 'measurement_import_grid_percent_range';
				continue;
			}
			const series = (history.get(`${indicator.id}|${k}`) ?? []).filter((h) => h.end < end).sort((a, b) => (a.end < b.end ? -1 : 1));
			rows.push({
				indicatorId: indicator.id,
				period: key,
				periodEnd: end,
				categories,
				categoriesKey: k,
				value: parsed.value,
				note: note.success ? note.data : '',
				flags: unusualReasons(
					parsed.number,
					series.map((s) => s.value),
					indicator.unit,
					range
				),
				reportingActorId: reportingActorId ?? indicator.responsibleActorId
			});
		}
	}
	if (Object.keys(errors).length > 0) throw new AppError('invalid_input', errors);
	if (rows.length === 0) throw new AppError('invalid_input', { form: 'measurement_import_grid_empty' });
	const saved = await commitObservationRows(ctx, scope, rows, {
		approve: Boolean(input.approve),
		reportingActorId,
		format: 'grid'
	});
	return { saved, approved: Boolean(input.approve) };
}
