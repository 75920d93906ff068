import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../../../tests/fixtures/seed.ts';
import { messageKeyOf, SEED_WORDING_DA } from '../../domain/assessment/index.ts';

/**
 * The Danish UI shows the seed's sentences verbatim: every SEED_WORDING_DA string is the value of
 * its message in messages/da.json, and (whitespace-normalised) occurs in the seed file itself
 * (its copy in tests/fixtures, compared with the shared seed by tests/fixtures/seed-fixtures.test.ts where that folder exists).
 */
const da = JSON.parse(readFileSync('messages/da.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const seed = normalise(SEED_TEXT);

const expected: [string, string][] = [
	['assessment_heading', SEED_WORDING_DA.heading],
	...Object.entries(SEED_WORDING_DA.steps).map(([step, text]): [string, string] => [`assessment_step_title_${step}`, text]),
	['assessment_step1_intro', SEED_WORDING_DA.step1Intro],
	['assessment_step1_choose', SEED_WORDING_DA.step1Choose],
	...Object.entries(SEED_WORDING_DA.criteria).map(([key, text]): [string, string] => [`assessment_criterion_${messageKeyOf(key)}`, text]),
	...Object.entries(SEED_WORDING_DA.questions).map(([key, text]): [string, string] => [`assessment_q_${messageKeyOf(key)}`, text]),
	['assessment_signs_intro', SEED_WORDING_DA.complexSignsIntro],
	...Object.entries(SEED_WORDING_DA.complexSigns).map(([key, text]): [string, string] => [`assessment_q_${messageKeyOf(key)}`, text]),
	...Object.entries(SEED_WORDING_DA.recommendations).map(([key, text]): [string, string] => [`assessment_${messageKeyOf(key)}`, text])
];

describe('the Danish assessment wording is the seed’s', () => {
	it('covers all 33 seed sentences', () => {
		expect(expected).toHaveLength(33);
	});

	it.each(expected)('%s', (key, text) => {
		expect(da[key], `messages/da.json ${key}`).toBe(text);
		expect(seed).toContain(normalise(da[key] ?? ''));
		expect(en[key], `messages/en.json ${key} is translated`).toBeTruthy();
		expect(en[key]).not.toBe(da[key]);
	});
});
