/** Input schemas for the assessment; the boundary where untrusted data becomes typed. */
import { z } from 'zod';
import { ANSWERS, COMPLEX_SIGNS, CRITERIA, type Criterion, STEP2_QUESTIONS, STEP3_QUESTIONS, STEP4_QUESTIONS } from './catalogue.ts';
import { MAX_RATING, MIN_RATING } from './evaluate.ts';
import { freeTextField, notFreeText } from '../privacy/free-text.ts';

export const MAX_TITLE_LENGTH = 200;
export const MAX_CANDIDATE_PROBLEMS = 10;

export const AnswerSchema = z.enum(ANSWERS);

// Every question is optional: answers are saved step by step, and a missing answer is read
// as "don't know" by evaluateAssessment.
function buildAnswersSchema<const K extends string>(keys: readonly K[]) {
	const shape = Object.fromEntries(keys.map((key) => [key, AnswerSchema.optional()]));
	return z.object(shape as Record<K, z.ZodOptional<typeof AnswerSchema>>);
}

export const Step2AnswersSchema = buildAnswersSchema(STEP2_QUESTIONS);
export const Step3AnswersSchema = buildAnswersSchema([...STEP3_QUESTIONS, ...COMPLEX_SIGNS]);
export const Step4AnswersSchema = buildAnswersSchema(STEP4_QUESTIONS);
export const AssessmentAnswersSchema = z.object({
	...Step2AnswersSchema.shape,
	...Step3AnswersSchema.shape,
	...Step4AnswersSchema.shape
});

export const RatingSchema = z.int().min(MIN_RATING).max(MAX_RATING);

export const RatingsSchema = z.object(
	Object.fromEntries(CRITERIA.map((criterion) => [criterion, RatingSchema])) as Record<Criterion, typeof RatingSchema>
);

export const CandidateProblemSchema = z.object({
	id: notFreeText(z.string().trim().min(1).max(100), 'an id the server made'),
	title: freeTextField(MAX_TITLE_LENGTH, { required: true }),
	ratings: RatingsSchema
});

export const CandidateProblemsSchema = z
	.array(CandidateProblemSchema)
	.min(1)
	.max(MAX_CANDIDATE_PROBLEMS)
	// Ids identify the chosen focus problem, so they must be unambiguous.
	.refine((problems) => new Set(problems.map((p) => p.id)).size === problems.length, {
		message: 'Problem ids must be unique'
	});

export type AnswerInput = z.infer<typeof AnswerSchema>;
export type Step2Answers = z.infer<typeof Step2AnswersSchema>;
export type Step3Answers = z.infer<typeof Step3AnswersSchema>;
export type Step4Answers = z.infer<typeof Step4AnswersSchema>;
export type AssessmentAnswersInput = z.infer<typeof AssessmentAnswersSchema>;
export type CandidateProblemInput = z.infer<typeof CandidateProblemSchema>;
export type CandidateProblemsInput = z.infer<typeof CandidateProblemsSchema>;
