import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPeriodKey, periodEnd } from '../../domain/measurement/periods.ts';
import type { Actor } from '../../domain/policy/policy.ts';
import { AppError } from '../http/errors.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { indicatorChart } from './charts.ts';
import { addTarget, createIndicator, type IndicatorInput, setBaseline } from './indicators.usecases.ts';
import { observations } from './measurement.table.ts';
import { approveObservation, submitObservation } from './observations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let indicatorId: string;
let otherIndicatorId: string;
const TODAY = new Date('2026-08-15T10:00:00Z');
const as = (actor: Actor) => contextFor(database.db, actor, { now: () => TODAY });

async function codeOf(promise: Promise<unknown>): Promise<string> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return (error as AppError).code;
}

const definition = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
	name: 'Unge uden job',
	definition: '',
	kind: 'population',
	polarity: 'lower_is_better',
	frequency: 'quarter',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: undefined,
	validMax: undefined,
	responsibleActorId: undefined,
	goalIds: [],
	dimensions: [
		{
			key: 'koen',
			label: 'Køn',
			categories: [
				{ key: 'k', label: 'Kvinder' },
				{ key: 'm', label: 'Mænd' }
			]
		}
	],
	...overrides
});

/** Submits and approves one value through the use cases (the lead reports for its own initiative). */
async function approved(t: TestInitiative, id: string, period: string, value: string, categories: Record<string, string> = {}) {
	const submitted = await submitObservation(as(t.lead), t.slug, id, { period, value, categories, note: '' });
	await approveObservation(as(t.lead), t.slug, submitted.id);
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Grafer');
	other = await createTestInitiative(database.db, 'Andre grafer');
	indicatorId = (await createIndicator(as(world.lead), world.slug, definition())).id;
	await setBaseline(as(world.lead), world.slug, indicatorId, { baseline: { value: '448', date: '2024-12-31' }, revision: 1 });
	await addTarget(as(world.lead), world.slug, indicatorId, { value: '350', date: '2027-12-31' });
	const totals = ['500', '480', '470', '455', '430', '412'];
	const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];
	for (const [i, period] of periods.entries()) {
		await approved(world, indicatorId, period, totals[i]);
		await approved(world, indicatorId, period, String(Number(totals[i]) / 2 + 10), { koen: 'k' });
		// the men's series misses 2025-Q3
		if (period !== '2025-Q3') await approved(world, indicatorId, period, String(Number(totals[i]) / 2 - 10), { koen: 'm' });
	}
	// one value waits: counted nowhere unless asked for
	await submitObservation(as(world.editor), world.slug, indicatorId, { period: '2026-Q3', value: '300', categories: {}, note: '' });
	otherIndicatorId = (await createIndicator(as(other.lead), other.slug, definition({ name: 'Andet' }))).id;
	await approved(other, otherIndicatorId, '2026-Q1', '7');
});
afterAll(async () => {
	await database.dispose();
});

