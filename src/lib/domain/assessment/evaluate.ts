/**
 * The decision tree of "Collective impact - hvornår?" (product.md §1) and the step-1 ranking
 * (group rounds: group.ts). Pure functions: no I/O, inputs are never mutated.
 */
import {
	type Answer,
	COMPLEX_SIGNS,
	type Criterion,
	type QuestionKey,
	READINESS_RECOMMENDATION,
	type RecommendationKey,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS,
	isAnswer
} from './catalogue.ts';

export type AssessmentAnswers = Partial<Record<QuestionKey, Answer>>;

export const OUTCOMES = ['PROGRAM_OR_CAPACITY', 'PROGRAM', 'UNCERTAIN', 'NOT_YET_READY', 'READY'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Worst to best, measured as distance travelled towards collective impact: failing the
 * step-2 gate (no collaboration at all) is further away than failing step 3 (collaborate, but
 * as a programme); not knowing yet is better than a known "no" because the answer may still turn
 * out "yes"; NOT_YET_READY means collective impact is the right tool and only readiness is
 * missing. `scoreResult` refines NOT_YET_READY by how many conditions are missing.
 */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
	PROGRAM_OR_CAPACITY: 0,
	PROGRAM: 1,
	UNCERTAIN: 2,
	NOT_YET_READY: 3,
	READY: 4
};

export interface Reason {
	readonly key: QuestionKey;
	readonly answer: Answer;
}

export interface AssessmentResult {
	readonly outcome: Outcome;
	/** Answers that led here: the gates passed, then the answers decisive at the final step. */
	readonly reasons: readonly Reason[];
	readonly recommendations: readonly RecommendationKey[];
	readonly toFindOut: readonly QuestionKey[];
	readonly complexSignsCount: number;
}

// Stored or user-supplied answers may be incomplete or malformed; anything that is not a clear
// yes/no is treated as "don't know" so that evaluation never throws and never guesses.
function readAnswer(answers: AssessmentAnswers, key: QuestionKey): Answer {
	const value = answers?.[key];
	return isAnswer(value) ? value : 'unknown';
}

function collectReasons(answers: AssessmentAnswers, keys: readonly QuestionKey[]): Reason[] {
	return keys.map((key) => ({ key, answer: readAnswer(answers, key) }));
}

export function countComplexSigns(answers: AssessmentAnswers): number {
	return COMPLEX_SIGNS.filter((key) => readAnswer(answers, key) === 'yes').length;
}

/**
 * Each step is only reached when the previous one is passed with "yes" — the seed chains them
 * with "Hvis ja, …" — so later answers never affect an earlier stop.
 */
export function evaluateAssessment(answers: AssessmentAnswers): AssessmentResult {
	const complexSignsCount = countComplexSigns(answers);
	const [multipleActors] = STEP2_QUESTIONS;
	const step2 = readAnswer(answers, multipleActors);

	if (step2 === 'no') {
		return {
			outcome: 'PROGRAM_OR_CAPACITY',
			reasons: collectReasons(answers, [multipleActors]),
			recommendations: ['rec.considerProgramOrCapacity'],
			toFindOut: [],
			complexSignsCount
		};
	}
	// The seed only has yes/no at step 2. "Don't know" cannot lead to either branch, so it is
	// UNCERTAIN with one thing to find out: whether several actors can influence the problem.
	if (step2 === 'unknown') {
		return {
			outcome: 'UNCERTAIN',
			reasons: collectReasons(answers, [multipleActors]),
			recommendations: [],
			toFindOut: [multipleActors],
			complexSignsCount
		};
	}

	const passedStep2 = collectReasons(answers, [multipleActors]);
	const collaborate: RecommendationKey[] = ['rec.considerCollaboration'];
	const noAtStep3 = STEP3_QUESTIONS.filter((key) => readAnswer(answers, key) === 'no');
	if (noAtStep3.length > 0) {
		return {
			outcome: 'PROGRAM',
			reasons: [...passedStep2, ...collectReasons(answers, noAtStep3)],
			recommendations: [...collaborate, 'rec.considerProgram'],
			toFindOut: [],
			complexSignsCount
		};
	}
	const unknownAtStep3 = STEP3_QUESTIONS.filter((key) => readAnswer(answers, key) === 'unknown');
	if (unknownAtStep3.length > 0) {
		return {
			outcome: 'UNCERTAIN',
			reasons: [...passedStep2, ...collectReasons(answers, unknownAtStep3)],
			recommendations: collaborate,
			toFindOut: unknownAtStep3,
			complexSignsCount
		};
	}

	const passedStep3 = [...passedStep2, ...collectReasons(answers, STEP3_QUESTIONS)];
	// "Don't know" about a readiness condition means it cannot be relied on yet: it is not met,
	// gets the seed's advice, and is also something to find out.
	const missing = STEP4_QUESTIONS.filter((key) => readAnswer(answers, key) !== 'yes');
	if (missing.length === 0) {
		return {
			outcome: 'READY',
			reasons: [...passedStep3, ...collectReasons(answers, STEP4_QUESTIONS)],
			recommendations: collaborate,
			toFindOut: [],
			complexSignsCount
		};
	}
	return {
		outcome: 'NOT_YET_READY',
		reasons: [...passedStep3, ...collectReasons(answers, missing)],
		recommendations: [...collaborate, ...missing.map((key) => READINESS_RECOMMENDATION[key])],
		toFindOut: missing.filter((key) => readAnswer(answers, key) === 'unknown'),
		complexSignsCount
	};
}

