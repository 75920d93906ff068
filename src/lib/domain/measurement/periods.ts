/**
 * Reporting periods (measurement.md § Periods). An indicator's frequency gives its periods:
 * month `2026-03`, quarter `2026-Q1`, half-year `2026-H1`, year `2026`. Dates are ISO calendar
 * dates (`YYYY-MM-DD`) without a time zone; all arithmetic is on the calendar (UTC), so a period
 * never shifts with the server's zone or summer time.
 */
import type { Frequency } from './indicator.ts';

/** Days after the end of a period before its report is due (per indicator; this is the default). */
export const DEFAULT_REPORTING_DELAY_DAYS = 30;
/** The first reminder goes this many days before the due date. */
export const REMINDER_DAYS_BEFORE_DUE = 7;
/** After the due date: one reminder the day after, then one a week, at most this many weekly ones. */
export const REMINDER_WEEKLY_REPEATS = 3;
/** The most periods `periodsBetween` returns (a century of months), so a typo cannot build a huge list. */
export const MAX_PERIODS_BETWEEN = 1200;
/** Years a period may lie in: wide enough for history, narrow enough to catch a typo such as 20266. */
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2200;

export interface Period {
	frequency: Frequency;
	year: number;
	/** 1-based position within the year: month 1–12, quarter 1–4, half 1–2, year always 1 */
	index: number;
}

export type IsoDate = string;

const PERIODS_PER_YEAR: Record<Frequency, number> = { month: 12, quarter: 4, half_year: 2, year: 1 };
const MONTHS_PER_PERIOD: Record<Frequency, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day arithmetic is asked the same few dates over and over (a dashboard works out every indicator's
 * due periods): both directions are remembered, up to this many entries each (then started afresh).
 */
const DAY_MEMORY = 4096;
const dayNumbers = new Map<string, number | null>();
const daysAsDates = new Map<number, IsoDate>();

/** Days since 1970-01-01 of a valid ISO date, or `null` when it is not a real calendar date. */
export function dayNumber(date: IsoDate): number | null {
	const known = dayNumbers.get(date);
	if (known !== undefined) return known;
	const day = readDayNumber(date);
	if (dayNumbers.size >= DAY_MEMORY) dayNumbers.clear();
	dayNumbers.set(date, day);
	return day;
}

function readDayNumber(date: IsoDate): number | null {
	const match = ISO_DATE.exec(date);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
	return ms / DAY_MS;
}

export const isIsoDate = (date: string): boolean => dayNumber(date) !== null;

/** The ISO date of a day number. */
export function dateOfDay(day: number): IsoDate {
	const known = daysAsDates.get(day);
	if (known !== undefined) return known;
	const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
	if (daysAsDates.size >= DAY_MEMORY) daysAsDates.clear();
	daysAsDates.set(day, date);
	return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
	const day = dayNumber(date);
	if (day === null) throw new RangeError(`not a date: ${date}`);
	return dateOfDay(day + days);
}

/** Today's ISO date in UTC. */
export const todayIso = (now: Date = new Date()): IsoDate => now.toISOString().slice(0, 10);

function requireDay(date: IsoDate): number {
	const day = dayNumber(date);
	if (day === null) throw new RangeError(`not a date: ${date}`);
	return day;
}

/** The period of the given frequency that contains `date`. */
export function periodOfDate(date: IsoDate, frequency: Frequency): Period {
	requireDay(date);
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	return { frequency, year, index: Math.floor((month - 1) / MONTHS_PER_PERIOD[frequency]) + 1 };
}

/** First day of the period. */
export function periodStart(period: Period): IsoDate {
	const month = (period.index - 1) * MONTHS_PER_PERIOD[period.frequency] + 1;
	return dateOfDay(Date.UTC(period.year, month - 1, 1) / DAY_MS);
}

/** Last day of the period. */
export function periodEnd(period: Period): IsoDate {
	const nextMonth = period.index * MONTHS_PER_PERIOD[period.frequency]; // 0-based month after the period
	return dateOfDay(Date.UTC(period.year, nextMonth, 1) / DAY_MS - 1);
}

/** A running number of the period (periods since year 0), for ordering and distances. */
export function periodOrdinal(period: Period): number {
	return period.year * PERIODS_PER_YEAR[period.frequency] + (period.index - 1);
}

function periodOfOrdinal(ordinal: number, frequency: Frequency): Period {
	const perYear = PERIODS_PER_YEAR[frequency];
	return { frequency, year: Math.floor(ordinal / perYear), index: (((ordinal % perYear) + perYear) % perYear) + 1 };
}

/** The period `steps` periods later (earlier when negative). */
export function shiftPeriod(period: Period, steps: number): Period {
	return periodOfOrdinal(periodOrdinal(period) + steps, period.frequency);
}

