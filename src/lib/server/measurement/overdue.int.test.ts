import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { AppError } from '../http/errors.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { getDashboard } from './dashboard.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import { indicators, measurementReminders } from './measurement.table.ts';
import { submitObservation } from './observations.usecases.ts';
import { listOverdueReports } from './overdue.usecases.ts';

/** The overdue list: who may read it, what it holds, and a partner editor's own actor first. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let ownIndicator: string;
let otherIndicator: string;
/** 15 May 2026: January–March are overdue (March was due 30 April), April is not yet. */
const now = new Date('2026-05-15T10:00:00Z');
const as = (actor: Actor) => contextFor(database.db, actor, { now: () => now });

const definition = (name: string, responsibleActorId?: string): IndicatorInput => ({
	name,
	definition: '',
	kind: 'how_much',
	polarity: 'higher_is_better',
	frequency: 'month',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: undefined,
	validMax: undefined,
	responsibleActorId,
	goalIds: [],
	dimensions: []
});

async function indicator(initiative: TestInitiative, name: string, actorId?: string) {
	const { id } = await createIndicator(contextFor(database.db, initiative.lead), initiative.slug, definition(name, actorId));
	await database.db
		.update(indicators)
		.set({ createdAt: new Date('2026-01-01T08:00:00Z') })
		.where(eq(indicators.id, id));
	return id;
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Forsinket');
	other = await createTestInitiative(database.db, 'Andet forsinket');
	// created first, so by position and name the other actor's indicator would come first
	otherIndicator = await indicator(world, 'Fondens tal', world.otherActorId);
	ownIndicator = await indicator(world, 'Kommunens tal', world.ownActorId);
	await indicator(other, 'Andet initiativs tal');
	await submitObservation(contextFor(database.db, world.editor), world.slug, ownIndicator, {
		period: '2026-02',
		value: '7',
		categories: {},
		reportingActorId: undefined,
		note: ''
	});
	await database.db.insert(measurementReminders).values([
		{ indicatorId: ownIndicator, period: '2026-01', reminder: 'before', sentAt: new Date('2026-02-23T06:00:00Z') },
		{ indicatorId: ownIndicator, period: '2026-01', reminder: 'after-1', sentAt: new Date('2026-03-03T06:00:00Z') }
	]);
}, 120_000);
afterAll(async () => {
	await database.dispose();
});

describe('the overdue list', () => {
	it('the lead sees every unreported period past its due date, longest overdue first, with reminders sent', async () => {
		const { rows } = await listOverdueReports(as(world.lead), world.slug);
		expect(rows.map((r) => [r.indicatorName, r.period, r.daysOverdue])).toEqual([
			['Fondens tal', '2026-01', 74],
			['Kommunens tal', '2026-01', 74],
			['Fondens tal', '2026-02', 46],
			['Fondens tal', '2026-03', 15],
			['Kommunens tal', '2026-03', 15]
		]);
		const january = rows.find((r) => r.indicatorId === ownIndicator && r.period === '2026-01');
		expect(january).toMatchObject({ dueDate: '2026-03-02', actorName: 'Egen Kommune', remindersSent: 2, own: false });
		expect(january?.lastReminderAt?.toISOString()).toBe('2026-03-03T06:00:00.000Z');
		expect(rows.some((r) => r.indicatorName === 'Andet initiativs tal')).toBe(false);
	});

	it("a partner editor sees their own actor's first", async () => {
		const { rows } = await listOverdueReports(as(world.editor), world.slug);
		expect(rows.map((r) => [r.indicatorName, r.period, r.own])).toEqual([
			['Kommunens tal', '2026-01', true],
			['Kommunens tal', '2026-03', true],
			['Fondens tal', '2026-01', false],
			['Fondens tal', '2026-02', false],
			['Fondens tal', '2026-03', false]
		]);
	});

	it('a viewer reads it; an outsider and a stranger to the slug get not_found', async () => {
		expect((await listOverdueReports(as(world.viewer), world.slug)).rows).toHaveLength(5);
		await expect(listOverdueReports(as(world.outsider), world.slug)).rejects.toMatchObject({ code: 'not_found' });
		await expect(listOverdueReports(as(other.lead), world.slug)).rejects.toBeInstanceOf(AppError);
		await expect(listOverdueReports(as(other.lead), world.slug)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('a baseline a year back does not make the months before the indicator existed overdue (the dashboard counts the same way)', async () => {
		const later = await createTestInitiative(database.db, 'Ny indikator');
		const { id } = await createIndicator(contextFor(database.db, later.lead), later.slug, definition('Ny med gammel baseline'));
		// made on 10 April 2026 with a baseline at the end of 2025: January and February were due before it existed
		await database.db
			.update(indicators)
			.set({ createdAt: new Date('2026-04-10T08:00:00Z'), baselineDate: '2025-12-31', baselineValue: '5' })
			.where(eq(indicators.id, id));
		const rows = (await listOverdueReports(contextFor(database.db, later.lead, { now: () => now }), later.slug)).rows;
		expect(rows.map((row) => row.period)).toEqual(['2026-03']);
		const dashboard = await getDashboard(contextFor(database.db, later.lead, { now: () => now }), later.slug);
		expect(dashboard.indicators.find((i) => i.id === id)?.overdue).toEqual(['2026-03']);
	});

	it('nothing overdue before the first due date', async () => {
		const early = contextFor(database.db, world.lead, { now: () => new Date('2026-03-02T12:00:00Z') });
		expect((await listOverdueReports(early, world.slug)).rows).toEqual([]);
		expect(otherIndicator).toBeTruthy();
	});
});
