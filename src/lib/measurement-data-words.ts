/**
 * Words for reported values (the data pages of issue 13): which categories a value is for, why it
 * looks unusual (with the thresholds the rule uses), and a value in the reader's language.
 */
import {
	effectiveRange,
	formatDecimal,
	UNUSUAL_HISTORY_SIZE,
	UNUSUAL_MAD_FACTOR,
	UNUSUAL_MIN_HISTORY,
	type Unit,
	type UnusualReason
} from './domain/measurement/index.ts';
import { translateOr } from './i18n.ts';
import { unitLabel } from './measurement-labels.ts';
import { m } from './paraglide/messages.js';

type Locale = 'da' | 'en';

/** A dimension as an indicator stores it (the table's StoredDimension). */
interface StoredDimension {
	key: string;
	label: string;
	categories: { key: string; label: string }[];
}

/** "Køn: Kvinde · Alder: 18–24", or "Total" for a value without categories. */
export function categoriesText(categories: Record<string, string>, dimensions: readonly StoredDimension[]): string {
	const parts = Object.entries(categories).map(([key, category]) => {
		const dimension = dimensions.find((d) => d.key === key);
		const label = dimension?.categories.find((c) => c.key === category)?.label ?? category;
		return `${dimension?.label ?? key}: ${label}`;
	});
	return parts.length ? parts.join(' · ') : m.measurement_data_total();
}

/** A canonical decimal as the reader writes it, with the unit: "12,5 %" / "1.234 kr." */
export function valueText(value: string | null | undefined, locale: Locale, unit?: Unit, own?: string): string {
	if (value === null || value === undefined) return '';
	const number = formatDecimal(value, locale);
	if (!unit || unit === 'count') return number;
	if (unit === 'percent') return `${number} %`;
	return `${number} ${unitLabel(unit, own).toLowerCase()}`;
}

/** Why a value was flagged, in words, with the rule's numbers and (for the history) its median. */
export function unusualReasonText(
	reason: string,
	context: { locale: Locale; unit: Unit; validMin: string | null; validMax: string | null; median: string | null }
): string {
	const range = effectiveRange(context.unit, {
		min: context.validMin === null ? null : Number(context.validMin),
		max: context.validMax === null ? null : Number(context.validMax)
	});
	const number = (n: number | null) => (n === null ? '' : formatDecimal(String(n), context.locale));
	const inputs = {
		min: number(range.min),
		max: number(range.max),
		median: context.median === null ? '' : formatDecimal(context.median, context.locale),
		size: UNUSUAL_HISTORY_SIZE,
		least: UNUSUAL_MIN_HISTORY,
		factor: UNUSUAL_MAD_FACTOR
	};
	return translateOr(`measurement_data_unusual_${reason as UnusualReason}`, reason, inputs);
}

/** The rule behind the flags, in one sentence. */
export const unusualRuleText = () =>
	m.measurement_data_unusual_rule({ size: UNUSUAL_HISTORY_SIZE, least: UNUSUAL_MIN_HISTORY, factor: UNUSUAL_MAD_FACTOR });
