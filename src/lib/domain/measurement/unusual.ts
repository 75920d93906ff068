/**
 * Values the approver should look at twice (measurement.md § Approval): far outside the
 * indicator's own history — beyond the median ± UNUSUAL_MAD_FACTOR × the median absolute
 * deviation of its last UNUSUAL_HISTORY_SIZE approved values (at least UNUSUAL_MIN_HISTORY needed)
 * — or outside a declared valid range. Flagged with the reason, never refused.
 */
import { median } from './forecast.ts';
import { PERCENT_MAX, PERCENT_MIN, type Unit } from './indicator.ts';

export const UNUSUAL_HISTORY_SIZE = 8;
export const UNUSUAL_MIN_HISTORY = 5;
export const UNUSUAL_MAD_FACTOR = 3;

export type UnusualReason = 'much_higher_than_usual' | 'much_lower_than_usual' | 'above_valid_range' | 'below_valid_range';

export interface ValidRange {
	min?: number | null;
	max?: number | null;
}

/** The range a value must lie in: the declared one, narrowed to 0–100 for percent. */
export function effectiveRange(unit: Unit, range: ValidRange = {}): { min: number | null; max: number | null } {
	let min = range.min ?? null;
	let max = range.max ?? null;
	if (unit === 'percent') {
		min = min === null ? PERCENT_MIN : Math.max(min, PERCENT_MIN);
		max = max === null ? PERCENT_MAX : Math.min(max, PERCENT_MAX);
	}
	return { min, max };
}

export function rangeProblem(value: number, unit: Unit, range?: ValidRange): 'above_valid_range' | 'below_valid_range' | null {
	const { min, max } = effectiveRange(unit, range);
	if (min !== null && value < min) return 'below_valid_range';
	if (max !== null && value > max) return 'above_valid_range';
	return null;
}

/**
 * Why `value` is unusual, or an empty list. `history` is the approved values, oldest first; only the
 * last UNUSUAL_HISTORY_SIZE are used.
 */
export function unusualReasons(value: number, history: readonly number[], unit: Unit, range?: ValidRange): UnusualReason[] {
	const reasons: UnusualReason[] = [];
	const outOfRange = rangeProblem(value, unit, range);
	if (outOfRange) reasons.push(outOfRange);
	const recent = history.slice(-UNUSUAL_HISTORY_SIZE);
	if (recent.length >= UNUSUAL_MIN_HISTORY) {
		const centre = median(recent);
		const mad = median(recent.map((v) => Math.abs(v - centre)));
		if (value > centre + UNUSUAL_MAD_FACTOR * mad) reasons.push('much_higher_than_usual');
		else if (value < centre - UNUSUAL_MAD_FACTOR * mad) reasons.push('much_lower_than_usual');
	}
	return reasons;
}
