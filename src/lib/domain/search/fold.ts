/**
 * Finding Danish words typed without æ, ø and å (issue 11): "hjemlos" finds "hjemløse", and so do
 * "hjemloes" and "hjemløs". The index holds, for every word with one of the three letters, both
 * spellings people use on a keyboard without them (æ → ae; ø → oe or o; å → aa or a), and the query's
 * letters are folded to the short one. Other accents (é, ü …) are dropped. Pure functions.
 */

const LONG: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };
const SHORT: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a' };

/** Lower case, without accents other than æ/ø/å (which NFD would not split anyway). */
function plain(text: string): string {
	return text
		.toLocaleLowerCase('da')
		.normalize('NFD')
		.replace(/[\u0300-\u0309\u030b-\u036f]/g, '') // keeps the ring of å
		.normalize('NFC');
}

/** The words of a text: letters and digits, lower case. */
export function wordsOf(text: string): string[] {
	return plain(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const replaceDanish = (word: string, table: Readonly<Record<string, string>>) =>
	word.replace(/[æøå]/g, (letter) => table[letter] ?? letter);

/** A word as it is looked up: æ/ø/å folded to ae/o/a, and nothing but a–z and digits left. */
export function foldWord(word: string): string {
	return replaceDanish(plain(word), SHORT).replace(/[^a-z0-9]/g, '');
}

/** The spellings a word is indexed under (both foldings; the same word once when it has none of the letters). */
export function foldedVariants(word: string): string[] {
	const lower = plain(word);
	const variants = new Set([replaceDanish(lower, LONG), replaceDanish(lower, SHORT)].map((v) => v.replace(/[^a-z0-9]/g, '')));
	variants.delete('');
	return [...variants];
}

/** The text of the folded index: every word's variants, space-separated. */
export function foldedIndexText(text: string): string {
	return wordsOf(text).flatMap(foldedVariants).join(' ');
}

/**
 * Words of three letters and more are matched, as prefixes ("hjemlos" finds "hjemloshed"); shorter
 * ones ("i", "og") are left to the language searches, which know them as stop words.
 */
export const MIN_FOLDED_LENGTH = 3;

/**
 * The query for PostgreSQL's `to_tsquery('simple', …)`: the folded words joined with AND, as prefixes. Only a–z and digits reach it, so a query can never be malformed; undefined when
 * nothing is left to search for.
 */
export function foldedTsQuery(query: string): string | undefined {
	const terms = wordsOf(query)
		.map(foldWord)
		.filter((word) => word.length >= MIN_FOLDED_LENGTH)
		.slice(0, 12)
		.map((word) => `${word}:*`);
	return terms.length ? terms.join(' & ') : undefined;
}
