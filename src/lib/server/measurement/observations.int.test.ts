import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { addTestMember, createTestInitiative, newPerson, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import { insertObservationRow, isUniqueViolation } from './observations.repository.ts';
import {
	approvalsOverview,
	approveObservation,
	approveObservations,
	getObservation,
	getReportForm,
	HISTORY_PERIODS_PER_PAGE,
	indicatorHistory,
	indicatorSeries,
	listWaitingApprovals,
	observationHistory,
	REPORT_PERIODS_SHOWN,
	rejectObservation,
	submitObservation,
	withdrawObservation
} from './observations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let indicatorId: string;
let otherIndicatorId: string;
let otherObservationId: string;
const as = (actor: Actor) => contextFor(database.db, actor);

async function caught(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}
async function expectCode(promise: Promise<unknown>, code: string, field?: string) {
	const error = await caught(promise);
	expect(error.code).toBe(code);
	if (field) expect(Object.keys(error.fields)).toContain(field);
}

const definition = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
	name: 'Unge i job',
	definition: '',
	kind: 'better_off',
	polarity: 'higher_is_better',
	frequency: 'quarter',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: '0',
	validMax: '1000',
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

const value = (
	period: string,
	v: string,
	extra: { categories?: Record<string, string>; reportingActorId?: string; note?: string } = {}
) => ({
	period,
	value: v,
	categories: extra.categories ?? {},
	reportingActorId: extra.reportingActorId,
	note: extra.note ?? ''
});

async function newIndicator(name: string) {
	return (await createIndicator(as(world.lead), world.slug, definition({ name }))).id;
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Data');
	other = await createTestInitiative(database.db, 'Andre data');
	indicatorId = await newIndicator('Unge i job');
	otherIndicatorId = (await createIndicator(as(other.lead), other.slug, definition({ name: 'Andet' }))).id;
	otherObservationId = (await submitObservation(as(other.lead), other.slug, otherIndicatorId, value('2025-Q1', '5'))).id;
});
afterAll(async () => {
	await database.dispose();
});

