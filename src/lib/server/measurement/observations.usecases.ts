/**
 * Partner-reported values with approval (issue 13 § 2, measurement.md): a partner editor submits for
 * their own actor, the backbone lead for any; a new submission for a slot replaces its waiting one;
 * the backbone lead approves (the earlier approved value of the slot is superseded, kept as history)
 * or rejects with a comment. Only approved values count; the series may include the waiting ones, marked.
 */
import { categoriesKey, checkCategories } from '../../domain/measurement/disaggregation.ts';
import { median } from '../../domain/measurement/forecast.ts';
import { decimalFromNumber } from '../../domain/measurement/numbers.ts';
import {
	comparePeriods,
	dueDate,
	formatPeriodKey,
	isIsoDate,
	latestDuePeriod,
	parsePeriodKey,
	periodEnd,
	periodOfDate,
	previousPeriod,
	shiftPeriod,
	todayIso
} from '../../domain/measurement/periods.ts';
import type { ObservationInput } from '../../domain/measurement/schemas.ts';
import { UNUSUAL_HISTORY_SIZE, UNUSUAL_MIN_HISTORY, unusualReasons } from '../../domain/measurement/unusual.ts';
import { can } from '../../domain/policy/policy.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { actorIn, type InitiativeScope, requireInitiative, requireInitiativeItem } from '../initiatives/access.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import { findActorIn, findIndicatorRow } from './indicators.repository.ts';
import { loadIndicator } from './indicators.usecases.ts';
import type { IndicatorRow, ObservationRow } from './measurement.table.ts';
import {
	actorNames,
	approvedValuesBefore,
	countWaitingRows,
	decideRow,
	findApproved,
	findObservationRow,
	findWaiting,
	insertObservationRow,
	isUniqueViolation,
	listActorRows,
	listCurrentInPeriods,
	listHistoryPage,
	listSeriesRows,
	listSlotVersions,
	listWaitingRows,
	moveSlotState,
	type Slot,
	userNames
} from './observations.repository.ts';

/** The indicator's name for an audit entry (the initiative's history shows it). */
async function indicatorName(db: Executor, initiativeId: string, indicatorId: string): Promise<string> {
	return (await findIndicatorRow(db, initiativeId, indicatorId))?.name ?? '';
}

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
			const withdrawn = await moveSlotState(tx, slot, 'submitted', 'withdrawn', { decidedBy: ctx.actor.userId, decidedAt: nowOf(ctx) });
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
					name: indicator.name,
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
			const superseded = await moveSlotState(tx, slot, 'approved', 'superseded', { decidedBy: ctx.actor.userId, decidedAt: nowOf(ctx) });
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
					name: await indicatorName(tx, scope.id, row.indicatorId),
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
			details: {
				name: await indicatorName(tx, scope.id, row.indicatorId),
				period: row.period,
				categories: row.categoriesKey,
				value: row.value,
				comment: input.comment
			}
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

/** Periods offered on the report form: the last ended one and this many before it. */
export const REPORT_PERIODS_SHOWN = 12;
/** Periods per page of an indicator's history. */
export const HISTORY_PERIODS_PER_PAGE = 8;
/** Waiting values listed on the approvals page at once (the oldest first); the count says how many in all. */
export const APPROVALS_SHOWN = 200;
/** A partner editor's own waiting and rejected values listed at once, newest first. */
export const OWN_VALUES_SHOWN = 50;

/** Can the person decide on values (`initiative.manage`)? Asked without auditing: it only shapes the page. */
function mayManage(ctx: UseCaseContext, scope: InitiativeScope): boolean {
	return can(actorIn(ctx, scope), 'initiative.manage', { type: 'initiative', id: scope.id, actorId: scope.actorId }) && !scope.archived;
}

function indicatorSummary(indicator: IndicatorRow) {
	return {
		id: indicator.id,
		name: indicator.name,
		frequency: indicator.frequency,
		unit: indicator.unit,
		unitLabel: indicator.unitLabel,
		reportingDelayDays: indicator.reportingDelayDays,
		validMin: indicator.validMin,
		validMax: indicator.validMax,
		dimensions: indicator.dimensions
	};
}

/**
 * What the report form needs: the recent periods (newest first, each with its due date and whether
 * anything is reported or waiting for it), the default period (the newest due one not yet reported,
 * else the newest due one), the actors the person may report for (a partner editor: their own; the
 * backbone lead: every actor), and the approved and waiting values of those periods, so a report for
 * a slot that already counts is shown as a correction.
 */
