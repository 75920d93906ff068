/** Words for the assessment's stable keys, in the current language (messages/*.json). */
import {
	ANSWERS,
	type Answer,
	type ChangeKind,
	type Criterion,
	messageKeyOf,
	type Outcome,
	type QuestionKey,
	type QuestionSummary,
	type RecommendationKey,
	readinessQuestionOf
} from './domain/assessment/index.ts';
import { translate, translateOr } from './i18n.ts';
import { m } from './paraglide/messages.js';

/**
 * A question as people read it. Two of the seed's step-3 "questions" are headings ("Problemets
 * omfang"), answered yes or no: they get the question they stand for after them, so "Ja" answers
 * something (issue 11). The seed's heading itself stays verbatim.
 */
export function questionLabel(key: QuestionKey): string {
	const label = translate(`assessment_q_${messageKeyOf(key)}`);
	const prompt = translateOr(`assessment_prompt_${messageKeyOf(key)}`, '');
	return prompt ? `${label} – ${prompt}` : label;
}
export const recommendationLabel = (key: RecommendationKey) => translate(`assessment_${messageKeyOf(key)}`);
/**
 * A recommendation as it should read for the answer behind it. The seed words the readiness advice
 * for a "no" ("Hvis nej, fokusér på …"); a condition answered "ved ikke" gets the same advice after
 * "find out first", since "if no" does not answer "don't know". The seed's sentence itself is kept
 * verbatim in the messages (wording.test.ts); only its "Hvis nej, " is replaced here.
 */
export function recommendationText(key: RecommendationKey, toFindOut: readonly QuestionKey[]): string {
	const question = readinessQuestionOf(key);
	if (!question || !toFindOut.includes(question)) return recommendationLabel(key);
	const advice = recommendationLabel(key).replace(/^(Hvis nej|If no|If not),\s*/i, '');
	return m.assessment_rec_if_unknown({ advice });
}
export const criterionLabel = (key: Criterion) => translate(`assessment_criterion_${messageKeyOf(key)}`);
export const criterionShortLabel = (key: Criterion) => translate(`assessment_criterion_short_${messageKeyOf(key)}`);
export const outcomeTitle = (outcome: Outcome) => translate(`assessment_outcome_${outcome.toLowerCase()}_title`);
export const outcomeText = (outcome: Outcome) => translate(`assessment_outcome_${outcome.toLowerCase()}_text`);
export const outcomeNextStep = (outcome: Outcome) => translate(`assessment_next_${outcome.toLowerCase()}`);
export const stepTitle = (step: 1 | 2 | 3 | 4) => translate(`assessment_step_title_${step}`);
export const stepShortLabel = (step: 1 | 2 | 3 | 4 | 'result') => translate(`assessment_step_short_${step}`);

export function answerLabel(answer: Answer | undefined): string {
	if (answer === 'yes') return m.assessment_answer_yes();
	if (answer === 'no') return m.assessment_answer_no();
	if (answer === 'unknown') return m.assessment_answer_unknown();
	return m.assessment_not_answered();
}

/** A question's agreement in words, by the rule in domain/assessment/group.ts (shown as group_consensus_help). */
export function consensusWords(summary: QuestionSummary): string {
	const answer = answerLabel(summary.leading);
	if (summary.consensus === 'unanimous') return m.group_consensus_unanimous({ answer });
	if (summary.consensus === 'broad') return m.group_consensus_broad({ answer });
	if (summary.consensus === 'majority') return m.group_consensus_majority({ answer });
	if (summary.consensus === 'split') return m.group_consensus_split();
	return m.group_consensus_none();
}

/** "Ja 2 · Nej 1 · Ved ikke 0": a question's answers in counts. */
export function distributionWords(summary: QuestionSummary): string {
	return ANSWERS.map((answer) => `${answerLabel(answer)} ${summary.counts[answer]}`).join(' · ');
}

/** One sentence for how a question changed between two rounds (domain/assessment/round-changes.ts). */
export function changeWords(kind: ChangeKind): string {
	return translate(`group_change_${kind}`);
}
