import fs from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INDICATORS, INDICATORS_EN, JOBS, TALKS } from './import.fixtures.ts';
import { ImportFileError, IMPORT_MAX_BYTES } from './limits.ts';
import { detectDelimiter, readCsvRows } from './read-csv.ts';
import { readXlsxRows } from './read-xlsx.ts';
import type { RawRow } from './rows.ts';
import { validateImport } from './validate.ts';

const fixture = (name: string) => fs.createReadStream(`tests/fixtures/measurement/${name}`);

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
	const out: RawRow[] = [];
	for await (const row of rows) out.push(row);
	return out;
}

/** An XLSX file built in memory with ExcelJS's ordinary (non-streaming) writer. */
async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	build(workbook.addWorksheet('Data'));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('CSV reading', () => {
	it('takes the delimiter from the header line, ignoring quoted ones', () => {
		expect(detectDelimiter('Indikator;Periode;Værdi', ',')).toBe(';');
		expect(detectDelimiter('indicator,"period; or date",value', ';')).toBe(',');
		expect(detectDelimiter('indicator\tperiod\tvalue', ';')).toBe('\t');
		expect(detectDelimiter('indicator', ';')).toBe(';');
	});

	it('reads a Danish semicolon file with a byte-order mark, numbering rows as a spreadsheet does', async () => {
		const rows = await collect(readCsvRows(fixture('da-edge-cases.csv')));
		expect(rows[0]).toEqual({ row: 1, cells: ['Indikator', 'Periode', 'Værdi', 'koen', 'alder', 'Note', 'Ekstra'] });
		expect(rows[1].cells.slice(0, 3)).toEqual(['Personer i hjemløshed', '2025', '1.234']);
		expect(rows.at(-1)?.row).toBe(21);
	});

	it('refuses a file over the size cap while streaming, before the end', async () => {
		let produced = 0;
		async function* endless() {
			while (true) {
				produced++;
				yield Buffer.from('Antal samtaler;2026-01;1\n'.repeat(1000));
			}
		}
		await expect(collect(readCsvRows(endless(), { maxBytes: 100_000 }))).rejects.toMatchObject({ code: 'too_large' });
		expect(produced).toBeLessThan(10);
		expect(IMPORT_MAX_BYTES).toBe(10 * 1024 * 1024);
	});

	it('refuses more rows than allowed', async () => {
		const text = `indicator;period;value\n${'Antal samtaler;2026-01;1\n'.repeat(11)}`;
		await expect(collect(readCsvRows([text], { maxRows: 10 }))).rejects.toBeInstanceOf(ImportFileError);
	});
});

describe('the per-row report', () => {
	it('names every edge case of the Danish fixture by row and column', async () => {
		const report = await validateImport(readCsvRows(fixture('da-edge-cases.csv')), { indicators: INDICATORS, locale: 'da' });
		const issues = report.issues.map((i) => [i.row, i.column ?? '', i.code, i.severity]);
		expect(issues).toEqual([
			[1, 'Ekstra', 'unknown_column', 'warning'],
			[5, '', 'empty_row', 'warning'],
			[7, 'Periode', 'duplicate_period', 'error'],
			[8, 'Værdi', 'out_of_range', 'error'],
			[9, 'Værdi', 'ambiguous_number', 'error'],
			[10, 'Værdi', 'wrong_decimal_mark', 'error'],
			[11, 'Periode', 'bad_period', 'error'],
			[12, 'Periode', 'wrong_frequency', 'error'],
			[13, 'Værdi', 'missing_value', 'error'],
			[14, 'Værdi', 'bad_number', 'error'],
			[15, 'Værdi', 'outside_declared_range', 'warning'],
			[16, 'koen', 'unknown_category', 'error'],
			[17, 'Indikator', 'unknown_indicator', 'error'],
			[18, 'Værdi', 'outside_declared_range', 'warning']
		]);
		expect(report.issues.find((i) => i.code === 'duplicate_period')).toMatchObject({ firstRow: 6, value: '2026-Q1' });
		expect(report.canCommit).toBe(false);
		expect(report.errorCount).toBe(10);
		expect(report.rowsRead).toBe(18); // rows 2–19; the trailing empty rows are not counted
		expect(report.observations.map((o) => [o.row, o.period, o.value, o.categories, o.flagged])).toEqual([
			[2, '2025', '1234', {}, false],
			[3, '2025', '600', { koen: 'k' }, false],
			[4, '2025', '634', { koen: 'm' }, false],
			[6, '2026-Q1', '45.5', {}, false],
			[15, '2024', '20000', {}, true],
			[18, '2023', '-3', {}, true],
			[19, '2026-06', '1234.5', {}, false]
		]);
		expect(report.observations[0].note).toBe('Optælling uge 6');
	});

	it('reads an English file with quoted numbers; refuses the Danish-looking 1.234', async () => {
		const report = await validateImport(readCsvRows(fixture('en-quoted.csv'), { fallbackDelimiter: ',' }), {
			indicators: INDICATORS_EN,
			locale: 'en'
		});
		expect(report.observations.map((o) => [o.period, o.value, o.categories, o.note])).toEqual([
			['2026-01', '1234.5', {}, 'a note, with a comma'],
			['2026-02', '12.5', {}, ''],
			['2025', '1000', { gender: 'woman' }, '']
		]);
		expect(report.issues.map((i) => [i.row, i.code])).toEqual([[4, 'ambiguous_number']]);
	});

	it('stops at the header when a required column is missing', async () => {
		const report = await validateImport(readCsvRows(fixture('missing-columns.csv')), { indicators: INDICATORS, locale: 'da' });
		expect(report.issues.map((i) => [i.column, i.code])).toEqual([
			['dato', 'unknown_column'],
			['periode', 'missing_column'],
			['værdi', 'missing_column']
		]);
		expect(report.observations).toEqual([]);
		expect(report.canCommit).toBe(false);
	});

	it('a clean file can be committed', async () => {
		const text = 'indikator;periode;værdi\nAntal samtaler;2026-01;12\nAntal samtaler;2026-02;14,5\n';
		const report = await validateImport(readCsvRows([text]), { indicators: INDICATORS, locale: 'da' });
		expect(report).toMatchObject({ canCommit: true, errorCount: 0, warningCount: 0, rowsRead: 2 });
		expect(report.observations).toHaveLength(2);
	});

	it('reads a quarter written the Danish way (2026-K2, as the pages show it)', async () => {
		const text = `indikator;periode;værdi\n${JOBS.name};2026-K2;45,5\n`;
		const report = await validateImport(readCsvRows([text]), { indicators: INDICATORS, locale: 'da' });
		expect(report).toMatchObject({ canCommit: true, errorCount: 0 });
		expect(report.observations[0]).toMatchObject({ period: '2026-Q2' });
	});

	it('refuses a CPR number in a note (P1), with the same schema as the forms', async () => {
		const text = 'indikator;periode;værdi;note\nAntal samtaler;2026-01;12;borger 010203-1234\n';
		const report = await validateImport(readCsvRows([text]), { indicators: INDICATORS, locale: 'da' });
		expect(report.issues.map((i) => [i.row, i.column, i.code])).toEqual([[2, 'note', 'invalid_note']]);
	});
});

