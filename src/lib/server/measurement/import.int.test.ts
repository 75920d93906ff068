import fs from 'node:fs';
import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { categoriesKey } from '../../domain/measurement/disaggregation.ts';
import { requireInitiative } from '../initiatives/access.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { commitObservationRows, commitStagedImportById, importObservations, previewImport } from './import.usecases.ts';
import type { BulkObservation } from './import/commit.ts';
import { stagedImports } from './import/staged.table.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import { observations } from './measurement.table.ts';
import { approveObservation, submitObservation } from './observations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
const as = (actor: Actor) => contextFor(database.db, actor);

async function caught(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
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

/** The fixtures' indicators (import.fixtures.ts), defined in an initiative. */
async function defineFixtureIndicators(t: TestInitiative) {
	const ctx = as(t.lead);
	const homeless = await createIndicator(
		ctx,
		t.slug,
		definition({
			name: 'Personer i hjemløshed',
			validMin: '0',
			validMax: '10000',
			dimensions: [
				{
					key: 'koen',
					label: 'Køn',
					categories: [
						{ key: 'k', label: 'Kvinde' },
						{ key: 'm', label: 'Mand' }
					]
				},
				{
					key: 'alder',
					label: 'Alder',
					categories: [
						{ key: '18-24', label: '18-24' },
						{ key: '25+', label: '25+' }
					]
				}
			]
		})
	);
	const jobs = await createIndicator(ctx, t.slug, definition({ name: 'Andel i job', frequency: 'quarter', unit: 'percent' }));
	const talks = await createIndicator(ctx, t.slug, definition({ name: 'Antal samtaler', frequency: 'month' }));
	return { homeless: homeless.id, jobs: jobs.id, talks: talks.id };
}

const csv = (text: string) => [Buffer.from(text)];
const count = async (initiativeId: string) =>
	(await database.db.select({ id: observations.id }).from(observations).where(eq(observations.initiativeId, initiativeId))).length;

let ids: Awaited<ReturnType<typeof defineFixtureIndicators>>;

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Import');
	other = await createTestInitiative(database.db, 'Andet import');
	ids = await defineFixtureIndicators(world);
	await defineFixtureIndicators(other);
});
afterAll(async () => {
	await database.dispose();
});

