/** Answer sets the assessment's unit tests build on (shared by evaluate.test.ts and group.test.ts). */
import fc from 'fast-check';
import { ANSWERS, type Answer, type QuestionKey, QUESTION_KEYS, STEP3_QUESTIONS, STEP4_QUESTIONS } from './catalogue.ts';
import type { AssessmentAnswers } from './evaluate.ts';

export const DECISION_KEYS = ['step2.multipleActors', ...STEP3_QUESTIONS, ...STEP4_QUESTIONS] as const;
export const allYes = (): AssessmentAnswers => Object.fromEntries(DECISION_KEYS.map((key) => [key, 'yes'])) as AssessmentAnswers;
export const withAnswers = (overrides: AssessmentAnswers): AssessmentAnswers => ({ ...allYes(), ...overrides });

export const answerArb = fc.constantFrom<Answer>(...ANSWERS);
export const answersArb: fc.Arbitrary<AssessmentAnswers> = fc.record(
	Object.fromEntries(QUESTION_KEYS.map((key) => [key, answerArb])) as Record<QuestionKey, fc.Arbitrary<Answer>>,
	{ requiredKeys: [] }
);
