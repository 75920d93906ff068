import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INITIATIVE_LABEL_KEYS } from './initiative-labels.ts';

const messages = (lang: string) => JSON.parse(readFileSync(new URL(`../../messages/${lang}.json`, import.meta.url), 'utf8'));

describe('initiative labels', () => {
	for (const lang of ['da', 'en']) {
		it(`has a ${lang} message for every key`, () => {
			const all = messages(lang);
			expect(INITIATIVE_LABEL_KEYS.filter((key) => typeof all[key] !== 'string')).toEqual([]);
		});
	}
});