export const nextPeriod = (period: Period): Period => shiftPeriod(period, 1);
export const previousPeriod = (period: Period): Period => shiftPeriod(period, -1);

/** Negative when a is earlier, 0 when equal, positive when later (same frequency). */
export function comparePeriods(a: Period, b: Period): number {
	return periodOrdinal(a) - periodOrdinal(b);
}

export const samePeriod = (a: Period, b: Period): boolean => a.frequency === b.frequency && a.year === b.year && a.index === b.index;

/** The canonical key: `2026-03`, `2026-Q1`, `2026-H1`, `2026`. */
export function formatPeriodKey(period: Period): string {
	const year = String(period.year).padStart(4, '0');
	switch (period.frequency) {
		case 'month':
			return `${year}-${String(period.index).padStart(2, '0')}`;
		case 'quarter':
			return `${year}-Q${period.index}`;
		case 'half_year':
			return `${year}-H${period.index}`;
		case 'year':
			return year;
	}
}

/** `K` is the Danish quarter (kvartal, as the pages write it: 2026-K1), read as `Q`. */
const PERIOD_KEY = /^(\d{4})(?:-(?:(\d{2})|M(\d{2})|[QK](\d)|H(\d)))?$/i;

/**
 * Reads a period key; the month may also be written `2026-M03`, and a quarter `2026-K1` (Danish). With `frequency`, a key of another
 * frequency is refused (`null`); without, the key's own frequency is used.
 */
export function parsePeriodKey(key: string, frequency?: Frequency): Period | null {
	const match = PERIOD_KEY.exec(key.trim());
	if (!match) return null;
	const year = Number(match[1]);
	if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
	const month = match[2] ?? match[3];
	let period: Period;
	if (month !== undefined) period = { frequency: 'month', year, index: Number(month) };
	else if (match[4] !== undefined) period = { frequency: 'quarter', year, index: Number(match[4]) };
	else if (match[5] !== undefined) period = { frequency: 'half_year', year, index: Number(match[5]) };
	else period = { frequency: 'year', year, index: 1 };
	if (period.index < 1 || period.index > PERIODS_PER_YEAR[period.frequency]) return null;
	if (frequency && period.frequency !== frequency) return null;
	return period;
}

/** The date a period's report is due: its last day plus the reporting delay. */
export function dueDate(period: Period, delayDays: number = DEFAULT_REPORTING_DELAY_DAYS): IsoDate {
	return addDays(periodEnd(period), delayDays);
}

/** Overdue: the due date has passed (the due date itself is still on time) and nothing was reported. */
export function isOverdue(period: Period, today: IsoDate, options: { delayDays?: number; reported?: boolean } = {}): boolean {
	if (options.reported) return false;
	return requireDay(today) > requireDay(dueDate(period, options.delayDays));
}

/** The latest period whose due date has been reached by `today` (the last one a report can be expected for). */
export function latestDuePeriod(frequency: Frequency, today: IsoDate, delayDays: number = DEFAULT_REPORTING_DELAY_DAYS): Period {
	let period = periodOfDate(today, frequency);
	while (requireDay(dueDate(period, delayDays)) > requireDay(today)) period = previousPeriod(period);
	return period;
}

/**
 * Every period from the one containing `from` to the one containing `to`, inclusive, in order.
 * Empty when `to` is before `from`; at most MAX_PERIODS_BETWEEN (a RangeError beyond).
 */
export function periodsBetween(from: IsoDate, to: IsoDate, frequency: Frequency): Period[] {
	const first = periodOrdinal(periodOfDate(from, frequency));
	const last = periodOrdinal(periodOfDate(to, frequency));
	if (last < first) return [];
	if (last - first + 1 > MAX_PERIODS_BETWEEN) throw new RangeError(`more than ${MAX_PERIODS_BETWEEN} periods`);
	const periods: Period[] = [];
	for (let ordinal = first; ordinal <= last; ordinal++) periods.push(periodOfOrdinal(ordinal, frequency));
	return periods;
}

/**
 * The dates to remind the responsible actor of one period's report: one REMINDER_DAYS_BEFORE_DUE
 * before the due date, one the day after, then weekly, at most REMINDER_WEEKLY_REPEATS times.
 */
export function reminderDates(period: Period, delayDays: number = DEFAULT_REPORTING_DELAY_DAYS): { before: IsoDate; after: IsoDate[] } {
	const due = dueDate(period, delayDays);
	const dayAfter = addDays(due, 1);
	const after = [dayAfter];
	for (let week = 1; week <= REMINDER_WEEKLY_REPEATS; week++) after.push(addDays(dayAfter, 7 * week));
	return { before: addDays(due, -REMINDER_DAYS_BEFORE_DUE), after };
}
