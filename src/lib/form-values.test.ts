import { describe, expect, it } from 'vitest';
import { keptList } from './form-values.ts';

describe('keptList', () => {
	it('gives every value of a field sent several times, one value, or none', () => {
		expect(keptList({ values: { areas: '147' }, lists: { areas: ['101', '147'] } }, 'areas')).toEqual(['101', '147']);
		expect(keptList({ values: { areas: '101' } }, 'areas')).toEqual(['101']);
		expect(keptList({ values: {} }, 'areas')).toEqual([]);
		expect(keptList(undefined, 'areas')).toEqual([]);
	});
});
