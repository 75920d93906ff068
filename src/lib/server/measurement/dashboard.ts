/**
 * The measurement dashboard of one initiative (issue 13 § 5): per indicator, key ones first, the
 * on-track status from the approved values, the latest approved value, when it was last reported,
 * the periods overdue and the values waiting for approval. The cockpit's shared-measurement
 * condition reads the same summary.
 *
 * Built for national scale: a fixed number of queries whatever the number of indicators (no query
 * per indicator), and never every observation of the initiative: each reads, per indicator, only the
 * newest rows through the (indicator_id, initiative_id, state, period_end) index (a LATERAL … LIMIT),
 * or the waiting rows through (initiative_id, state). The initiative filter (Z3) sits on the
 * indicators the laterals start from: an observation's initiative follows from its indicator, and
 * repeating it inside made the planner expect a handful of rows and sort them all instead.
 */
import { sql } from 'drizzle-orm';
import type { MeasuredIndicator } from '../../domain/initiatives/conditions.ts';
import { FORECAST_WINDOW_PERIODS, type SeriesPoint } from '../../domain/measurement/forecast.ts';
import {
	dueDate,
	formatPeriodKey,
	isOverdue,
	latestDuePeriod,
	type Period,
	parsePeriodKey,
	periodEnd,
	shiftPeriod
} from '../../domain/measurement/periods.ts';
import { type StatusResult, trackStatus } from '../../domain/measurement/status.ts';
import type { UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { requireInitiative } from '../initiatives/access.ts';
import { todayOf } from '../initiatives/initiatives.usecases.ts';
import { listIndicatorRows, listTargetRows } from './indicators.repository.ts';
import type { IndicatorRow } from './measurement.table.ts';

/** The approved totals read per indicator: the forecast's window (status.ts draws its line through these). */
export const DASHBOARD_RECENT_VALUES = FORECAST_WINDOW_PERIODS;
/** The due periods checked for a missing report, counted back from the latest due one. */
export const OVERDUE_WINDOW_PERIODS = 6;

interface RecentRow {
	indicator_id: string;
	period: string;
	period_end: string;
	value: string;
	state: 'approved' | 'submitted';
	submitted_at: string;
}

async function rowsOf<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

const idList = (ids: readonly string[]) =>
	sql.join(
		ids.map((id) => sql`(${id}::uuid)`),
		sql`, `
	);

/** Per indicator, its newest `limit` totals (no categories) in `state`, newest first. */
async function recentTotals(db: Executor, initiativeId: string, ids: readonly string[], state: 'approved' | 'submitted', limit: number) {
	if (ids.length === 0) return [];
	return rowsOf<RecentRow>(
		db,
		sql`select i.id as indicator_id, o.period, o.period_end::text as period_end, o.value::text as value, o.state,
				o.submitted_at::text as submitted_at
			from indicators i
			cross join lateral (
				select period, period_end, value, state, submitted_at from observations
				where indicator_id = i.id and categories_key = '' and state = ${state}
				order by period_end desc limit ${limit}
			) o
			where i.initiative_id = ${initiativeId} and i.id in (${idList(ids)})`
	);
}

/**
 * Per indicator, the newest reported row (approved or waiting, any categories): the period and when
 * it came. One backward index range per state (an IN list would have to sort every row).
 */
async function lastReported(db: Executor, initiativeId: string, ids: readonly string[]) {
	if (ids.length === 0) return [];
	return rowsOf<{ indicator_id: string; period: string; period_end: string; submitted_at: string }>(
		db,
		sql`select i.id as indicator_id, o.period, o.period_end::text as period_end, o.submitted_at::text as submitted_at
			from indicators i cross join (values ('approved'), ('submitted')) as s(state)
			cross join lateral (
				select period, period_end, submitted_at from observations
				where indicator_id = i.id and state = s.state
				order by period_end desc, submitted_at desc limit 1
			) o
			where i.initiative_id = ${initiativeId} and i.id in (${idList(ids)})`
	);
}

/** Per indicator, the periods with a reported value (approved or waiting) ending on or after its `since`. */
async function reportedPeriods(db: Executor, initiativeId: string, windows: readonly { id: string; since: string }[]) {
	if (windows.length === 0) return [];
	return rowsOf<{ indicator_id: string; period: string }>(
		db,
		sql`select i.id as indicator_id, o.period
			from (values ${sql.join(
				windows.map((w) => sql`(${w.id}::uuid, ${w.since}::date)`),
				sql`, `
			)}) as w(id, since)
			join indicators i on i.id = w.id and i.initiative_id = ${initiativeId}
			cross join lateral (
				select distinct period from observations
				where indicator_id = i.id and state in ('approved', 'submitted') and period_end >= w.since
			) o`
	);
}

/** The number of values waiting for approval, per indicator (the waiting rows are few: read through (initiative_id, state)). */
async function waitingCounts(db: Executor, initiativeId: string) {
	return rowsOf<{ indicator_id: string; waiting: string | number }>(
		db,
		sql`select indicator_id, count(*) as waiting from observations
			where initiative_id = ${initiativeId} and state = 'submitted' group by indicator_id`
	);
}

const toPoint = (row: RecentRow, frequency: IndicatorRow['frequency']): SeriesPoint | null => {
	const period = parsePeriodKey(row.period, frequency);
	return period ? { period, value: Number(row.value) } : null;
};

/**
 * The due periods an indicator is checked for: the latest OVERDUE_WINDOW_PERIODS due ones, and
 * only those due after the indicator was made (nobody can be late for a report asked before then).
 */
export function overdueWindow(frequency: IndicatorRow['frequency'], delayDays: number, createdOn: string, today: string): Period[] {
	const latest = latestDuePeriod(frequency, today, delayDays);
	const periods: Period[] = [];
	for (let back = OVERDUE_WINDOW_PERIODS - 1; back >= 0; back--) {
		const period = shiftPeriod(latest, -back);
		if (dueDate(period, delayDays) > createdOn) periods.push(period);
	}
	return periods;
}

export interface DashboardIndicator {
	id: string;
	name: string;
	isKey: boolean;
	kind: IndicatorRow['kind'];
	polarity: IndicatorRow['polarity'];
	frequency: IndicatorRow['frequency'];
	unit: IndicatorRow['unit'];
	unitLabel: string;
	status: StatusResult['status'];
	/** the target the status is measured against, and the forecast's value there */
	target: { date: string; value: number } | null;
	projected: number | null;
	/** the latest approved total */
	latest: { period: string; value: string } | null;
	/** the latest waiting total, only when the reader chose to include submitted values */
	latestSubmitted: { period: string; value: string } | null;
	lastReported: { period: string; at: string } | null;
	/** due periods without any reported value (approved or waiting), oldest first */
	overdue: string[];
	waiting: number;
	hasTarget: boolean;
	hasRecentData: boolean;
}

/**
 * The summary of an initiative's indicators (every indicator, or those of `onlyIds`), key ones
 * first. Only approved values count in the status; `includeSubmitted` adds the latest waiting total
 * beside it, marked by the page.
 */
export async function measurementSummary(
	db: Executor,
	initiativeId: string,
	today: string,
	options: { includeSubmitted?: boolean; onlyIds?: readonly string[] } = {}
): Promise<DashboardIndicator[]> {
	const all = await listIndicatorRows(db, initiativeId);
	const rows = options.onlyIds ? all.filter((row) => options.onlyIds?.includes(row.id)) : all;
	if (rows.length === 0) return [];
	const ids = rows.map((row) => row.id);
	const windows = new Map(
		rows.map((row) => [row.id, overdueWindow(row.frequency, row.reportingDelayDays, row.createdAt.toISOString().slice(0, 10), today)])
	);
	const sinceOf = (row: IndicatorRow) => {
		const first = windows.get(row.id)?.[0];
		return first ? periodEnd(first) : today;
	};
	const [targets, approved, submitted, last, reported, waiting] = await Promise.all([
		listTargetRows(db, initiativeId, ids),
		recentTotals(db, initiativeId, ids, 'approved', DASHBOARD_RECENT_VALUES),
		options.includeSubmitted ? recentTotals(db, initiativeId, ids, 'submitted', 1) : Promise.resolve([]),
		lastReported(db, initiativeId, ids),
		reportedPeriods(
			db,
			initiativeId,
			rows.map((row) => ({ id: row.id, since: sinceOf(row) }))
		),
		waitingCounts(db, initiativeId)
	]);
	const byIndicator = <T extends { indicator_id: string }>(list: T[]) => {
		const map = new Map<string, T[]>();
		for (const item of list) map.set(item.indicator_id, [...(map.get(item.indicator_id) ?? []), item]);
		return map;
	};
	const approvedBy = byIndicator(approved);
	const submittedBy = byIndicator(submitted);
	const lastBy = byIndicator(last);
	const reportedBy = byIndicator(reported);
	const waitingBy = new Map(waiting.map((w) => [w.indicator_id, Number(w.waiting)]));

	const summaries = rows.map((row): DashboardIndicator => {
		const recent = approvedBy.get(row.id) ?? [];
		const points = recent.map((r) => toPoint(r, row.frequency)).filter((p): p is SeriesPoint => p !== null);
		const ownTargets = targets.filter((t) => t.indicatorId === row.id).map((t) => ({ date: t.targetDate, value: Number(t.value) }));
		const result = trackStatus({
			frequency: row.frequency,
			polarity: row.polarity,
			approved: points,
			baseline:
				row.baselineValue !== null && row.baselineDate !== null ? { date: row.baselineDate, value: Number(row.baselineValue) } : null,
			targets: ownTargets,
			today,
			reportingDelayDays: row.reportingDelayDays
		});
		const reportedSet = new Set((reportedBy.get(row.id) ?? []).map((r) => r.period));
		const overdue = (windows.get(row.id) ?? [])
			.filter((period) =>
				isOverdue(period, today, { delayDays: row.reportingDelayDays, reported: reportedSet.has(formatPeriodKey(period)) })
			)
			.map(formatPeriodKey);
		const newest = recent[0];
		const newestWaiting = submittedBy.get(row.id)?.[0];
		const lastRow = (lastBy.get(row.id) ?? []).sort(
			(a, b) => b.period_end.localeCompare(a.period_end) || b.submitted_at.localeCompare(a.submitted_at)
		)[0];
		return {
			id: row.id,
			name: row.name,
			isKey: row.isKey,
			kind: row.kind,
			polarity: row.polarity,
			frequency: row.frequency,
			unit: row.unit,
			unitLabel: row.unitLabel,
			status: result.status,
			target: result.target ?? null,
			projected: result.projected ?? null,
			latest: newest ? { period: newest.period, value: newest.value } : null,
			latestSubmitted: newestWaiting ? { period: newestWaiting.period, value: newestWaiting.value } : null,
			lastReported: lastRow ? { period: lastRow.period, at: lastRow.submitted_at.slice(0, 10) } : null,
			overdue,
			waiting: waitingBy.get(row.id) ?? 0,
			hasTarget: ownTargets.some((t) => t.date >= today),
			hasRecentData: result.status !== 'no_data'
		};
	});
	// key indicators first, otherwise in their own order (stable sort)
	return summaries.sort((a, b) => Number(b.isKey) - Number(a.isKey));
}

/** The indicators as the cockpit's shared-measurement condition reads them. */
export async function measuredIndicators(db: Executor, initiativeId: string, today: string): Promise<MeasuredIndicator[]> {
	const summary = await measurementSummary(db, initiativeId, today);
	return summary.map((item) => ({ name: item.name, isKey: item.isKey, hasTarget: item.hasTarget, hasRecentData: item.hasRecentData }));
}

/** The dashboard page: everyone in the initiative reads it. */
export async function getDashboard(ctx: UseCaseContext, slug: string, options: { includeSubmitted?: boolean } = {}) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const today = todayOf(ctx);
	const indicators = await measurementSummary(ctx.db, scope.id, today, { includeSubmitted: options.includeSubmitted });
	return {
		scope,
		today,
		includeSubmitted: Boolean(options.includeSubmitted),
		overdueWindow: OVERDUE_WINDOW_PERIODS,
		indicators,
		waitingTotal: indicators.reduce((sum, i) => sum + i.waiting, 0),
		overdueTotal: indicators.reduce((sum, i) => sum + i.overdue.length, 0)
	};
}
