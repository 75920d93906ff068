import { z } from 'zod';
import {
	ANSWERS,
	COMPLEX_SIGNS,
	CRITERIA,
	type Criterion,
	type DecisionQuestion,
	MAX_RATING,
	MAX_TITLE_LENGTH,
	MIN_RATING,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS
} from '../domain/assessment/index.ts';
import { looksLikeCprNumber } from '../domain/privacy/cpr.ts';
import { freeTextField, notFreeText } from '../domain/privacy/free-text.ts';
import { SECTORS } from '../domain/organisations/sectors.ts';
import { emailField, nameField, uuidField } from './fields.ts';

/**
 * Form schemas of the assessment, the self-check and group rounds. Messages are message keys;
 * field names of answers are the catalogue's stable keys (`step2.multipleActors`).
 */
export const MAX_COMMENT_LENGTH = 1_000;
export const MAX_RESPONDENT_NAME_LENGTH = 120;
export const MAX_RESPONDENT_ORGANISATION_LENGTH = 120;

export { looksLikeCprNumber };

const freeText = (max: number) => freeTextField(max, { lineBreaks: true });

export const requiredTitleField = freeTextField(MAX_TITLE_LENGTH, { required: true });

const ratingField = z.coerce
	.number({ error: 'field_assessment_rating' })
	.int('field_assessment_rating')
	.min(MIN_RATING, 'field_assessment_rating')
	.max(MAX_RATING, 'field_assessment_rating');

export const AddProblemSchema = z.object({
	title: z.string({ error: 'field_required' }).pipe(requiredTitleField),
	...(Object.fromEntries(CRITERIA.map((criterion) => [criterion, ratingField])) as Record<Criterion, typeof ratingField>)
});

export const RemoveProblemSchema = z.object({ problemId: notFreeText(z.string().min(1).max(100), 'the id of a listed problem') });

export const DirectionSchema = z.enum(['back', 'next', 'stay']).catch('next');

/** The problem chosen as the focus on step 1 (every form of that page sends it along). */
const focusField = notFreeText(z.string().max(200, 'field_invalid').default(''), "a candidate problem's id");

/** Saving a step: where to go next and the focus; the answers are parsed by `stepAnswersSchema`. */
export const StepNavigationSchema = z.object({ direction: DirectionSchema, focus: focusField });

/** Adding a candidate problem on step 1, keeping the focus chosen so far. */
export const AddProblemFormSchema = AddProblemSchema.extend({ focus: focusField });

const answerRequired = z.enum(ANSWERS, { error: 'field_assessment_answer_required' });
const answerOptional = z.enum(ANSWERS).optional().catch(undefined);
/** A ticked sign is "yes", an unticked one "no" (a checkbox sends nothing when unticked). */
const signField = z
	.string()
	.optional()
	.transform((value) => (value === 'yes' ? ('yes' as const) : ('no' as const)));

function answersShape(keys: readonly DecisionQuestion[], required: boolean) {
	return Object.fromEntries(keys.map((key) => [key, required ? answerRequired : answerOptional])) as Record<
		DecisionQuestion,
		typeof answerRequired
	>;
}

const SIGN_SHAPE = Object.fromEntries(COMPLEX_SIGNS.map((key) => [key, signField]));

/** Step answers; `required` is false for "back" and "count the signs", which keep what is there. */
export function stepAnswersSchema(step: 2 | 3 | 4, required: boolean) {
	if (step === 2) return z.object(answersShape(STEP2_QUESTIONS, required));
	if (step === 3) return z.object({ ...answersShape(STEP3_QUESTIONS, required), ...SIGN_SHAPE });
	return z.object(answersShape(STEP4_QUESTIONS, required));
}

export const FocusSchema = z.object({
	focus: notFreeText(
		z.string({ error: 'field_assessment_focus_required' }).min(1, 'field_assessment_focus_required').max(100, 'field_invalid'),
		'the id of a listed problem'
	)
});

export const DECISION_QUESTIONS: readonly DecisionQuestion[] = [...STEP2_QUESTIONS, ...STEP3_QUESTIONS, ...STEP4_QUESTIONS];

export const commentFieldName = (key: DecisionQuestion) => `comment.${key}`;

/** A group respondent answers every question; name and comments are optional. */
export const GroupResponseSchema = z.object({
	respondentToken: z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'field_invalid'),
	name: freeText(MAX_RESPONDENT_NAME_LENGTH).default(''),
	/** Optional: who answers for which organisation and sector, shown with the distribution (issue 11). */
	organisation: freeTextField(MAX_RESPONDENT_ORGANISATION_LENGTH).default(''),
	sector: z.enum(SECTORS).optional().catch(undefined),
	...answersShape(DECISION_QUESTIONS, true),
	...SIGN_SHAPE,
	...Object.fromEntries(DECISION_QUESTIONS.map((key) => [commentFieldName(key), freeText(MAX_COMMENT_LENGTH).default('')]))
});

export const OpenRoundSchema = z.object({
	organisationId: uuidField,
	focusProblem: z.string({ error: 'field_required' }).pipe(requiredTitleField)
});

/** A named invitation: who is asked, and the address their personal link goes to. */
export const InviteRespondentSchema = z.object({ name: nameField, email: emailField });

export const InvitationIdSchema = z.object({ invitationId: uuidField });

/** Attaching an anonymous self-check to one of the signed-in person's organisations. */
export const SaveToOrganisationSchema = z.object({ organisationId: uuidField });

export const RoundIdSchema = z.object({ roundId: uuidField });

export const CreateAssessmentSchema = z.object({
	organisationId: uuidField,
	title: z.string({ error: 'field_required' }).pipe(requiredTitleField)
});

export const AssessmentIdSchema = z.object({ assessmentId: uuidField });

/** Link tokens are 32 characters of base64url (192 random bits). */
export const LinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
/** A self-check's read-only share link: 44 characters, so it is never mistaken for a private one. */
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{44}$/);
