import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import {
	approveObservation,
	indicatorSeries,
	listWaitingApprovals,
	observationHistory,
	rejectObservation,
	submitObservation
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
