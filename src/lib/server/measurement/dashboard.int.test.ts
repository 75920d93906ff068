import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { AppError } from '../http/errors.ts';
import { getCockpit } from '../initiatives/cockpit.usecases.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { getDashboard, overdueWindow } from './dashboard.ts';
import { addTarget, createIndicator, type IndicatorInput, setBaseline } from './indicators.usecases.ts';
import { indicators, observations } from './measurement.table.ts';
import { submitObservation } from './observations.usecases.ts';

/** The dashboard reads "today" from the context: fixed here, so periods and due dates are known. */
const NOW = new Date('2026-12-02T10:00:00Z');
const TODAY = '2026-12-02';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
const as = (actor: Actor) => contextFor(database.db, actor, { now: () => NOW });

async function expectCode(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
}

const definition = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
	name: 'Unge i uddannelse eller job',
	definition: '',
	kind: 'population',
	polarity: 'higher_is_better',
	frequency: 'quarter',
	unit: 'percent',
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
				{ key: 'k', label: 'Kvinde' },
				{ key: 'm', label: 'Mand' }
			]
		}
	],
	...overrides
});

async function approved(
	initiativeId: string,
	indicatorId: string,
	values: [string, string, string][],
	categories: Record<string, string> = {}
) {
	const key = Object.entries(categories)
		.map(([d, c]) => `${d}=${c}`)
		.join('|');
	await database.db.insert(observations).values(
		values.map(([period, periodEnd, value]) => ({
			initiativeId,
			indicatorId,
			period,
			periodEnd,
			value,
			categories,
			categoriesKey: key,
			state: 'approved' as const,
			submittedAt: new Date(`${periodEnd}T12:00:00Z`)
		}))
	);
}

/** Made three years ago, so the periods of the overdue window all count. */
async function backdate(indicatorId: string) {
	await database.db
		.update(indicators)
		.set({ createdAt: new Date('2023-11-01T00:00:00Z') })
		.where(eq(indicators.id, indicatorId));
}

let keyId: string;
let yearlyId: string;

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Dashboard');
	other = await createTestInitiative(database.db, 'Et andet dashboard');
	keyId = (await createIndicator(as(world.lead), world.slug, definition({ isKey: true }))).id;
	yearlyId = (
		await createIndicator(
			as(world.lead),
			world.slug,
			definition({ name: 'Ensomme unge', polarity: 'lower_is_better', frequency: 'year', unit: 'count', dimensions: [] })
		)
	).id;
	await createIndicator(as(world.lead), world.slug, definition({ name: 'Ny i dag', frequency: 'month', dimensions: [] }));
	await backdate(keyId);
	await backdate(yearlyId);
	await setBaseline(as(world.lead), world.slug, keyId, { baseline: { value: '40', date: '2024-12-31' }, revision: 1 });
	await addTarget(as(world.lead), world.slug, keyId, { value: '60', date: '2027-12-31' });
	// quarterly, rising by 2 a quarter; 2025-Q4 and 2026-Q1 never reported; 2026-Q3 is the latest due (due 2026-10-30)
	await approved(world.id, keyId, [
		['2025-Q1', '2025-03-31', '42'],
		['2025-Q2', '2025-06-30', '44'],
		['2025-Q3', '2025-09-30', '46'],
		['2026-Q2', '2026-06-30', '52'],
		['2026-Q3', '2026-09-30', '54']
	]);
	// a split value never counts as the total
	await approved(world.id, keyId, [['2026-Q3', '2026-09-30', '99']], { koen: 'k' });
	// an older value of the same slot, superseded: never shown
	await database.db.insert(observations).values({
		initiativeId: world.id,
		indicatorId: keyId,
		period: '2026-Q3',
		periodEnd: '2026-09-30',
		value: '10',
		state: 'superseded'
	});
	await approved(world.id, yearlyId, [
		['2021', '2021-12-31', '300'],
		['2022', '2022-12-31', '280']
	]);
	// the partner editor submits 2026-Q4 early: waiting, not counted
	await submitObservation(as(world.editor), world.slug, keyId, {
		period: '2026-Q4',
		value: '70',
		categories: {},
		reportingActorId: undefined,
		note: ''
	});
	// another initiative's data never shows
	const foreign = (await createIndicator(as(other.lead), other.slug, definition({ name: 'Fremmed', isKey: true }))).id;
	await approved(other.id, foreign, [['2026-Q3', '2026-09-30', '1']]);
});
afterAll(async () => {
	await database.dispose();
});

