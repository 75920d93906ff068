import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from './forecast.ts';
import { parsePeriodKey, shiftPeriod } from './periods.ts';
import { AT_RISK_SHARE, nextTarget, type StatusInput, trackStatus } from './status.ts';

const series = (start: string, values: number[]): SeriesPoint[] =>
	values.map((value, i) => ({ period: shiftPeriod(parsePeriodKey(start)!, i), value }));

// quarters 2025-Q1 … 2026-Q2; on 2026-08-15 the latest due quarter is 2026-Q2 (due 2026-07-30)
const base = (over: Partial<StatusInput>): StatusInput => ({
	frequency: 'quarter',
	polarity: 'higher_is_better',
	approved: series('2025-Q1', [100, 110, 120, 130, 140, 150]),
	baseline: { date: '2024-12-31', value: 100 },
	targets: [{ date: '2027-12-31', value: 200 }],
	today: '2026-08-15',
	...over
});

describe('on-track status', () => {
	it('higher is better: on track when the projection reaches the target', () => {
		const result = trackStatus(base({}));
		expect(result.status).toBe('on_track');
		expect(result.projected).toBeGreaterThan(200);
	});

	it('higher is better: at risk within 10 % of the distance, off track beyond', () => {
		// the line reaches ~210 at 2027-12-31; baseline 100
		expect(trackStatus(base({ targets: [{ date: '2027-12-31', value: 215 }] })).status).toBe('at_risk');
		expect(trackStatus(base({ targets: [{ date: '2027-12-31', value: 260 }] })).status).toBe('off_track');
		const r = trackStatus(base({ targets: [{ date: '2027-12-31', value: 215 }] }));
		expect(r.tolerance).toBeCloseTo(AT_RISK_SHARE * 115, 6);
		expect(r.shortfall!).toBeLessThanOrEqual(r.tolerance!);
	});

	it('lower is better: the same rules mirrored', () => {
		const falling = series('2025-Q1', [200, 190, 180, 170, 160, 150]);
		const input = { polarity: 'lower_is_better' as const, approved: falling, baseline: { date: '2024-12-31', value: 200 } };
		expect(trackStatus(base({ ...input, targets: [{ date: '2027-12-31', value: 100 }] })).status).toBe('on_track');
		expect(trackStatus(base({ ...input, targets: [{ date: '2027-12-31', value: 85 }] })).status).toBe('at_risk');
		expect(trackStatus(base({ ...input, targets: [{ date: '2027-12-31', value: 40 }] })).status).toBe('off_track');
		// a rising line is never on track when lower is better
		expect(trackStatus(base({ polarity: 'lower_is_better', targets: [{ date: '2027-12-31', value: 90 }] })).status).toBe('off_track');
	});

	it('met when the latest approved value already meets the target, for either polarity', () => {
		expect(trackStatus(base({ targets: [{ date: '2027-12-31', value: 150 }] })).status).toBe('met');
		expect(trackStatus(base({ polarity: 'lower_is_better', targets: [{ date: '2027-12-31', value: 160 }] })).status).toBe('met');
	});

	it('no data when nothing is approved in the last two due periods', () => {
		expect(trackStatus(base({ approved: [] })).status).toBe('no_data');
		// latest value in 2026-Q1, the one before the latest due quarter: still counts
		expect(trackStatus(base({ approved: series('2025-Q1', [100, 110, 120, 130, 140]) })).status).not.toBe('no_data');
		// latest value in 2025-Q4: two due quarters without a value
		expect(trackStatus(base({ approved: series('2025-Q1', [100, 110, 120, 130]) })).status).toBe('no_data');
	});

	it('no forecast with fewer than 3 values; no target when every target has passed', () => {
		expect(trackStatus(base({ approved: series('2026-Q1', [140, 150]) })).status).toBe('no_forecast');
		expect(trackStatus(base({ targets: [{ date: '2026-01-01', value: 200 }] })).status).toBe('no_target');
	});

	it('measures against the next target, not a later one', () => {
		const targets = [
			{ date: '2030-12-31', value: 1000 },
			{ date: '2026-12-31', value: 160 }
		];
		expect(nextTarget(targets, '2026-08-15')).toEqual({ date: '2026-12-31', value: 160 });
		expect(trackStatus(base({ targets })).status).toBe('on_track');
	});

	it('without a baseline, the distance runs from the first value the line uses', () => {
		const r = trackStatus(base({ baseline: null, targets: [{ date: '2027-12-31', value: 215 }] }));
		expect(r.tolerance).toBeCloseTo(AT_RISK_SHARE * 115, 6);
	});
});
