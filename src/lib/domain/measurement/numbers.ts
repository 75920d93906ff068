/**
 * Numbers as people type them (measurement.md § Numbers). Values are exact decimals, kept as
 * canonical strings (`-1234.5`: a minus, digits, a point, no grouping, no trailing zeros) so they go
 * to PostgreSQL `numeric` without passing through a float. Danish writes 1.234,5 and English
 * 1,234.5; a value that one reader would take for a thousands group and another for decimals
 * ("1,234" in a Danish file) is refused, never guessed.
 */

export type NumberLocale = 'da' | 'en';

/** Digits before and after the point that a value may have (PostgreSQL `numeric(21, 6)`). */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_FRACTION_DIGITS = 6;

/** The canonical form: what `parseDecimal` returns and what the database stores. */
export const CANONICAL_DECIMAL = /^-?(0|[1-9]\d{0,14})(\.\d{0,5}[1-9])?$/;

export type DecimalProblem =
	/** nothing but spaces */
	| 'empty'
	/** letters or signs that make no number */
	| 'not_a_number'
	/** "1,234" in Danish or "1.234" in English: a thousands group or three decimals? */
	| 'ambiguous'
	/** the other language's decimal mark, e.g. "12.5" in a Danish file */
	| 'wrong_decimal_mark'
	/** more digits than MAX_INTEGER_DIGITS / MAX_FRACTION_DIGITS */
	| 'too_many_digits';

export type ParsedDecimal = { ok: true; value: string; number: number; percentSign: boolean } | { ok: false; problem: DecimalProblem };

const SEPARATORS: Record<NumberLocale, { decimal: string; group: string }> = {
	da: { decimal: ',', group: '.' },
	en: { decimal: '.', group: ',' }
};

/** Spaces that may group thousands: ordinary, no-break, narrow no-break, thin. */
const SPACES = /[ \u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212]/;

function grammar(decimal: string, group: string) {
	const d = `\\${decimal}`;
	const g = `\\${group}`;
	return {
		plain: new RegExp(`^(\\d+)(?:${d}(\\d+))?$`),
		grouped: new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`),
		spaced: new RegExp(`^(\\d{1,3}(?: \\d{3})+)(?:${d}(\\d+))?$`)
	};
}
const GRAMMARS = { da: grammar(',', '.'), en: grammar('.', ',') };

function canonical(negative: boolean, integer: string, fraction: string): string | null {
	const int = integer.replace(/^0+(?=\d)/, '');
	const frac = fraction.replace(/0+$/, '');
	if (int.length > MAX_INTEGER_DIGITS || frac.length > MAX_FRACTION_DIGITS) return null;
	const unsigned = frac ? `${int}.${frac}` : int;
	return negative && unsigned !== '0' ? `-${unsigned}` : unsigned;
}

/**
 * Reads a decimal in the reader's language. Accepts a sign (- or −, or +), spaces or the language's
 * mark as thousands separators, and a trailing % (reported as `percentSign`; the value stays in
 * percent, 0–100). Returns the canonical value or the problem.
 */
export function parseDecimal(text: string, locale: NumberLocale): ParsedDecimal {
	let rest = text.trim();
	if (rest === '') return { ok: false, problem: 'empty' };
	let percentSign = false;
	if (rest.endsWith('%')) {
		percentSign = true;
		rest = rest.slice(0, -1).trim();
	}
	let negative = false;
	if (MINUS.test(rest)) {
		negative = true;
		rest = rest.slice(1).trim();
	} else if (rest.startsWith('+')) rest = rest.slice(1).trim();
	rest = rest.replace(SPACES, ' ');
	const { group } = SEPARATORS[locale];
	const rules = GRAMMARS[locale];
	const plain = rules.plain.exec(rest);
	const grouped = plain ? null : (rules.grouped.exec(rest) ?? rules.spaced.exec(rest));
	let integer: string;
	let fraction: string;
	if (plain) {
		integer = plain[1];
		fraction = plain[2] ?? '';
		// one decimal mark followed by exactly three digits, after at most three: in the other language a thousands group
		if (fraction.length === 3 && integer.length <= 3 && integer !== '0') return { ok: false, problem: 'ambiguous' };
	} else if (grouped) {
		integer = grouped[1].replaceAll(group, '').replaceAll(' ', '');
		fraction = grouped[2] ?? '';
	} else {
		const other = GRAMMARS[locale === 'da' ? 'en' : 'da'];
		if (other.plain.test(rest) || other.grouped.test(rest) || other.spaced.test(rest)) return { ok: false, problem: 'wrong_decimal_mark' };
		return { ok: false, problem: 'not_a_number' };
	}
	const value = canonical(negative, integer, fraction);
	if (value === null) return { ok: false, problem: 'too_many_digits' };
	return { ok: true, value, number: Number(value), percentSign };
}

/**
 * A JavaScript number (as a spreadsheet cell gives it) as a canonical decimal, rounded to
 * MAX_FRACTION_DIGITS (a spreadsheet's 0.1 + 0.2 becomes 0.3); `null` when it is not finite or too large.
 */
export function decimalFromNumber(value: number): string | null {
	if (!Number.isFinite(value)) return null;
	const fixed = value.toFixed(MAX_FRACTION_DIGITS);
	const negative = fixed.startsWith('-');
	const [integer, fraction] = fixed.replace('-', '').split('.');
	return canonical(negative, integer, fraction ?? '');
}

/**
 * A computed number (a projection, a shortfall, a change) rounded for reading, by one rule wherever
 * it is shown (the status, the dashboard, the chart's words): whole numbers from 100, one decimal
 * from 10, else two. Stored values are shown as stored, not through this.
 */
export function roundForReading(value: number): number {
	const abs = Math.abs(value);
	if (abs >= 100) return Math.round(value);
	if (abs >= 10) return Math.round(value * 10) / 10;
	return Math.round(value * 100) / 100;
}

/** Writes a canonical decimal the way the reader's language does: 1234.5 → "1.234,5" (da) / "1,234.5" (en). */
export function formatDecimal(value: string, locale: NumberLocale, options: { grouping?: boolean } = {}): string {
	const negative = value.startsWith('-');
	const [integer, fraction] = value.replace('-', '').split('.');
	const { decimal, group } = SEPARATORS[locale];
	const grouped = options.grouping === false ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	return `${negative ? '-' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

/* Exact arithmetic on canonical decimals, for sums that must match to the last digit. */

const SCALE = 10n ** BigInt(MAX_FRACTION_DIGITS);

function toScaled(value: string): bigint {
	const negative = value.startsWith('-');
	const [integer, fraction = ''] = value.replace('-', '').split('.');
	const scaled = BigInt(integer) * SCALE + BigInt(fraction.padEnd(MAX_FRACTION_DIGITS, '0') || '0');
	return negative ? -scaled : scaled;
}

function fromScaled(scaled: bigint): string {
	const negative = scaled < 0n;
	const abs = negative ? -scaled : scaled;
	const integer = (abs / SCALE).toString();
	const fraction = (abs % SCALE).toString().padStart(MAX_FRACTION_DIGITS, '0').replace(/0+$/, '');
	const unsigned = fraction ? `${integer}.${fraction}` : integer;
	return negative ? `-${unsigned}` : unsigned;
}

/** The exact sum of canonical decimals. */
export function sumDecimals(values: readonly string[]): string {
	return fromScaled(values.reduce((total, value) => total + toScaled(value), 0n));
}

/** Compares two canonical decimals exactly: negative, 0 or positive. */
export function compareDecimals(a: string, b: string): number {
	const diff = toScaled(a) - toScaled(b);
	return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}
