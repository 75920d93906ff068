import { describe, expect, it } from 'vitest';
import { addMonths, computeRunway, monthsBetween, RUNWAY_WARNING_MONTHS, roundMonthsDown } from './runway.ts';

const TODAY = '2026-12-02';

describe('calendar arithmetic', () => {
	it('adds months, clamping to the last day of a shorter month', () => {
		expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
		expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
	});

	it('counts whole months, then the rest as a share of the next month', () => {
		expect(monthsBetween('2026-12-02', '2027-12-02')).toBe(12);
		expect(monthsBetween('2027-01-15', '2027-03-01')).toBeCloseTo(1 + 14 / 28, 10);
		expect(monthsBetween('2027-02-01', '2027-02-15')).toBeCloseTo(14 / 28, 10);
		expect(monthsBetween('2027-02-01', '2027-02-01')).toBe(0);
		expect(monthsBetween('2027-03-01', '2027-02-01')).toBe(0);
	});

	it('rounds down to one decimal, never up', () => {
		expect(roundMonthsDown(9.96)).toBe(9.9);
		expect(roundMonthsDown(12)).toBe(12);
		expect(roundMonthsDown(11.999)).toBe(11.9);
	});
});

describe('computeRunway', () => {
	it('is zero, with no date, when there is no money', () => {
		expect(computeRunway([], TODAY)).toEqual({ months: 0, endsOn: null, isShort: true });
	});

	it('runs to the end of the one source covering today, in whole months', () => {
		const runway = computeRunway([{ startsOn: '2026-01-01', endsOn: '2027-12-01' }], TODAY);
		expect(runway.endsOn).toBe('2027-12-01');
		expect(runway.months).toBe(12);
		expect(runway.isShort).toBe(false);
	});

	it('counts a partial last month by its days', () => {
		// covered through 16 March 2027: 3 whole months (to 2 March) and 15 of the 31 days to 2 April
		const runway = computeRunway([{ startsOn: '2026-06-01', endsOn: '2027-03-16' }], TODAY);
		expect(runway.endsOn).toBe('2027-03-16');
		expect(runway.months).toBeCloseTo(3 + 15 / 31, 10);
		expect(runway.isShort).toBe(true);
	});

	it('warns just under twelve months and not at twelve', () => {
		expect(computeRunway([{ startsOn: TODAY, endsOn: '2027-11-30' }], TODAY).isShort).toBe(true);
		expect(computeRunway([{ startsOn: TODAY, endsOn: '2027-12-01' }], TODAY).isShort).toBe(false);
		expect(RUNWAY_WARNING_MONTHS).toBe(12);
	});

	it('joins overlapping sources, whatever order they come in', () => {
		const sources = [
			{ startsOn: '2027-03-01', endsOn: '2028-06-30' },
			{ startsOn: '2026-01-01', endsOn: '2027-06-30' }
		];
		expect(computeRunway(sources, TODAY).endsOn).toBe('2028-06-30');
		expect(computeRunway([...sources].reverse(), TODAY).endsOn).toBe('2028-06-30');
	});

	it('joins a source that starts the day after another ends', () => {
		const runway = computeRunway(
			[
				{ startsOn: '2026-01-01', endsOn: '2026-12-31' },
				{ startsOn: '2027-01-01', endsOn: '2027-12-31' }
			],
			TODAY
		);
		expect(runway.endsOn).toBe('2027-12-31');
	});

	it('ends at a gap: a source after the gap does not count', () => {
		const runway = computeRunway(
			[
				{ startsOn: '2026-01-01', endsOn: '2027-03-31' },
				{ startsOn: '2027-04-02', endsOn: '2029-12-31' }
			],
			TODAY
		);
		expect(runway.endsOn).toBe('2027-03-31');
		expect(runway.months).toBeLessThan(4);
	});

	it('is zero when the only money starts later (nothing covers today)', () => {
		expect(computeRunway([{ startsOn: '2027-01-01', endsOn: '2029-12-31' }], TODAY)).toEqual({ months: 0, endsOn: null, isShort: true });
	});

	it('ignores sources that ended before today, and a source nested inside a longer one', () => {
		const runway = computeRunway(
			[
				{ startsOn: '2024-01-01', endsOn: '2026-12-01' },
				{ startsOn: '2026-06-01', endsOn: '2027-09-30' },
				{ startsOn: '2026-07-01', endsOn: '2027-01-31' }
			],
			TODAY
		);
		expect(runway.endsOn).toBe('2027-09-30');
		// an ended source alone gives no runway
		expect(computeRunway([{ startsOn: '2024-01-01', endsOn: '2026-12-01' }], TODAY).endsOn).toBeNull();
	});

	it('counts a source ending today as one day', () => {
		const runway = computeRunway([{ startsOn: '2026-01-01', endsOn: TODAY }], TODAY);
		expect(runway.endsOn).toBe(TODAY);
		expect(runway.months).toBeCloseTo(1 / 31, 10);
	});

	it('ignores a period whose end lies before its start', () => {
		expect(computeRunway([{ startsOn: '2027-12-31', endsOn: '2026-01-01' }], TODAY).endsOn).toBeNull();
	});
});
