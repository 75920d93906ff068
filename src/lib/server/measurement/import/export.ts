/**
 * Indicators' data as CSV or XLSX (issue 13 § 3, V4), streamed: rows are written as they come
 * from the query, never collected. CSV in Danish uses semicolons and the decimal comma (what Danish
 * Excel opens), in English commas and the point; XLSX writes numbers as numbers. Every text cell is
 * neutralised against formulas; a value's approval state is a column, so "approved only" is a filter
 * the caller applies and the file says.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { type ApprovalState, formatDecimal } from '../../../domain/measurement/index.ts';
import { approvalStateLabel, columnHeader, type Locale } from '../../../measurement-labels.ts';
import { m } from '../../../paraglide/messages.js';
import { csvDelimiter, finishStream, neutraliseCell } from './cells.ts';

export interface ExportRow {
	indicatorName: string;
	/** canonical period key */
	period: string;
	/** canonical decimal */
	value: string;
	categories: Readonly<Record<string, string>>;
	state: ApprovalState;
	reporter: string;
	note: string;
}

export interface ExportOptions {
	locale: Locale;
	/** the breakdown columns, in order (dimension keys) */
	dimensions: readonly string[];
}

function header(options: ExportOptions): string[] {
	const l = options.locale;
	return [
		columnHeader('indicator', l),
		columnHeader('period', l),
		columnHeader('value', l),
		...options.dimensions,
		columnHeader('state', l),
		columnHeader('reporter', l),
		columnHeader('note', l)
	];
}

function textCells(row: ExportRow, options: ExportOptions) {
	return {
		before: [row.indicatorName, row.period].map(neutraliseCell),
		after: [
			...options.dimensions.map((d) => row.categories[d] ?? ''),
			approvalStateLabel(row.state, options.locale),
			row.reporter,
			row.note
		].map(neutraliseCell)
	};
}

export async function writeObservationsCsv(
	rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
	options: ExportOptions,
	out: Writable
): Promise<number> {
	const csv = stringify({ delimiter: csvDelimiter(options.locale), record_delimiter: '\r\n', bom: true });
	csv.pipe(out);
	csv.write(header(options).map(neutraliseCell));
	let count = 0;
	for await (const row of rows) {
		const { before, after } = textCells(row, options);
		// a number is written plainly: its minus sign is not a formula
		if (!csv.write([...before, formatDecimal(row.value, options.locale, { grouping: false }), ...after]))
			await new Promise((resolve) => csv.once('drain', resolve));
		count++;
	}
	csv.end();
	await finishStream(out);
	return count;
}

export async function writeObservationsXlsx(
	rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
	options: ExportOptions,
	out: Writable
): Promise<number> {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
	const sheet = workbook.addWorksheet(m.measurement_sheet_data({}, { locale: options.locale }));
	sheet.addRow(header(options).map(neutraliseCell)).commit();
	let count = 0;
	for await (const row of rows) {
		const { before, after } = textCells(row, options);
		sheet.addRow([...before, Number(row.value), ...after]).commit();
		count++;
	}
	sheet.commit();
	await workbook.commit();
	return count;
}
