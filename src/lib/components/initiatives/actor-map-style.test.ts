import { describe, expect, it } from 'vitest';
import { SECTORS } from '#lib/domain/organisations/sectors.ts';
import { contrastRatio, EDGE_COLOUR, ISOLATED_COLOUR, MAP_BACKGROUNDS, SECTOR_STYLE } from './actor-map-style.ts';

describe('actor map style', () => {
	it('contrastRatio gives the known WCAG values', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	it('every sector colour, the lines and the isolated ring have at least 3:1 against every map background (WCAG 1.4.11)', () => {
		for (const colour of [...SECTORS.map((sector) => SECTOR_STYLE[sector].colour), EDGE_COLOUR, ISOLATED_COLOUR]) {
			for (const background of MAP_BACKGROUNDS)
				expect(contrastRatio(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
		}
	});

	it('every sector has a shape of its own, so colour is not the only cue', () => {
		const shapes = SECTORS.map((sector) => SECTOR_STYLE[sector].shape);
		expect(new Set(shapes).size).toBe(SECTORS.length);
	});
});
