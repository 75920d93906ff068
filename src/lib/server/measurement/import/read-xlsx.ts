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
	const input = Readable.from(capBytes(source, options.maxBytes ?? IMPORT_MAX_BYTES));
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		entries: 'ignore'
	});
	// ExcelJS does not pass on an error of its input (the size cap, a broken upload): race every step against it
	const failed = new Promise<never>((_, reject) => input.once('error', reject));
	failed.catch(() => {});
	const step = <T>(next: Promise<IteratorResult<T>>) => Promise.race([next, failed]);
	try {
		const worksheets = reader[Symbol.asyncIterator]();
		const first = await step(worksheets.next());
		if (first.done) return;
		const rows = first.value[Symbol.asyncIterator]();
		for (let next = await step(rows.next()); !next.done; next = await step(rows.next())) {
			const row = next.value;
			if (row.number > maxRows + 1) throw new ImportFileError('too_many_rows', `more than ${maxRows} rows`);
			if (row.cellCount > IMPORT_MAX_COLUMNS) throw new ImportFileError('too_many_columns', `more than ${IMPORT_MAX_COLUMNS} columns`);
			const cells: RawCell[] = [];
			row.eachCell({ includeEmpty: true }, (cell, column) => {
				cells[column - 1] = cellValue(cell);
			});
			for (let i = 0; i < cells.length; i++) cells[i] ??= null;
			yield { row: row.number, cells };
		}
		// the first worksheet only
	} catch (error) {
		if (error instanceof ImportFileError) throw error;
		throw new ImportFileError('unreadable', `not a readable XLSX file: ${(error as Error).message}`);
	} finally {
		input.destroy();
	}
}
