import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../../../tests/fixtures/seed.ts';
import {
	COMPLEX_SIGNS,
	CRITERIA,
	QUESTION_KEYS,
	QUESTION_STEP,
	QUESTIONS,
	READINESS_RECOMMENDATION,
	RECOMMENDATIONS,
	SEED_WORDING_DA,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS,
	isAnswer,
	isQuestionKey
} from './catalogue.ts';

const normaliseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();
// the seed's copy in tests/fixtures (compared with the shared seed by tests/fixtures/seed-fixtures.test.ts where that folder exists)
const seed = normaliseWhitespace(SEED_TEXT);

function collectStrings(value: unknown, path = 'SEED_WORDING_DA'): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => collectStrings(inner, `${path}.${key}`));
}

const wording = collectStrings(SEED_WORDING_DA);

describe('SEED_WORDING_DA', () => {
	it('holds the expected number of seed sentences', () => {
		// heading + 4 steps + 2 step-1 lines + 3 criteria + 10 questions + intro + 5 signs + 7 recs
		expect(wording).toHaveLength(33);
	});

	it.each(wording)('%s occurs verbatim in the seed', (_path, text) => {
		expect(text).toBe(text.trim());
		expect(seed).toContain(normaliseWhitespace(text));
	});

	it('would notice a changed character', () => {
		expect(seed).not.toContain('Hvis nej, overvej en programlosning');
		expect(seed).not.toContain('Hvis nej, fokuser på at rekruttere');
	});

	it('has wording for every criterion, decision question, sign and recommendation', () => {
		expect(Object.keys(SEED_WORDING_DA.criteria)).toEqual([...CRITERIA]);
		expect(Object.keys(SEED_WORDING_DA.questions)).toEqual([...STEP2_QUESTIONS, ...STEP3_QUESTIONS, ...STEP4_QUESTIONS]);
		expect(Object.keys(SEED_WORDING_DA.complexSigns)).toEqual([...COMPLEX_SIGNS]);
		expect(Object.keys(SEED_WORDING_DA.recommendations)).toEqual([...RECOMMENDATIONS]);
	});

	it('lists the complex-problem signs in the seed order, after "Ved komplekse problemer"', () => {
		const positions = [SEED_WORDING_DA.complexSignsIntro, ...Object.values(SEED_WORDING_DA.complexSigns)].map((text) => seed.indexOf(text));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('pairs each readiness question with the seed recommendation at the same position', () => {
		const questionOrder = STEP4_QUESTIONS.map((key) => seed.indexOf(SEED_WORDING_DA.questions[key]));
		const recOrder = STEP4_QUESTIONS.map((key) => seed.indexOf(SEED_WORDING_DA.recommendations[READINESS_RECOMMENDATION[key]]));
		expect(questionOrder).toEqual([...questionOrder].sort((a, b) => a - b));
		expect(recOrder).toEqual([...recOrder].sort((a, b) => a - b));
		expect(Math.min(...recOrder)).toBeGreaterThan(Math.max(...questionOrder));
	});

	it('keeps the step titles in the seed order, each after its step number', () => {
		for (const step of [1, 2, 3, 4] as const) {
			expect(seed).toContain(`${step} ${SEED_WORDING_DA.steps[step]}`);
		}
	});
});

describe('question catalogue', () => {
	it('has unique keys, all answerable, with their step', () => {
		expect(new Set(QUESTION_KEYS).size).toBe(QUESTION_KEYS.length);
		expect(QUESTION_KEYS).toHaveLength(15);
		expect(QUESTION_STEP['step2.multipleActors']).toBe(2);
		expect(QUESTION_STEP['step3.scale']).toBe(3);
		expect(QUESTION_STEP['step3.complexSigns.innovation']).toBe(3);
		expect(QUESTION_STEP['step4.burningPlatform']).toBe(4);
		for (const { key, step } of QUESTIONS) expect(key.startsWith(`step${step}.`)).toBe(true);
	});

	it('marks only the complex-problem signs as informational', () => {
		const signs = QUESTIONS.filter((q) => q.kind === 'sign').map((q) => q.key);
		expect(signs).toEqual([...COMPLEX_SIGNS]);
	});

	it('gives every readiness condition a distinct recommendation', () => {
		const recs = STEP4_QUESTIONS.map((key) => READINESS_RECOMMENDATION[key]);
		expect(new Set(recs).size).toBe(4);
		expect(recs).toEqual(['rec.recruitChampions', 'rec.buildResources', 'rec.buildTrust', 'rec.makeProblemVisible']);
	});

	it('recognises answers and question keys', () => {
		expect(['yes', 'no', 'unknown'].every(isAnswer)).toBe(true);
		expect([undefined, null, 'Yes', '', 1].some(isAnswer)).toBe(false);
		expect(isQuestionKey('step3.fragmented')).toBe(true);
		expect(isQuestionKey('step3.fragmentet')).toBe(false);
	});
});
