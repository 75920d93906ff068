/**
 * "Turn the curve" forecast (measurement.md § Forecast): a straight line through the approved
 * values of the last FORECAST_WINDOW_PERIODS periods, with the Theil–Sen slope (the median of the
 * slopes between every pair of points, so one bad point does not tip the line) and the median
 * intercept; projected to each target date. Fewer than FORECAST_MIN_POINTS values: no forecast.
 * Time runs in periods (so months of 28 and 31 days count alike); a period's value is placed on
 * its last day, and a target date falls at its share of the way through its period.
 */
import { dayNumber, type IsoDate, type Period, periodEnd, periodOfDate, periodOrdinal, periodStart } from './periods.ts';

export const FORECAST_WINDOW_PERIODS = 6;
export const FORECAST_MIN_POINTS = 3;
/** The method, as a stable code the page turns into words (measurement-labels.ts). */
export const FORECAST_METHOD = 'theil_sen_last_periods' as const;

export interface SeriesPoint {
	period: Period;
	value: number;
}

export type Forecast =
	| {
			ok: true;
			method: typeof FORECAST_METHOD;
			frequency: Period['frequency'];
			/** change per period */
			slopePerPeriod: number;
			/** the line's value at period ordinal 0; use `projectForecast` */
			intercept: number;
			/** the points the line was drawn through, oldest first */
			used: SeriesPoint[];
	  }
	| { ok: false; reason: 'not_enough_data'; used: SeriesPoint[] };

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Where a date lies on the period axis: the last day of period n is at n, its first day just after n − 1. */
export function periodPosition(date: IsoDate, frequency: Period['frequency']): number {
	const day = dayNumber(date);
	if (day === null) throw new RangeError(`not a date: ${date}`);
	const period = periodOfDate(date, frequency);
	const start = dayNumber(periodStart(period))!;
	const length = dayNumber(periodEnd(period))! - start + 1;
	return periodOrdinal(period) - 1 + (day - start + 1) / length;
}

/**
 * The forecast from the points whose period lies in the window of FORECAST_WINDOW_PERIODS periods
 * that ends with `lastPeriod` (default: the latest point's period). Points must be of one frequency;
 * one point per period (the total, approved).
 */
export function forecastTrend(points: readonly SeriesPoint[], lastPeriod?: Period): Forecast {
	if (points.length === 0) return { ok: false, reason: 'not_enough_data', used: [] };
	const end = lastPeriod ? periodOrdinal(lastPeriod) : Math.max(...points.map((p) => periodOrdinal(p.period)));
	const used = points
		.filter((p) => {
			const ordinal = periodOrdinal(p.period);
			return ordinal <= end && ordinal > end - FORECAST_WINDOW_PERIODS;
		})
		.sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period));
	if (used.length < FORECAST_MIN_POINTS) return { ok: false, reason: 'not_enough_data', used };
	const xs = used.map((p) => periodOrdinal(p.period));
	const slopes: number[] = [];
	for (let i = 0; i < used.length; i++) {
		for (let j = i + 1; j < used.length; j++) {
			if (xs[j] !== xs[i]) slopes.push((used[j].value - used[i].value) / (xs[j] - xs[i]));
		}
	}
	if (slopes.length === 0) return { ok: false, reason: 'not_enough_data', used };
	const slopePerPeriod = median(slopes);
	const intercept = median(used.map((p, i) => p.value - slopePerPeriod * xs[i]));
	return { ok: true, method: FORECAST_METHOD, frequency: used[0].period.frequency, slopePerPeriod, intercept, used };
}

/** The forecast's value on a date. */
export function projectForecast(forecast: Extract<Forecast, { ok: true }>, date: IsoDate): number {
	return forecast.intercept + forecast.slopePerPeriod * periodPosition(date, forecast.frequency);
}