describe('the dashboard', () => {
	it('lists key indicators first with status from approved values, the latest value, last report, overdue and waiting', async () => {
		const dashboard = await getDashboard(as(world.viewer), world.slug);
		expect(dashboard.indicators.map((i) => i.name)).toEqual(['Unge i uddannelse eller job', 'Ensomme unge', 'Ny i dag']);
		const [key, yearly, fresh] = dashboard.indicators;
		expect(key).toMatchObject({
			isKey: true,
			latest: { period: '2026-Q3', value: '54' },
			latestSubmitted: null,
			lastReported: { period: '2026-Q4' },
			overdue: ['2025-Q4', '2026-Q1'],
			waiting: 1,
			hasTarget: true,
			hasRecentData: true,
			target: { date: '2027-12-31', value: 60 }
		});
		// rising 2 a quarter from 54 (2026-Q3) reaches 60 by 2027-Q2: on track; the waiting 70 would say "met"
		expect(key.status).toBe('on_track');
		expect(key.projected).toBeGreaterThan(60);
		// yearly, nothing since 2022: no data; 2023, 2024 and 2025 are overdue (2023 was due 2024-01-30, after it was made)
		expect(yearly).toMatchObject({ status: 'no_data', latest: { period: '2022', value: '280' }, hasRecentData: false, hasTarget: false });
		expect(yearly.overdue).toEqual(['2023', '2024', '2025']);
		// made today: nothing can be late yet
		expect(fresh).toMatchObject({ status: 'no_data', latest: null, lastReported: null, overdue: [], waiting: 0 });
		expect(dashboard.waitingTotal).toBe(1);
		expect(dashboard.overdueTotal).toBe(5);
		expect(dashboard.indicators.some((i) => i.name === 'Fremmed')).toBe(false);
	});

	it('shows the latest waiting value only when the reader asks, and never lets it change the status', async () => {
		const dashboard = await getDashboard(as(world.viewer), world.slug, { includeSubmitted: true });
		const key = dashboard.indicators[0];
		expect(key.latestSubmitted).toEqual({ period: '2026-Q4', value: '70' });
		expect(key.latest).toEqual({ period: '2026-Q3', value: '54' });
		expect(key.status).toBe('on_track');
	});

	it('is read by every member; an outsider finds nothing; an empty initiative has an empty dashboard', async () => {
		for (const person of [world.lead, world.editor, world.viewer]) {
			const dashboard = await getDashboard(as(person), world.slug);
			expect(dashboard.indicators).toHaveLength(3);
		}
		await expectCode(getDashboard(as(world.outsider), world.slug), 'not_found');
		await expectCode(getDashboard(as(other.lead), world.slug), 'not_found');
		const empty = await createTestInitiative(database.db, 'Tomt');
		expect((await getDashboard(as(empty.viewer), empty.slug)).indicators).toEqual([]);
	});

	it('gives the cockpit its shared-measurement condition: in place with a key indicator on target and recent data', async () => {
		const cockpit = await getCockpit(as(world.viewer), world.slug);
		const measurement = cockpit.conditions.find((c) => c.condition === 'measurement');
		expect(measurement?.state).toBe('in_place');
		expect(measurement?.missing).toEqual([
			{ key: 'measurement_without_target', indicators: ['Ensomme unge', 'Ny i dag'] },
			{ key: 'measurement_without_recent_data', indicators: ['Ensomme unge', 'Ny i dag'] }
		]);
		const empty = await createTestInitiative(database.db, 'Uden indikatorer');
		const none = await getCockpit(as(empty.viewer), empty.slug);
		expect(none.conditions.find((c) => c.condition === 'measurement')?.state).toBe('not_started');
	});
});

describe('the overdue window', () => {
	const schedule = (frequency: 'month' | 'quarter', start: string, expectedAfter: string) => ({
		frequency,
		reportingDelayDays: 30,
		start,
		expectedAfter
	});
	const quarters = (periods: { year: number; index: number }[]) => periods.map((p) => `${p.year}-Q${p.index}`);
	it('is the latest six due periods, only those due after the indicator was made', () => {
		expect(quarters(overdueWindow(schedule('quarter', '2020-01-01', '2020-01-01'), TODAY))).toEqual([
			'2025-Q2',
			'2025-Q3',
			'2025-Q4',
			'2026-Q1',
			'2026-Q2',
			'2026-Q3'
		]);
		// made on 2026-07-15 with a baseline at the end of 2026-Q1: 2026-Q2 was due 2026-07-30, after it
		expect(quarters(overdueWindow(schedule('quarter', '2026-04-01', '2026-07-15'), TODAY))).toEqual(['2026-Q2', '2026-Q3']);
		// without a baseline the schedule starts with the quarter it was made in (as on the overdue list)
		expect(quarters(overdueWindow(schedule('quarter', '2026-07-15', '2026-07-15'), TODAY))).toEqual(['2026-Q3']);
		expect(overdueWindow(schedule('month', TODAY, TODAY), TODAY)).toEqual([]);
	});

	it('follows the same schedule as the overdue list: from the period after the baseline, due after the indicator was made', () => {
		// a baseline at the end of 2025-Q4 covers that quarter: the window starts at 2026-Q1
		expect(quarters(overdueWindow(schedule('quarter', '2026-01-01', '2020-01-01'), TODAY))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
		// made today with a baseline two years back: nothing was asked for before today
		expect(overdueWindow(schedule('quarter', '2024-01-01', TODAY), TODAY)).toEqual([]);
	});
});