describe('importing observations', () => {
	it('the Danish edge-case fixture: every issue reported by row and column, nothing stored (all or nothing)', async () => {
		const before = await count(world.id);
		const { report, inserted } = await importObservations(as(world.lead), world.slug, {
			source: fs.createReadStream('tests/fixtures/measurement/da-edge-cases.csv'),
			format: 'csv',
			locale: 'da'
		});
		expect(inserted).toBe(0);
		expect(report.canCommit).toBe(false);
		expect(report.issues.find((i) => i.row === 9)).toMatchObject({ column: 'Værdi', code: 'ambiguous_number', value: '1,234' });
		expect(report.counts).toMatchObject({ duplicate_period: 1, ambiguous_number: 1, unknown_category: 1, empty_row: 1 });
		expect(await count(world.id)).toBe(before);
	});

	it('a clean file is stored as submissions for the partner editor’s own actor, audited once with the counts', async () => {
		const text =
			'Indikator;Periode;Værdi;Køn;Note\nPersoner i hjemløshed;2020;1.234,5;;Tælling\nPersoner i hjemløshed;2020;600;Kvinde;\nAndel i job;2020-Q1;12,5;;\n\n';
		const { report, inserted } = await importObservations(as(world.editor), world.slug, { source: csv(text), format: 'csv', locale: 'da' });
		expect(report.errorCount).toBe(0);
		expect(inserted).toBe(3);
		const rows = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.initiativeId, world.id), eq(observations.period, '2020')));
		expect(rows.map((r) => [r.value, r.categoriesKey, r.state, r.reportingActorId]).sort()).toEqual(
			[
				['1234.5', '', 'submitted', world.ownActorId],
				['600', 'koen=k', 'submitted', world.ownActorId]
			].sort()
		);
		const audit = await findAuditEntries(database.db, { action: 'initiative.observations_imported' });
		const mine = audit.filter((entry) => entry.initiativeId === world.id);
		expect(mine).toHaveLength(1);
		expect(mine[0].details).toMatchObject({ values: 3, state: 'submitted', format: 'csv' });
	});

	it('values already stored for a slot (waiting or approved) are reported, not replaced', async () => {
		const text = 'indicator,period,value\nPersoner i hjemløshed,2020,99\nPersoner i hjemløshed,2019,98\n';
		const { report, inserted } = await importObservations(as(world.lead), world.slug, { source: csv(text), format: 'csv', locale: 'en' });
		expect(inserted).toBe(0);
		expect(report.issues).toEqual([
			expect.objectContaining({ row: 2, column: 'period', code: 'already_stored', stored: { value: '1234.5', state: 'submitted' } })
		]);
	});

	it('the backbone lead may approve at once; a partner editor may not, nor import for another actor; a viewer may not import', async () => {
		const text = 'indicator,period,value\nAntal samtaler,2021-01,7\nAntal samtaler,2021-02,8\n';
		expect(
			(await caught(importObservations(as(world.editor), world.slug, { source: csv(text), format: 'csv', locale: 'en', approve: true })))
				.code
		).toBe('forbidden');
		expect(
			(
				await caught(
					importObservations(as(world.editor), world.slug, {
						source: csv(text),
						format: 'csv',
						locale: 'en',
						reportingActorId: world.otherActorId
					})
				)
			).code
		).toBe('forbidden');
		expect((await caught(importObservations(as(world.viewer), world.slug, { source: csv(text), format: 'csv', locale: 'en' }))).code).toBe(
			'forbidden'
		);
		expect(
			(await caught(importObservations(as(world.outsider), world.slug, { source: csv(text), format: 'csv', locale: 'en' }))).code
		).toBe('not_found');
		expect((await caught(importObservations(as(other.lead), world.slug, { source: csv(text), format: 'csv', locale: 'en' }))).code).toBe(
			'not_found'
		);
		// another initiative's actor is not one to report for
		expect(
			(
				await caught(
					importObservations(as(world.lead), world.slug, {
						source: csv(text),
						format: 'csv',
						locale: 'en',
						reportingActorId: other.ownActorId
					})
				)
			).code
		).toBe('invalid_input');
		const { inserted, approved } = await importObservations(as(world.lead), world.slug, {
			source: csv(text),
			format: 'csv',
			locale: 'en',
			approve: true,
			reportingActorId: world.otherActorId
		});
		expect([inserted, approved]).toEqual([2, true]);
		const rows = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, ids.talks), eq(observations.period, '2021-01')));
		expect(rows).toEqual([
			expect.objectContaining({ state: 'approved', decidedBy: world.lead.userId, reportingActorId: world.otherActorId, value: '7' })
		]);
	});

	it('an indicator of another initiative is an unknown indicator here', async () => {
		const text = `indicator,period,value\n${ids.talks},2022-01,1\n`;
		const { report } = await importObservations(as(other.lead), other.slug, { source: csv(text), format: 'csv', locale: 'en' });
		expect(report.issues.map((i) => i.code)).toEqual(['unknown_indicator']);
	});

	it('flags unusual values for the approver (far from the recent approved ones, outside the declared range)', async () => {
		for (const [i, v] of ['10', '11', '12', '11', '10'].entries()) {
			const { id } = await submitObservation(as(world.lead), world.slug, ids.talks, {
				period: `2023-0${i + 1}`,
				value: v,
				categories: {},
				note: ''
			});
			await approveObservation(as(world.lead), world.slug, id);
		}
		const text = 'indicator,period,value\nAntal samtaler,2023-06,500\nAntal samtaler,2023-07,11\nPersoner i hjemløshed,2023,20000\n';
		const { inserted } = await importObservations(as(world.lead), world.slug, { source: csv(text), format: 'csv', locale: 'en' });
		expect(inserted).toBe(3);
		const rows = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.initiativeId, world.id), eq(observations.state, 'submitted')));
		const flagsOf = (period: string) => rows.find((r) => r.period === period)?.flags;
		expect(flagsOf('2023-06')).toEqual(['much_higher_than_usual']);
		expect(flagsOf('2023-07')).toEqual([]);
		expect(flagsOf('2023')).toEqual(['above_valid_range']);
	});

	it('an XLSX year of monthly data, with typed numbers and dates, is read and stored', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Data');
		sheet.addRow(['Indikator', 'Periode', 'Værdi']);
		for (let month = 1; month <= 12; month++) sheet.addRow(['Antal samtaler', new Date(Date.UTC(2024, month - 1, 15)), month * 10 + 0.5]);
		const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
		const { inserted } = await importObservations(as(world.editor), world.slug, { source: [buffer], format: 'xlsx', locale: 'da' });
		expect(inserted).toBe(12);
		const rows = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, ids.talks), eq(observations.period, '2024-12')));
		expect(rows[0].value).toBe('120.5');
	});

	it('two imports into the same slots at once: one stores, the other stores nothing (no duplicates)', async () => {
		const lines = Array.from({ length: 50 }, (_, i) => `Antal samtaler,${1900 + i}-01,${i}`).join('\n');
		const text = `indicator,period,value\n${lines}\n`;
		const results = await Promise.allSettled([
			importObservations(as(world.lead), world.slug, { source: csv(text), format: 'csv', locale: 'en' }),
			importObservations(as(world.editor), world.slug, { source: csv(text), format: 'csv', locale: 'en' })
		]);
		const stored = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, ids.talks), eq(observations.period, '1900-01')));
		expect(stored).toHaveLength(1);
		const all = await database.db.select({ id: observations.id }).from(observations).where(eq(observations.indicatorId, ids.talks));
		const old = all.length;
		const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value.inserted : (r.reason as AppError).code));
		// the loser either saw the winner's values in its check (0 stored) or lost the commit (conflict)
		expect(outcomes.filter((o) => o === 50)).toHaveLength(1);
		expect(outcomes.filter((o) => o === 0 || o === 'conflict')).toHaveLength(1);
		expect(old).toBeGreaterThanOrEqual(50);
	});
});

