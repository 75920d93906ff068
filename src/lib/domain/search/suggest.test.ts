import { describe, expect, it } from 'vitest';
import { buildVocabulary, maxEdits, suggestQuery } from './suggest.ts';

const vocabulary = buildVocabulary([
	'Hjem til Alle',
	'Hjemløshed i Danmark: et fælles mål om at afskaffe gadehjemløshed',
	'Ungdomsuddannelse for alle unge i Sønderborg',
	'Sundhedsfællesskab'
]);

describe('near-miss suggestions', () => {
	it('suggests the closest word as the library writes it', () => {
		expect(suggestQuery('hjemlsohed', vocabulary)).toBe('hjemløshed');
		expect(suggestQuery('sonderbrog', vocabulary)).toBe('sønderborg');
	});

	it('keeps known words and prefixes, including those typed without æ/ø/å', () => {
		expect(suggestQuery('hjemlos', vocabulary)).toBeUndefined();
		expect(suggestQuery('ungdom', vocabulary)).toBeUndefined();
		expect(suggestQuery('faelles mal', vocabulary)).toBeUndefined();
	});

	it('replaces only the unknown word of several', () => {
		expect(suggestQuery('unge sundhedsfælesskab', vocabulary)).toBe('unge sundhedsfællesskab');
	});

	it('suggests nothing for words too far from any', () => {
		expect(suggestQuery('trafiksikkerhed', vocabulary)).toBeUndefined();
		expect(suggestQuery('xyz', vocabulary)).toBeUndefined();
	});

	it('allows one edit per four letters, at most two', () => {
		expect([3, 4, 8, 12, 30].map(maxEdits)).toEqual([1, 1, 2, 2, 2]);
	});
});
