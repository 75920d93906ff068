import type { CaseContent, Localized, PartialDate } from './content.ts';
import { comparePartialDates } from './partial-date.ts';

export interface TimelineEntry {
	date: PartialDate;
	text: Localized;
	/** a result (with its figure) rather than an event */
	figure: Localized | null;
}

/** A case's timeline: its events and its dated results, oldest first (stable for equal dates). */
export function buildTimeline(content: Pick<CaseContent, 'events' | 'results'>): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...content.events.map((event) => ({ date: event.date, text: event.text, figure: null })),
		...content.results.flatMap((result) => (result.date ? [{ date: result.date, text: result.description, figure: result.figure }] : []))
	];
	return entries
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => comparePartialDates(a.entry.date, b.entry.date) || a.index - b.index)
		.map(({ entry }) => entry);
}

/** "2014–2022", "2016–" (still running or end not known). */
export function formatPeriod(start: number, end: number | null): string {
	if (end === null) return `${start}–`;
	return start === end ? String(start) : `${start}–${end}`;
}

/**
 * Does a case's period touch the years asked for? Open ends count as running until now. The case
 * library's SQL filter implements this rule; an integration test checks that they agree.
 */
export function periodOverlaps(period: { start: number; end: number | null }, range: { from?: number; to?: number }): boolean {
	const end = period.end ?? Number.POSITIVE_INFINITY;
	if (range.from !== undefined && end < range.from) return false;
	if (range.to !== undefined && period.start > range.to) return false;
	return true;
}
