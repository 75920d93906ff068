/**
 * Disaggregation (measurement.md § Disaggregation). An observation is either the total (no
 * category) or split: one category for each dimension it is split by. When a period has both a
 * total and a full split, the split of an additive unit (counts) must add up to the total; a
 * mismatch is flagged on the indicator, never refused. Percentages are not additive: not checked.
 */
import { ADDITIVE_UNITS, type Dimension, type Unit } from './indicator.ts';
import { compareDecimals, sumDecimals } from './numbers.ts';

/** Dimension key → category key; empty for the total. */
export type Categories = Readonly<Record<string, string>>;

export interface DisaggregatedValue {
	periodKey: string;
	categories: Categories;
	/** canonical decimal */
	value: string;
}

export interface SplitCheck {
	periodKey: string;
	/** the dimensions this split is by, sorted (e.g. ['alder', 'koen'] for a cross split) */
	dimensions: string[];
	total: string;
	sum: string;
	matches: boolean;
}

/** A stable key for a set of categories: `alder=18-24|koen=k` (sorted by dimension); '' for the total. */
export function categoriesKey(categories: Categories): string {
	return Object.keys(categories)
		.sort()
		.map((dimension) => `${dimension}=${categories[dimension]}`)
		.join('|');
}

export const isTotal = (categories: Categories): boolean => Object.keys(categories).length === 0;

/** Problems with one observation's categories against the indicator's dimensions. */
export type CategoryProblem =
	| { problem: 'unknown_dimension'; dimension: string }
	| { problem: 'unknown_category'; dimension: string; category: string };

export function checkCategories(categories: Categories, dimensions: readonly Dimension[]): CategoryProblem[] {
	const problems: CategoryProblem[] = [];
	for (const [dimension, category] of Object.entries(categories)) {
		const known = dimensions.find((d) => d.key === dimension);
		if (!known) problems.push({ problem: 'unknown_dimension', dimension });
		else if (!known.categories.includes(category)) problems.push({ problem: 'unknown_category', dimension, category });
	}
	return problems;
}

/** How many observations a full split by these dimensions has: the product of their category counts. */
function fullSplitSize(dimensionKeys: readonly string[], dimensions: readonly Dimension[]): number {
	let size = 1;
	for (const key of dimensionKeys) size *= dimensions.find((d) => d.key === key)?.categories.length ?? 0;
	return size;
}

/**
 * For every period that has a total and a full split (every combination of the split's categories
 * present exactly once), the split's sum against the total. Only for additive units; for others
 * the answer is empty. Incomplete splits are not compared (a missing category is not a zero).
 */
export function checkSplitTotals(unit: Unit, dimensions: readonly Dimension[], values: readonly DisaggregatedValue[]): SplitCheck[] {
	if (!ADDITIVE_UNITS.includes(unit)) return [];
	const byPeriod = new Map<string, DisaggregatedValue[]>();
	for (const value of values) {
		const list = byPeriod.get(value.periodKey) ?? [];
		list.push(value);
		byPeriod.set(value.periodKey, list);
	}
	const checks: SplitCheck[] = [];
	for (const [periodKey, list] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
		const total = list.find((v) => isTotal(v.categories));
		if (!total) continue;
		const splits = new Map<string, Map<string, string>>();
		for (const v of list) {
			if (isTotal(v.categories) || checkCategories(v.categories, dimensions).length > 0) continue;
			const dims = Object.keys(v.categories).sort().join('|');
			const cells = splits.get(dims) ?? new Map<string, string>();
			// a repeated combination makes the split unreliable: remember it as a conflict
			cells.set(categoriesKey(v.categories), cells.has(categoriesKey(v.categories)) ? 'conflict' : v.value);
			splits.set(dims, cells);
		}
		for (const [dims, cells] of [...splits].sort(([a], [b]) => a.localeCompare(b))) {
			const dimensionKeys = dims.split('|');
			if (cells.size !== fullSplitSize(dimensionKeys, dimensions) || [...cells.values()].includes('conflict')) continue;
			const sum = sumDecimals([...cells.values()]);
			checks.push({ periodKey, dimensions: dimensionKeys, total: total.value, sum, matches: compareDecimals(sum, total.value) === 0 });
		}
	}
	return checks;
}

/** The splits that do not add up: what the indicator is flagged with. */
export const splitMismatches = (unit: Unit, dimensions: readonly Dimension[], values: readonly DisaggregatedValue[]): SplitCheck[] =>
	checkSplitTotals(unit, dimensions, values).filter((check) => !check.matches);
