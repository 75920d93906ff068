/**
 * The import template of an initiative, as CSV or XLSX: the columns the importer reads (indicator,
 * period, value, one per breakdown, note) with one row per indicator for its last ended period (the one being reported now), the
 * value left empty to fill in. The XLSX has a second sheet listing each indicator's frequency, unit
 * and categories. Headers are in the reader's language; the importer reads both languages.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { formatPeriodKey, periodOfDate, previousPeriod } from '../../../domain/measurement/index.ts';
import { columnHeader, frequencyLabel, type Locale, unitLabel } from '../../../measurement-labels.ts';
import { m } from '../../../paraglide/messages.js';
import { csvDelimiter, finishStream, neutraliseCell } from './cells.ts';
import type { ImportIndicator } from './validate.ts';

export interface TemplateOptions {
	locale: Locale;
	/** decides each indicator's last ended period */
	today: string;
}

/** Every dimension key of the indicators, in first-seen order: one column each. */
export function dimensionColumns(indicators: readonly ImportIndicator[]): string[] {
	const keys: string[] = [];
	for (const indicator of indicators) for (const d of indicator.dimensions) if (!keys.includes(d.key)) keys.push(d.key);
	return keys;
}

/** The template's rows, header first. */
export function templateRows(indicators: readonly ImportIndicator[], options: TemplateOptions): string[][] {
	const dims = dimensionColumns(indicators);
	const header = [
		columnHeader('indicator', options.locale),
		columnHeader('period', options.locale),
		columnHeader('value', options.locale),
		...dims,
		columnHeader('note', options.locale)
	];
	const rows = indicators.map((indicator) => [
		indicator.name,
		formatPeriodKey(previousPeriod(periodOfDate(options.today, indicator.frequency))),
		'',
		...dims.map(() => ''),
		''
	]);
	return [header, ...rows];
}

export async function writeTemplateCsv(indicators: readonly ImportIndicator[], options: TemplateOptions, out: Writable): Promise<void> {
	const csv = stringify({ delimiter: csvDelimiter(options.locale), record_delimiter: '\r\n', bom: true });
	csv.pipe(out);
	for (const row of templateRows(indicators, options)) csv.write(row.map(neutraliseCell));
	csv.end();
	await finishStream(out);
}

export async function writeTemplateXlsx(indicators: readonly ImportIndicator[], options: TemplateOptions, out: Writable): Promise<void> {
	const locale = { locale: options.locale };
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
	const data = workbook.addWorksheet(m.measurement_sheet_data({}, locale));
	for (const row of templateRows(indicators, options)) data.addRow(row.map(neutraliseCell)).commit();
	data.commit();
	const info = workbook.addWorksheet(m.measurement_sheet_indicators({}, locale));
	info
		.addRow([
			columnHeader('indicator', options.locale),
			m.measurement_sheet_frequency({}, locale),
			m.measurement_sheet_unit({}, locale),
			m.measurement_sheet_categories({}, locale)
		])
		.commit();
	for (const indicator of indicators) {
		const categories = indicator.dimensions.map((d) => `${d.key}: ${d.categories.join(', ')}`).join('; ');
		info
			.addRow(
				[
					indicator.name,
					frequencyLabel(indicator.frequency, options.locale),
					unitLabel(indicator.unit, undefined, options.locale),
					categories
				].map(neutraliseCell)
			)
			.commit();
	}
	info.commit();
	await workbook.commit();
}
