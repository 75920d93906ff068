import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvNumber, rowsToCsv, sheetsToXlsx } from './table.ts';

const rows = [
	['Spørgsmål', 'Andel', 'Antal'],
	['Er problemet omfattende?', 0.75, 3],
	['=HYPERLINK("http://evil")', -1.5, 1234.5]
];

describe('exports Danish Excel opens right (issue 11)', () => {
	it('writes Danish CSV with semicolons and decimal commas, with a BOM', () => {
		const csv = rowsToCsv(rows, 'da');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('Spørgsmål;Andel;Antal');
		expect(lines[1]).toBe('Er problemet omfattende?;0,75;3');
		// a formula is neutralised; a negative number is a number, never grouped
		expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"")";-1,5;1234,5`);
	});

	it('writes English CSV with commas and decimal points', () => {
		const lines = rowsToCsv(rows, 'en').slice(1).split('\r\n');
		expect(lines[1]).toBe('Er problemet omfattende?,0.75,3');
		expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"")",-1.5,1234.5`);
	});

	it('formats numbers per locale without grouping', () => {
		expect(csvNumber(2 / 3, 'da')).toMatch(/^0,6666/);
		expect(csvNumber(1_000_000, 'da')).toBe('1000000');
		expect(csvNumber(Number.NaN, 'en')).toBe('');
	});

	it('writes XLSX with numbers as numbers and neutralised text', async () => {
		const buffer = await sheetsToXlsx([{ name: 'Runde 1: svar?', rows }], { title: 'Prøve' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet?.name).toBe('Runde 1  svar ');
		expect(sheet?.getCell('B2').value).toBe(0.75);
		expect(sheet?.getCell('A3').value).toBe(`'=HYPERLINK("http://evil")`);
		expect(sheet?.getRow(1).font?.bold).toBe(true);
	});
});
