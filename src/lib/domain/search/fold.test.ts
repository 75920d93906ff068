import { describe, expect, it } from 'vitest';
import { foldedIndexText, foldedTsQuery, foldedVariants, foldWord, wordsOf } from './fold.ts';

describe('folding æ, ø and å', () => {
	it('indexes both keyboard spellings of a word with æ/ø/å', () => {
		expect(foldedVariants('Hjemløse')).toEqual(['hjemloese', 'hjemlose']);
		expect(foldedVariants('gården')).toEqual(['gaarden', 'garden']);
		expect(foldedVariants('Ældre')).toEqual(['aeldre']);
		expect(foldedVariants('alle')).toEqual(['alle']);
	});

	it('folds the query to the short spelling, so each spelling typed meets one in the index', () => {
		const index = foldedIndexText('Hjem til Alle: hjemløshed i Aarhus').split(' ');
		for (const typed of ['hjemlos', 'hjemløs', 'hjemloes', 'HJEMLØS']) {
			const word = foldWord(typed);
			expect(index.some((indexed) => indexed.startsWith(word))).toBe(true);
		}
	});

	it('drops other accents and keeps digits', () => {
		expect(wordsOf('Café 2030 – Økonomi')).toEqual(['cafe', '2030', 'økonomi']);
		expect(foldWord('Økonomi')).toBe('okonomi');
	});

	it('builds a prefix query of safe words only', () => {
		expect(foldedTsQuery('hjemløs i Århus')).toBe('hjemlos:* & arhus:*');
		// tsquery operators and quotes never reach PostgreSQL
		expect(foldedTsQuery("abc' | !bcd & (cde:*)")).toBe('abc:* & bcd:* & cde:*');
		expect(foldedTsQuery('  —  ')).toBeUndefined();
		expect(foldedTsQuery('i og')).toBeUndefined();
	});
});
