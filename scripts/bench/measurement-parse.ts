/**
 * Benchmark: how fast an import file is read and checked, without a database. Writes a Danish CSV
 * (semicolons, decimal commas) and an XLSX of N rows (three indicators, two breakdowns, monthly and
 * quarterly periods) to a temporary folder, then streams each through the reader alone and through
 * reader + per-row validation, and prints rows per second (wall and CPU time), the RSS after each
 * step and the process's peak RSS.
 *
 *   node scripts/bench/measurement-parse.ts [rows=100000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { formatDecimal, formatPeriodKey, periodOfDate, shiftPeriod } from '../../src/lib/domain/measurement/index.ts';
import { readCsvRows } from '../../src/lib/server/measurement/import/read-csv.ts';
import { readXlsxRows } from '../../src/lib/server/measurement/import/read-xlsx.ts';
import type { RawRow } from '../../src/lib/server/measurement/import/rows.ts';
import { type ImportIndicator, validateImport } from '../../src/lib/server/measurement/import/validate.ts';

const rowCount = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-measurement-'));

const dimensions = [
	{ key: 'koen', categories: ['k', 'm'] },
	{ key: 'omraade', categories: Array.from({ length: 98 }, (_, i) => `kommune-${i + 1}`) }
];
const indicators: ImportIndicator[] = [
	{ id: 'a', name: 'Samtaler', frequency: 'month', unit: 'count', dimensions },
	{ id: 'b', name: 'Andel i job', frequency: 'quarter', unit: 'percent', dimensions },
	{ id: 'c', name: 'Udbetalt støtte', frequency: 'month', unit: 'dkk', dimensions }
];

/** Row i: a unique (indicator, period, categories) so the report has no duplicates to flag. */
function row(i: number): string[] {
	const indicator = indicators[i % 3];
	const n = Math.floor(i / 3);
	const koen = ['k', 'm'][n % 2];
	const area = `kommune-${(Math.floor(n / 2) % 98) + 1}`;
	const start = periodOfDate('1990-01-15', indicator.frequency);
	const period = formatPeriodKey(shiftPeriod(start, Math.floor(n / 196)));
	const value = indicator.unit === 'percent' ? String((n % 1000) / 10) : String(1000 + (n % 50_000) + 0.25);
	return [indicator.name, period, formatDecimal(value, 'da'), koen, area, n % 10 === 0 ? 'note' : ''];
}
const header = ['indikator', 'periode', 'værdi', 'koen', 'omraade', 'note'];

async function writeFiles() {
	const csvPath = path.join(dir, 'data.csv');
	const csv = fs.createWriteStream(csvPath);
	csv.write(`\uFEFF${header.join(';')}\r\n`);
	for (let i = 0; i < rowCount; i++)
		if (!csv.write(`${row(i).join(';')}\r\n`)) await new Promise<void>((r) => csv.once('drain', () => r()));
	csv.end();
	await finished(csv);

	const xlsxPath = path.join(dir, 'data.xlsx');
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useStyles: false, useSharedStrings: true });
	const sheet = workbook.addWorksheet('Data');
	sheet.addRow(header).commit();
	for (let i = 0; i < rowCount; i++) {
		const cells: (string | number)[] = row(i);
		cells[2] = Number(String(cells[2]).replaceAll('.', '').replace(',', '.')); // a number cell, as Excel stores it
		sheet.addRow(cells).commit();
	}
	sheet.commit();
	await workbook.commit();
	return { csvPath, xlsxPath };
}

async function count(rows: AsyncIterable<RawRow>) {
	let n = 0;
	for await (const _ of rows) n++;
	return n;
}

/** Wall time and CPU time: on a shared machine the CPU time per row is the steadier figure. */
async function time(label: string, file: string, run: () => Promise<number>) {
	const started = performance.now();
	const cpu = process.cpuUsage();
	const rows = await run();
	const seconds = (performance.now() - started) / 1000;
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	results.push({
		label,
		file: `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
		rows,
		seconds: seconds.toFixed(2),
		rowsPerSecond: Math.round(rows / seconds),
		cpuSeconds: cpuSeconds.toFixed(2),
		rowsPerCpuSecond: Math.round(rows / cpuSeconds),
		rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024)
	});
}

const results: Record<string, unknown>[] = [];
try {
	const { csvPath, xlsxPath } = await writeFiles();
	const options = { maxBytes: 200 * 1024 * 1024, maxRows: rowCount };
	await time('CSV read', csvPath, () => count(readCsvRows(fs.createReadStream(csvPath), options)));
	await time('CSV read + validate', csvPath, async () => {
		const report = await validateImport(readCsvRows(fs.createReadStream(csvPath), options), { indicators, locale: 'da' });
		if (report.errorCount > 0) throw new Error(`unexpected errors: ${JSON.stringify(report.issues.slice(0, 3))}`);
		return report.observations.length;
	});
	await time('XLSX read', xlsxPath, () => count(readXlsxRows(fs.createReadStream(xlsxPath), options)));
	await time('XLSX read + validate', xlsxPath, async () => {
		const report = await validateImport(readXlsxRows(fs.createReadStream(xlsxPath), options), { indicators, locale: 'da' });
		if (report.errorCount > 0) throw new Error(`unexpected errors: ${JSON.stringify(report.issues.slice(0, 3))}`);
		return report.observations.length;
	});
	console.table(results);
	console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB · Node ${process.version} · ${os.cpus().length} cores`);
} finally {
	fs.rmSync(dir, { recursive: true, force: true });
}