describe('preview, then commit', () => {
	it('keeps the checked rows for the person only; the commit stores them once and audits once', async () => {
		const text = 'indicator;period;value\nAndel i job;2019-Q1;45,5\nAndel i job;2019-Q2;46,5\n';
		const preview = await previewImport(as(world.editor), world.slug, {
			source: csv(text),
			format: 'csv',
			locale: 'da',
			fileName: 'job.csv'
		});
		expect(preview).toMatchObject({ valueCount: 2, indicatorCount: 1, report: { errorCount: 0 } });
		expect(preview.stagedId).toMatch(/^[0-9a-f-]{36}$/);
		const stagedId = preview.stagedId!;
		// nothing stored yet
		expect(
			await database.db
				.select()
				.from(observations)
				.where(and(eq(observations.indicatorId, ids.jobs), eq(observations.period, '2019-Q1')))
		).toEqual([]);
		// somebody else's (even the lead's) commit of it, or another initiative's: not found
		expect((await caught(commitStagedImportById(as(world.lead), world.slug, stagedId))).code).toBe('not_found');
		expect((await caught(commitStagedImportById(as(other.lead), other.slug, stagedId))).code).toBe('not_found');
		expect((await caught(commitStagedImportById(as(world.editor), world.slug, 'not-an-id'))).code).toBe('not_found');
		expect(await commitStagedImportById(as(world.editor), world.slug, stagedId)).toEqual({ inserted: 2, approved: false });
		expect((await caught(commitStagedImportById(as(world.editor), world.slug, stagedId))).code).toBe('not_found');
		expect(await database.db.select().from(stagedImports).where(eq(stagedImports.id, stagedId))).toEqual([]);
		const rows = await database.db.select().from(observations).where(eq(observations.indicatorId, ids.jobs));
		expect(
			rows
				.filter((r) => r.period.startsWith('2019'))
				.map((r) => r.value)
				.sort()
		).toEqual(['45.5', '46.5']);
	});

	it('a report with errors keeps nothing to commit', async () => {
		const preview = await previewImport(as(world.editor), world.slug, {
			source: csv('indicator;period;value\nAndel i job;2018-Q1;1,234\n'),
			format: 'csv',
			locale: 'da'
		});
		expect(preview.stagedId).toBeNull();
		expect(preview.report.issues).toEqual([expect.objectContaining({ row: 2, column: 'value', code: 'ambiguous_number' })]);
	});

	it('an expired preview cannot be committed', async () => {
		const past = new Date(Date.now() - 2 * 60 * 60 * 1000);
		const preview = await previewImport(contextFor(database.db, world.editor, { now: () => past }), world.slug, {
			source: csv('indicator;period;value\nAndel i job;2017-Q1;4\n'),
			format: 'csv',
			locale: 'da'
		});
		expect((await caught(commitStagedImportById(as(world.editor), world.slug, preview.stagedId!))).code).toBe('not_found');
	});

	it('a commit after someone filled a slot since the preview stores nothing', async () => {
		const preview = await previewImport(as(world.editor), world.slug, {
			source: csv('indicator;period;value\nAndel i job;2016-Q1;4\nAndel i job;2016-Q2;5\n'),
			format: 'csv',
			locale: 'da'
		});
		await submitObservation(as(world.lead), world.slug, ids.jobs, { period: '2016-Q2', value: '6', categories: {}, note: '' });
		expect((await caught(commitStagedImportById(as(world.editor), world.slug, preview.stagedId!))).code).toBe('conflict');
		const rows = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, ids.jobs), eq(observations.period, '2016-Q1')));
		expect(rows).toEqual([]);
	});
});

