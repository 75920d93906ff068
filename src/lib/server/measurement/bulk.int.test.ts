import { PassThrough } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { cellName, entryGrid, exportObservations, importTemplate, noteName, saveEntryGrid } from './bulk.usecases.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import { observations } from './measurement.table.ts';
import { approveObservation, listWaitingApprovals, submitObservation } from './observations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let homeless: string;
let jobs: string;
const as = (actor: Actor) => contextFor(database.db, actor);

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string> }> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return { code: (error as AppError).code, fields: (error as AppError).fields };
}

const definition = (overrides: Partial<IndicatorInput>): IndicatorInput => ({
	name: 'x',
	definition: '',
	kind: 'population',
	polarity: 'lower_is_better',
	frequency: 'year',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: undefined,
	validMax: undefined,
	responsibleActorId: undefined,
	goalIds: [],
	dimensions: [],
	...overrides
});

async function capture(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (chunk: Buffer) => chunks.push(chunk));
	await write(out);
	return Buffer.concat(chunks);
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Bulk');
	other = await createTestInitiative(database.db, 'Anden bulk');
	homeless = (
		await createIndicator(
			as(world.lead),
			world.slug,
			definition({
				name: 'Personer i hjemløshed',
				dimensions: [
					{
						key: 'koen',
						label: 'Køn',
						categories: [
							{ key: 'k', label: 'Kvinde' },
							{ key: 'm', label: 'Mand' }
						]
					}
				]
			})
		)
	).id;
	jobs = (await createIndicator(as(world.lead), world.slug, definition({ name: '=Andel i job', unit: 'percent' }))).id;
	await createIndicator(as(world.lead), world.slug, definition({ name: 'Samtaler', frequency: 'month' }));
});
afterAll(async () => {
	await database.dispose();
});

describe('the entry grid', () => {
	it('shows one period’s indicators with a cell per total and category, for writers only', async () => {
		const grid = await entryGrid(as(world.editor), world.slug, '2024');
		expect(grid.period).toBe('2024');
		expect(grid.grid.map((r) => [r.name, r.cells.map((c) => c.label)])).toEqual([
			['Personer i hjemløshed', ['', 'Kvinde', 'Mand']],
			['=Andel i job', ['']]
		]);
		expect(grid.actors.map((a) => a.id)).toEqual([world.ownActorId]);
		expect((await codeOf(entryGrid(as(world.viewer), world.slug, '2024'))).code).toBe('forbidden');
		expect((await codeOf(entryGrid(as(world.outsider), world.slug, '2024'))).code).toBe('not_found');
	});

	it('one bad cell: a message for that cell and nothing saved; then everything in one transaction, audited once', async () => {
		const fields = {
			[cellName(homeless, '')]: '1.234',
			[cellName(homeless, 'koen=k')]: '600',
			[cellName(homeless, 'koen=m')]: '1,234',
			[cellName(jobs, '')]: '101',
			[noteName(homeless)]: 'Optælling'
		};
		const failed = await codeOf(saveEntryGrid(as(world.editor), world.slug, { period: '2024', fields, locale: 'da' }));
		expect(failed).toEqual({
			code: 'invalid_input',
			fields: {
				[cellName(homeless, 'koen=m')]: 'field_measurement_number_ambiguous',
				[cellName(jobs, '')]: 'measurement_import_grid_percent_range'
			}
		});
		expect(await database.db.select().from(observations).where(eq(observations.initiativeId, world.id))).toEqual([]);

		const fixed = { ...fields, [cellName(homeless, 'koen=m')]: '634', [cellName(jobs, '')]: '45,5' };
		expect(await saveEntryGrid(as(world.editor), world.slug, { period: '2024', fields: fixed, locale: 'da' })).toEqual({
			saved: 4,
			approved: false
		});
		const rows = await database.db.select().from(observations).where(eq(observations.initiativeId, world.id));
		expect(rows.map((r) => [r.value, r.categoriesKey, r.state, r.reportingActorId]).sort()).toEqual(
			[
				['1234', '', 'submitted', world.ownActorId],
				['600', 'koen=k', 'submitted', world.ownActorId],
				['634', 'koen=m', 'submitted', world.ownActorId],
				['45.5', '', 'submitted', world.ownActorId]
			].sort()
		);
		const audit = (await findAuditEntries(database.db, { action: 'initiative.observations_entered' })).filter(
			(e) => e.initiativeId === world.id
		);
		expect(audit).toHaveLength(1);
		expect(audit[0].details).toMatchObject({ values: 4, state: 'submitted' });
		// the approvals page lists values sent together in the indicators' order, then by category
		// (they share one instant: their random ids used to decide)
		const waiting = await listWaitingApprovals(as(world.lead), world.slug);
		expect(waiting.map((w) => [w.indicatorName, w.categoriesKey])).toEqual([
			[waiting[0]?.indicatorName, ''],
			[waiting[0]?.indicatorName, 'koen=k'],
			[waiting[0]?.indicatorName, 'koen=m'],
			['=Andel i job', '']
		]);

		// the cells now hold values: shown, and not entered twice
		const grid = await entryGrid(as(world.lead), world.slug, '2024');
		expect(grid.grid[0].cells[0].stored).toEqual({ value: '1234', state: 'submitted' });
		expect((await codeOf(saveEntryGrid(as(world.lead), world.slug, { period: '2024', fields, locale: 'da' }))).fields).toMatchObject({
			[cellName(homeless, '')]: 'measurement_import_grid_already_stored'
		});
	});

	it('a partner editor enters only for their own actor and never approves; a viewer not at all; the lead may approve at once', async () => {
		const fields = { [cellName(homeless, '')]: '900' };
		expect(
			(
				await codeOf(
					saveEntryGrid(as(world.editor), world.slug, { period: '2023', fields, locale: 'da', reportingActorId: world.otherActorId })
				)
			).code
		).toBe('forbidden');
		expect((await codeOf(saveEntryGrid(as(world.editor), world.slug, { period: '2023', fields, locale: 'da', approve: true }))).code).toBe(
			'forbidden'
		);
		expect((await codeOf(saveEntryGrid(as(world.viewer), world.slug, { period: '2023', fields, locale: 'da' }))).code).toBe('forbidden');
		expect((await codeOf(saveEntryGrid(as(world.outsider), world.slug, { period: '2023', fields, locale: 'da' }))).code).toBe('not_found');
		expect((await codeOf(saveEntryGrid(as(other.lead), world.slug, { period: '2023', fields, locale: 'da' }))).code).toBe('not_found');
		// another initiative's indicator is not a cell here: nothing to save
		expect((await codeOf(saveEntryGrid(as(other.lead), other.slug, { period: '2023', fields, locale: 'da' }))).fields).toEqual({
			form: 'measurement_import_grid_empty'
		});
		expect(
			await saveEntryGrid(as(world.lead), world.slug, {
				period: '2023',
				fields,
				locale: 'da',
				approve: true,
				reportingActorId: world.otherActorId
			})
		).toEqual({ saved: 1, approved: true });
		const [row] = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, homeless), eq(observations.period, '2023')));
		expect(row).toMatchObject({ state: 'approved', decidedBy: world.lead.userId, reportingActorId: world.otherActorId });
	});
});

