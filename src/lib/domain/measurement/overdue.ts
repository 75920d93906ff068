/**
 * Overdue reports and reminders (measurement.md § Periods). Pure: given an indicator's frequency,
 * reporting delay and first day to report from, and the periods already reported (a value
 * approved or waiting for approval), it says which periods are overdue as of a date and which
 * reminder mails are due that day. The job (server/measurement/reminders.ts) sends them; the
 * overdue list and the dashboard show them.
 */
import type { Frequency } from './indicator.ts';
import {
	addDays,
	DEFAULT_REPORTING_DELAY_DAYS,
	dayNumber,
	dueDate,
	formatPeriodKey,
	type IsoDate,
	latestDuePeriod,
	MAX_PERIODS_BETWEEN,
	type Period,
	periodOfDate,
	periodOrdinal,
	REMINDER_DAYS_BEFORE_DUE,
	REMINDER_WEEKLY_REPEATS,
	reminderDates,
	shiftPeriod
} from './periods.ts';

/**
 * A reminder missed by at most this many days (the job did not run: a restart, an outage) is still
 * sent; an older one is not — so a new indicator with a baseline years back, or a server that was
 * down for a month, does not send a backlog of stale mails. Equal to the week between reminders, so
 * no reminder is skipped while the job runs at least once a week.
 */
export const REMINDER_GRACE_DAYS = 7;

export interface ReportingSchedule {
	frequency: Frequency;
	/** Days after a period's end before its report is due (default 30). */
	reportingDelayDays?: number;
	/**
	 * The first day reports are expected from: the period containing it is the first one due. The
	 * server passes the day after the baseline date (the baseline covers its own period) or, without a
	 * baseline, the day the indicator was created.
	 */
	start: IsoDate;
	/**
	 * Reports due on or before this day are not expected: the indicator did not exist yet, so nobody
	 * can be late for them (the day it was created). The dashboard, the overdue list and the
	 * reminders all follow this rule.
	 */
	expectedAfter?: IsoDate;
}

/** `before`, `after-1` (the day after the due date), `after-2` … (a week apart). */
export type ReminderKind = 'before' | `after-${number}`;

export interface OpenReport {
	period: Period;
	/** `2026-03`, `2026-Q1` … */
	key: string;
	dueDate: IsoDate;
	/** Days since the due date; 0 or less while it is still on time. */
	daysOverdue: number;
	overdue: boolean;
}

export interface DueReminder {
	period: Period;
	key: string;
	dueDate: IsoDate;
	reminder: ReminderKind;
	/** The day this reminder was meant for (≤ today). */
	date: IsoDate;
}

function day(date: IsoDate): number {
	const n = dayNumber(date);
	if (n === null) throw new RangeError(`not a date: ${date}`);
	return n;
}

/** The start of the schedule, as the first period's ordinal. */
function firstOrdinal(schedule: ReportingSchedule): number {
	return periodOrdinal(periodOfDate(schedule.start, schedule.frequency));
}

/** The schedule's `expectedAfter` rule: a report due on or before that day is not expected. */
function dueAfterCreation(schedule: ReportingSchedule, dueNumber: number): boolean {
	return schedule.expectedAfter === undefined || dueNumber > day(schedule.expectedAfter);
}

/**
 * The latest `count` due periods (due date passed or today) that the schedule expects — from its
 * start, due after `expectedAfter` — oldest first, reported or not: the window the dashboard checks
 * for missing reports, by the same rule as `overdueReports` and the reminders.
 */
export function expectedDuePeriods(schedule: ReportingSchedule, today: IsoDate, count: number): Period[] {
	const delay = schedule.reportingDelayDays ?? DEFAULT_REPORTING_DELAY_DAYS;
	const latest = latestDuePeriod(schedule.frequency, today, delay);
	const first = firstOrdinal(schedule);
	const periods: Period[] = [];
	for (let back = count - 1; back >= 0; back--) {
		const period = shiftPeriod(latest, -back);
		if (periodOrdinal(period) < first || !dueAfterCreation(schedule, day(dueDate(period, delay)))) continue;
		periods.push(period);
	}
	return periods;
}

/**
 * Every period not yet reported whose due date is at most `horizonDays` after `today`, oldest
 * first, from the schedule's start (at most MAX_PERIODS_BETWEEN of the latest ones).
 */
