import { describe, expect, it } from 'vitest';
import { effectiveRange, unusualReasons } from './unusual.ts';

describe('unusual values (flagged, never refused)', () => {
	const history = [100, 104, 98, 101, 99, 103, 97, 102];

	it('flags beyond median ± 3 × MAD of the last 8 approved values', () => {
		// median 100.5, MAD 2 → band 94.5 … 106.5
		expect(unusualReasons(106, history, 'count')).toEqual([]);
		expect(unusualReasons(107, history, 'count')).toEqual(['much_higher_than_usual']);
		expect(unusualReasons(94, history, 'count')).toEqual(['much_lower_than_usual']);
	});

	it('needs at least 5 values of history and uses only the last 8', () => {
		expect(unusualReasons(1000, [100, 101, 99, 100], 'count')).toEqual([]);
		expect(unusualReasons(1000, [100, 101, 99, 100, 102], 'count')).toEqual(['much_higher_than_usual']);
		expect(unusualReasons(5, [5, 5, 5, 5, ...history], 'count')).toEqual(['much_lower_than_usual']);
	});

	it('flags a value outside the declared range, and percent outside 0–100', () => {
		expect(unusualReasons(-1, [], 'count', { min: 0 })).toEqual(['below_valid_range']);
		expect(unusualReasons(101, [], 'percent')).toEqual(['above_valid_range']);
		expect(unusualReasons(50, [], 'percent', { max: 40 })).toEqual(['above_valid_range']);
		expect(effectiveRange('percent', { min: -5, max: 200 })).toEqual({ min: 0, max: 100 });
		expect(effectiveRange('count')).toEqual({ min: null, max: null });
	});
});
