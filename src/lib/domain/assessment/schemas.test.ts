import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { QUESTION_KEYS } from './catalogue.ts';
import { type AssessmentAnswers, type CandidateProblem, rankProblems } from './evaluate.ts';
import {
	type AssessmentAnswersInput,
	AssessmentAnswersSchema,
	type CandidateProblemInput,
	CandidateProblemSchema,
	CandidateProblemsSchema,
	MAX_CANDIDATE_PROBLEMS,
	Step2AnswersSchema,
	Step3AnswersSchema,
	Step4AnswersSchema
} from './schemas.ts';

const problem = (overrides: Record<string, unknown> = {}) => ({
	id: 'p1',
	title: 'Ensomhed blandt ældre',
	ratings: { dramaticImprovement: 4, contextualChange: 2, urgentNeed: 5 },
	...overrides
});
const ratings = (value: unknown) => ({ dramaticImprovement: 3, contextualChange: value, urgentNeed: 3 });

describe('answer schemas', () => {
	it('accepts any subset of questions with yes/no/unknown', () => {
		const input = { 'step2.multipleActors': 'yes', 'step3.scale': 'unknown', 'step4.champions': 'no' };
		expect(AssessmentAnswersSchema.parse(input)).toEqual(input);
		expect(AssessmentAnswersSchema.parse({})).toEqual({});
	});

	it('covers every catalogue question and nothing else', () => {
		expect(Object.keys(AssessmentAnswersSchema.shape).sort()).toEqual([...QUESTION_KEYS].sort());
	});

	it.each(['maybe', 'Yes', true, 1, null])('rejects the answer %j', (answer) => {
		expect(AssessmentAnswersSchema.safeParse({ 'step3.scale': answer }).success).toBe(false);
	});

	it('drops keys that are not questions', () => {
		expect(AssessmentAnswersSchema.parse({ 'step3.scale': 'no', admin: true })).toEqual({
			'step3.scale': 'no'
		});
	});

	it('has one partial schema per step', () => {
		expect(Object.keys(Step2AnswersSchema.shape)).toEqual(['step2.multipleActors']);
		expect(Object.keys(Step3AnswersSchema.shape)).toHaveLength(10);
		expect(Object.keys(Step4AnswersSchema.shape)).toHaveLength(4);
		expect(Step3AnswersSchema.parse({ 'step3.complexSigns.innovation': 'yes', 'step4.champions': 'no' })).toEqual({
			'step3.complexSigns.innovation': 'yes'
		});
	});

	it('produces the types the evaluator takes', () => {
		expectTypeOf<AssessmentAnswersInput>().toEqualTypeOf<AssessmentAnswers>();
		expectTypeOf<CandidateProblemInput>().toExtend<CandidateProblem>();
	});
});

describe('candidate problem schemas', () => {
	it('trims the title and accepts 1–200 characters', () => {
		expect(CandidateProblemSchema.parse(problem({ title: '  Hjemløshed \n' })).title).toBe('Hjemløshed');
		expect(CandidateProblemSchema.safeParse(problem({ title: ` ${'x'.repeat(200)} ` })).success).toBe(true);
		expect(CandidateProblemSchema.safeParse(problem({ title: 'x'.repeat(201) })).success).toBe(false);
		expect(CandidateProblemSchema.safeParse(problem({ title: '   ' })).success).toBe(false);
		expect(CandidateProblemSchema.safeParse(problem({ title: '' })).success).toBe(false);
	});

	it.each([1, 5])('accepts the rating %s', (value) => {
		expect(CandidateProblemSchema.safeParse(problem({ ratings: ratings(value) })).success).toBe(true);
	});

	it.each([0, 6, 2.5, '3', null, Number.NaN])('rejects the rating %j', (value) => {
		expect(CandidateProblemSchema.safeParse(problem({ ratings: ratings(value) })).success).toBe(false);
	});

	it('requires every criterion and an id', () => {
		expect(CandidateProblemSchema.safeParse(problem({ ratings: { dramaticImprovement: 3 } })).success).toBe(false);
		expect(CandidateProblemSchema.safeParse(problem({ id: '' })).success).toBe(false);
	});

	it(`accepts 1–${MAX_CANDIDATE_PROBLEMS} problems with unique ids`, () => {
		const many = (n: number) => Array.from({ length: n }, (_, i) => problem({ id: `p${i}` }));
		expect(MAX_CANDIDATE_PROBLEMS).toBe(10);
		expect(CandidateProblemsSchema.safeParse(many(1)).success).toBe(true);
		expect(CandidateProblemsSchema.safeParse(many(10)).success).toBe(true);
		expect(CandidateProblemsSchema.safeParse(many(11)).success).toBe(false);
		expect(CandidateProblemsSchema.safeParse([]).success).toBe(false);
		expect(CandidateProblemsSchema.safeParse([problem(), problem()]).success).toBe(false);
	});

	it('lets every valid list be ranked', () => {
		const rating = fc.integer({ min: 1, max: 5 });
		const problemArb = fc.record({
			id: fc.uuid(),
			title: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0),
			ratings: fc.record({ dramaticImprovement: rating, contextualChange: rating, urgentNeed: rating })
		});
		fc.assert(
			fc.property(fc.uniqueArray(problemArb, { minLength: 1, maxLength: 10, selector: (p) => p.id }), (list) => {
				const parsed = CandidateProblemsSchema.parse(list);
				expect(rankProblems(parsed)).toHaveLength(list.length);
			})
		);
	});
});

describe('schemas on arbitrary input', () => {
	const schemas = {
		AssessmentAnswersSchema,
		Step2AnswersSchema,
		Step3AnswersSchema,
		Step4AnswersSchema,
		CandidateProblemSchema,
		CandidateProblemsSchema
	};

	it.each(Object.entries(schemas))('%s.safeParse never throws', (_name, schema) => {
		fc.assert(
			fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
				expect(typeof schema.safeParse(value).success).toBe('boolean');
			})
		);
	});
});
