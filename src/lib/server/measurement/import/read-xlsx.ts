/**
 * XLSX → rows of the first worksheet, streamed with ExcelJS's WorkbookReader (decision 0011): the
 * zip is read as it arrives and rows are handed on one by one. Cells keep their type: numbers as
 * numbers (a cell shown as a percentage, stored as 0.455, comes out as 45.5), dates as dates, text
 * as text; a formula gives its cached result.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { capBytes, IMPORT_MAX_BYTES, IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, ImportFileError } from './limits.ts';
import type { ByteSource, RawCell, RawRow, ReadOptions } from './rows.ts';

function cellValue(cell: ExcelJS.Cell): RawCell {
	const value = cell.value as unknown;
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') {
		// a percentage cell stores the fraction; people read and mean the percent
		return typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? Number((value * 100).toPrecision(15)) : value;
	}
	if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
	if (typeof value === 'object') {
		const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
		if ('result' in v)
			return v.result instanceof Date || ['string', 'number', 'boolean'].includes(typeof v.result) ? (v.result as RawCell) : null;
		if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
		if (typeof v.text === 'string') return v.text;
		if (typeof v.error === 'string') return v.error;
	}
	return String(value);
}

export async function* readXlsxRows(source: ByteSource, options: ReadOptions = {}): AsyncGenerator<RawRow> {
	const maxRows = options.maxRows ?? IMPORT_MAX_ROWS;
	// ExcelJS does not pass on an error of its input, and would wait for the rest of the file for ever. So
	// the input never fails: past the cap (or on a broken upload) it ends early, remembering why; ExcelJS
	// then sees a cut-off file, and the remembered error is what the caller gets.
	let inputError: unknown;
	async function* guarded() {
		try {
			yield* capBytes(source, options.maxBytes ?? IMPORT_MAX_BYTES);
		} catch (error) {
			inputError = error;
		}
	}
	const input = Readable.from(guarded());
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		entries: 'ignore'
	});
	try {
		for await (const worksheet of reader) {
			for await (const row of worksheet) {
				if (inputError) throw inputError;
				if (row.number > maxRows + 1) throw new ImportFileError('too_many_rows', `more than ${maxRows} rows`);
				if (row.cellCount > IMPORT_MAX_COLUMNS) throw new ImportFileError('too_many_columns', `more than ${IMPORT_MAX_COLUMNS} columns`);
				const cells: RawCell[] = [];
				row.eachCell({ includeEmpty: true }, (cell, column) => {
					cells[column - 1] = cellValue(cell);
				});
				for (let i = 0; i < cells.length; i++) cells[i] ??= null;
				yield { row: row.number, cells };
			}
			break; // the first worksheet only
		}
		if (inputError) throw inputError;
	} catch (error) {
		if (inputError instanceof ImportFileError) throw inputError;
		if (error instanceof ImportFileError) throw error;
		throw new ImportFileError('unreadable', `not a readable XLSX file: ${(error as Error).message}`);
	} finally {
		input.destroy();
	}
}
