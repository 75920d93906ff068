/**
 * Group rounds: several people answer the same assessment, and the facilitator sees how far they
 * agree. The words shown must be true, so the rule is written down once here (and, in plain
 * Danish and English, next to the figures: `group_consensus_rule`):
 *
 * - Only answers people gave are counted. A complexity sign is a checkbox: not ticking it is no
 *   answer, so signs are counted as "ticked by n of N", never as yes/no.
 * - unanimous: everyone who answered gave the same answer.
 * - broad agreement: at least BROAD_AGREEMENT_SHARE (3 of 4) gave the same answer.
 * - majority: more than MAJORITY_SHARE gave the same answer. Exactly half is not a majority.
 * - split: no answer has more than half.
 * - The number of dissenting answers (anything but the leading answer) is always shown.
 * - The combined outcome uses, per question, the answer more than half gave; a split question
 *   counts as "don't know" (the group does not know yet), never as an answer nobody gave.
 *
 * Pure functions: no I/O, inputs are never mutated.
 */
import {
	ANSWERS,
	type Answer,
	COMPLEX_SIGNS,
	type ComplexSign,
	type DecisionQuestion,
	isAnswer,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS
} from './catalogue.ts';
import { type AssessmentAnswers, type AssessmentResult, evaluateAssessment } from './evaluate.ts';

/** A leading answer needs strictly more than this share of the answers: 50 % is not a majority. */
export const MAJORITY_SHARE = 0.5;
/** From this share of the answers (3 of 4) on, short of everyone, the group broadly agrees. */
export const BROAD_AGREEMENT_SHARE = 0.75;

export const CONSENSUS_LEVELS = ['none', 'unanimous', 'broad', 'majority', 'split'] as const;
export type Consensus = (typeof CONSENSUS_LEVELS)[number];

export interface QuestionSummary {
	readonly counts: Readonly<Record<Answer, number>>;
	/** Answers given to this question (respondents who left it out are not counted). */
	readonly total: number;
	readonly consensus: Consensus;
	/** The answer more than half gave; undefined on a split or without answers. */
	readonly leading: Answer | undefined;
	/** How many gave the leading answer (0 without one). */
	readonly leadingCount: number;
	/** Answers other than the leading one; on a split, every answer disagrees with some other. */
	readonly dissenting: number;
	/** What the combined outcome uses: the leading answer, else "don't know". */
	readonly combinedAnswer: Answer;
}

export interface SignSummary {
	/** Respondents who ticked the sign. */
	readonly ticked: number;
	/** Respondents who saw it (every response). */
	readonly respondents: number;
}

export interface GroupResult {
	readonly respondents: number;
	readonly questions: Readonly<Record<DecisionQuestion, QuestionSummary>>;
	readonly signs: Readonly<Record<ComplexSign, SignSummary>>;
	/** The answers the combined outcome is evaluated from. */
	readonly combinedAnswers: AssessmentAnswers;
	readonly result: AssessmentResult;
}

const DECISION_QUESTIONS: readonly DecisionQuestion[] = [...STEP2_QUESTIONS, ...STEP3_QUESTIONS, ...STEP4_QUESTIONS];

/** `leadingCount` is 0 when no answer has more than MAJORITY_SHARE (see summariseQuestion). */
function consensusOf(total: number, leadingCount: number): Consensus {
	if (total === 0) return 'none';
	if (leadingCount === 0) return 'split';
	if (leadingCount === total) return 'unanimous';
	return leadingCount / total >= BROAD_AGREEMENT_SHARE ? 'broad' : 'majority';
}

/** Summarises one decision question's answers; anything that is not yes/no/don't know is no answer. */
export function summariseQuestion(answers: readonly unknown[]): QuestionSummary {
	const counts: Record<Answer, number> = { yes: 0, no: 0, unknown: 0 };
	for (const answer of answers) if (isAnswer(answer)) counts[answer] += 1;
	const total = counts.yes + counts.no + counts.unknown;
	// More than half can only be one answer, so no tie-break is needed.
	const leading = ANSWERS.find((answer) => counts[answer] / total > MAJORITY_SHARE);
	const leadingCount = leading ? counts[leading] : 0;
	const consensus = consensusOf(total, leadingCount);
	return {
		counts,
		total,
		consensus,
		leading,
		leadingCount,
		dissenting: total - leadingCount,
		combinedAnswer: leading ?? 'unknown'
	};
}

/** A sign counts only when ticked; an unticked sign (stored as "no" by the form) is not an answer. */
export function summariseSign(values: readonly unknown[]): SignSummary {
	return { ticked: values.filter((value) => value === 'yes').length, respondents: values.length };
}

/**
 * Only explicit answers are counted per question: respondents who stopped at an earlier step
 * never saw the later questions, and counting them as "don't know" would drown the others.
 */
export function combineGroupAnswers(responses: readonly AssessmentAnswers[]): GroupResult {
	const questions = {} as Record<DecisionQuestion, QuestionSummary>;
	const signs = {} as Record<ComplexSign, SignSummary>;
	const combinedAnswers: AssessmentAnswers = {};
	for (const key of DECISION_QUESTIONS) {
		const summary = summariseQuestion(responses.map((response) => response?.[key]));
		questions[key] = summary;
		combinedAnswers[key] = summary.combinedAnswer;
	}
	for (const key of COMPLEX_SIGNS) {
		const summary = summariseSign(responses.map((response) => response?.[key]));
		signs[key] = summary;
		// Signs never decide the outcome; the combined count takes those more than half ticked.
		if (summary.ticked / summary.respondents > MAJORITY_SHARE) combinedAnswers[key] = 'yes';
	}
	return {
		respondents: responses.length,
		questions,
		signs,
		combinedAnswers,
		result: evaluateAssessment(combinedAnswers)
	};
}
