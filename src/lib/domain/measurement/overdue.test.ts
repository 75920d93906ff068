import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dueReminders,
	nextDueReport,
	overdueReports,
	REMINDER_GRACE_DAYS,
	reminderKey,
	reminderSchedule,
	type ReportingSchedule
} from './overdue.ts';
import { addDays, dueDate, parsePeriodKey, type Period } from './periods.ts';

const monthly: ReportingSchedule = { frequency: 'month', start: '2026-01-01' };
const keys = (reports: { key: string }[]) => reports.map((r) => r.key);
const period = (key: string) => parsePeriodKey(key) as Period;

describe('overdueReports', () => {
	it('a month is due 30 days after its last day; the due date itself is still on time', () => {
		// January ends on the 31st: due 2 March
		expect(keys(overdueReports(monthly, [], '2026-03-02'))).toEqual([]);
		expect(overdueReports(monthly, [], '2026-03-03')).toEqual([
			{ period: period('2026-01'), key: '2026-01', dueDate: '2026-03-02', daysOverdue: 1, overdue: true }
		]);
	});

	it('February: 28 days in 2026, 29 in the leap year 2028', () => {
		expect(dueDate(period('2026-02'))).toBe('2026-03-30');
		expect(keys(overdueReports({ frequency: 'month', start: '2026-02-01' }, [], '2026-03-31'))).toEqual(['2026-02']);
		expect(keys(overdueReports({ frequency: 'month', start: '2028-02-01' }, [], '2028-03-30'))).toEqual([]);
		expect(keys(overdueReports({ frequency: 'month', start: '2028-02-01' }, [], '2028-03-31'))).toEqual(['2028-02']);
	});

	it('a period reported (approved or waiting) is not overdue; the others stay, oldest first', () => {
		expect(keys(overdueReports(monthly, ['2026-02'], '2026-05-15'))).toEqual(['2026-01', '2026-03']);
		expect(overdueReports(monthly, ['2026-01', '2026-02', '2026-03'], '2026-05-15')).toEqual([]);
	});

	it('starts with the period containing the start date, not earlier', () => {
		expect(keys(overdueReports({ frequency: 'month', start: '2026-03-31' }, [], '2026-05-15'))).toEqual(['2026-03']);
		expect(keys(overdueReports({ frequency: 'month', start: '2026-04-01' }, [], '2026-05-15'))).toEqual([]);
	});

	it('expects no report due on or before the day the indicator was made, whatever its baseline', () => {
		// baseline at the end of 2025, indicator made on 2026-04-10: January (due 2 March) and February
		// (due 30 March) were asked for before it existed; March is due 30 April, after it
		const madeLater: ReportingSchedule = { frequency: 'month', start: '2026-01-01', expectedAfter: '2026-04-10' };
		expect(keys(overdueReports(madeLater, [], '2026-06-15'))).toEqual(['2026-03', '2026-04']);
		// the due date on the day it was made is not expected either
		expect(keys(overdueReports({ ...madeLater, expectedAfter: '2026-04-30' }, [], '2026-06-15'))).toEqual(['2026-04']);
		// and no reminder for them
		expect(dueReminders(madeLater, [], '2026-04-11').map((r) => r.key)).toEqual([]);
		expect(dueReminders(monthly, [], '2026-04-11').map((r) => r.key)).toEqual(['2026-02']);
	});

	it('quarters, half-years and years, with their own delay', () => {
		const quarter: ReportingSchedule = { frequency: 'quarter', start: '2025-01-01', reportingDelayDays: 45 };
		// Q4 2025 ends 31 December; + 45 days = 14 February 2026
		expect(keys(overdueReports(quarter, ['2025-Q1'], '2026-02-14'))).toEqual(['2025-Q2', '2025-Q3']);
		expect(keys(overdueReports(quarter, ['2025-Q1'], '2026-02-15'))).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
		const half: ReportingSchedule = { frequency: 'half_year', start: '2025-01-01' };
		expect(overdueReports(half, [], '2025-07-30')).toEqual([]);
		expect(overdueReports(half, [], '2025-08-01')).toMatchObject([{ key: '2025-H1', dueDate: '2025-07-30', daysOverdue: 2 }]);
		const year: ReportingSchedule = { frequency: 'year', start: '2024-06-15', reportingDelayDays: 0 };
		expect(keys(overdueReports(year, [], '2025-01-01'))).toEqual(['2024']);
		expect(keys(overdueReports(year, [], '2024-12-31'))).toEqual([]);
	});

	it('a delay of 0 days: due on the last day of the period itself (a 31-day month, a 30-day month, a leap February)', () => {
		const schedule: ReportingSchedule = { frequency: 'month', start: '2028-01-01', reportingDelayDays: 0 };
		expect(keys(overdueReports(schedule, [], '2028-02-01'))).toEqual(['2028-01']);
		expect(keys(overdueReports(schedule, ['2028-01'], '2028-02-29'))).toEqual([]);
		expect(keys(overdueReports(schedule, ['2028-01', '2028-02', '2028-03'], '2028-05-01'))).toEqual(['2028-04']);
	});

	it('a start far back looks at most 1,200 periods back, without error', () => {
		// the latest 1,200 months end with December 2026; November and December are not due yet
		const reports = overdueReports({ frequency: 'month', start: '1900-01-01' }, [], '2026-12-02');
		expect(reports).toHaveLength(1198);
		expect(reports.at(-1)?.key).toBe('2026-10');
	});

	it('nextDueReport: the next period not reported, even when earlier ones are overdue', () => {
		expect(nextDueReport(monthly, [], '2026-03-03')).toMatchObject({ key: '2026-02', dueDate: '2026-03-30', overdue: false });
		expect(nextDueReport(monthly, ['2026-02'], '2026-03-03')).toMatchObject({ key: '2026-03' });
	});

	it('property: every overdue period is unreported, past its due date, and not before the start', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('month', 'quarter', 'half_year', 'year' as const),
				fc.integer({ min: 0, max: 120 }),
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 0, max: 2000 }),
				fc.array(fc.integer({ min: 0, max: 40 })),
				(frequency, delay, startOffset, ahead, reportedSteps) => {
					const start = addDays('2020-01-01', startOffset);
					const today = addDays(start, ahead);
					const schedule: ReportingSchedule = { frequency, start, reportingDelayDays: delay };
					const all = overdueReports(schedule, [], today);
					const reported = reportedSteps.map((i) => all[i]?.key).filter((k): k is string => !!k);
					const left = overdueReports(schedule, reported, today);
					for (const report of left) {
						expect(reported).not.toContain(report.key);
						expect(report.dueDate < today).toBe(true);
						expect(report.daysOverdue).toBeGreaterThan(0);
						expect(dueDate(report.period, delay)).toBe(report.dueDate);
					}
					expect(left.length).toBe(all.length - new Set(reported).size);
				}
			)
		);
	});
});