describe('the bulk insert (COPY)', () => {
	/** Text COPY gives a meaning to: backslashes, tabs, line breaks, `\N` (NULL) and `\.` (end of data); and what it does not. */
	const AWKWARD = [
		'tab\there',
		'line\nbreak and\r\ncarriage return',
		'back\\slash \\N \\t \\\\',
		'\\N',
		'\\.',
		'a\n\\.\nb',
		'"quoted" \'single\' ; , |',
		'æøå ÆØÅ – “curly” 🙂 \u00a0no-break',
		''
	];

	const bulkRow = (indicatorId: string, period: string, note: string, categories: Record<string, string> = {}): BulkObservation => ({
		indicatorId,
		period,
		periodEnd: `${period}-28`,
		categories,
		categoriesKey: categoriesKey(categories),
		value: '1.5',
		note,
		flags: ['much_higher_than_usual'],
		reportingActorId: world.ownActorId
	});
	const commit = async (rows: BulkObservation[]) => {
		const ctx = as(world.lead);
		const scope = await requireInitiative(ctx, world.slug, 'initiative.report_data');
		return commitObservationRows(ctx, scope, rows, { approve: false, reportingActorId: null, format: 'csv' });
	};
	const storedIn = (period: string) =>
		database.db
			.select()
			.from(observations)
			.where(
				and(eq(observations.initiativeId, world.id), eq(observations.indicatorId, ids.talks), like(observations.period, `${period}%`))
			);

	it('stores awkward notes and categories exactly as given (escaping round trip)', async () => {
		const rows = AWKWARD.map((note, i) => bulkRow(ids.talks, `1960-${String(i + 1).padStart(2, '0')}`, note, i % 2 ? { koen: note } : {}));
		expect(await commit(rows)).toBe(AWKWARD.length);
		const stored = await storedIn('1960-');
		expect(stored).toHaveLength(AWKWARD.length);
		for (const row of rows) {
			const back = stored.find((s) => s.period === row.period)!;
			expect([back.note, back.categories, back.categoriesKey, back.flags, back.value, back.state, back.initiativeId]).toEqual([
				row.note,
				row.categories,
				row.categoriesKey,
				row.flags,
				'1.5',
				'submitted',
				world.id
			]);
		}
	});

	it('a file’s quoted notes with tabs, line breaks, backslashes and `\\N` come back as written', async () => {
		const notes = ['tab\there', 'two\nlines', 'back\\slash \\N', '\\N', 'ærø 🙂'];
		const text = `indicator\tperiod\tvalue\tnote\n${notes.map((note, i) => `Antal samtaler\t1961-0${i + 1}\t${i}\t"${note}"`).join('\n')}\n`;
		const { report, inserted } = await importObservations(as(world.lead), world.slug, { source: csv(text), format: 'csv', locale: 'en' });
		expect(report.errorCount).toBe(0);
		expect(inserted).toBe(notes.length);
		const stored = await storedIn('1961-');
		expect(notes.map((_, i) => stored.find((s) => s.period === `1961-0${i + 1}`)?.note)).toEqual(notes);
	});

	it('all or nothing: a row the database refuses after thousands were sent stores none of them, and the next import works', async () => {
		// 2,500 distinct slots: 500 months from 1963 on, five categories each
		const rows = Array.from({ length: 2_500 }, (_, i) => {
			const month = Math.floor(i / 5);
			const period = `${1963 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
			return bulkRow(ids.talks, period, `n${i}`, i % 5 ? { koen: `c${i % 5}` } : {});
		});
		// the last row's end date does not exist: PostgreSQL refuses it in the middle of the COPY
		rows.push({ ...bulkRow(ids.talks, '1962-02', 'bad'), periodEnd: '1962-02-30' });
		const before = await count(world.id);
		// the database's own error (Drizzle wraps it on the embedded database): date out of range
		const refused = await commit(rows).then(
			() => undefined,
			(e: { code?: string; cause?: { code?: string } }) => e
		);
		expect(refused?.code ?? refused?.cause?.code).toBe('22008');
		expect(await count(world.id)).toBe(before);
		// an error on our side while the rows are being written (a value that cannot be written) also stores nothing
		const broken = { ...bulkRow(ids.talks, '1962-03', 'x'), flags: [1n] as unknown as string[] };
		await expect(commit([...rows.slice(0, 1_500), broken])).rejects.toThrow();
		expect(await count(world.id)).toBe(before);
		// the connection is usable afterwards, and the same rows (without the bad one) go in
		expect(await commit(rows.slice(0, -1))).toBe(2_500);
		expect(await count(world.id)).toBe(before + 2_500);
	});

	it('a file is stored while it is read, yet a bad or already stored last row leaves nothing stored', async () => {
		const areas = Array.from({ length: 10 }, (_, i) => ({ key: `o${i}`, label: `Område ${i}` }));
		await createIndicator(
			as(world.lead),
			world.slug,
			definition({ name: 'Stor fil', frequency: 'month', dimensions: [{ key: 'omr', label: 'Område', categories: areas }] })
		);
		// 10 areas × 12 months × 25 years = 3,000 slots; the first 2,999 in the file, more than one batch sent before the end
		const line = (i: number) =>
			`Stor fil;${1950 + Math.floor(i / 120)}-${String((Math.floor(i / 10) % 12) + 1).padStart(2, '0')};${i};o${i % 10}`;
		const file = (indexes: number[], last?: string) =>
			csv(`indikator;periode;værdi;område\n${indexes.map(line).join('\n')}\n${last ? `${last}\n` : ''}`);
		const first = Array.from({ length: 2_999 }, (_, i) => i);
		const before = await count(world.id);
		const bad = await importObservations(as(world.lead), world.slug, {
			source: file(first, 'Stor fil;1950-01;abc;o9'),
			format: 'csv',
			locale: 'da'
		});
		expect([bad.inserted, bad.report.errorCount, bad.report.counts]).toEqual([0, 1, { bad_number: 1 }]);
		expect(await count(world.id)).toBe(before);
		expect((await importObservations(as(world.lead), world.slug, { source: file(first), format: 'csv', locale: 'da' })).inserted).toBe(
			2_999
		);
		// new slots of another 25 years, then one the first file stored
		const next = Array.from({ length: 2_500 }, (_, i) => i + 3_000);
		const again = await importObservations(as(world.lead), world.slug, { source: file(next, line(5)), format: 'csv', locale: 'da' });
		expect([again.inserted, again.report.counts]).toEqual([0, { already_stored: 1 }]);
		expect(again.report.issues).toEqual([
			expect.objectContaining({ row: 2_502, code: 'already_stored', stored: { value: '5', state: 'submitted' } })
		]);
		expect(await count(world.id)).toBe(before + 2_999);
	});

	it('an indicator first named after thousands of rows were sent is checked and stored too (the COPY pauses for its look-up)', async () => {
		const halves = [
			{ key: 'a', label: 'Del A' },
			{ key: 'b', label: 'Del B' },
			{ key: 'c', label: 'Del C' }
		];
		await createIndicator(
			as(world.lead),
			world.slug,
			definition({ name: 'Først i filen', frequency: 'month', dimensions: [{ key: 'del', label: 'Del', categories: halves }] })
		);
		await createIndicator(as(world.lead), world.slug, definition({ name: 'Sidst i filen', frequency: 'month', dimensions: [] }));
		const month = (i: number) => `${1920 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
		// 2,200 rows of the first (more than one batch sent to the database), then the second's first row
		const first = Array.from({ length: 2_200 }, (_, i) => `Først i filen;${month(i >> 1)};${i};${i % 2 ? 'b' : 'a'}`);
		const last = Array.from({ length: 10 }, (_, i) => `Sidst i filen;${month(i)};${i};`);
		const file = (lines: string[]) => csv(`indikator;periode;værdi;del\n${lines.join('\n')}\n`);
		const before = await count(world.id);
		const result = await importObservations(as(world.lead), world.slug, { source: file([...first, ...last]), format: 'csv', locale: 'da' });
		expect([result.inserted, result.report.counts]).toEqual([2_210, {}]);
		expect(await count(world.id)).toBe(before + 2_210);
		// the second indicator's stored values were read where it first appeared: after 2,200 new rows (part c
		// and the totals), its first month again is refused
		const fresh = Array.from({ length: 2_200 }, (_, i) => `Først i filen;${month(i >> 1)};${i};${i % 2 ? 'c' : ''}`);
		const again = await importObservations(as(world.lead), world.slug, {
			source: file([...fresh, last[0] as string]),
			format: 'csv',
			locale: 'da'
		});
		expect([again.inserted, again.report.counts]).toEqual([0, { already_stored: 1 }]);
	}, 60_000);

	it('a slot taken twice in one commit (or by a parallel writer) fails on the unique index: conflict, nothing stored', async () => {
		const rows = [bulkRow(ids.talks, '1962-05', 'a'), bulkRow(ids.talks, '1962-06', 'b'), bulkRow(ids.talks, '1962-05', 'again')];
		const before = await count(world.id);
		expect((await caught(commit(rows))).code).toBe('conflict');
		expect(await count(world.id)).toBe(before);
		// two commits of the same slots at once: the advisory lock makes the second re-check and refuse
		const results = await Promise.allSettled([commit(rows.slice(0, 2)), commit(rows.slice(0, 2))]);
		expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as AppError).code)).sort()).toEqual([2, 'conflict']);
		expect(await storedIn('1962-0')).toHaveLength(2);
	});
});
