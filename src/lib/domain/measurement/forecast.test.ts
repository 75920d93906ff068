import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FORECAST_MIN_POINTS,
	FORECAST_WINDOW_PERIODS,
	forecastTrend,
	median,
	periodPosition,
	projectForecast,
	type SeriesPoint
} from './forecast.ts';
import { parsePeriodKey, periodEnd, shiftPeriod } from './periods.ts';

const q = (key: string) => parsePeriodKey(key, 'quarter')!;
const series = (start: string, values: number[]): SeriesPoint[] => values.map((value, i) => ({ period: shiftPeriod(q(start), i), value }));

describe('forecast (Theil–Sen over the last 6 periods)', () => {
	it('needs at least 3 values in the window', () => {
		expect(forecastTrend([])).toMatchObject({ ok: false, reason: 'not_enough_data' });
		expect(forecastTrend(series('2026-Q1', [1, 2]))).toMatchObject({ ok: false, reason: 'not_enough_data' });
		expect(FORECAST_MIN_POINTS).toBe(3);
		expect(forecastTrend(series('2026-Q1', [1, 2, 3])).ok).toBe(true);
	});

	it('a straight series is projected on its own line', () => {
		const points = series('2025-Q1', [100, 110, 120, 130]);
		const forecast = forecastTrend(points);
		if (!forecast.ok) throw new Error('expected a forecast');
		expect(projectForecast(forecast, periodEnd(points[3].period))).toBeCloseTo(130, 6);
		// time runs in periods: two quarters further is +20 although the quarters differ in days
		expect(projectForecast(forecast, periodEnd(shiftPeriod(points[3].period, 2)))).toBeCloseTo(150, 6);
		// halfway through a quarter is halfway between two values
		expect(projectForecast(forecast, '2026-02-14')).toBeCloseTo(135, 0);
	});

	it('one wild value does not tip the line (robust), where least squares would', () => {
		const forecast = forecastTrend(series('2025-Q1', [100, 110, 900, 130, 140, 150]));
		if (!forecast.ok) throw new Error('expected a forecast');
		expect(projectForecast(forecast, '2026-12-31')).toBeGreaterThan(165);
		expect(projectForecast(forecast, '2026-12-31')).toBeLessThan(175);
	});

	it('uses only the last 6 periods up to the given one', () => {
		const points = series('2023-Q1', [0, 0, 0, 0, 0, 0, 10, 20, 30, 40, 50, 60]);
		const forecast = forecastTrend(points);
		expect(forecast.used).toHaveLength(FORECAST_WINDOW_PERIODS);
		expect(forecast.used[0].value).toBe(10);
		const earlier = forecastTrend(points, q('2024-Q2'));
		expect(earlier.used.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 0]);
		// old values outside the window do not count towards the minimum
		expect(forecastTrend(series('2020-Q1', [1, 2, 3]), q('2026-Q1')).ok).toBe(false);
	});

	it('the line through a noiseless linear series recovers its slope (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1000, max: 1000 }),
				fc.integer({ min: -50, max: 50 }),
				fc.integer({ min: 3, max: 6 }),
				(start, step, n) => {
					const months = Array.from({ length: n }, (_, i) => ({
						period: { frequency: 'year' as const, year: 2020 + i, index: 1 },
						value: start + step * i
					}));
					const forecast = forecastTrend(months);
					if (!forecast.ok) throw new Error('expected a forecast');
					// years are 365 or 366 days: the projection one year on is within 1 % of a step of the truth
					const next = projectForecast(forecast, `${2020 + n}-12-31`);
					expect(Math.abs(next - (start + step * n))).toBeLessThanOrEqual(Math.abs(step) * 0.01 + 1e-6);
				}
			)
		);
	});

	it('places a date at its share of the way through its period', () => {
		expect(periodPosition('2026-12-31', 'year')).toBe(2026);
		expect(periodPosition('2026-03-31', 'quarter')).toBe(2026 * 4);
		expect(periodPosition('2026-01-01', 'year')).toBeCloseTo(2025 + 1 / 365, 9);
	});

	it('median of odd and even lists', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(() => median([])).toThrow();
	});
});