describe('submitting values', () => {
	it('a partner editor submits for their own actor (by default), audited; the value waits', async () => {
		const { id, flags, replacedId } = await submitObservation(
			as(world.editor),
			world.slug,
			indicatorId,
			value('2025-Q1', '12', { note: 'Fra CRM' })
		);
		expect(flags).toEqual([]);
		expect(replacedId).toBeNull();
		const [version] = await observationHistory(as(world.viewer), world.slug, indicatorId, { period: '2025-Q1' });
		expect(version).toMatchObject({
			id,
			state: 'submitted',
			value: '12',
			reportingActorId: world.ownActorId,
			periodEnd: '2025-03-31',
			note: 'Fra CRM'
		});
		const audit = await findAuditEntries(database.db, { action: 'initiative.observation_submitted' });
		expect(audit.some((entry) => entry.targetId === id && entry.initiativeId === world.id)).toBe(true);
	});

	it('a partner editor may not submit for another actor; the backbone lead may for any; viewers and outsiders not at all', async () => {
		await expectCode(
			submitObservation(as(world.editor), world.slug, indicatorId, value('2025-Q2', '3', { reportingActorId: world.otherActorId })),
			'forbidden'
		);
		const byLead = await submitObservation(
			as(world.lead),
			world.slug,
			indicatorId,
			value('2025-Q2', '3', { reportingActorId: world.otherActorId })
		);
		const [version] = await observationHistory(as(world.lead), world.slug, indicatorId, { period: '2025-Q2' });
		expect(version).toMatchObject({ id: byLead.id, reportingActorId: world.otherActorId });
		// the other actor's waiting value is not the partner editor's to replace
		await expectCode(submitObservation(as(world.editor), world.slug, indicatorId, value('2025-Q2', '4')), 'forbidden');
		await expectCode(submitObservation(as(world.viewer), world.slug, indicatorId, value('2025-Q3', '3')), 'forbidden');
		await expectCode(submitObservation(as(world.outsider), world.slug, indicatorId, value('2025-Q3', '3')), 'not_found');
		await expectCode(
			submitObservation(as(world.lead), world.slug, indicatorId, value('2025-Q3', '3', { reportingActorId: other.ownActorId })),
			'invalid_input',
			'reportingActorId'
		);
	});

	it('checks the period against the frequency and the categories against the dimensions', async () => {
		await expectCode(submitObservation(as(world.editor), world.slug, indicatorId, value('2025-03', '1')), 'invalid_input', 'period');
		await expectCode(
			submitObservation(as(world.editor), world.slug, indicatorId, value('2025-Q1', '1', { categories: { koen: 'x' } })),
			'invalid_input',
			'categories'
		);
		await expectCode(
			submitObservation(as(world.editor), world.slug, indicatorId, value('2025-Q1', '1', { categories: { alder: '18-24' } })),
			'invalid_input',
			'categories'
		);
		const split = await submitObservation(as(world.editor), world.slug, indicatorId, value('2025-Q1', '7', { categories: { koen: 'k' } }));
		const versions = await observationHistory(as(world.editor), world.slug, indicatorId, { period: '2025-Q1', categories: { koen: 'k' } });
		expect(versions.map((v) => v.id)).toEqual([split.id]);
		expect(versions[0].categoriesKey).toBe('koen=k');
	});

	it('a new submission replaces the waiting one of the slot (withdrawn, kept in the history)', async () => {
		const id = await newIndicator('Erstat');
		const first = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '10'));
		const second = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '11'));
		expect(second.replacedId).toBe(first.id);
		const versions = await observationHistory(as(world.viewer), world.slug, id, { period: '2025-Q1' });
		expect(versions.map((v) => [v.id, v.state])).toEqual([
			[first.id, 'withdrawn'],
			[second.id, 'submitted']
		]);
		expect((await listWaitingApprovals(as(world.lead), world.slug)).filter((w) => w.indicatorId === id).map((w) => w.id)).toEqual([
			second.id
		]);
	});

	it('flags a value out of the declared range and one far from the recent approved values', async () => {
		const id = await newIndicator('Usædvanlig');
		for (const [period, v] of [
			['2023-Q4', '100'],
			['2024-Q1', '102'],
			['2024-Q2', '98'],
			['2024-Q3', '101'],
			['2024-Q4', '99']
		]) {
			const { id: obs } = await submitObservation(as(world.editor), world.slug, id, value(period, v));
			await approveObservation(as(world.lead), world.slug, obs);
		}
		const high = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '400'));
		expect(high.flags).toEqual(['much_higher_than_usual']);
		const out = await submitObservation(as(world.editor), world.slug, id, value('2025-Q2', '1500'));
		expect(out.flags).toContain('above_valid_range');
		const [stored] = await observationHistory(as(world.lead), world.slug, id, { period: '2025-Q2' });
		expect(stored.flags).toContain('above_valid_range');
	});
});