const READINESS_KEYS: readonly QuestionKey[] = STEP4_QUESTIONS;

/**
 * A total "better/worse" order: higher is better. Outcomes are spaced by 10 so that within
 * NOT_YET_READY each met readiness condition adds 1 without reaching the next outcome.
 */
export function scoreResult(result: AssessmentResult): number {
	const base = OUTCOME_RANK[result.outcome] * 10;
	if (result.outcome !== 'NOT_YET_READY') return base;
	const missingCount = result.reasons.filter((r) => READINESS_KEYS.includes(r.key)).length;
	return base + (STEP4_QUESTIONS.length - missingCount);
}

/** Negative when `a` is worse than `b`, positive when better, 0 when equally good. */
export function compareResults(a: AssessmentResult, b: AssessmentResult): number {
	return scoreResult(a) - scoreResult(b);
}

// ---------------------------------------------------------------------------------------------
// Step 1: ranking candidate problems

export const MIN_RATING = 1;
export const MAX_RATING = 5;

export interface CandidateProblem {
	readonly id: string;
	readonly title: string;
	readonly ratings: Readonly<Record<Criterion, number>>;
}

export interface RankedProblem extends CandidateProblem {
	readonly total: number;
	/** 1-based; ties are already broken, so ranks are unique. */
	readonly rank: number;
}

function assertRating(problem: CandidateProblem, criterion: Criterion): void {
	const value = problem.ratings[criterion];
	if (!Number.isInteger(value) || value < MIN_RATING || value > MAX_RATING) {
		throw new RangeError(`Rating ${criterion} of problem ${problem.id} must be an integer ${MIN_RATING}–${MAX_RATING}`);
	}
}

/**
 * Ties on the total go to the problem with the better chance of dramatic improvement (the
 * seed's first criterion), then the more urgent need, then the order the user entered them in.
 * Throws RangeError on ratings outside 1–5: validate user input with the schemas first.
 */
export function rankProblems(problems: readonly CandidateProblem[]): RankedProblem[] {
	const scored = problems.map((problem, index) => {
		assertRating(problem, 'dramaticImprovement');
		assertRating(problem, 'contextualChange');
		assertRating(problem, 'urgentNeed');
		const { dramaticImprovement, contextualChange, urgentNeed } = problem.ratings;
		return { problem, index, total: dramaticImprovement + contextualChange + urgentNeed };
	});
	scored.sort(
		(a, b) =>
			b.total - a.total ||
			b.problem.ratings.dramaticImprovement - a.problem.ratings.dramaticImprovement ||
			b.problem.ratings.urgentNeed - a.problem.ratings.urgentNeed ||
			a.index - b.index
	);
	return scored.map(({ problem, total }, position) => ({ ...problem, total, rank: position + 1 }));
}
