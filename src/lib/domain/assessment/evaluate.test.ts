import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, COMPLEX_SIGNS, type QuestionKey, STEP3_QUESTIONS, STEP4_QUESTIONS } from './catalogue.ts';
import {
	type AssessmentAnswers,
	type CandidateProblem,
	OUTCOME_RANK,
	OUTCOMES,
	compareResults,
	evaluateAssessment,
	rankProblems,
	scoreResult
} from './evaluate.ts';

import { allYes, answersArb, DECISION_KEYS, withAnswers } from './answers.fixtures.ts';

describe('evaluateAssessment — step 2', () => {
	it('"no" means a programme and/or capacity building, whatever comes later', () => {
		const result = evaluateAssessment(withAnswers({ 'step2.multipleActors': 'no' }));
		expect(result).toEqual({
			outcome: 'PROGRAM_OR_CAPACITY',
			reasons: [{ key: 'step2.multipleActors', answer: 'no' }],
			recommendations: ['rec.considerProgramOrCapacity'],
			toFindOut: [],
			complexSignsCount: 0
		});
	});

	it.each([
		['"unknown"', { 'step2.multipleActors': 'unknown' }],
		['missing', { 'step2.multipleActors': undefined }]
	] as const)('%s is UNCERTAIN: find out whether several actors can influence it', (_label, overrides) => {
		const result = evaluateAssessment(withAnswers(overrides));
		expect(result.outcome).toBe('UNCERTAIN');
		expect(result.toFindOut).toEqual(['step2.multipleActors']);
		expect(result.reasons).toEqual([{ key: 'step2.multipleActors', answer: 'unknown' }]);
		expect(result.recommendations).toEqual([]);
	});

	it('"yes" recommends a collaborative approach and continues', () => {
		expect(evaluateAssessment(allYes()).recommendations).toContain('rec.considerCollaboration');
	});
});

describe('evaluateAssessment — step 3', () => {
	it.each(STEP3_QUESTIONS)('"no" to %s means a programme', (key) => {
		const result = evaluateAssessment(withAnswers({ [key]: 'no', 'step4.champions': 'no' }));
		expect(result.outcome).toBe('PROGRAM');
		expect(result.recommendations).toEqual(['rec.considerCollaboration', 'rec.considerProgram']);
		expect(result.reasons).toEqual([
			{ key: 'step2.multipleActors', answer: 'yes' },
			{ key, answer: 'no' }
		]);
		expect(result.toFindOut).toEqual([]);
	});

	it('a "no" outweighs any "don\'t know"', () => {
		const result = evaluateAssessment(withAnswers({ 'step3.complexity': 'unknown', 'step3.scale': 'no', 'step3.endUsersAffected': 'no' }));
		expect(result.outcome).toBe('PROGRAM');
		expect(result.reasons.map((r) => r.key)).toEqual(['step2.multipleActors', 'step3.scale', 'step3.endUsersAffected']);
	});

	it.each(STEP3_QUESTIONS)('"don\'t know" to %s is UNCERTAIN and must be found out', (key) => {
		const result = evaluateAssessment(withAnswers({ [key]: 'unknown' }));
		expect(result.outcome).toBe('UNCERTAIN');
		expect(result.toFindOut).toEqual([key]);
		expect(result.reasons).toContainEqual({ key, answer: 'unknown' });
		expect(result.recommendations).toEqual(['rec.considerCollaboration']);
	});

	it('lists every unanswered step-3 question to find out, in catalogue order', () => {
		const result = evaluateAssessment({ 'step2.multipleActors': 'yes', 'step3.scale': 'yes' });
		expect(result.outcome).toBe('UNCERTAIN');
		expect(result.toFindOut).toEqual(['step3.complexity', 'step3.fragmented', 'step3.multipleSectors', 'step3.endUsersAffected']);
	});
});

