import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAreaCode, MUNICIPALITIES, municipalitiesOf, NATIONAL, normaliseAreas, REGIONS } from './areas.ts';

describe('areas', () => {
	it('holds exactly the rows of data/kommuner.csv: 98 municipalities in 5 regions', () => {
		const lines = readFileSync(new URL('../../../../data/kommuner.csv', import.meta.url), 'utf8')
			.trim()
			.split('\n')
			.slice(1);
		const fromCsv = lines.map((line) => {
			const [code, name, regionCode] = line.split(',');
			return { code, name, regionCode };
		});
		expect(MUNICIPALITIES.map((m) => ({ ...m }))).toEqual(fromCsv);
		expect(MUNICIPALITIES).toHaveLength(98);
		expect(REGIONS).toHaveLength(5);
		expect(REGIONS.reduce((n, r) => n + municipalitiesOf(r.code).length, 0)).toBe(98);
	});

	it('knows municipalities, regions and national, and nothing else', () => {
		expect(isAreaCode('101')).toBe(true);
		expect(isAreaCode('1084')).toBe(true);
		expect(isAreaCode(NATIONAL)).toBe(true);
		expect(isAreaCode('999')).toBe(false);
		expect(isAreaCode('')).toBe(false);
	});

	it('normalises: unknown dropped, duplicates removed, regions first, national alone', () => {
		expect(normaliseAreas(['101', '147', '101', 'x', '1084'])).toEqual(['1084', '147', '101']);
		expect(normaliseAreas(['101', NATIONAL])).toEqual([NATIONAL]);
		expect(normaliseAreas([])).toEqual([]);
	});
});
