/**
 * Partner-reported values with approval (issue 13 § 2, measurement.md): a partner editor submits for
 * their own actor, the backbone lead for any; a new submission for a slot replaces its waiting one;
 * the backbone lead approves (the earlier approved value of the slot is superseded, kept as history)
 * or rejects with a comment. Only approved values count; the series may include the waiting ones, marked.
 */
import { categoriesKey, checkCategories } from '../../domain/measurement/disaggregation.ts';
import { formatPeriodKey, parsePeriodKey, periodEnd } from '../../domain/measurement/periods.ts';
import type { ObservationInput } from '../../domain/measurement/schemas.ts';
import { UNUSUAL_HISTORY_SIZE, unusualReasons } from '../../domain/measurement/unusual.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { requireInitiative, requireInitiativeItem } from '../initiatives/access.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import { findActorIn } from './indicators.repository.ts';
import { loadIndicator } from './indicators.usecases.ts';
import type { ObservationRow } from './measurement.table.ts';
import {
	approvedValuesBefore,
	decideRow,
	findObservationRow,
	findWaiting,
	insertObservationRow,
	isUniqueViolation,
	listSeriesRows,
	listSlotVersions,
	listWaitingRows,
	moveSlotState,
	type Slot
} from './observations.repository.ts';

export function describeObservation(row: ObservationRow) {
	return {
		id: row.id,
		indicatorId: row.indicatorId,
		period: row.period,
		periodEnd: row.periodEnd,
		categories: row.categories,
		categoriesKey: row.categoriesKey,
		value: row.value,
		state: row.state,
		reportingActorId: row.reportingActorId,
		note: row.note,
		flags: row.flags,
		submittedBy: row.submittedBy,
		submittedAt: row.submittedAt,
		decidedBy: row.decidedBy,
		decidedAt: row.decidedAt,
		decisionComment: row.decisionComment
	};
}

export type ObservationView = ReturnType<typeof describeObservation>;

/** Runs a transaction; a second approved or waiting row in one slot (a race lost) is a 409. */
async function raceSafe<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
		throw error;
	}
}

/**
 * Submits a value for a period (and optionally one category per dimension). The period must be of
 * the indicator's frequency; the categories its own. A partner editor reports only for their own
 * actor. A waiting value of the same slot is withdrawn and replaced, in one transaction. Unusual
 * values (out of range, far from the recent approved ones) are flagged for the approver.
 */
export async function submitObservation(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: ObservationInput
): Promise<{ id: string; flags: string[]; replacedId: string | null }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const reportingActorId = input.reportingActorId ?? scope.actorId ?? indicator.responsibleActorId ?? null;
	if (input.reportingActorId && !(await findActorIn(ctx.db, scope.id, input.reportingActorId)))
		throw new AppError('invalid_input', { reportingActorId: 'field_measurement_not_in_initiative' });
	await requireInitiativeItem(ctx, scope, 'initiative.report_data', reportingActorId);

	const fields: Record<string, string> = {};
	const period = parsePeriodKey(input.period, indicator.frequency);
	if (!period) fields.period = 'field_measurement_period_wrong_frequency';
	const dimensions = indicator.dimensions.map((d) => ({ key: d.key, categories: d.categories.map((c) => c.key) }));
	if (checkCategories(input.categories, dimensions).length > 0) fields.categories = 'field_measurement_category_unknown';
	if (!period || Object.keys(fields).length > 0) throw new AppError('invalid_input', fields);

	const slot: Slot = {
		initiativeId: scope.id,
		indicatorId: indicator.id,
		period: formatPeriodKey(period),
		categoriesKey: categoriesKey(input.categories)
	};
	const end = periodEnd(period);
	const history = await approvedValuesBefore(ctx.db, scope.id, indicator.id, slot.categoriesKey, end, UNUSUAL_HISTORY_SIZE);
	const flags = unusualReasons(Number(input.value), history, indicator.unit, {
		min: indicator.validMin === null ? null : Number(indicator.validMin),
		max: indicator.validMax === null ? null : Number(indicator.validMax)
	});
	// Replacing another actor's waiting value is acting on that actor's item (checked, and a refusal
	// audited, outside the transaction; inside, the waiting value must still be the one checked).
	const waitingBefore = await findWaiting(ctx.db, slot);
	if (waitingBefore && waitingBefore.reportingActorId !== reportingActorId)
		await requireInitiativeItem(ctx, scope, 'initiative.report_data', waitingBefore.reportingActorId);
	return raceSafe(() =>
		ctx.db.transaction(async (tx) => {
			const waiting = await findWaiting(tx, slot);
			if (waiting && waiting.reportingActorId !== reportingActorId && waiting.id !== waitingBefore?.id)
				throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
			const withdrawn = await moveSlotState(tx, slot, 'submitted', 'withdrawn');
			const row = await insertObservationRow(tx, {
				initiativeId: scope.id,
				indicatorId: indicator.id,
				period: slot.period,
				periodEnd: end,
				categories: { ...input.categories },
				categoriesKey: slot.categoriesKey,
				value: input.value,
				state: 'submitted',
				reportingActorId,
				note: input.note,
				flags,
				submittedBy: ctx.actor.userId,
				submittedAt: nowOf(ctx)
			});
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.observation_submitted',
				targetType: 'observation',
				targetId: row.id,
				details: {
					indicator: indicator.name,
					period: slot.period,
					categories: slot.categoriesKey,
					value: row.value,
					...(flags.length > 0 ? { flags } : {}),
					...(withdrawn.length > 0 ? { replaced: withdrawn.map((w) => w.id) } : {})
				}
			});
			return { id: row.id, flags, replacedId: withdrawn[0]?.id ?? null };
		})
	);
}

