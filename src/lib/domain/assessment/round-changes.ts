/**
 * "What changed" between two rounds of the same group (issue 11): per question, the distribution
 * and the agreement before and after, and one word for the direction — so a facilitator reads the
 * change instead of comparing two columns of bars. Pure functions over `combineGroupAnswers`.
 */
import {
	ANSWERS,
	type Answer,
	COMPLEX_SIGNS,
	type ComplexSign,
	type DecisionQuestion,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS
} from './catalogue.ts';
import type { Outcome } from './evaluate.ts';
import type { Consensus, GroupResult, QuestionSummary } from './group.ts';

/**
 * - `new_answers`: nobody answered before, some do now; `no_answers`: the other way round;
 * - `shifted`: the group now leans to another answer (or from one answer to a split, or back);
 * - `closer` / `further`: the same leading answer, held by more / fewer of the group (a larger / smaller share);
 * - `same`: the same leading answer (or split) and the same share.
 */
export const CHANGE_KINDS = ['new_answers', 'no_answers', 'shifted', 'closer', 'further', 'same'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface QuestionChange {
	readonly key: DecisionQuestion;
	readonly kind: ChangeKind;
	readonly before: QuestionSummary;
	readonly after: QuestionSummary;
	/** Per answer, after minus before (counts). */
	readonly delta: Readonly<Record<Answer, number>>;
}

export interface SignChange {
	readonly key: ComplexSign;
	readonly before: { ticked: number; respondents: number };
	readonly after: { ticked: number; respondents: number };
}

export interface RoundChanges {
	readonly outcome: { readonly before: Outcome; readonly after: Outcome; readonly isChanged: boolean };
	readonly respondents: { readonly before: number; readonly after: number };
	readonly questions: readonly QuestionChange[];
	readonly signs: readonly SignChange[];
	/** How many questions changed at all (anything but `same`). */
	readonly changedCount: number;
}

const QUESTIONS: readonly DecisionQuestion[] = [...STEP2_QUESTIONS, ...STEP3_QUESTIONS, ...STEP4_QUESTIONS];

/** The share of the group behind the leading answer (0 on a split or without answers). */
function leadingShare(summary: QuestionSummary): number {
	return summary.total ? summary.leadingCount / summary.total : 0;
}

/** What the group leans to: an answer, a split, or nothing yet. */
function stance(summary: QuestionSummary): Answer | 'split' | 'none' {
	if (summary.consensus === 'none') return 'none';
	return summary.leading ?? 'split';
}

export function questionChangeKind(before: QuestionSummary, after: QuestionSummary): ChangeKind {
	const from = stance(before);
	const to = stance(after);
	if (from === 'none' && to === 'none') return 'same';
	if (from === 'none') return 'new_answers';
	if (to === 'none') return 'no_answers';
	if (from !== to) return 'shifted';
	const difference = leadingShare(after) - leadingShare(before);
	// shares are ratios of small counts: compare with a tolerance, never with floating-point equality
	if (Math.abs(difference) < 1e-9) return 'same';
	return difference > 0 ? 'closer' : 'further';
}

/** The order in which consensus words strengthen; for a view that wants to sort or colour. */
export const CONSENSUS_STRENGTH: Readonly<Record<Consensus, number>> = { none: 0, split: 1, majority: 2, broad: 3, unanimous: 4 };

/** Compares an earlier round (`before`) with a later one (`after`). */
export function compareRoundResults(before: GroupResult, after: GroupResult): RoundChanges {
	const questions = QUESTIONS.map((key): QuestionChange => {
		const b = before.questions[key];
		const a = after.questions[key];
		const delta = Object.fromEntries(ANSWERS.map((answer) => [answer, a.counts[answer] - b.counts[answer]])) as Record<Answer, number>;
		return { key, kind: questionChangeKind(b, a), before: b, after: a, delta };
	});
	const signs = COMPLEX_SIGNS.map((key): SignChange => ({ key, before: before.signs[key], after: after.signs[key] }));
	return {
		outcome: {
			before: before.result.outcome,
			after: after.result.outcome,
			isChanged: before.result.outcome !== after.result.outcome
		},
		respondents: { before: before.respondents, after: after.respondents },
		questions,
		signs,
		changedCount: questions.filter((q) => q.kind !== 'same').length
	};
}