describe('XLSX reading', () => {
	it('keeps cell types: numbers, dates, percentages, formulas and rich text', async () => {
		const file = await xlsx((sheet) => {
			sheet.addRow(['indicator', 'period', 'value', 'note']);
			sheet.addRow(['Antal samtaler', new Date(Date.UTC(2026, 0, 31)), 12, { richText: [{ text: 'rich ' }, { text: 'text' }] }]);
			sheet.addRow(['Andel i job', '2026-Q1', 0.455]).getCell(3).numFmt = '0.0%';
			sheet.addRow(['Antal samtaler', '2026-02', { formula: '10+4', result: 14 }]);
			sheet.addRow(['Antal samtaler', '2026-03', '1.234,5']);
		});
		const rows = await collect(readXlsxRows(Readable.from([file])));
		expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
		expect(rows[1].cells).toEqual(['Antal samtaler', new Date(Date.UTC(2026, 0, 31)), 12, 'rich text']);
		expect(rows[2].cells[2]).toBeCloseTo(45.5, 9);
		expect(rows[3].cells[2]).toBe(14);

		const report = await validateImport(readXlsxRows(Readable.from([file])), { indicators: [JOBS, TALKS], locale: 'da' });
		expect(report.observations.map((o) => [o.period, o.value])).toEqual([
			['2026-01', '12'],
			['2026-Q1', '45.5'],
			['2026-02', '14'],
			['2026-03', '1234.5']
		]);
		expect(report.canCommit).toBe(true);
	});

	it('refuses what is not an XLSX file, and a file over the cap', async () => {
		await expect(collect(readXlsxRows(Readable.from([Buffer.from('not a zip file at all')])))).rejects.toMatchObject({
			code: 'unreadable'
		});
		const big = await xlsx((sheet) => {
			for (let i = 0; i < 2000; i++) sheet.addRow(['Antal samtaler', `2026-01`, Math.random().toString(36)]);
		});
		await expect(collect(readXlsxRows(Readable.from([big]), { maxBytes: 10_000 }))).rejects.toMatchObject({ code: 'too_large' });
	});

	it('reads only the first worksheet', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('A').addRow(['indicator', 'period', 'value']);
		workbook.addWorksheet('B').addRow(['other']);
		const rows = await collect(readXlsxRows(Readable.from([Buffer.from(await workbook.xlsx.writeBuffer())])));
		expect(rows.map((r) => r.cells)).toEqual([['indicator', 'period', 'value']]);
	});

	it('a streamed source is read as it arrives (PassThrough)', async () => {
		const file = await xlsx((sheet) => {
			sheet.addRow(['indicator', 'period', 'value']);
			sheet.addRow(['Antal samtaler', '2026-01', 3]);
		});
		const stream = new PassThrough();
		const rows = collect(readXlsxRows(stream));
		for (let i = 0; i < file.length; i += 1000) stream.write(file.subarray(i, i + 1000));
		stream.end();
		expect((await rows).map((r) => r.cells)).toEqual([
			['indicator', 'period', 'value'],
			['Antal samtaler', '2026-01', 3]
		]);
	});
});