describe('indicatorChart', () => {
	it('everyone in the initiative sees the chart of approved values, with forecast, status and the summary', async () => {
		for (const person of [world.lead, world.editor, world.viewer]) {
			const { model, split, includeSubmitted, indicator } = await indicatorChart(as(person), world.slug, indicatorId);
			expect(indicator.id).toBe(indicatorId);
			expect(split).toBeNull();
			expect(includeSubmitted).toBe(false);
			expect(model.series.map((s) => s.label)).toEqual(['I alt']);
			expect(model.approvedCount).toBe(6);
			expect(model.submittedCount).toBe(0);
			expect(model.status.status).toBe('on_track');
			expect(model.summary).toBe(
				'Seneste godkendte værdi 412 (2026-K2), faldet 8 % siden udgangspunktet; prognosen når målet 350 i 2027-K4: på sporet.'
			);
		}
	});

	it('in English when asked', async () => {
		const { model } = await indicatorChart(as(world.viewer), world.slug, indicatorId, { locale: 'en' });
		expect(model.summary.startsWith('Latest approved value 412 (2026-Q2), down 8% since the baseline')).toBe(true);
	});

	it('includes the waiting value only when asked, marked and not counted', async () => {
		const { model, includeSubmitted } = await indicatorChart(as(world.viewer), world.slug, indicatorId, { includeSubmitted: true });
		expect(includeSubmitted).toBe(true);
		expect(model.submittedCount).toBe(1);
		expect(model.table.rows.at(-1)).toMatchObject({ period: '2026-Q3', cells: [{ value: null, submitted: '300' }] });
		expect(model.layouts.wide.series[0].points.filter((p) => p.submitted).map((p) => p.period)).toEqual(['2026-Q3']);
		// the status and the summary still stand on the approved values
		expect(model.status.latest?.value).toBe(412);
	});

	it('splits by a dimension: a series per category, the missing period left empty; an unknown dimension draws no split', async () => {
		const { model, split } = await indicatorChart(as(world.editor), world.slug, indicatorId, { split: 'koen' });
		expect(split).toBe('koen');
		expect(model.series.map((s) => [s.label, s.count])).toEqual([
			['I alt', 6],
			['Kvinder', 6],
			['Mænd', 5]
		]);
		expect(model.table.rows.find((r) => r.period === '2025-Q3')!.cells.map((c) => c.value)).toEqual(['470', '245', null]);
		const unknown = await indicatorChart(as(world.editor), world.slug, indicatorId, { split: 'alder' });
		expect(unknown.split).toBeNull();
		expect(unknown.model.series).toHaveLength(1);
	});

	it('someone outside the initiative, another initiative’s indicator or a made-up id: not found', async () => {
		expect(await codeOf(indicatorChart(as(world.outsider), world.slug, indicatorId))).toBe('not_found');
		expect(await codeOf(indicatorChart(as(other.lead), world.slug, indicatorId))).toBe('not_found');
		for (const person of [world.lead, world.editor, world.viewer]) {
			expect(await codeOf(indicatorChart(as(person), world.slug, otherIndicatorId))).toBe('not_found');
			expect(await codeOf(indicatorChart(as(person), world.slug, 'not-a-uuid'))).toBe('not_found');
			expect(await codeOf(indicatorChart(as(person), world.slug, crypto.randomUUID()))).toBe('not_found');
		}
		// and the other initiative's own chart has only its own value
		const own = await indicatorChart(as(other.viewer), other.slug, otherIndicatorId);
		expect(own.model.approvedCount).toBe(1);
	});

	it('a monthly indicator with ten years in ten categories: one query of the drawn slots, quickly', async () => {
		const categories = Array.from({ length: 10 }, (_, i) => ({ key: `o${i}`, label: `Område ${i + 1}` }));
		const monthly = (
			await createIndicator(
				as(world.lead),
				world.slug,
				definition({
					name: 'Månedligt',
					frequency: 'month',
					dimensions: [
						{ key: 'omraade', label: 'Område', categories },
						{ key: 'koen', label: 'Køn', categories: definition().dimensions[0].categories }
					]
				})
			)
		).id;
		// written directly: this is about reading; approving 1,320 values one by one is the use cases' test
		const rows: (typeof observations.$inferInsert)[] = [];
		for (let year = 2016; year < 2026; year++)
			for (let month = 1; month <= 12; month++) {
				const period = { frequency: 'month' as const, year, index: month };
				const common = {
					initiativeId: world.id,
					indicatorId: monthly,
					period: formatPeriodKey(period),
					periodEnd: periodEnd(period),
					state: 'approved' as const
				};
				rows.push({ ...common, categories: {}, categoriesKey: '', value: String(1000 + month) });
				for (const c of categories)
					rows.push({ ...common, categories: { omraade: c.key }, categoriesKey: `omraade=${c.key}`, value: String(100 + month) });
				// another dimension's values are not read for a split by område
				rows.push({ ...common, categories: { koen: 'k' }, categoriesKey: 'koen=k', value: '1' });
			}
		for (let i = 0; i < rows.length; i += 500) await database.db.insert(observations).values(rows.slice(i, i + 500));
		await indicatorChart(as(world.viewer), world.slug, monthly, { split: 'omraade' });
		const started = performance.now();
		const { model } = await indicatorChart(as(world.viewer), world.slug, monthly, { split: 'omraade' });
		const took = performance.now() - started;
		expect(model.series).toHaveLength(11);
		expect(model.approvedCount).toBe(1320);
		expect(model.table.rows).toHaveLength(120);
		console.info(`indicatorChart, 1,320 monthly values in 11 series: ${took.toFixed(0)} ms`);
		expect(took).toBeLessThan(2000);
	});
});