describe('approving and rejecting', () => {
	it('approving supersedes the earlier approved value (kept in history); only the backbone lead decides; audited', async () => {
		const id = await newIndicator('Godkend');
		const first = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '10'));
		for (const person of [world.editor, world.viewer]) await expectCode(approveObservation(as(person), world.slug, first.id), 'forbidden');
		await expectCode(approveObservation(as(world.outsider), world.slug, first.id), 'not_found');
		expect(await approveObservation(as(world.lead), world.slug, first.id)).toEqual({ supersededId: null });
		await expectCode(approveObservation(as(world.lead), world.slug, first.id), 'conflict');
		const correction = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '12', { note: 'Rettet' }));
		expect(await approveObservation(as(world.lead), world.slug, correction.id, { comment: 'Tak' })).toEqual({ supersededId: first.id });
		const versions = await observationHistory(as(world.viewer), world.slug, id, { period: '2025-Q1' });
		expect(versions.map((v) => [v.value, v.state])).toEqual([
			['10', 'superseded'],
			['12', 'approved']
		]);
		expect(versions[1]).toMatchObject({ decidedBy: world.lead.userId, decisionComment: 'Tak' });
		const audit = await findAuditEntries(database.db, { action: 'initiative.observation_approved' });
		expect(audit.filter((entry) => entry.targetId === first.id || entry.targetId === correction.id)).toHaveLength(2);
	});

	it('rejecting needs a comment and the backbone lead; a rejected value does not count', async () => {
		const id = await newIndicator('Afvis');
		const sent = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '10'));
		await expectCode(rejectObservation(as(world.lead), world.slug, sent.id, { comment: ' ' }), 'invalid_input', 'comment');
		for (const person of [world.editor, world.viewer])
			await expectCode(rejectObservation(as(person), world.slug, sent.id, { comment: 'Nej' }), 'forbidden');
		await expectCode(rejectObservation(as(world.outsider), world.slug, sent.id, { comment: 'Nej' }), 'not_found');
		await rejectObservation(as(world.lead), world.slug, sent.id, { comment: 'Tallet dækker hele året' });
		await expectCode(rejectObservation(as(world.lead), world.slug, sent.id, { comment: 'Igen' }), 'conflict');
		await expectCode(approveObservation(as(world.lead), world.slug, sent.id), 'conflict');
		const [version] = await observationHistory(as(world.editor), world.slug, id, { period: '2025-Q1' });
		expect(version).toMatchObject({ state: 'rejected', decisionComment: 'Tallet dækker hele året' });
		expect(await indicatorSeries(as(world.viewer), world.slug, id, { includeSubmitted: true })).toEqual([]);
		const audit = await findAuditEntries(database.db, { action: 'initiative.observation_rejected' });
		expect(audit.some((entry) => entry.targetId === sent.id)).toBe(true);
	});

	it('two parallel approvals of one waiting value: exactly one approves, the other is refused with 409', async () => {
		const id = await newIndicator('Kapløb');
		const earlier = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '1'));
		await approveObservation(as(world.lead), world.slug, earlier.id);
		const sent = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '2'));
		const results = await Promise.allSettled([
			approveObservation(as(world.lead), world.slug, sent.id),
			approveObservation(as(world.lead), world.slug, sent.id)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(AppError);
		expect((refused.reason as AppError).status).toBe(409);
		const versions = await observationHistory(as(world.lead), world.slug, id, { period: '2025-Q1' });
		expect(versions.map((v) => v.state)).toEqual(['superseded', 'approved']);
	});

	it('an approval racing a replacing submission: never two counted or two waiting values in the slot', async () => {
		const id = await newIndicator('Kapløb 2');
		const first = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '1'));
		const results = await Promise.allSettled([
			approveObservation(as(world.lead), world.slug, first.id),
			submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '2'))
		]);
		expect(results[1].status).toBe('fulfilled');
		const versions = await observationHistory(as(world.lead), world.slug, id, { period: '2025-Q1' });
		expect(versions.filter((v) => v.state === 'approved').length).toBeLessThanOrEqual(1);
		expect(versions.filter((v) => v.state === 'submitted')).toHaveLength(1);
		if (results[0].status === 'rejected') {
			expect((results[0].reason as AppError).status).toBe(409);
			expect(versions.map((v) => v.state)).toEqual(['withdrawn', 'submitted']);
		} else expect(versions.map((v) => v.state)).toEqual(['approved', 'submitted']);
	});
});

