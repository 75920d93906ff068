/**
 * The measurement dashboard of one initiative (issue 13 § 5): per indicator, key ones first, the
 * on-track status from the approved values, the latest approved value, when it was last reported,
 * the periods overdue and the values waiting for approval. The cockpit's shared-measurement
 * condition reads the same summary.
 *
 * Built for national scale (scripts/bench/measurement.ts: 3,000 indicators, 1,000,000 observations):
 * two queries whatever the number of indicators (the indicators, then one statement for every
 * observation and target fact, `observationFacts`), never every observation of the initiative, and
 * the per-indicator JavaScript kept small (the overdue windows are worked out once per frequency).
 */
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { MeasuredIndicator } from '../../domain/initiatives/conditions.ts';
import { FORECAST_WINDOW_PERIODS, type SeriesPoint } from '../../domain/measurement/forecast.ts';
import { expectedDuePeriods, type ReportingSchedule } from '../../domain/measurement/overdue.ts';
import { formatPeriodKey, isOverdue, type Period, parsePeriodKey, periodEnd } from '../../domain/measurement/periods.ts';
import { type StatusResult, trackStatus } from '../../domain/measurement/status.ts';
import type { UseCaseContext } from '../context.ts';
import { type Executor, rawAccessOf } from '../db/client.ts';
import { requireInitiative } from '../initiatives/access.ts';
import { todayOf } from '../initiatives/initiatives.usecases.ts';
import { listIndicatorRows } from './indicators.repository.ts';
import type { IndicatorRow } from './measurement.table.ts';
import { scheduleOf } from './reminders.ts';

/** The approved totals read per indicator: the forecast's window (status.ts draws its line through these). */
export const DASHBOARD_RECENT_VALUES = FORECAST_WINDOW_PERIODS;
/** The due periods checked for a missing report, counted back from the latest due one. */
export const OVERDUE_WINDOW_PERIODS = 6;

interface RecentRow {
	indicator_id: string;
	period: string;
	period_end: string;
	value: string;
	submitted_at: string;
}

async function rowsOf<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

/** One row of `observationFacts`: `kind` says which of the reads it answers. */
interface FactRow {
	kind: 'approved' | 'submitted' | 'last' | 'reported' | 'waiting' | 'target';
	indicator_id: string;
	period: string | null;
	period_end: string | null;
	value: string | null;
	submitted_at: string | null;
}

/** Which reads `observationFacts` makes; the cockpit needs only the approved totals and the targets. */
interface FactParts {
	/** newest approved totals per indicator (the forecast's window) */
	approved: number;
	/** the newest waiting total per indicator */
	submitted: boolean;
	/** the newest reported row, the periods reported in the overdue window, and the waiting count */
	reporting: boolean;
}

/**
 * Everything the summary reads about the indicators' observations and targets, in one statement (one
 * round trip instead of six: each costs the server's one JavaScript thread its query building,
 * socket write and row parsing, which at 10 concurrent requests counted more than the reads
 * themselves). Each part reads, per indicator, only the newest rows through the
 * (indicator_id, state, period_end) or (indicator_id, period_end, categories_key) index (a LATERAL …
 * LIMIT), or the waiting rows through (initiative_id, state).
 * - approved / submitted: its newest totals (no categories) in that state, newest first;
 * - last: per state, its newest reported row (any categories): the period and when it came;
 * - reported: which of its window's due periods (`period_end`) have a reported value, approved or
 *   waiting: one probe each through (indicator_id, period_end, …), LIMIT 1, not every row of them;
 * - waiting: the number of values waiting for approval (in `value`);
 * - target: its targets (`period_end` the date, `value` the value).
 */
