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
	type RecommendationKey
} from './domain/assessment/index.ts';
import { translate } from './i18n.ts';
import { m } from './paraglide/messages.js';

export const questionLabel = (key: QuestionKey) => translate(`assessment_q_${messageKeyOf(key)}`);
export const recommendationLabel = (key: RecommendationKey) => translate(`assessment_${messageKeyOf(key)}`);
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