describe('reading values', () => {
	it('the series counts approved values; with includeSubmitted the waiting ones come marked', async () => {
		const id = await newIndicator('Serie');
		for (const [period, v] of [
			['2025-Q1', '10'],
			['2025-Q2', '11']
		]) {
			const sent = await submitObservation(as(world.editor), world.slug, id, value(period, v));
			await approveObservation(as(world.lead), world.slug, sent.id);
		}
		await submitObservation(as(world.editor), world.slug, id, value('2025-Q3', '13'));
		await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '9'));
		for (const person of [world.lead, world.editor, world.viewer]) {
			const approved = await indicatorSeries(as(person), world.slug, id);
			expect(approved.map((p) => [p.period, p.value, p.submitted])).toEqual([
				['2025-Q1', '10', false],
				['2025-Q2', '11', false]
			]);
		}
		const withWaiting = await indicatorSeries(as(world.viewer), world.slug, id, { includeSubmitted: true });
		expect(withWaiting.map((p) => [p.period, p.value, p.submitted])).toEqual([
			['2025-Q1', '10', false],
			['2025-Q1', '9', true],
			['2025-Q2', '11', false],
			['2025-Q3', '13', true]
		]);
		await expectCode(indicatorSeries(as(world.outsider), world.slug, id), 'not_found');
		await expectCode(listWaitingApprovals(as(world.outsider), world.slug), 'not_found');
		await expectCode(observationHistory(as(world.outsider), world.slug, id, { period: '2025-Q1' }), 'not_found');
		const waiting = await listWaitingApprovals(as(world.viewer), world.slug);
		expect(waiting.filter((w) => w.indicatorId === id).map((w) => [w.period, w.indicatorName])).toEqual([
			['2025-Q3', 'Serie'],
			['2025-Q1', 'Serie']
		]);
	});

	it('Z3: another initiative’s indicator or value is not found for every role, and never listed', async () => {
		for (const person of [world.lead, world.editor, world.viewer]) {
			await expectCode(
				submitObservation(as(person), world.slug, otherIndicatorId, value('2025-Q1', '1')),
				person === world.viewer ? 'forbidden' : 'not_found'
			);
			await expectCode(indicatorSeries(as(person), world.slug, otherIndicatorId), 'not_found');
			await expectCode(observationHistory(as(person), world.slug, otherIndicatorId, { period: '2025-Q1' }), 'not_found');
			await expectCode(approveObservation(as(person), world.slug, otherObservationId), person === world.lead ? 'not_found' : 'forbidden');
			await expectCode(
				rejectObservation(as(person), world.slug, otherObservationId, { comment: 'x' }),
				person === world.lead ? 'not_found' : 'forbidden'
			);
			expect((await listWaitingApprovals(as(person), world.slug)).some((w) => w.id === otherObservationId)).toBe(false);
		}
		await expectCode(approveObservation(as(world.lead), world.slug, 'not-a-uuid'), 'not_found');
		const [untouched] = await observationHistory(as(other.lead), other.slug, otherIndicatorId, { period: '2025-Q1' });
		expect(untouched.state).toBe('submitted');
	});
});

