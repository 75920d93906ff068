import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREQUENCIES } from './indicator.ts';
import {
	comparePeriods,
	dayNumber,
	dueDate,
	formatPeriodKey,
	isOverdue,
	latestDuePeriod,
	MAX_PERIODS_BETWEEN,
	nextPeriod,
	parsePeriodKey,
	periodEnd,
	periodOfDate,
	periodsBetween,
	periodStart,
	previousPeriod,
	reminderDates
} from './periods.ts';

const isoDate = fc
	.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const frequency = fc.constantFrom(...FREQUENCIES);

describe('period keys', () => {
	it('writes and reads every frequency', () => {
		expect(formatPeriodKey(periodOfDate('2026-03-15', 'month'))).toBe('2026-03');
		expect(formatPeriodKey(periodOfDate('2026-03-15', 'quarter'))).toBe('2026-Q1');
		expect(formatPeriodKey(periodOfDate('2026-07-01', 'half_year'))).toBe('2026-H2');
		expect(formatPeriodKey(periodOfDate('2026-12-31', 'year'))).toBe('2026');
		expect(parsePeriodKey('2026-M03')).toEqual({ frequency: 'month', year: 2026, index: 3 });
		// the Danish quarter, as the pages write it, reads as the same quarter
		expect(parsePeriodKey('2026-K3')).toEqual({ frequency: 'quarter', year: 2026, index: 3 });
		expect(parsePeriodKey('2026-k1', 'quarter')).toEqual(parsePeriodKey('2026-Q1'));
		expect(parsePeriodKey('2026-K5')).toBeNull();
		expect(parsePeriodKey('2026-q4')).toEqual({ frequency: 'quarter', year: 2026, index: 4 });
	});

	it('refuses impossible periods, years far off and the wrong frequency', () => {
		for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-H3', '20266', '1800', 'Q1 2026', '']) {
			expect(parsePeriodKey(bad), bad).toBeNull();
		}
		expect(parsePeriodKey('2026-Q1', 'month')).toBeNull();
		expect(parsePeriodKey('2026-Q1', 'quarter')).not.toBeNull();
	});

	it('round-trips: the key of a date parses back to the same period (property)', () => {
		fc.assert(
			fc.property(isoDate, frequency, (date, f) => {
				const period = periodOfDate(date, f);
				expect(parsePeriodKey(formatPeriodKey(period), f)).toEqual(period);
			})
		);
	});
});

describe('period arithmetic', () => {
	it('knows where periods start and end, leap years included', () => {
		expect(periodStart({ frequency: 'quarter', year: 2026, index: 2 })).toBe('2026-04-01');
		expect(periodEnd({ frequency: 'quarter', year: 2026, index: 2 })).toBe('2026-06-30');
		expect(periodEnd({ frequency: 'month', year: 2024, index: 2 })).toBe('2024-02-29');
		expect(periodEnd({ frequency: 'month', year: 2026, index: 2 })).toBe('2026-02-28');
		expect(periodEnd({ frequency: 'half_year', year: 2026, index: 2 })).toBe('2026-12-31');
	});

	it('steps over the turn of the year both ways', () => {
		expect(formatPeriodKey(nextPeriod(parsePeriodKey('2026-12')!))).toBe('2027-01');
		expect(formatPeriodKey(previousPeriod(parsePeriodKey('2026-Q1')!))).toBe('2025-Q4');
		expect(formatPeriodKey(nextPeriod(parsePeriodKey('2026-H2')!))).toBe('2027-H1');
		expect(formatPeriodKey(previousPeriod(parsePeriodKey('2026')!))).toBe('2025');
	});

	it('a date lies in its period; next and previous are neighbours without gaps (property)', () => {
		fc.assert(
			fc.property(isoDate, frequency, (date, f) => {
				const period = periodOfDate(date, f);
				const day = dayNumber(date)!;
				expect(dayNumber(periodStart(period))! <= day && day <= dayNumber(periodEnd(period))!).toBe(true);
				expect(dayNumber(periodStart(nextPeriod(period)))).toBe(dayNumber(periodEnd(period))! + 1);
				expect(previousPeriod(nextPeriod(period))).toEqual(period);
				expect(comparePeriods(nextPeriod(period), period)).toBe(1);
			})
		);
	});

	it('lists the periods between two dates, inclusive, in order', () => {
		expect(periodsBetween('2025-11-20', '2026-02-01', 'month').map(formatPeriodKey)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(periodsBetween('2026-01-01', '2026-12-31', 'quarter').map(formatPeriodKey)).toEqual([
			'2026-Q1',
			'2026-Q2',
			'2026-Q3',
			'2026-Q4'
		]);
		expect(periodsBetween('2026-05-01', '2026-01-01', 'month')).toEqual([]);
		expect(() => periodsBetween('1900-01-01', '2150-01-01', 'month')).toThrow(RangeError);
		expect(periodsBetween('1950-01-01', '2049-12-31', 'month')).toHaveLength(MAX_PERIODS_BETWEEN);
	});

	it('periodsBetween covers both ends and has no gaps (property)', () => {
		fc.assert(
			fc.property(isoDate, fc.integer({ min: 0, max: 3000 }), frequency, (from, days, f) => {
				const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
				const periods = periodsBetween(from, to, f);
				expect(periods[0]).toEqual(periodOfDate(from, f));
				expect(periods.at(-1)).toEqual(periodOfDate(to, f));
				for (let i = 1; i < periods.length; i++) expect(periods[i]).toEqual(nextPeriod(periods[i - 1]));
			})
		);
	});
});

describe('due dates, overdue and reminders', () => {
	const q1 = parsePeriodKey('2026-Q1')!;

	it('is due on the last day plus the delay (default 30 days), overdue the day after', () => {
		expect(dueDate(q1)).toBe('2026-04-30');
		expect(dueDate(q1, 0)).toBe('2026-03-31');
		expect(isOverdue(q1, '2026-04-30')).toBe(false);
		expect(isOverdue(q1, '2026-05-01')).toBe(true);
		expect(isOverdue(q1, '2026-05-01', { reported: true })).toBe(false);
		expect(isOverdue(q1, '2026-04-05', { delayDays: 3 })).toBe(true);
	});

	it('the latest due period is the last one whose due date has come', () => {
		expect(formatPeriodKey(latestDuePeriod('quarter', '2026-04-29'))).toBe('2025-Q4');
		expect(formatPeriodKey(latestDuePeriod('quarter', '2026-04-30'))).toBe('2026-Q1');
		expect(formatPeriodKey(latestDuePeriod('month', '2026-03-15', 0))).toBe('2026-02');
	});

	it('reminds 7 days before, the day after, then weekly three times', () => {
		expect(reminderDates(q1)).toEqual({ before: '2026-04-23', after: ['2026-05-01', '2026-05-08', '2026-05-15', '2026-05-22'] });
	});
});