export async function getReportForm(ctx: UseCaseContext, slug: string, indicatorId: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const today = todayIso(nowOf(ctx));
	const lastEnded = previousPeriod(periodOfDate(today, indicator.frequency));
	const latestDue = latestDuePeriod(indicator.frequency, today, indicator.reportingDelayDays);
	const periods = Array.from({ length: REPORT_PERIODS_SHOWN }, (_, i) => shiftPeriod(lastEnded, -i));
	const keys = periods.map(formatPeriodKey);
	const current = await listCurrentInPeriods(ctx.db, scope.id, indicator.id, keys);
	const reported = new Set(current.map((row) => row.period));
	const offered = periods.map((period) => ({
		key: formatPeriodKey(period),
		due: comparePeriods(period, latestDue) <= 0,
		dueDate: dueDate(period, indicator.reportingDelayDays),
		reported: reported.has(formatPeriodKey(period))
	}));
	const defaultPeriod = (offered.find((p) => p.due && !p.reported) ?? offered.find((p) => p.due) ?? offered[0]).key;
	const names = await actorNames(ctx.db, scope.id);
	const manager = mayManage(ctx, scope);
	const actors = [...names].filter(([id]) => manager || id === scope.actorId).map(([id, name]) => ({ id, name }));
	const defaultActorId = scope.actorId ?? indicator.responsibleActorId ?? actors[0]?.id ?? null;
	return {
		scope,
		indicator: indicatorSummary(indicator),
		periods: offered,
		defaultPeriod,
		actors,
		defaultActorId,
		current: current.map((row) => ({ ...describeObservation(row), reportingActorName: names.get(row.reportingActorId ?? '') ?? '' }))
	};
}

/**
 * One value of an indicator (the confirmation after a report), with the slot's counted value when
 * it is another one (then the report is a correction: the counted value stays until it is approved).
 */
export async function getObservation(ctx: UseCaseContext, slug: string, indicatorId: string, observationId: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const row = await findObservationRow(ctx.db, scope.id, observationId);
	if (!row || row.indicatorId !== indicator.id) throw new AppError('not_found');
	const approved = await findApproved(ctx.db, {
		initiativeId: scope.id,
		indicatorId: indicator.id,
		period: row.period,
		categoriesKey: row.categoriesKey
	});
	return {
		scope,
		indicator: indicatorSummary(indicator),
		observation: describeObservation(row),
		countedValue: approved && approved.id !== row.id ? approved.value : null
	};
}

/**
 * A partner editor withdraws their own actor's waiting value (the backbone lead any); it stays in
 * the history as `withdrawn`. A value that no longer waits is a 409.
 */
export async function withdrawObservation(ctx: UseCaseContext, slug: string, observationId: string): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const row = await findObservationRow(ctx.db, scope.id, observationId);
	if (!row) throw new AppError('not_found');
	await requireInitiativeItem(ctx, scope, 'initiative.report_data', row.reportingActorId);
	await ctx.db.transaction(async (tx) => {
		const withdrawn = await decideRow(tx, scope.id, row.id, 'submitted', {
			state: 'withdrawn',
			decidedBy: ctx.actor.userId,
			decidedAt: nowOf(ctx),
			decisionComment: ''
		});
		if (!withdrawn) throw new AppError('conflict', { form: 'field_measurement_not_waiting' });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.observation_withdrawn',
			targetType: 'observation',
			targetId: row.id,
			details: {
				name: await indicatorName(tx, scope.id, row.indicatorId),
				period: row.period,
				categories: row.categoriesKey,
				value: row.value
			}
		});
	});
}

export type BulkOutcome = 'approved' | 'conflict' | 'not_found';

export interface BulkResult {
	id: string;
	outcome: BulkOutcome;
	/** what the value was, for the per-row report (empty when not found) */
	indicatorName: string;
	period: string;
	value: string;
	/** the value's categories (empty for a total) and its indicator's dimensions, to name them */
	categories: Record<string, string>;
	dimensions: IndicatorRow['dimensions'];
}

/**
 * The backbone lead approves several waiting values, each in its own transaction: one that someone
 * else decided first is reported (`conflict`) without stopping the others.
 */
export async function approveObservations(ctx: UseCaseContext, slug: string, observationIds: string[]): Promise<BulkResult[]> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const results: BulkResult[] = [];
	for (const id of new Set(observationIds)) {
		let outcome: BulkOutcome = 'approved';
		try {
			await approveObservation(ctx, slug, id);
		} catch (error) {
			if (!(error instanceof AppError) || (error.code !== 'conflict' && error.code !== 'not_found')) throw error;
			outcome = error.code;
		}
		const row = outcome === 'not_found' ? undefined : await findObservationRow(ctx.db, scope.id, id);
		const indicator = row ? await findIndicatorRow(ctx.db, scope.id, row.indicatorId) : undefined;
		results.push({
			id,
			outcome,
			indicatorName: indicator?.name ?? '',
			period: row?.period ?? '',
			value: row?.value ?? '',
			categories: row?.categories ?? {},
			dimensions: indicator?.dimensions ?? []
		});
	}
	return results;
}

