/**
 * How the measurement pages write a value with its unit, in the reader's language: "42,5 %",
 * "1.234 kr.", "3,2 pr. 1.000", "17 timer". Values are canonical decimal strings (never floats);
 * projections (computed numbers) are rounded to one decimal for reading.
 */
import type { Unit } from './domain/measurement/indicator.ts';
import { decimalFromNumber, formatDecimal, type NumberLocale, roundForReading } from './domain/measurement/numbers.ts';
import { m } from './paraglide/messages.js';

const localeOf = (locale: string): NumberLocale => (locale === 'en' ? 'en' : 'da');

/** The unit after a number: "%" for percent, the indicator's own word for "other", nothing for a count. */
export function unitSuffix(unit: Unit, unitLabel: string, locale: string): string {
	const options = { locale: localeOf(locale) };
	switch (unit) {
		case 'percent':
			return ' %';
		case 'dkk':
			return ` ${m.measurement_core_unit_suffix_dkk({}, options)}`;
		case 'rate_per_1000':
			return ` ${m.measurement_core_unit_suffix_rate({}, options)}`;
		case 'other':
			return unitLabel ? ` ${unitLabel}` : '';
		case 'count':
			return '';
	}
}

/** A stored value with its unit. */
export function formatMeasure(value: string, unit: Unit, unitLabel: string, locale: string): string {
	return `${formatDecimal(value, localeOf(locale))}${unitSuffix(unit, unitLabel, locale)}`;
}

/** A computed number (a projection, a target read as a number), rounded for reading (`roundForReading`), with its unit. */
export function formatComputed(value: number, unit: Unit, unitLabel: string, locale: string): string {
	const rounded = decimalFromNumber(roundForReading(value)) ?? String(value);
	return formatMeasure(rounded, unit, unitLabel, locale);
}

/** A stored value in the form the reader types it back (no grouping: "1234,5"), for form fields. */
export function decimalForInput(value: string | null | undefined, locale: string): string {
	return value ? formatDecimal(value, localeOf(locale), { grouping: false }) : '';
}
