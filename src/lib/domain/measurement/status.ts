/**
 * On-track status at the next target date (measurement.md § Forecast and on-track), respecting
 * polarity. In order:
 * - no_data: nothing approved in the last NO_DATA_DUE_PERIODS due periods;
 * - no_target: no target dated today or later;
 * - met: the latest approved value already meets that target;
 * - no_forecast: fewer than FORECAST_MIN_POINTS values to draw the line through;
 * - on_track: the projection at the target date meets the target;
 * - at_risk: it misses by at most AT_RISK_SHARE of the distance from baseline to target;
 * - off_track: it misses by more.
 * Each result carries its rule as a code, so the page can say in words why.
 */
import { type Forecast, forecastTrend, projectForecast, type SeriesPoint } from './forecast.ts';
import { type Frequency, meetsTarget, type Polarity } from './indicator.ts';
import { dayNumber, type IsoDate, latestDuePeriod, periodOrdinal, DEFAULT_REPORTING_DELAY_DAYS } from './periods.ts';

/** A miss within this share of the baseline-to-target distance is "at risk", beyond it "off track". */
export const AT_RISK_SHARE = 0.1;
/** Without an approved value in this many of the latest due periods the status is "no data". */
export const NO_DATA_DUE_PERIODS = 2;

export const TRACK_STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'no_data', 'no_target', 'no_forecast'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export interface TargetPoint {
	date: IsoDate;
	value: number;
}

export interface StatusInput {
	frequency: Frequency;
	polarity: Polarity;
	/** approved totals, one per period */
	approved: readonly SeriesPoint[];
	baseline?: { date: IsoDate; value: number } | null;
	targets: readonly TargetPoint[];
	today: IsoDate;
	reportingDelayDays?: number;
}

export interface StatusResult {
	status: TrackStatus;
	/** the target the status is measured against (the next one dated today or later) */
	target?: TargetPoint;
	/** the latest approved value */
	latest?: SeriesPoint;
	/** the forecast's value at the target date */
	projected?: number;
	/** how far the projection misses the target, in the indicator's unit (0 when it meets it) */
	shortfall?: number;
	/** AT_RISK_SHARE × |target − baseline|: the largest shortfall that is still "at risk" */
	tolerance?: number;
	forecast?: Forecast;
}

/** The first target dated today or later. */
export function nextTarget(targets: readonly TargetPoint[], today: IsoDate): TargetPoint | undefined {
	const day = dayNumber(today)!;
	return [...targets].filter((t) => dayNumber(t.date)! >= day).sort((a, b) => dayNumber(a.date)! - dayNumber(b.date)!)[0];
}

export function trackStatus(input: StatusInput): StatusResult {
	const delay = input.reportingDelayDays ?? DEFAULT_REPORTING_DELAY_DAYS;
	const lastDue = periodOrdinal(latestDuePeriod(input.frequency, input.today, delay));
	const sorted = [...input.approved].sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
	const latest = sorted.at(-1);
	// the last NO_DATA_DUE_PERIODS due periods, and anything reported early after them
	const recent = sorted.filter((p) => periodOrdinal(p.period) > lastDue - NO_DATA_DUE_PERIODS);
	if (!latest || recent.length === 0) return { status: 'no_data', latest };

	const target = nextTarget(input.targets, input.today);
	if (!target) return { status: 'no_target', latest };
	if (meetsTarget(latest.value, target.value, input.polarity)) return { status: 'met', target, latest };

	const forecast = forecastTrend(sorted, latest.period);
	if (!forecast.ok) return { status: 'no_forecast', target, latest, forecast };
	const projected = projectForecast(forecast, target.date);
	const start = input.baseline?.value ?? forecast.used[0].value;
	const tolerance = AT_RISK_SHARE * Math.abs(target.value - start);
	if (meetsTarget(projected, target.value, input.polarity))
		return { status: 'on_track', target, latest, projected, shortfall: 0, tolerance, forecast };
	const shortfall = Math.abs(target.value - projected);
	return { status: shortfall <= tolerance ? 'at_risk' : 'off_track', target, latest, projected, shortfall, tolerance, forecast };
}
