/**
 * "Mente du …?": a near-miss in the case library's search suggests the closest word the library
 * has. Distances come from fastest-levenshtein (a kept library, not our own edit distance); the
 * comparison is between folded words, so a missing ø is never counted as a typo.
 */
import { distance } from 'fastest-levenshtein';
import { foldWord, wordsOf } from './fold.ts';

/** Words shorter than this are left alone: too many short words are one letter apart. */
export const MIN_SUGGEST_LENGTH = 4;

/** At most one edit per four letters, and never more than two. */
export function maxEdits(length: number): number {
	return Math.min(2, Math.max(1, Math.floor(length / 4)));
}

export interface Vocabulary {
	/** folded word → the word as written (the first spelling met) */
	readonly words: ReadonlyMap<string, string>;
}

/** The words of the texts, by their folded spelling (words of MIN_SUGGEST_LENGTH letters and more). */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
	const words = new Map<string, string>();
	for (const text of texts) {
		for (const word of wordsOf(text)) {
			const folded = foldWord(word);
			if (folded.length >= MIN_SUGGEST_LENGTH && !words.has(folded)) words.set(folded, word);
		}
	}
	return { words };
}

/** Is there a word in the vocabulary that this folded word starts (the search matches prefixes)? */
function isKnown(folded: string, vocabulary: Vocabulary): boolean {
	if (vocabulary.words.has(folded)) return true;
	for (const word of vocabulary.words.keys()) if (word.startsWith(folded)) return true;
	return false;
}

function closest(folded: string, vocabulary: Vocabulary): string | undefined {
	const limit = maxEdits(folded.length);
	let best: { word: string; edits: number } | undefined;
	for (const [candidate, written] of vocabulary.words) {
		if (Math.abs(candidate.length - folded.length) > limit) continue;
		const edits = distance(folded, candidate);
		// ties go to the alphabetically first, so the suggestion does not depend on the order of rows
		if (edits <= limit && (!best || edits < best.edits || (edits === best.edits && written < best.word))) best = { word: written, edits };
	}
	return best?.word;
}

/**
 * The query with each unknown word replaced by the closest known one; undefined when no word
 * changed (nothing better to suggest).
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
	const words = wordsOf(query);
	let changed = false;
	const suggested = words.map((word) => {
		const folded = foldWord(word);
		if (folded.length < MIN_SUGGEST_LENGTH || isKnown(folded, vocabulary)) return word;
		const replacement = closest(folded, vocabulary);
		if (!replacement) return word;
		changed = true;
		return replacement;
	});
	return changed ? suggested.join(' ') : undefined;
}
