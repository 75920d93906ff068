/**
 * The runway (initiatives.md "Runway"): how long the money of the current and future funding
 * sources carries the collaboration, counted from today. Each source is assumed to be spent evenly
 * over its period, so only the periods matter: the runway ends on the latest day up to which every
 * day from today lies in at least one source's period. A gap between periods ends it at the gap,
 * sources that ended before today do not count, and a source starting after a gap does not count
 * either. Amounts are shown beside it but do not change it (no burn rate is known). Pure: dates are
 * ISO calendar days (yyyy-mm-dd) handled as UTC, so no time zone or daylight saving shifts a day.
 */

/** The seed's readiness condition: "økonomiske ressourcer til at støtte samarbejdet i mindst 12 måneder". */
export const RUNWAY_WARNING_MONTHS = 12;

export interface FundingPeriod {
	/** First day of the period (yyyy-mm-dd). */
	startsOn: string;
	/** Last day of the period, inclusive (yyyy-mm-dd). */
	endsOn: string;
}

export interface Runway {
	/** Calendar months from today to the day after `endsOn` (fractional: a partial month counts by its days); 0 when nothing covers today. */
	months: number;
	/** The last day the money covers without a gap; null when no source covers today. */
	endsOn: string | null;
	/** Under RUNWAY_WARNING_MONTHS: shown as a warning. */
	isShort: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d);
}

function toIso(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The same day `months` calendar months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
	return toIso(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(d, lastDay)));
}

export function addDays(iso: string, days: number): string {
	return toIso(toUtc(iso) + days * DAY_MS);
}

/**
 * Calendar months from `from` up to (not including) `until`: whole months first, then the rest as
 * the share of the next month's days. 2027-01-15 → 2027-03-01 is 1 month and 15 of 28 days.
 */
export function monthsBetween(from: string, until: string): number {
	if (toUtc(until) <= toUtc(from)) return 0;
	let whole = 0;
	while (toUtc(addMonths(from, whole + 1)) <= toUtc(until)) whole += 1;
	const monthStart = toUtc(addMonths(from, whole));
	const monthEnd = toUtc(addMonths(from, whole + 1));
	return whole + (toUtc(until) - monthStart) / (monthEnd - monthStart);
}

/** The runway from `today` given the sources' periods (a period whose end is before its start is ignored). */
export function computeRunway(periods: readonly FundingPeriod[], today: string): Runway {
	const todayMs = toUtc(today);
	const usable = periods
		.map((p) => ({ start: toUtc(p.startsOn), end: toUtc(p.endsOn) }))
		.filter((p) => p.end >= p.start && p.end >= todayMs)
		.sort((a, b) => a.start - b.start);
	// Walk the periods in start order, extending the covered stretch while the next one starts no
	// later than the day after it; the first one that starts later is a gap, and the runway ends there.
	let coveredUntil: number | null = null;
	for (const period of usable) {
		if (coveredUntil === null) {
			if (period.start > todayMs) break; // nothing covers today
			coveredUntil = period.end;
		} else if (period.start <= coveredUntil + DAY_MS) {
			coveredUntil = Math.max(coveredUntil, period.end);
		} else {
			break;
		}
	}
	if (coveredUntil === null) return { months: 0, endsOn: null, isShort: true };
	const endsOn = toIso(coveredUntil);
	const months = monthsBetween(today, addDays(endsOn, 1));
	return { months, endsOn, isShort: months < RUNWAY_WARNING_MONTHS };
}

/** The months as people read them: whole months and one decimal, never rounded up (9,96 → 9,9). */
export function roundMonthsDown(months: number): number {
	return Math.floor(months * 10 + 1e-9) / 10;
}
