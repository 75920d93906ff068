/**
 * Which candidate problem steps 2–4 assess (step 1, "Vælg hvilket problem, der skal fokuseres på").
 *
 * The rule: until the user chooses, the focus is the top-ranked problem, so adding or re-rating a
 * candidate moves it with the ranking; a default is never kept once the ranking has changed. A
 * choice is the user's own: picking another radio button than the one pre-selected, or going on
 * with "Næste" (from then on the answers are about that problem). A choice is kept when the
 * ranking changes, and the page says so whenever it is not the top-ranked problem. Pure functions.
 */
import type { RankedProblem } from './evaluate.ts';

export interface Focus {
	/** The problem being assessed; undefined only when there are no candidates. */
	readonly problem: RankedProblem | undefined;
	/** True when the user chose it; false when it is the default (the top-ranked problem). */
	readonly isChosen: boolean;
	/** The top-ranked problem when the chosen focus is not it (the page names it); otherwise undefined. */
	readonly outranking: RankedProblem | undefined;
}

function findCandidate(ranked: readonly RankedProblem[], id: string | null | undefined): RankedProblem | undefined {
	return id ? ranked.find((problem) => problem.id === id) : undefined;
}

/** `chosenId` is the stored choice, or null for "no choice yet"; a choice of a removed problem is none. */
export function resolveFocus(ranked: readonly RankedProblem[], chosenId: string | null | undefined): Focus {
	const chosen = findCandidate(ranked, chosenId);
	const top = ranked.find((problem) => problem.rank === 1);
	if (!chosen) return { problem: top, isChosen: false, outranking: undefined };
	return { problem: chosen, isChosen: true, outranking: top && top.id !== chosen.id ? top : undefined };
}

/**
 * The choice to store after a step-1 form came back with `submittedId` checked, without going on.
 * The pre-selected default sent back unchanged is no choice: it must keep following the ranking.
 * With a choice already stored, the radio showed that choice, so what comes back is the choice.
 */
export function choiceAfterSubmit(
	ranked: readonly RankedProblem[],
	storedChoiceId: string | null | undefined,
	submittedId: string | null | undefined
): string | null {
	const stored = findCandidate(ranked, storedChoiceId);
	const submitted = findCandidate(ranked, submittedId);
	if (!submitted) return stored?.id ?? null;
	if (stored) return submitted.id;
	return submitted.id === resolveFocus(ranked, null).problem?.id ? null : submitted.id;
}

/** "Næste" on step 1 confirms the focus shown (or the one checked): from here on it is a choice. */
export function choiceOnConfirm(
	ranked: readonly RankedProblem[],
	storedChoiceId: string | null | undefined,
	submittedId: string | null | undefined
): string | null {
	return findCandidate(ranked, submittedId)?.id ?? resolveFocus(ranked, storedChoiceId).problem?.id ?? null;
}