async function observationFacts(
	db: Executor,
	initiativeId: string,
	indicators: readonly { id: string; window: number }[],
	windowEnds: readonly { window: number; end: string }[],
	parts: FactParts
): Promise<FactRow[]> {
	if (indicators.length === 0) return [];
	const selects = [
		sql`select 'target' as kind, w.id as indicator_id, null as period, t.target_date::text as period_end, t.value::text as value,
				null as submitted_at
			from w join indicator_targets t on t.indicator_id = w.id and t.initiative_id = ${initiativeId}::uuid`,
		sql`select 'approved', w.id, o.period, o.period_end::text, o.value::text, o.submitted_at::text
			from w cross join lateral (
				select period, period_end, value, submitted_at from observations
				where indicator_id = w.id and categories_key = '' and state = 'approved'
				order by period_end desc limit ${parts.approved}::int
			) o`
	];
	if (parts.submitted)
		selects.push(sql`select 'submitted', w.id, o.period, o.period_end::text, o.value::text, o.submitted_at::text
			from w cross join lateral (
				select period, period_end, value, submitted_at from observations
				where indicator_id = w.id and categories_key = '' and state = 'submitted'
				order by period_end desc limit 1
			) o`);
	if (parts.reporting)
		selects.push(
			// one backward index range per state (an IN list would have to sort every row)
			sql`select 'last', w.id, o.period, o.period_end::text, null, o.submitted_at::text
				from w cross join (values ('approved'), ('submitted')) as s(state)
				cross join lateral (
					select period, period_end, submitted_at from observations
					where indicator_id = w.id and state = s.state
					order by period_end desc, submitted_at desc limit 1
				) o`,
			sql`select 'reported', w.id, null, p.period_end::text, null, null
				from w join p on p.win = w.win
				cross join lateral (
					select 1 from observations
					where indicator_id = w.id and period_end = p.period_end and state in ('approved', 'submitted') limit 1
				) o`,
			// the waiting rows are few: counted once through (initiative_id, state), then matched
			// (joined first, the planner probed both indexes once per indicator)
			sql`select 'waiting', c.indicator_id, null, null, c.n::text, null
				from (
					select indicator_id, count(*) as n from observations
					where initiative_id = ${initiativeId}::uuid and state = 'submitted'
					group by indicator_id
				) c
				where c.indicator_id in (select id from w)`
		);
	// The initiative filter (Z3) sits on the indicators the reads start from: an observation's
	// initiative follows from its indicator, and repeating it inside made the planner expect a
	// handful of rows and sort them all instead. The lists go in as arrays, so the statement's text
	// is the same for every initiative and PostgreSQL keeps it prepared (planning it cost ~2.4 ms).
	const query = sql`with w(id, win) as materialized (
			select i.id, v.win from unnest(${sql.param(indicators.map((w) => w.id))}::uuid[], ${sql.param(indicators.map((w) => w.window))}::int[]) as v(id, win)
			join indicators i on i.id = v.id and i.initiative_id = ${initiativeId}::uuid
		),
		p(win, period_end) as (
			select * from unnest(${sql.param(windowEnds.map((e) => e.window))}::int[], ${sql.param(windowEnds.map((e) => e.end))}::date[])
		)
		${sql.join(selects, sql` union all `)}`;
	const raw = rawAccessOf(db);
	if (!raw) return rowsOf<FactRow>(db, query);
	const { sql: text, params } = dialect.sqlToQuery(query);
	return raw.query<FactRow>(`dashboard-facts-${parts.submitted ? 's' : ''}${parts.reporting ? 'r' : ''}`, text, params);
}

const dialect = new PgDialect();

const toPoint = (row: RecentRow, frequency: IndicatorRow['frequency']): SeriesPoint | null => {
	const period = parsePeriodKey(row.period, frequency);
	return period ? { period, value: Number(row.value) } : null;
};

/**
 * The due periods an indicator is checked for: the latest OVERDUE_WINDOW_PERIODS that its reporting
 * schedule (`scheduleOf`) expects — the domain's rule, the same as the overdue list's and the reminders'.
 */
export const overdueWindow = (schedule: ReportingSchedule, today: string): Period[] =>
	expectedDuePeriods(schedule, today, OVERDUE_WINDOW_PERIODS);

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

/** A due period of an overdue window: its key, and whether its due date has passed by today. */
interface WindowPeriod {
	key: string;
	/** its last day: how the facts name it */
	end: string;
	pastDue: boolean;
}