/** The history's middle and the slot's counted value, for an approver deciding on a waiting value. */
async function decisionContext(db: Executor, initiativeId: string, row: ObservationRow) {
	const history = await approvedValuesBefore(db, initiativeId, row.indicatorId, row.categoriesKey, row.periodEnd, UNUSUAL_HISTORY_SIZE);
	const approved = await findApproved(db, {
		initiativeId,
		indicatorId: row.indicatorId,
		period: row.period,
		categoriesKey: row.categoriesKey
	});
	return {
		historyMedian: history.length >= UNUSUAL_MIN_HISTORY ? decimalFromNumber(median(history)) : null,
		historySize: history.length,
		countedValue: approved?.value ?? null
	};
}

/**
 * The approvals page by role. The backbone lead: every waiting value (the oldest APPROVALS_SHOWN)
 * with its reporter, the reasons it looks unusual, the median of its series' recent approved values
 * and the value it would replace. A partner editor: their own actor's waiting and rejected values
 * with the lead's comment. A viewer: the number waiting only — deciding is the lead's work and the
 * notes and comments are between reporter and lead; the values themselves show (marked) in the charts.
 */
export async function approvalsOverview(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const waitingCount = await countWaitingRows(ctx.db, scope.id);
	const names = await actorNames(ctx.db, scope.id);
	if (mayManage(ctx, scope)) {
		const rows = (await listWaitingRows(ctx.db, scope.id)).slice(0, APPROVALS_SHOWN);
		const people = await userNames(
			ctx.db,
			rows.map((r) => r.observation.submittedBy)
		);
		const waiting = [];
		for (const row of rows)
			waiting.push({
				...describeObservation(row.observation),
				indicatorName: row.indicatorName,
				unit: row.unit,
				unitLabel: row.unitLabel,
				dimensions: row.dimensions,
				validMin: row.validMin,
				validMax: row.validMax,
				reportingActorName: names.get(row.observation.reportingActorId ?? '') ?? '',
				submittedByName: people.get(row.observation.submittedBy ?? '') ?? '',
				...(await decisionContext(ctx.db, scope.id, row.observation))
			});
		return { scope, view: 'lead' as const, waitingCount, waiting, own: [] };
	}
	if (scope.role === 'partner_editor' && scope.actorId) {
		const rows = await listActorRows(ctx.db, scope.id, scope.actorId, ['submitted', 'rejected'], OWN_VALUES_SHOWN);
		const own = rows.map((row) => ({
			...describeObservation(row.observation),
			indicatorName: row.indicatorName,
			unit: row.unit,
			unitLabel: row.unitLabel,
			dimensions: row.dimensions,
			reportingActorName: names.get(row.observation.reportingActorId ?? '') ?? ''
		}));
		return { scope, view: 'partner' as const, waitingCount, waiting: [], own };
	}
	return { scope, view: 'count' as const, waitingCount, waiting: [], own: [] };
}

/**
 * Every version of an indicator's values, by period (newest first) and category, newest version
 * first: submitted, approved, rejected with the comment, superseded, withdrawn; who and when. Paged by
 * periods (`before`: the last day of the previous page's oldest period); `period` shows one period.
 */
export async function indicatorHistory(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	options: { before?: string; period?: string } = {}
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const indicator = await loadIndicator(ctx.db, scope, indicatorId);
	const period = options.period ? parsePeriodKey(options.period, indicator.frequency) : null;
	const before = options.before && isIsoDate(options.before) ? options.before : undefined;
	const { rows, nextBefore } = await listHistoryPage(ctx.db, scope.id, indicator.id, {
		periods: HISTORY_PERIODS_PER_PAGE,
		before,
		period: period ? formatPeriodKey(period) : undefined
	});
	const people = await userNames(
		ctx.db,
		rows.flatMap((r) => [r.submittedBy, r.decidedBy])
	);
	const names = await actorNames(ctx.db, scope.id);
	return {
		scope,
		indicator: indicatorSummary(indicator),
		canReport:
			can(actorIn(ctx, scope), 'initiative.report_data', { type: 'initiative', id: scope.id, actorId: scope.actorId }) && !scope.archived,
		period: period ? formatPeriodKey(period) : null,
		paged: before !== undefined,
		nextBefore,
		versions: rows.map((row) => ({
			...describeObservation(row),
			reportingActorName: names.get(row.reportingActorId ?? '') ?? '',
			submittedByName: people.get(row.submittedBy ?? '') ?? '',
			decidedByName: people.get(row.decidedBy ?? '') ?? ''
		}))
	};
}
