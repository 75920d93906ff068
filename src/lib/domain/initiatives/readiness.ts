/**
 * The readiness gaps an initiative inherits from the assessment it started from: the seed's step-4
 * conditions that were not answered "yes" (initiatives.md: "that assessment's readiness gaps,
 * copied at start"). Pure.
 */
import { type AssessmentAnswers, STEP4_QUESTIONS } from '../assessment/index.ts';
import type { ReadinessGap } from './model.ts';

/** The step-4 question whose gap the runway closes: "økonomiske ressourcer … i mindst 12 måneder". */
export const RESOURCES_QUESTION = 'step4.resources12Months';

export function readinessGapsFrom(answers: AssessmentAnswers): ReadinessGap[] {
	return STEP4_QUESTIONS.filter((key) => answers[key] !== 'yes').map((key) => ({
		key,
		answer: answers[key] === 'no' ? 'no' : 'unknown',
		closedAt: null,
		closedNote: null
	}));
}

/** A gap is closed when the backbone lead closed it with a note, or (the resources gap) when the runway covers 12 months. */
export function isGapClosed(gap: ReadinessGap, runwayCovers12Months: boolean): boolean {
	if (gap.closedAt !== null) return true;
	return gap.key === RESOURCES_QUESTION && runwayCovers12Months;
}

export function closeGap(gaps: readonly ReadinessGap[], key: string, note: string, on: string): ReadinessGap[] | null {
	if (!gaps.some((gap) => gap.key === key)) return null;
	return gaps.map((gap) => (gap.key === key ? { ...gap, closedAt: on, closedNote: note } : gap));
}

export function reopenGap(gaps: readonly ReadinessGap[], key: string): ReadinessGap[] | null {
	if (!gaps.some((gap) => gap.key === key)) return null;
	return gaps.map((gap) => (gap.key === key ? { ...gap, closedAt: null, closedNote: null } : gap));
}
