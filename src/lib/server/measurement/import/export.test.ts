import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportRow, writeObservationsCsv, writeObservationsXlsx } from './export.ts';
import { INDICATORS } from './import.fixtures.ts';
import { readCsvRows } from './read-csv.ts';
import { readXlsxRows } from './read-xlsx.ts';
import { templateRows, writeTemplateCsv, writeTemplateXlsx } from './template.ts';
import { validateImport } from './validate.ts';

/** Runs a writer into memory. */
async function capture(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (chunk: Buffer) => chunks.push(chunk));
	await write(out);
	return Buffer.concat(chunks);
}

const rows: ExportRow[] = [
	{
		indicatorName: 'Personer i hjemløshed',
		period: '2025',
		value: '1234.5',
		categories: {},
		state: 'approved',
		reporter: 'Kommunen',
		note: ''
	},
	{
		indicatorName: 'Personer i hjemløshed',
		period: '2025',
		value: '-3',
		categories: { koen: 'k' },
		state: 'submitted',
		reporter: '=HYPERLINK("x")',
		note: '+45 12345678'
	},
	{
		indicatorName: 'Antal samtaler',
		period: '2026-03',
		value: '12',
		categories: {},
		state: 'approved',
		reporter: '@fond',
		note: 'ok; med semikolon'
	}
];
const options = { dimensions: ['koen', 'alder'] };

describe('export', () => {
	it('Danish CSV: BOM, semicolons, decimal comma, formulas neutralised, numbers untouched', async () => {
		const csv = (await capture((out) => writeObservationsCsv(rows, { ...options, locale: 'da' }, out))).toString('utf8');
		const lines = csv.split('\r\n');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe('\uFEFFindikator;periode;værdi;koen;alder;status;indberetter;note');
		expect(lines[1]).toBe('Personer i hjemløshed;2025;1234,5;;;Godkendt;Kommunen;');
		expect(lines[2]).toBe(`Personer i hjemløshed;2025;-3;k;;Indsendt;"'=HYPERLINK(""x"")";'+45 12345678`);
		expect(lines[3]).toBe(
			"Antal samtaler;2026-03;12;;;Godkendt;'@fond;ok; med semikolon".replace('ok; med semikolon', '"ok; med semikolon"')
		);
	});

	it('English CSV: commas and the decimal point', async () => {
		const csv = (await capture((out) => writeObservationsCsv(rows.slice(0, 1), { ...options, locale: 'en' }, out))).toString('utf8');
		expect(csv.split('\r\n')[1]).toBe('Personer i hjemløshed,2025,1234.5,,,Approved,Kommunen,');
	});

	it('what is exported in Danish imports again to the same values (round trip)', async () => {
		const csv = await capture((out) => writeObservationsCsv(rows, { ...options, locale: 'da' }, out));
		const report = await validateImport(readCsvRows([csv]), { indicators: INDICATORS, locale: 'da' });
		expect(report.observations.map((o) => [o.period, o.value, o.categories])).toEqual([
			['2025', '1234.5', {}],
			['2025', '-3', { koen: 'k' }],
			['2026-03', '12', {}]
		]);
		// the extra columns of an export are named, not read
		expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('XLSX: numbers as numbers, text neutralised, streamed from an async source', async () => {
		async function* source() {
			yield* rows;
		}
		const file = await capture((out) => writeObservationsXlsx(source(), { ...options, locale: 'da' }, out));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(file as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('Data');
		expect(sheet.getRow(2).getCell(3).value).toBe(1234.5);
		expect(sheet.getRow(3).getCell(3).value).toBe(-3);
		expect(sheet.getRow(3).getCell(7).value).toBe('\'=HYPERLINK("x")');
		const report = await validateImport(readXlsxRows(Readable.from([file])), { indicators: INDICATORS, locale: 'en' });
		expect(report.observations.map((o) => o.value)).toEqual(['1234.5', '-3', '12']);
	});
});

describe('import template', () => {
	it('one row per indicator for its last ended period, a column per breakdown', () => {
		expect(templateRows(INDICATORS, { locale: 'da', today: '2026-05-15' })).toEqual([
			['indikator', 'periode', 'værdi', 'koen', 'alder', 'note'],
			['Personer i hjemløshed', '2025', '', '', '', ''],
			['Andel i job', '2026-Q1', '', '', '', ''],
			['Antal samtaler', '2026-04', '', '', '', '']
		]);
	});

	it('the CSV and XLSX templates are read by the importer without a column problem', async () => {
		const filled = (text: string) => text.replace(/(Antal samtaler;2026-04;)/, '$112');
		const csv = (await capture((out) => writeTemplateCsv(INDICATORS, { locale: 'da', today: '2026-05-15' }, out))).toString('utf8');
		const report = await validateImport(readCsvRows([filled(csv)]), { indicators: INDICATORS, locale: 'da' });
		expect(report.issues.filter((i) => i.row === 1)).toEqual([]);
		expect(report.observations.map((o) => [o.period, o.value])).toEqual([['2026-04', '12']]);
		// the unfilled rows say so
		expect(report.issues.map((i) => i.code)).toEqual(['missing_value', 'missing_value']);

		const xlsx = await capture((out) => writeTemplateXlsx(INDICATORS, { locale: 'en', today: '2026-05-15' }, out));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Data', 'Indicators']);
		expect(workbook.worksheets[1].getRow(2).values).toEqual([
			undefined,
			'Personer i hjemløshed',
			'Year',
			'Count',
			'koen: k, m; alder: 18-24, 25+'
		]);
		const xlsxReport = await validateImport(readXlsxRows(Readable.from([xlsx])), { indicators: INDICATORS, locale: 'en' });
		expect(xlsxReport.issues.filter((i) => i.row === 1)).toEqual([]);
	});
});
