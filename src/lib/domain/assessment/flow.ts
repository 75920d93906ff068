/**
 * How the four steps follow each other (the seed chains them with "Hvis ja, …"): which step a
 * person may open, where "next" leads, and which questions were reached. Pure functions.
 */
import { type DecisionQuestion, type Step, STEP2_QUESTIONS, STEP3_QUESTIONS, STEP4_QUESTIONS } from './catalogue.ts';
import type { AssessmentAnswers } from './evaluate.ts';

export const STEPS: readonly Step[] = [1, 2, 3, 4];

const STEP_QUESTIONS: Readonly<Record<Exclude<Step, 1>, readonly DecisionQuestion[]>> = {
	2: STEP2_QUESTIONS,
	3: STEP3_QUESTIONS,
	4: STEP4_QUESTIONS
};

export function decisionQuestionsOf(step: Step): readonly DecisionQuestion[] {
	return step === 1 ? [] : STEP_QUESTIONS[step];
}

function allYes(answers: AssessmentAnswers, keys: readonly DecisionQuestion[]): boolean {
	return keys.every((key) => answers[key] === 'yes');
}

/** After answering `step`, does the tree stop (the result follows) or go on to the next step? */
export function isFinalStep(step: Step, answers: AssessmentAnswers): boolean {
	if (step === 1) return false;
	if (step === 4) return true;
	return !allYes(answers, STEP_QUESTIONS[step]);
}

/** The furthest step that may be opened: a step is only reached when the previous one says "yes". */
export function furthestStep(answers: AssessmentAnswers, hasFocusProblem: boolean): Step {
	if (!hasFocusProblem) return 1;
	if (!allYes(answers, STEP2_QUESTIONS)) return 2;
	if (!allYes(answers, STEP3_QUESTIONS)) return 3;
	return 4;
}

/** The decision questions the person actually reached, in display order (for reports and exports). */
export function reachedQuestions(answers: AssessmentAnswers): DecisionQuestion[] {
	const reached: DecisionQuestion[] = [...STEP2_QUESTIONS];
	if (!allYes(answers, STEP2_QUESTIONS)) return reached;
	reached.push(...STEP3_QUESTIONS);
	if (!allYes(answers, STEP3_QUESTIONS)) return reached;
	reached.push(...STEP4_QUESTIONS);
	return reached;
}

/** The questions of a step that have no answer yet. */
export function missingAnswers(step: Step, answers: AssessmentAnswers): DecisionQuestion[] {
	return decisionQuestionsOf(step).filter((key) => answers[key] === undefined);
}

/**
 * The i18n suffix of a catalogue key: `step3.complexSigns.noSingleActor` →
 * `step3_complex_signs_no_single_actor` (message keys are snake_case identifiers).
 */
export function messageKeyOf(key: string): string {
	return key
		.replace(/\./g, '_')
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase();
}
