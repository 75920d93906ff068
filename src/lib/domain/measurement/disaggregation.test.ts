import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoriesKey, checkCategories, checkSplitTotals, type DisaggregatedValue, splitMismatches } from './disaggregation.ts';
import type { Dimension } from './indicator.ts';
import { sumDecimals } from './numbers.ts';

const dims: Dimension[] = [
	{ key: 'koen', categories: ['k', 'm'] },
	{ key: 'alder', categories: ['0-17', '18-24', '25+'] }
];
const v = (periodKey: string, value: string, categories: Record<string, string> = {}): DisaggregatedValue => ({
	periodKey,
	value,
	categories
});

describe('disaggregation totals', () => {
	it('a full split by one dimension that adds up passes; one that does not is flagged', () => {
		const values = [v('2026-Q1', '10'), v('2026-Q1', '4', { koen: 'k' }), v('2026-Q1', '6', { koen: 'm' })];
		expect(checkSplitTotals('count', dims, values)).toEqual([
			{ periodKey: '2026-Q1', dimensions: ['koen'], total: '10', sum: '10', matches: true }
		]);
		const wrong = [v('2026-Q1', '10'), v('2026-Q1', '4', { koen: 'k' }), v('2026-Q1', '7', { koen: 'm' })];
		expect(splitMismatches('count', dims, wrong)).toEqual([
			{ periodKey: '2026-Q1', dimensions: ['koen'], total: '10', sum: '11', matches: false }
		]);
	});

	it('checks a cross split (køn × alder) only when every combination is there', () => {
		const cross = dims[0].categories.flatMap((k) => dims[1].categories.map((a) => v('2026', '1', { koen: k, alder: a })));
		expect(checkSplitTotals('count', dims, [v('2026', '6'), ...cross])).toMatchObject([
			{ dimensions: ['alder', 'koen'], sum: '6', matches: true }
		]);
		expect(checkSplitTotals('count', dims, [v('2026', '6'), ...cross.slice(1)])).toEqual([]);
	});

	it('does not compare without a total, for an incomplete split, a repeated category or an unknown one', () => {
		expect(checkSplitTotals('count', dims, [v('2026', '4', { koen: 'k' }), v('2026', '6', { koen: 'm' })])).toEqual([]);
		expect(checkSplitTotals('count', dims, [v('2026', '10'), v('2026', '4', { koen: 'k' })])).toEqual([]);
		expect(
			checkSplitTotals('count', dims, [
				v('2026', '10'),
				v('2026', '4', { koen: 'k' }),
				v('2026', '5', { koen: 'k' }),
				v('2026', '6', { koen: 'm' })
			])
		).toEqual([]);
		expect(checkSplitTotals('count', dims, [v('2026', '10'), v('2026', '4', { koen: 'x' }), v('2026', '6', { koen: 'm' })])).toEqual([]);
	});

	it('does not add percentages or other non-additive units', () => {
		const values = [v('2026', '50'), v('2026', '40', { koen: 'k' }), v('2026', '70', { koen: 'm' })];
		expect(checkSplitTotals('percent', dims, values)).toEqual([]);
		expect(checkSplitTotals('rate_per_1000', dims, values)).toEqual([]);
		expect(splitMismatches('count', dims, values)).toHaveLength(1);
	});

	it('sums decimals exactly (0,1 + 0,2 = 0,3)', () => {
		const values = [v('2026', '0.3'), v('2026', '0.1', { koen: 'k' }), v('2026', '0.2', { koen: 'm' })];
		expect(checkSplitTotals('count', dims, values)[0].matches).toBe(true);
	});

	it('a total equal to the sum of any full split always matches (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }), (counts) => {
				const split = counts.map((c, i) => v('2026-03', String(c), { alder: dims[1].categories[i] }));
				const total = sumDecimals(counts.map(String));
				expect(splitMismatches('count', dims, [v('2026-03', total), ...split])).toEqual([]);
				expect(splitMismatches('count', dims, [v('2026-03', sumDecimals([total, '1'])), ...split])).toHaveLength(1);
			})
		);
	});

	it('names unknown dimensions and categories; keys are stable whatever the order', () => {
		expect(checkCategories({ koen: 'k', alder: '99', by: 'x' }, dims)).toEqual([
			{ problem: 'unknown_category', dimension: 'alder', category: '99' },
			{ problem: 'unknown_dimension', dimension: 'by' }
		]);
		expect(categoriesKey({ koen: 'k', alder: '25+' })).toBe(categoriesKey({ alder: '25+', koen: 'k' }));
		expect(categoriesKey({})).toBe('');
	});
});