describe('evaluateAssessment — step 4', () => {
	it('all conditions met is READY', () => {
		const result = evaluateAssessment(allYes());
		expect(result.outcome).toBe('READY');
		expect(result.recommendations).toEqual(['rec.considerCollaboration']);
		expect(result.reasons.map((r) => r.key)).toEqual([...DECISION_KEYS]);
		expect(result.reasons.every((r) => r.answer === 'yes')).toBe(true);
		expect(result.toFindOut).toEqual([]);
	});

	it.each([
		['step4.champions', 'rec.recruitChampions'],
		['step4.resources12Months', 'rec.buildResources'],
		['step4.positiveExperience', 'rec.buildTrust'],
		['step4.burningPlatform', 'rec.makeProblemVisible']
	] as const)('"no" to %s is NOT_YET_READY with %s', (key, rec) => {
		const result = evaluateAssessment(withAnswers({ [key]: 'no' }));
		expect(result.outcome).toBe('NOT_YET_READY');
		expect(result.recommendations).toEqual(['rec.considerCollaboration', rec]);
		expect(result.reasons.at(-1)).toEqual({ key, answer: 'no' });
		expect(result.reasons.filter((r) => r.key.startsWith('step4.'))).toHaveLength(1);
		expect(result.toFindOut).toEqual([]);
	});

	it('"don\'t know" about a condition counts as not met and must be found out', () => {
		const result = evaluateAssessment(withAnswers({ 'step4.resources12Months': 'unknown', 'step4.burningPlatform': 'no' }));
		expect(result.outcome).toBe('NOT_YET_READY');
		expect(result.recommendations).toEqual(['rec.considerCollaboration', 'rec.buildResources', 'rec.makeProblemVisible']);
		expect(result.toFindOut).toEqual(['step4.resources12Months']);
	});

	it('gives all four recommendations when nothing is in place', () => {
		const none = Object.fromEntries(STEP4_QUESTIONS.map((key) => [key, 'no']));
		const result = evaluateAssessment(withAnswers(none));
		expect(result.recommendations).toEqual([
			'rec.considerCollaboration',
			'rec.recruitChampions',
			'rec.buildResources',
			'rec.buildTrust',
			'rec.makeProblemVisible'
		]);
	});
});

describe('evaluateAssessment — signs and robustness', () => {
	it('counts the ticked signs of a complex problem without letting them decide', () => {
		const three = Object.fromEntries(COMPLEX_SIGNS.slice(0, 3).map((key) => [key, 'yes']));
		const withSigns = evaluateAssessment(withAnswers({ ...three, 'step3.complexSigns.innovation': 'no', 'step3.complexity': 'unknown' }));
		expect(withSigns.complexSignsCount).toBe(3);
		expect(withSigns.outcome).toBe('UNCERTAIN');
		const allSigns = Object.fromEntries(COMPLEX_SIGNS.map((key) => [key, 'yes']));
		expect(evaluateAssessment({ ...allSigns, 'step2.multipleActors': 'no' }).complexSignsCount).toBe(5);
	});

	it('reads malformed or absent answers as "don\'t know"', () => {
		expect(evaluateAssessment({}).outcome).toBe('UNCERTAIN');
		expect(evaluateAssessment(null as unknown as AssessmentAnswers).toFindOut).toEqual(['step2.multipleActors']);
		const odd = withAnswers({ 'step4.champions': 'YES' as Answer });
		expect(evaluateAssessment(odd).toFindOut).toEqual(['step4.champions']);
	});

	it('does not mutate its input', () => {
		const answers = withAnswers({ 'step3.scale': 'unknown' });
		const copy = structuredClone(answers);
		evaluateAssessment(answers);
		expect(answers).toEqual(copy);
	});
});

describe('outcome order', () => {
	it('ranks outcomes from worst to best', () => {
		const ranked = [...OUTCOMES].sort((a, b) => OUTCOME_RANK[a] - OUTCOME_RANK[b]);
		expect(ranked).toEqual(['PROGRAM_OR_CAPACITY', 'PROGRAM', 'UNCERTAIN', 'NOT_YET_READY', 'READY']);
	});

	it('scores NOT_YET_READY higher the fewer conditions are missing, between UNCERTAIN and READY', () => {
		const missing = (n: number) => evaluateAssessment(withAnswers(Object.fromEntries(STEP4_QUESTIONS.slice(0, n).map((k) => [k, 'no']))));
		const scores = [4, 3, 2, 1, 0].map((n) => scoreResult(missing(n)));
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(new Set(scores).size).toBe(5);
		const uncertain = evaluateAssessment(withAnswers({ 'step3.scale': 'unknown' }));
		expect(compareResults(uncertain, missing(4))).toBeLessThan(0);
		expect(compareResults(missing(0), missing(1))).toBeGreaterThan(0);
		expect(compareResults(missing(2), missing(2))).toBe(0);
	});
});

