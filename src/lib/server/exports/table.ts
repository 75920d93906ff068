/**
 * One table, two files: CSV that Danish Excel opens right (semicolons and the decimal comma in
 * Danish, commas and the point in English, UTF-8 with a byte-order mark so æøå show) and XLSX with
 * numbers as numbers (issue 11). Every text cell is neutralised against formulas (V4); a number is
 * written plainly (its minus sign is no formula).
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { decimalFromNumber, formatDecimal } from '../../domain/measurement/index.ts';
import { csvDelimiter, neutraliseCell } from '../measurement/import/cells.ts';

export type Cell = string | number | null;
export type Row = readonly Cell[];

export interface Sheet {
	/** The worksheet's name (XLSX); at most 31 characters and none of []:*?/\ */
	name: string;
	rows: readonly Row[];
	/** Column widths in characters (XLSX). */
	widths?: readonly number[];
}

export type ExportLocale = 'da' | 'en';

/** A number in the locale's CSV form: 0,75 in Danish, 0.75 in English, without grouping. */
export function csvNumber(value: number, locale: ExportLocale): string {
	const decimal = decimalFromNumber(value);
	return decimal === null ? '' : formatDecimal(decimal, locale, { grouping: false });
}

function csvCell(cell: Cell, locale: ExportLocale): string {
	if (cell === null) return '';
	return typeof cell === 'number' ? csvNumber(cell, locale) : neutraliseCell(cell);
}

/** Rows as CSV in the locale's dialect, with a BOM and CRLF line ends. */
export function rowsToCsv(rows: readonly Row[], locale: ExportLocale): string {
	return `\uFEFF${stringify(
		rows.map((row) => row.map((cell) => csvCell(cell, locale))),
		{ delimiter: csvDelimiter(locale), record_delimiter: '\r\n' }
	)}`;
}

/** Sheets as one XLSX workbook; the first row of each is its header (bold, frozen). */
export async function sheetsToXlsx(sheets: readonly Sheet[], meta: { title: string }): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Samspil';
	workbook.title = meta.title;
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell)));
		worksheet.getRow(1).font = { bold: true };
		sheet.widths?.forEach((width, index) => {
			worksheet.getColumn(index + 1).width = width;
		});
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
