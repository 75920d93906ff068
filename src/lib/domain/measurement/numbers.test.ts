import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, decimalFromNumber, formatDecimal, parseDecimal, roundForReading, sumDecimals } from './numbers.ts';

const value = (text: string, locale: 'da' | 'en') => {
	const parsed = parseDecimal(text, locale);
	return parsed.ok ? parsed.value : parsed.problem;
};

describe('parseDecimal', () => {
	it('reads the Danish form in Danish', () => {
		expect(value('12,5', 'da')).toBe('12.5');
		expect(value('1.234,5', 'da')).toBe('1234.5');
		expect(value('1.234.567', 'da')).toBe('1234567');
		expect(value('1 234,50', 'da')).toBe('1234.5');
		expect(value('1\u00a0234', 'da')).toBe('1234');
		expect(value('-3', 'da')).toBe('-3');
		expect(value('\u22123,25', 'da')).toBe('-3.25');
		expect(value(' +7 ', 'da')).toBe('7');
		expect(value('0,125', 'da')).toBe('0.125');
		expect(value('007', 'da')).toBe('7');
		expect(value('-0', 'da')).toBe('0');
	});

	it('reads the English form in English', () => {
		expect(value('12.5', 'en')).toBe('12.5');
		expect(value('1,234.5', 'en')).toBe('1234.5');
		expect(value('1,234', 'en')).toBe('1234');
		expect(value('1 234.5', 'en')).toBe('1234.5');
	});

	it('refuses an ambiguous value rather than guess', () => {
		expect(value('1,234', 'da')).toBe('ambiguous');
		expect(value('12,345', 'da')).toBe('ambiguous');
		expect(value('1.234', 'en')).toBe('ambiguous');
		// not ambiguous: four decimals, or a leading zero, cannot be a thousands group
		expect(value('1,2345', 'da')).toBe('1.2345');
		expect(value('1234,567', 'da')).toBe('1234.567');
	});

	it('names the other language\u2019s decimal mark, empty cells and nonsense', () => {
		expect(value('12.5', 'da')).toBe('wrong_decimal_mark');
		expect(value('1,234.5', 'da')).toBe('wrong_decimal_mark');
		expect(value('12,5', 'en')).toBe('wrong_decimal_mark');
		expect(value('   ', 'da')).toBe('empty');
		expect(value('tolv', 'da')).toBe('not_a_number');
		expect(value('1.23.4', 'da')).toBe('not_a_number');
		expect(value('1e5', 'en')).toBe('not_a_number');
		expect(value('12,5 kr', 'da')).toBe('not_a_number');
		expect(value('1234567890123456', 'da')).toBe('too_many_digits');
		expect(value('1,1234567', 'da')).toBe('too_many_digits');
	});

	it('takes a percent sign and says so', () => {
		expect(parseDecimal('45,5 %', 'da')).toEqual({ ok: true, value: '45.5', number: 45.5, percentSign: true });
		expect(parseDecimal('45.5%', 'en')).toMatchObject({ ok: true, value: '45.5', percentSign: true });
	});

	it('formatting in a language and reading back in it gives the same value (property)', () => {
		const decimal = fc
			.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 999_999 }))
			.map(([negative, int, frac]) => {
				const fraction = String(frac).padStart(6, '0').replace(/0+$/, '');
				const unsigned = fraction ? `${int}.${fraction}` : `${int}`;
				return negative && unsigned !== '0' ? `-${unsigned}` : unsigned;
			});
		fc.assert(
			fc.property(decimal, fc.constantFrom('da' as const, 'en' as const), fc.boolean(), (v, locale, grouping) => {
				const parsed = parseDecimal(formatDecimal(v, locale, { grouping }), locale);
				// the only refusal allowed is the ambiguous one, for values like 1.234 written without grouping
				if (!parsed.ok) expect(parsed.problem).toBe('ambiguous');
				else expect(parsed.value).toBe(v);
			})
		);
	});

	it('never throws on arbitrary text (V6)', () => {
		fc.assert(fc.property(fc.string(), fc.constantFrom('da' as const, 'en' as const), (text, locale) => void parseDecimal(text, locale)));
	});
});

describe('exact decimals', () => {
	it('formats for each language', () => {
		expect(formatDecimal('-1234567.25', 'da')).toBe('-1.234.567,25');
		expect(formatDecimal('-1234567.25', 'en')).toBe('-1,234,567.25');
		expect(formatDecimal('1234.5', 'da', { grouping: false })).toBe('1234,5');
	});

	it('turns spreadsheet numbers into decimals without float noise', () => {
		expect(decimalFromNumber(0.1 + 0.2)).toBe('0.3');
		expect(decimalFromNumber(-12)).toBe('-12');
		expect(decimalFromNumber(Number.NaN)).toBeNull();
		expect(decimalFromNumber(1e20)).toBeNull();
	});

	it('adds and compares exactly, where floats would not', () => {
		expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
		expect(sumDecimals(['1234.5', '-1234.5'])).toBe('0');
		expect(sumDecimals([])).toBe('0');
		expect(compareDecimals('0.3', sumDecimals(['0.1', '0.2']))).toBe(0);
		expect(compareDecimals('-2', '1.5')).toBe(-1);
	});
});

describe('roundForReading: one rule for computed numbers wherever they are shown', () => {
	it('whole numbers from 100, one decimal from 10, else two', () => {
		expect(roundForReading(210.25)).toBe(210);
		expect(roundForReading(-1234.5)).toBe(-1234);
		expect(roundForReading(45.67)).toBe(45.7);
		expect(roundForReading(-12.34)).toBe(-12.3);
		expect(roundForReading(3.456)).toBe(3.46);
		expect(roundForReading(0.005)).toBe(0.01);
	});
});