describe('evaluateAssessment — properties', () => {
	it('gives exactly one known outcome for any answers and never throws', () => {
		fc.assert(
			fc.property(fc.oneof(answersArb, fc.anything() as fc.Arbitrary<AssessmentAnswers>), (answers) => {
				const result = evaluateAssessment(answers);
				expect(OUTCOMES.filter((o) => o === result.outcome)).toHaveLength(1);
				expect(result.complexSignsCount).toBeGreaterThanOrEqual(0);
				expect(result.complexSignsCount).toBeLessThanOrEqual(5);
			})
		);
	});

	it('is READY exactly when every decision question is "yes"', () => {
		fc.assert(
			fc.property(answersArb, (answers) => {
				const isAllYes = DECISION_KEYS.every((key) => answers[key] === 'yes');
				expect(evaluateAssessment(answers).outcome === 'READY').toBe(isAllYes);
			})
		);
	});

	it('only asks to find out, or recommends, what the answers leave open', () => {
		fc.assert(
			fc.property(answersArb, (answers) => {
				const result = evaluateAssessment(answers);
				for (const key of result.toFindOut) expect(answers[key] ?? 'unknown').toBe('unknown');
				for (const { key, answer } of result.reasons) expect(answers[key] ?? 'unknown').toBe(answer);
				expect(new Set(result.recommendations).size).toBe(result.recommendations.length);
				if (result.outcome === 'UNCERTAIN') expect(result.toFindOut.length).toBeGreaterThan(0);
				if (result.toFindOut.length > 0) expect(['UNCERTAIN', 'NOT_YET_READY']).toContain(result.outcome);
			})
		);
	});

	const flipArb = (keys: readonly QuestionKey[]) =>
		fc.tuple(answersArb, fc.constantFrom(...keys)).filter(([answers, key]) => answers[key] === 'yes');

	it('never gets better when a readiness "yes" becomes "no"', () => {
		fc.assert(
			fc.property(flipArb(STEP4_QUESTIONS), ([answers, key]) => {
				const before = evaluateAssessment(answers);
				const after = evaluateAssessment({ ...answers, [key]: 'no' });
				expect(compareResults(after, before)).toBeLessThanOrEqual(0);
				expect(OUTCOME_RANK[after.outcome]).toBeLessThanOrEqual(OUTCOME_RANK[before.outcome]);
				// Once readiness is reached, losing a condition must be visible.
				if (before.outcome === 'READY' || before.outcome === 'NOT_YET_READY') {
					expect(scoreResult(after)).toBeLessThan(scoreResult(before));
				}
			})
		);
	});

	it('never gets better when a step-3 "yes" becomes "no"', () => {
		fc.assert(
			fc.property(flipArb(STEP3_QUESTIONS), ([answers, key]) => {
				const before = evaluateAssessment(answers);
				const after = evaluateAssessment({ ...answers, [key]: 'no' });
				expect(compareResults(after, before)).toBeLessThanOrEqual(0);
				if (answers['step2.multipleActors'] === 'yes') expect(after.outcome).toBe('PROGRAM');
			})
		);
	});

	it('never gets better when step 2 turns from "yes" to "no"', () => {
		fc.assert(
			fc.property(flipArb(['step2.multipleActors']), ([answers, key]) => {
				const after = evaluateAssessment({ ...answers, [key]: 'no' });
				expect(compareResults(after, evaluateAssessment(answers))).toBeLessThan(0);
			})
		);
	});
});

const problem = (id: string, d: number, c: number, u: number): CandidateProblem => ({
	id,
	title: `Problem ${id}`,
	ratings: { dramaticImprovement: d, contextualChange: c, urgentNeed: u }
});

describe('rankProblems', () => {
	it('ranks by total, then dramatic improvement, then urgency, then entry order', () => {
		const problems = [
			problem('low', 1, 1, 1),
			problem('calm', 3, 5, 4), // 12, d3 u4 — entered before 'urgent', still ranked after it
			problem('dramatic', 4, 5, 3), // 12, d4
			problem('urgent', 3, 4, 5), // 12, d3 u5
			problem('top', 5, 5, 5),
			problem('twinA', 3, 5, 4), // identical to calm: entry order decides
			problem('twinB', 3, 5, 4)
		];
		const ranked = rankProblems(problems);
		expect(ranked.map((p) => p.id)).toEqual(['top', 'dramatic', 'urgent', 'calm', 'twinA', 'twinB', 'low']);
		expect(ranked.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(ranked[0]).toMatchObject({ total: 15, title: 'Problem top' });
	});

	it('returns a new array and leaves the input untouched', () => {
		const problems = [problem('a', 1, 1, 1), problem('b', 5, 5, 5)];
		const copy = structuredClone(problems);
		const ranked = rankProblems(problems);
		expect(ranked).not.toBe(problems);
		expect(problems).toEqual(copy);
		expect(rankProblems([])).toEqual([]);
	});

	it.each([0, 6, 2.5, Number.NaN])('rejects the rating %s', (rating) => {
		expect(() => rankProblems([problem('a', 3, rating, 3)])).toThrow(RangeError);
	});

	it('always returns a permutation with ranks 1..n and non-increasing totals', () => {
		const rating = fc.integer({ min: 1, max: 5 });
		fc.assert(
			fc.property(fc.array(fc.tuple(rating, rating, rating), { maxLength: 10 }), (ratings) => {
				const problems = ratings.map(([d, c, u], i) => problem(String(i), d, c, u));
				const ranked = rankProblems(problems);
				expect(ranked.map((p) => p.id).sort()).toEqual(problems.map((p) => p.id).sort());
				expect(ranked.map((p) => p.rank)).toEqual(problems.map((_, i) => i + 1));
				for (let i = 1; i < ranked.length; i++) {
					expect(ranked[i].total).toBeLessThanOrEqual(ranked[i - 1].total);
				}
				expect(rankProblems(problems)).toEqual(ranked);
			})
		);
	});
});