describe('export and template', () => {
	it('Danish CSV of approved values only, marked; "all" adds the waiting ones; formulas neutralised; audited', async () => {
		const { id } = await submitObservation(as(world.lead), world.slug, jobs, {
			period: '2022',
			value: '12.5',
			categories: {},
			note: '=1+1'
		});
		await approveObservation(as(world.lead), world.slug, id);
		const approvedOnly = await exportObservations(as(world.viewer), world.slug, { format: 'csv', state: 'approved', locale: 'da' });
		const bytes = await capture(approvedOnly.write);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Danish Excel needs for æøå
		const lines = bytes
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('indikator;periode;værdi;koen;status;indberetter;note');
		expect(lines).toContain('Personer i hjemløshed;2023;900;;Godkendt;Anden Fond;');
		expect(lines).toContain("'=Andel i job;2022;12,5;;Godkendt;;'=1+1");
		expect(lines).toHaveLength(3);
		const all = await exportObservations(as(world.viewer), world.slug, { format: 'csv', state: 'all', locale: 'da' });
		const allLines = (await capture(all.write)).toString('utf8').trim().split('\r\n');
		expect(allLines).toContain('Personer i hjemløshed;2024;634;m;Indsendt;Egen Kommune;Optælling');
		expect(allLines).toHaveLength(7);
		const audit = (await findAuditEntries(database.db, { action: 'initiative.observations_exported' })).filter(
			(e) => e.initiativeId === world.id
		);
		expect(audit.map((e) => e.details)).toEqual(
			expect.arrayContaining([
				{ format: 'csv', state: 'approved' },
				{ format: 'csv', state: 'all' }
			])
		);
	});

	it('XLSX export writes numbers as numbers; outsiders and other initiatives get not_found before anything is written', async () => {
		const file = await exportObservations(as(world.lead), world.slug, { format: 'xlsx', state: 'approved', locale: 'en' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await capture(file.write)) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.getRow(1).values).toEqual([undefined, 'indicator', 'period', 'value', 'koen', 'state', 'reported by', 'note']);
		expect(sheet.rowCount).toBe(3);
		expect(typeof sheet.getRow(2).getCell(3).value).toBe('number');
		expect((await codeOf(exportObservations(as(world.outsider), world.slug, { format: 'csv', state: 'all', locale: 'da' }))).code).toBe(
			'not_found'
		);
		expect((await codeOf(exportObservations(as(other.lead), world.slug, { format: 'csv', state: 'all', locale: 'da' }))).code).toBe(
			'not_found'
		);
	});

	it('the template lists the initiative’s indicators with their breakdown columns, in the reader’s language', async () => {
		const template = await importTemplate(as(world.editor), world.slug, { format: 'csv', locale: 'da' });
		const lines = (await capture(template.write))
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('indikator;periode;værdi;koen;note');
		expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Personer i hjemløshed', "'=Andel i job", 'Samtaler']);
		expect((await codeOf(importTemplate(as(world.outsider), world.slug, { format: 'csv', locale: 'da' }))).code).toBe('not_found');
	});
});