describe('the data pages', () => {
	/** 2 December 2026: Q3 2026 is due (30 October), Q4 2026 has not ended. */
	const at = (actor: Actor) => contextFor(database.db, actor, { now: () => new Date('2026-12-02T09:00:00Z') });

	it('the report form offers recent periods newest first, defaults to the newest due one not reported, and the actors one may report for', async () => {
		const id = await newIndicator('Formular');
		const empty = await getReportForm(at(world.editor), world.slug, id);
		expect(empty.periods).toHaveLength(REPORT_PERIODS_SHOWN);
		expect(empty.periods.slice(0, 2).map((p) => [p.key, p.due, p.dueDate])).toEqual([
			['2026-Q3', true, '2026-10-30'],
			['2026-Q2', true, '2026-07-30']
		]);
		expect(empty.defaultPeriod).toBe('2026-Q3');
		expect(empty.actors.map((a) => a.id)).toEqual([world.ownActorId]);
		expect(empty.defaultActorId).toBe(world.ownActorId);
		const sent = await submitObservation(at(world.editor), world.slug, id, value('2026-Q3', '12,5'.replace(',', '.')));
		await approveObservation(at(world.lead), world.slug, sent.id);
		const later = await getReportForm(at(world.lead), world.slug, id);
		expect(later.defaultPeriod).toBe('2026-Q2');
		expect(later.periods[0].reported).toBe(true);
		expect(new Set(later.actors.map((a) => a.id))).toEqual(new Set([world.ownActorId, world.otherActorId]));
		expect(later.current.map((v) => [v.period, v.value, v.state, v.reportingActorName])).toEqual([
			['2026-Q3', '12.5', 'approved', 'Egen Kommune']
		]);
		await expectCode(getReportForm(at(world.viewer), world.slug, id), 'forbidden');
		await expectCode(getReportForm(at(world.outsider), world.slug, id), 'not_found');
		for (const person of [world.lead, world.editor]) await expectCode(getReportForm(at(person), world.slug, otherIndicatorId), 'not_found');
	});

	it('a correction: the confirmation names the counted value, which stays until the new one is approved', async () => {
		const id = await newIndicator('Rettelse');
		const first = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '10'));
		await approveObservation(as(world.lead), world.slug, first.id);
		const correction = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '11'));
		const shown = await getObservation(as(world.editor), world.slug, id, correction.id);
		expect(shown.observation).toMatchObject({ value: '11', state: 'submitted' });
		expect(shown.countedValue).toBe('10');
		expect((await getObservation(as(world.viewer), world.slug, id, first.id)).countedValue).toBeNull();
		await expectCode(getObservation(as(world.lead), world.slug, indicatorId, correction.id), 'not_found');
		await expectCode(getObservation(as(world.lead), world.slug, id, otherObservationId), 'not_found');
		await expectCode(getObservation(as(world.outsider), world.slug, id, correction.id), 'not_found');
	});

	it('withdrawing: a partner editor their own actor’s waiting value only, kept in the history, audited; twice is a 409', async () => {
		const id = await newIndicator('Træk tilbage');
		const own = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '5'));
		const others = await submitObservation(as(world.lead), world.slug, id, value('2025-Q2', '6', { reportingActorId: world.otherActorId }));
		await expectCode(withdrawObservation(as(world.editor), world.slug, others.id), 'forbidden');
		await expectCode(withdrawObservation(as(world.viewer), world.slug, own.id), 'forbidden');
		await expectCode(withdrawObservation(as(world.outsider), world.slug, own.id), 'not_found');
		for (const person of [world.lead, world.editor])
			await expectCode(withdrawObservation(as(person), world.slug, otherObservationId), 'not_found');
		await withdrawObservation(as(world.editor), world.slug, own.id);
		await expectCode(withdrawObservation(as(world.editor), world.slug, own.id), 'conflict');
		await expectCode(approveObservation(as(world.lead), world.slug, own.id), 'conflict');
		const [version] = await observationHistory(as(world.viewer), world.slug, id, { period: '2025-Q1' });
		expect(version).toMatchObject({ state: 'withdrawn', decidedBy: world.editor.userId });
		const audit = await findAuditEntries(database.db, { action: 'initiative.observation_withdrawn' });
		const entry = audit.find((e) => e.targetId === own.id);
		expect(entry?.initiativeId).toBe(world.id);
		expect(entry?.details).toMatchObject({ name: 'Træk tilbage', period: '2025-Q1', value: '5' });
		// the backbone lead may withdraw any actor's waiting value
		await withdrawObservation(as(world.lead), world.slug, others.id);
	});

	it('approving several: each value its own outcome; one decided first by someone else does not stop the rest', async () => {
		const id = await newIndicator('Samlet');
		const a = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '1'));
		const b = await submitObservation(as(world.editor), world.slug, id, value('2025-Q2', '2'));
		const c = await submitObservation(as(world.editor), world.slug, id, value('2025-Q3', '3'));
		await rejectObservation(as(world.lead), world.slug, b.id, { comment: 'Forkert kvartal' });
		await expectCode(approveObservations(as(world.editor), world.slug, [a.id]), 'forbidden');
		await expectCode(approveObservations(as(world.outsider), world.slug, [a.id]), 'not_found');
		const results = await approveObservations(as(world.lead), world.slug, [a.id, b.id, c.id, otherObservationId]);
		expect(results.map((r) => [r.id, r.outcome, r.period])).toEqual([
			[a.id, 'approved', '2025-Q1'],
			[b.id, 'conflict', '2025-Q2'],
			[c.id, 'approved', '2025-Q3'],
			[otherObservationId, 'not_found', '']
		]);
		expect(results[0].indicatorName).toBe('Samlet');
		// each names its categories for the report (a total here: none)
		expect(results[0]).toMatchObject({ categories: {}, dimensions: [{ key: expect.any(String) }] });
		expect(results[3]).toMatchObject({ indicatorName: '', categories: {} });
		const [untouched] = await observationHistory(as(other.lead), other.slug, otherIndicatorId, { period: '2025-Q1' });
		expect(untouched.state).toBe('submitted');
	});

	it('two backbone leads approve the same value at once: exactly one wins, the other gets a 409', async () => {
		const secondLead = await newPerson(database.db);
		await addTestMember(database.db, world.id, secondLead, 'backbone_lead');
		const id = await newIndicator('To ledere');
		const sent = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '7'));
		const results = await Promise.allSettled([
			approveObservation(as(world.lead), world.slug, sent.id),
			approveObservation(as(secondLead), world.slug, sent.id)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect((refused.reason as AppError).status).toBe(409);
		const versions = await observationHistory(as(world.viewer), world.slug, id, { period: '2025-Q1' });
		expect(versions.map((v) => v.state)).toEqual(['approved']);
	});

	it('the database itself refuses a second approved (or waiting) value in one slot', async () => {
		const id = await newIndicator('Indeks');
		const sent = await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '7'));
		await approveObservation(as(world.lead), world.slug, sent.id);
		await submitObservation(as(world.editor), world.slug, id, value('2025-Q1', '8'));
		for (const state of ['approved', 'submitted'] as const) {
			const error = await insertObservationRow(database.db, {
				initiativeId: world.id,
				indicatorId: id,
				period: '2025-Q1',
				periodEnd: '2025-03-31',
				categories: {},
				categoriesKey: '',
				value: '9',
				state
			}).then(
				() => null,
				(e: unknown) => e
			);
			expect(isUniqueViolation(error)).toBe(true);
		}
		// another category is another slot
		await insertObservationRow(database.db, {
			initiativeId: world.id,
			indicatorId: id,
			period: '2025-Q1',
			periodEnd: '2025-03-31',
			categories: { koen: 'k' },
			categoriesKey: 'koen=k',
			value: '3',
			state: 'approved'
		});
	});

	it('the approvals page by role: the lead all waiting values with flags, median and the counted value; a partner editor their own actor’s; a viewer the count', async () => {
		const fresh = await createTestInitiative(database.db, 'Godkendelser');
		const id = (await createIndicator(as(fresh.lead), fresh.slug, definition({ name: 'Besøg' }))).id;
		for (const [period, v] of [
			['2024-Q1', '100'],
			['2024-Q2', '104'],
			['2024-Q3', '98'],
			['2024-Q4', '101'],
			['2025-Q1', '99']
		]) {
			const sent = await submitObservation(as(fresh.editor), fresh.slug, id, value(period, v));
			await approveObservation(as(fresh.lead), fresh.slug, sent.id);
		}
		const high = await submitObservation(as(fresh.editor), fresh.slug, id, value('2025-Q2', '400', { note: 'Ny metode' }));
		const correction = await submitObservation(as(fresh.editor), fresh.slug, id, value('2025-Q1', '97'));
		const others = await submitObservation(as(fresh.lead), fresh.slug, id, value('2025-Q3', '5', { reportingActorId: fresh.otherActorId }));
		const rejected = await submitObservation(as(fresh.editor), fresh.slug, id, value('2025-Q4', '6'));
		await rejectObservation(as(fresh.lead), fresh.slug, rejected.id, { comment: 'Dækker hele året' });

		const lead = await approvalsOverview(as(fresh.lead), fresh.slug);
		expect(lead.view).toBe('lead');
		expect(lead.waitingCount).toBe(3);
		expect(lead.waiting.map((w) => w.id)).toEqual([high.id, correction.id, others.id]);
		expect(lead.waiting[0]).toMatchObject({
			flags: ['much_higher_than_usual'],
			historyMedian: '100',
			historySize: 5,
			countedValue: null,
			reportingActorName: 'Egen Kommune',
			note: 'Ny metode',
			indicatorName: 'Besøg'
		});
		expect(lead.waiting[1]).toMatchObject({ countedValue: '99', historySize: 4, historyMedian: null });

		const editor = await approvalsOverview(as(fresh.editor), fresh.slug);
		expect(editor.view).toBe('partner');
		expect(editor.waiting).toEqual([]);
		expect(editor.own.map((o) => o.id).sort()).toEqual([high.id, correction.id, rejected.id].sort());
		expect(editor.own.find((o) => o.id === rejected.id)).toMatchObject({ state: 'rejected', decisionComment: 'Dækker hele året' });

		const viewer = await approvalsOverview(as(fresh.viewer), fresh.slug);
		expect(viewer).toMatchObject({ view: 'count', waitingCount: 3, waiting: [], own: [] });
		await expectCode(approvalsOverview(as(fresh.outsider), fresh.slug), 'not_found');
		await expectCode(approvalsOverview(as(world.lead), fresh.slug), 'not_found');
	});

	it('the history: every version by period (newest first), who and when, paged by periods, one period on request', async () => {
		const id = await newIndicator('Historik');
		const periods = Array.from({ length: HISTORY_PERIODS_PER_PAGE + 2 }, (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
		for (const period of periods) {
			const sent = await submitObservation(as(world.editor), world.slug, id, value(period, '10'));
			await approveObservation(as(world.lead), world.slug, sent.id);
		}
		const last = periods.at(-1) as string;
		const correction = await submitObservation(as(world.editor), world.slug, id, value(last, '12', { note: 'Rettet tal' }));
		await approveObservation(as(world.lead), world.slug, correction.id);
		const rejected = await submitObservation(as(world.editor), world.slug, id, value(last, '99'));
		await rejectObservation(as(world.lead), world.slug, rejected.id, { comment: 'For højt' });

		const first = await indicatorHistory(as(world.viewer), world.slug, id);
		expect(first.canReport).toBe(false);
		expect(new Set(first.versions.map((v) => v.period)).size).toBe(HISTORY_PERIODS_PER_PAGE);
		expect(first.versions[0].period).toBe(last);
		expect(first.versions.slice(0, 3).map((v) => [v.value, v.state])).toEqual([
			['99', 'rejected'],
			['12', 'approved'],
			['10', 'superseded']
		]);
		expect(first.versions[0]).toMatchObject({ decisionComment: 'For højt', decidedBy: world.lead.userId });
		expect(first.versions[2]).toMatchObject({ decidedBy: world.lead.userId });
		expect(first.versions[2].decidedAt).not.toBeNull();
		expect(first.nextBefore).not.toBeNull();
		const second = await indicatorHistory(as(world.editor), world.slug, id, { before: first.nextBefore as string });
		expect(second.canReport).toBe(true);
		expect(second.versions.map((v) => v.period)).toEqual(['2020-Q2', '2020-Q1']);
		expect(second.nextBefore).toBeNull();
		const one = await indicatorHistory(as(world.lead), world.slug, id, { period: last });
		expect(one.versions).toHaveLength(3);
		expect(one.period).toBe(last);
		await expectCode(indicatorHistory(as(world.outsider), world.slug, id), 'not_found');
		for (const person of [world.lead, world.editor, world.viewer])
			await expectCode(indicatorHistory(as(person), world.slug, otherIndicatorId), 'not_found');
	});
});
