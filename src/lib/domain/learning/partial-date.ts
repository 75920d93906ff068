/**
 * Dates known to the year, month or day ('2019', '2019-06', '2019-06-04'): the cases' sources
 * often give only a year. Sorting compares them as strings (earlier and less precise first).
 */
import type { PartialDate } from './content.ts';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
	const match = PATTERN.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** "4. juni 2016" / "4 June 2016", "juni 2016" / "June 2016", or the year. */
export function formatPartialDate(value: PartialDate, locale: 'da' | 'en'): string {
	const match = PATTERN.exec(value);
	if (!match) return value;
	const [, year, month, day] = match;
	if (month === undefined) return year;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
	return partialDateFormat(locale, day !== undefined).format(date);
}

/** Creating an Intl.DateTimeFormat costs ~1 ms (a case page shows dozens of dates); using one costs microseconds. */
const partialDateFormats = new Map<string, Intl.DateTimeFormat>();

function partialDateFormat(locale: 'da' | 'en', withDay: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${withDay}`;
	let format = partialDateFormats.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions = withDay
			? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
			: { month: 'long', year: 'numeric', timeZone: 'UTC' };
		format = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', options);
		partialDateFormats.set(key, format);
	}
	return format;
}