/** The indicators (every one, or those of `onlyIds`) and their facts, grouped per indicator and kind. */
async function readIndicators(
	db: Executor,
	initiativeId: string,
	today: string,
	parts: FactParts,
	onlyIds?: readonly string[]
): Promise<{ rows: IndicatorRow[]; windows: Map<string, WindowPeriod[]>; facts: Map<string, Map<FactRow['kind'], FactRow[]>> }> {
	const all = await listIndicatorRows(db, initiativeId);
	const rows = onlyIds ? all.filter((row) => onlyIds.includes(row.id)) : all;
	// indicators share their schedule (frequency, delay, start, creation day): each window is worked out once
	const cache = new Map<string, { number: number; periods: WindowPeriod[] }>();
	const windowOf = (row: IndicatorRow) => {
		const schedule = scheduleOf(row);
		const key = `${schedule.frequency}|${schedule.reportingDelayDays}|${schedule.start}|${schedule.expectedAfter}`;
		let window = cache.get(key);
		if (!window) {
			window = {
				number: cache.size,
				periods: overdueWindow(schedule, today).map((period) => ({
					key: formatPeriodKey(period),
					end: periodEnd(period),
					pastDue: isOverdue(period, today, { delayDays: row.reportingDelayDays })
				}))
			};
			cache.set(key, window);
		}
		return window;
	};
	const windows = new Map(rows.map((row) => [row.id, windowOf(row)]));
	const list = await observationFacts(
		db,
		initiativeId,
		rows.map((row) => ({ id: row.id, window: windows.get(row.id)?.number ?? -1 })),
		parts.reporting ? [...cache.values()].flatMap((w) => w.periods.map((p) => ({ window: w.number, end: p.end }))) : [],
		parts
	);
	const facts = new Map<string, Map<FactRow['kind'], FactRow[]>>();
	for (const fact of list) {
		const own = facts.get(fact.indicator_id) ?? new Map<FactRow['kind'], FactRow[]>();
		facts.set(fact.indicator_id, own);
		const kind = own.get(fact.kind);
		if (kind) kind.push(fact);
		else own.set(fact.kind, [fact]);
	}
	return { rows, windows: new Map([...windows].map(([id, w]) => [id, w.periods])), facts };
}

/** The on-track status from the approved totals (newest first) and the targets. */
function statusOf(row: IndicatorRow, approved: readonly FactRow[], targets: readonly { date: string; value: number }[], today: string) {
	const points = approved.map((r) => toPoint(r as RecentRow, row.frequency)).filter((p): p is SeriesPoint => p !== null);
	return trackStatus({
		frequency: row.frequency,
		polarity: row.polarity,
		approved: points,
		baseline: row.baselineValue !== null && row.baselineDate !== null ? { date: row.baselineDate, value: Number(row.baselineValue) } : null,
		targets,
		today,
		reportingDelayDays: row.reportingDelayDays
	});
}

const targetsOf = (facts: Map<FactRow['kind'], FactRow[]> | undefined) =>
	(facts?.get('target') ?? [])
		.map((t) => ({ date: t.period_end as string, value: Number(t.value) }))
		.sort((a, b) => a.date.localeCompare(b.date));

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
	const { rows, windows, facts } = await readIndicators(
		db,
		initiativeId,
		today,
		{ approved: DASHBOARD_RECENT_VALUES, submitted: Boolean(options.includeSubmitted), reporting: true },
		options.onlyIds
	);
	const summaries = rows.map((row): DashboardIndicator => {
		const own = facts.get(row.id);
		const recent = own?.get('approved') ?? [];
		const ownTargets = targetsOf(own);
		const result = statusOf(row, recent, ownTargets, today);
		const reported = new Set((own?.get('reported') ?? []).map((r) => r.period_end));
		const overdue = (windows.get(row.id) ?? []).filter((p) => p.pastDue && !reported.has(p.end)).map((p) => p.key);
		const newest = recent[0];
		const newestWaiting = own?.get('submitted')?.[0];
		const lastRow = (own?.get('last') ?? []).sort(
			(a, b) =>
				(b.period_end as string).localeCompare(a.period_end as string) || (b.submitted_at as string).localeCompare(a.submitted_at as string)
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
			latest: newest ? { period: newest.period as string, value: newest.value as string } : null,
			latestSubmitted: newestWaiting ? { period: newestWaiting.period as string, value: newestWaiting.value as string } : null,
			lastReported: lastRow ? { period: lastRow.period as string, at: (lastRow.submitted_at as string).slice(0, 10) } : null,
			overdue,
			waiting: Number(own?.get('waiting')?.[0]?.value ?? 0),
			hasTarget: ownTargets.some((t) => t.date >= today),
			hasRecentData: result.status !== 'no_data'
		};
	});
	// key indicators first, otherwise in their own order (stable sort)
	return summaries.sort((a, b) => Number(b.isKey) - Number(a.isKey));
}

/**
 * The indicators as the cockpit's shared-measurement condition reads them: only the status's
 * inputs (approved totals and targets), not the reporting facts the dashboard shows.
 */
export async function measuredIndicators(db: Executor, initiativeId: string, today: string): Promise<MeasuredIndicator[]> {
	const { rows, facts } = await readIndicators(db, initiativeId, today, {
		approved: DASHBOARD_RECENT_VALUES,
		submitted: false,
		reporting: false
	});
	return rows.map((row) => {
		const own = facts.get(row.id);
		const targets = targetsOf(own);
		const status = statusOf(row, own?.get('approved') ?? [], targets, today).status;
		return { name: row.name, isKey: row.isKey, hasTarget: targets.some((t) => t.date >= today), hasRecentData: status !== 'no_data' };
	});
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
