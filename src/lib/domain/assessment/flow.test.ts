import { describe, expect, it } from 'vitest';
import { STEP2_QUESTIONS, STEP3_QUESTIONS, STEP4_QUESTIONS } from './catalogue.ts';
import { furthestStep, isFinalStep, messageKeyOf, missingAnswers, reachedQuestions } from './flow.ts';

const yes3 = Object.fromEntries(STEP3_QUESTIONS.map((k) => [k, 'yes'])) as Record<(typeof STEP3_QUESTIONS)[number], 'yes'>;

describe('the flow of the four steps', () => {
	it('stops after step 2 unless the answer is yes, and after step 3 unless all are yes', () => {
		expect(isFinalStep(1, {})).toBe(false);
		expect(isFinalStep(2, { 'step2.multipleActors': 'no' })).toBe(true);
		expect(isFinalStep(2, { 'step2.multipleActors': 'unknown' })).toBe(true);
		expect(isFinalStep(2, { 'step2.multipleActors': 'yes' })).toBe(false);
		expect(isFinalStep(3, { ...yes3, 'step3.scale': 'unknown' })).toBe(true);
		expect(isFinalStep(3, yes3)).toBe(false);
		expect(isFinalStep(4, {})).toBe(true);
	});

	it('opens a step only when the earlier ones lead there', () => {
		expect(furthestStep({ 'step2.multipleActors': 'yes', ...yes3 }, false)).toBe(1);
		expect(furthestStep({}, true)).toBe(2);
		expect(furthestStep({ 'step2.multipleActors': 'yes' }, true)).toBe(3);
		expect(furthestStep({ 'step2.multipleActors': 'yes', ...yes3 }, true)).toBe(4);
	});

	it('lists the questions reached, in order', () => {
		expect(reachedQuestions({ 'step2.multipleActors': 'no', ...yes3 })).toEqual([...STEP2_QUESTIONS]);
		expect(reachedQuestions({ 'step2.multipleActors': 'yes' })).toEqual([...STEP2_QUESTIONS, ...STEP3_QUESTIONS]);
		expect(reachedQuestions({ 'step2.multipleActors': 'yes', ...yes3 })).toEqual([
			...STEP2_QUESTIONS,
			...STEP3_QUESTIONS,
			...STEP4_QUESTIONS
		]);
	});

	it('names the unanswered questions of a step', () => {
		expect(missingAnswers(1, {})).toEqual([]);
		expect(missingAnswers(4, { 'step4.champions': 'no' })).toEqual(STEP4_QUESTIONS.slice(1));
	});

	it('turns catalogue keys into snake_case message keys', () => {
		expect(messageKeyOf('step3.complexSigns.noSingleActor')).toBe('step3_complex_signs_no_single_actor');
		expect(messageKeyOf('rec.considerProgramOrCapacity')).toBe('rec_consider_program_or_capacity');
		expect(messageKeyOf('dramaticImprovement')).toBe('dramatic_improvement');
	});
});
