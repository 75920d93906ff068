/**
 * The vocabulary of an indicator (measurement.md, issue 13): stable codes only; words for them
 * live in `src/lib/measurement-labels.ts`.
 */

/**
 * Population: a change in the whole target group (e.g. the number of people in homelessness in
 * the municipality). Performance, in three questions (Results-Based Accountability): how much did
 * we do, how well did we do it, is anyone better off.
 */
export const INDICATOR_KINDS = ['population', 'how_much', 'how_well', 'better_off'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const PERFORMANCE_KINDS: readonly IndicatorKind[] = ['how_much', 'how_well', 'better_off'];
export const isPerformanceKind = (kind: IndicatorKind): boolean => PERFORMANCE_KINDS.includes(kind);

/** Whether a higher or a lower value is better. */
export const POLARITIES = ['higher_is_better', 'lower_is_better'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** How often an indicator is reported; each frequency has its own periods (periods.ts). */
export const FREQUENCIES = ['month', 'quarter', 'half_year', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Units (measurement.md): percent runs 0–100; "other" carries a free-text unit label. */
export const UNITS = ['count', 'percent', 'dkk', 'rate_per_1000', 'other'] as const;
export type Unit = (typeof UNITS)[number];

/** The bounds every percent value must respect, whatever range the indicator declares. */
export const PERCENT_MIN = 0;
export const PERCENT_MAX = 100;

/** Units whose categories add up to the total (measurement.md: counts; percentages are not additive). */
export const ADDITIVE_UNITS: readonly Unit[] = ['count'];

/** A disaggregation dimension (køn, alder, område …) and its fixed categories. Keys are stable codes. */
export interface Dimension {
	key: string;
	categories: readonly string[];
}

/** `true` when `value` meets `target` for the polarity (equal counts as met). */
export function meetsTarget(value: number, target: number, polarity: Polarity): boolean {
	return polarity === 'higher_is_better' ? value >= target : value <= target;
}