describe('reminders', () => {
	it('the schedule of one period: 7 days before the due date, the day after, then weekly three more', () => {
		expect(reminderSchedule(period('2026-01'))).toEqual([
			{ reminder: 'before', date: '2026-02-23' },
			{ reminder: 'after-1', date: '2026-03-03' },
			{ reminder: 'after-2', date: '2026-03-10' },
			{ reminder: 'after-3', date: '2026-03-17' },
			{ reminder: 'after-4', date: '2026-03-24' }
		]);
	});

	it('each reminder is due on its day, not before', () => {
		expect(dueReminders(monthly, [], '2026-02-22')).toEqual([]);
		expect(dueReminders(monthly, [], '2026-02-23')).toEqual([
			{ period: period('2026-01'), key: '2026-01', dueDate: '2026-03-02', reminder: 'before', date: '2026-02-23' }
		]);
		expect(dueReminders(monthly, [], '2026-03-02').map((r) => r.reminder)).toEqual(['before']);
		expect(dueReminders(monthly, [], '2026-03-03').map((r) => [r.key, r.reminder])).toEqual([['2026-01', 'after-1']]);
		expect(dueReminders(monthly, [], '2026-03-10').map((r) => [r.key, r.reminder])).toEqual([['2026-01', 'after-2']]);
	});

	it('a reminder already sent is not due again; the next one is due on its own day', () => {
		const sent = new Set([reminderKey('2026-01', 'before')]);
		expect(dueReminders(monthly, [], '2026-02-25', sent)).toEqual([]);
		expect(dueReminders(monthly, [], '2026-03-03', sent).map((r) => r.reminder)).toEqual(['after-1']);
	});

	it('nothing for a period reported (approved or waiting)', () => {
		expect(dueReminders(monthly, ['2026-01'], '2026-03-03')).toEqual([]);
	});

	it('no more than five per period: nothing after the last weekly one', () => {
		expect(dueReminders(monthly, [], '2026-03-24').map((r) => [r.key, r.reminder])).toEqual([
			['2026-01', 'after-4'],
			['2026-02', 'before']
		]);
		const sent = new Set([reminderKey('2026-01', 'after-4'), reminderKey('2026-02', 'before')]);
		expect(dueReminders(monthly, [], '2026-03-25', sent)).toEqual([]);
		expect(dueReminders(monthly, [], '2026-03-31', sent).map((r) => [r.key, r.reminder])).toEqual([['2026-02', 'after-1']]);
	});

	it(`a missed reminder is sent late only within ${REMINDER_GRACE_DAYS} days, and no backlog from a start far back`, () => {
		// the last one (after-4, 24 March) missed by 8 days: not sent any more
		const january: ReportingSchedule = { frequency: 'month', start: '2026-01-01' };
		expect(dueReminders(january, ['2026-02'], '2026-03-31').map((r) => r.reminder)).toEqual(['after-4']);
		expect(dueReminders(january, ['2026-02', '2026-03'], '2026-04-01')).toEqual([]);
		const old: ReportingSchedule = { frequency: 'month', start: '2000-01-01' };
		// September's last one (21 November) is 11 days old; October's "day after" is yesterday
		expect(dueReminders(old, [], '2026-12-02').map((r) => [r.key, r.reminder])).toEqual([['2026-10', 'after-1']]);
	});

	it('quarter and year reminders around year ends and leap days', () => {
		const quarter: ReportingSchedule = { frequency: 'quarter', start: '2027-10-01', reportingDelayDays: 60 };
		// Q4 2027 ends 31 December; + 60 days = 29 February 2028 (leap year)
		expect(dueDate(period('2027-Q4'), 60)).toBe('2028-02-29');
		expect(dueReminders(quarter, [], '2028-02-22').map((r) => [r.key, r.reminder, r.dueDate])).toEqual([
			['2027-Q4', 'before', '2028-02-29']
		]);
		expect(dueReminders(quarter, [], '2028-03-01').map((r) => r.reminder)).toEqual(['after-1']);
		const year: ReportingSchedule = { frequency: 'year', start: '2026-01-01' };
		expect(dueReminders(year, [], '2027-01-23').map((r) => [r.key, r.reminder])).toEqual([['2026', 'before']]);
		expect(dueReminders(year, [], '2027-01-31').map((r) => [r.key, r.reminder])).toEqual([['2026', 'after-1']]);
	});

	it('property: run every day, each reminder is due exactly once, in order, and only on or after its day', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('month', 'quarter', 'half_year', 'year' as const),
				fc.integer({ min: 0, max: 90 }),
				fc.integer({ min: 0, max: 800 }),
				(frequency, delay, startOffset) => {
					const schedule: ReportingSchedule = { frequency, start: addDays('2026-01-01', startOffset), reportingDelayDays: delay };
					const sent = new Set<string>();
					const order: string[] = [];
					for (let i = 0; i < 500; i++) {
						const today = addDays(schedule.start, i);
						for (const reminder of dueReminders(schedule, [], today, sent)) {
							const key = reminderKey(reminder.key, reminder.reminder);
							expect(sent.has(key)).toBe(false);
							expect(reminder.date <= today).toBe(true);
							sent.add(key);
							order.push(key);
						}
					}
					// run daily, every period gets all five reminders, in order
					const byPeriod = Map.groupBy(order, (k) => k.split('|')[0] as string);
					for (const [periodKey, sentOfPeriod] of byPeriod) {
						const lastDay = addDays(schedule.start, 499);
						const expected = reminderSchedule(parsePeriodKey(periodKey) as Period, delay).filter((r) => r.date <= lastDay);
						expect(sentOfPeriod.map((k) => k.split('|')[1])).toEqual(expected.map((r) => r.reminder));
					}
				}
			),
			{ numRuns: 30 }
		);
	});
});