function openPeriods(
	schedule: ReportingSchedule,
	reported: ReadonlySet<string>,
	today: IsoDate,
	horizonDays: number,
	lookbackDays?: number
): OpenReport[] {
	const delay = schedule.reportingDelayDays ?? DEFAULT_REPORTING_DELAY_DAYS;
	const todayNumber = day(today);
	const limit = todayNumber + horizonDays;
	// the latest period that can be due by the horizon: the one containing the horizon's day (a
	// period cannot be due before it ends, as the delay is never negative)
	const last = periodOfDate(addDays(today, horizonDays), schedule.frequency);
	const lastOrdinal = periodOrdinal(last);
	let first = Math.max(firstOrdinal(schedule), lastOrdinal - MAX_PERIODS_BETWEEN + 1);
	// only periods due at most `lookbackDays` ago: they end on or after (today − lookback − delay)
	if (lookbackDays !== undefined)
		first = Math.max(first, periodOrdinal(periodOfDate(addDays(today, -(lookbackDays + delay)), schedule.frequency)));
	const open: OpenReport[] = [];
	for (let ordinal = first; ordinal <= lastOrdinal; ordinal++) {
		const period = shiftPeriod(last, ordinal - lastOrdinal);
		const due = dueDate(period, delay);
		const dueNumber = day(due);
		if (dueNumber > limit) continue;
		if (!dueAfterCreation(schedule, dueNumber)) continue;
		const key = formatPeriodKey(period);
		if (reported.has(key)) continue;
		open.push({ period, key, dueDate: due, daysOverdue: todayNumber - dueNumber, overdue: todayNumber > dueNumber });
	}
	return open;
}

/**
 * The periods whose report is overdue on `today`: due date passed (the due date itself is still on
 * time) and nothing reported — approved or waiting — for the period. Oldest first.
 */
export function overdueReports(schedule: ReportingSchedule, reported: Iterable<string>, today: IsoDate): OpenReport[] {
	return openPeriods(schedule, new Set(reported), today, 0).filter((report) => report.overdue);
}

/** The next report due on or after `today` that is not yet reported (what the responsible actor should send next), if any within a year. */
export function nextDueReport(schedule: ReportingSchedule, reported: Iterable<string>, today: IsoDate): OpenReport | undefined {
	return openPeriods(schedule, new Set(reported), today, 366).find((report) => !report.overdue);
}

/** Every reminder of one period with its date: `before`, then `after-1` … `after-4`. */
export function reminderSchedule(
	period: Period,
	delayDays: number = DEFAULT_REPORTING_DELAY_DAYS
): { reminder: ReminderKind; date: IsoDate }[] {
	const dates = reminderDates(period, delayDays);
	return [
		{ reminder: 'before', date: dates.before },
		...dates.after.map((date, i) => ({ reminder: `after-${i + 1}` as ReminderKind, date }))
	];
}

/**
 * The reminders to send on `today`: for each period not yet reported, the latest of its reminders
 * whose day has come, if that day is at most REMINDER_GRACE_DAYS ago and it was not sent already
 * (`sent` holds `period|reminder` keys, see `reminderKey`). At most one per period: a reminder
 * overtaken by the next one is not sent late.
 */
export function dueReminders(
	schedule: ReportingSchedule,
	reported: Iterable<string>,
	today: IsoDate,
	sent: ReadonlySet<string> = new Set()
): DueReminder[] {
	const delay = schedule.reportingDelayDays ?? DEFAULT_REPORTING_DELAY_DAYS;
	const todayNumber = day(today);
	// the "before" reminder comes REMINDER_DAYS_BEFORE_DUE days ahead of the due date, the last one
	// REMINDER_WEEKLY_REPEATS weeks after the day after it; look no further either way
	const lookback = 1 + 7 * REMINDER_WEEKLY_REPEATS + REMINDER_GRACE_DAYS;
	const candidates = openPeriods(schedule, new Set(reported), today, REMINDER_DAYS_BEFORE_DUE, lookback);
	const due: DueReminder[] = [];
	for (const report of candidates) {
		const reached = reminderSchedule(report.period, delay).filter((r) => day(r.date) <= todayNumber);
		const latest = reached.at(-1);
		if (!latest || todayNumber - day(latest.date) > REMINDER_GRACE_DAYS) continue;
		if (sent.has(reminderKey(report.key, latest.reminder))) continue;
		due.push({ period: report.period, key: report.key, dueDate: report.dueDate, reminder: latest.reminder, date: latest.date });
	}
	return due;
}

/** The key of one sent reminder of one indicator: `2026-03|after-1`. */
export const reminderKey = (periodKey: string, reminder: string): string => `${periodKey}|${reminder}`;