/**
 * The backbone lead approves a waiting value: the slot's approved value (if any) becomes
 * `superseded` in the same transaction. A value that no longer waits (decided or replaced meanwhile,
 * or approved by a parallel request) is a 409 `conflict`; the partial unique index guarantees that
 * two parallel approvals never both count.
 */
export async function approveObservation(
	ctx: UseCaseContext,
	slug: string,
	observationId: string,
	input: { comment?: string } = {}
): Promise<{ supersededId: string | null }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return raceSafe(() =>
		ctx.db.transaction(async (tx) => {
			const row = await findObservationRow(tx, scope.id, observationId);
			if (!row) throw new AppError('not_found');
			if (row.state !== 'submitted') throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
			const slot: Slot = { initiativeId: scope.id, indicatorId: row.indicatorId, period: row.period, categoriesKey: row.categoriesKey };
			const superseded = await moveSlotState(tx, slot, 'approved', 'superseded');
			const approved = await decideRow(tx, scope.id, row.id, 'submitted', {
				state: 'approved',
				decidedBy: ctx.actor.userId,
				decidedAt: nowOf(ctx),
				decisionComment: input.comment ?? ''
			});
			if (!approved) throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
			await recordInitiativeChange(tx, ctx, scope.id, {
				action: 'initiative.observation_approved',
				targetType: 'observation',
				targetId: row.id,
				details: {
					period: row.period,
					categories: row.categoriesKey,
					value: row.value,
					...(superseded.length > 0 ? { superseded: superseded.map((s) => ({ id: s.id, value: s.value })) } : {})
				}
			});
			return { supersededId: superseded[0]?.id ?? null };
		})
	);
}

/** The backbone lead rejects a waiting value and says why (a comment is required). */
export async function rejectObservation(
	ctx: UseCaseContext,
	slug: string,
	observationId: string,
	input: { comment: string }
): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	if (input.comment.trim() === '') throw new AppError('invalid_input', { comment: 'field_measurement_comment_required' });
	await ctx.db.transaction(async (tx) => {
		const row = await findObservationRow(tx, scope.id, observationId);
		if (!row) throw new AppError('not_found');
		const rejected = await decideRow(tx, scope.id, row.id, 'submitted', {
			state: 'rejected',
			decidedBy: ctx.actor.userId,
			decidedAt: nowOf(ctx),
			decisionComment: input.comment
		});
		if (!rejected) throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.observation_rejected',
			targetType: 'observation',
			targetId: row.id,
			details: { period: row.period, categories: row.categoriesKey, value: row.value, comment: input.comment }
		});
	});
}

/** Every version of one slot (indicator × period × categories), oldest first: corrections keep the earlier values. */
export async function observationHistory(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: { period: string; categories?: Record<string, string> }
): Promise<ObservationView[]> {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const period = parsePeriodKey(input.period, indicator.frequency);
	if (!period) throw new AppError('invalid_input', { period: 'field_measurement_period_wrong_frequency' });
	const rows = await listSlotVersions(ctx.db, {
		initiativeId: scope.id,
		indicatorId: indicator.id,
		period: formatPeriodKey(period),
		categoriesKey: categoriesKey(input.categories ?? {})
	});
	return rows.map(describeObservation);
}

/** The values waiting for the backbone lead's decision, oldest first, with their indicator's name. */
export async function listWaitingApprovals(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const rows = await listWaitingRows(ctx.db, scope.id);
	return rows.map((row) => ({
		...describeObservation(row.observation),
		indicatorName: row.indicatorName,
		unit: row.unit,
		unitLabel: row.unitLabel
	}));
}

export interface SeriesValue {
	period: string;
	periodEnd: string;
	categories: Record<string, string>;
	categoriesKey: string;
	value: string;
	/** `true` for a value still waiting for approval (shown marked, never counted in status) */
	submitted: boolean;
	observationId: string;
}

/**
 * The values of an indicator for its charts, by period: the approved ones; with `includeSubmitted`
 * also the waiting ones, marked. Every series (total and each category combination) is included.
 */
export async function indicatorSeries(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	options: { includeSubmitted?: boolean } = {}
): Promise<SeriesValue[]> {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const rows = await listSeriesRows(ctx.db, scope.id, indicator.id, options.includeSubmitted ? ['approved', 'submitted'] : ['approved']);
	return rows.map((row) => ({
		period: row.period,
		periodEnd: row.periodEnd,
		categories: row.categories,
		categoriesKey: row.categoriesKey,
		value: row.value,
		submitted: row.state === 'submitted',
		observationId: row.id
	}));
}
