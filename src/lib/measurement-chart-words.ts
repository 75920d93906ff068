/**
 * The words of the trend chart (domain/measurement/chart.ts) in the reader's language: periods
 * ("2026-K2", "marts 2026"), values with their unit, and the pieces of the summary sentence.
 */
import type { ChartWords } from './domain/measurement/chart.ts';
import type { Unit } from './domain/measurement/indicator.ts';
import type { Period } from './domain/measurement/periods.ts';
import { trackStatusLabel } from './measurement-labels.ts';
import { m } from './paraglide/messages.js';

export type ChartLocale = 'da' | 'en';

const MONTH_FORMATS = {
	da: {
		short: new Intl.DateTimeFormat('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
		long: new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' })
	},
	en: {
		short: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
		long: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
	}
};

/** A period as people read it: a month by name, a quarter "2026-K2" (da) / "2026-Q2" (en). */
export function periodLabel(period: Period, form: 'short' | 'long', locale: ChartLocale): string {
	const options = { locale };
	switch (period.frequency) {
		case 'month':
			return MONTH_FORMATS[locale][form].format(new Date(Date.UTC(period.year, period.index - 1, 1)));
		case 'quarter':
			return m.measurement_charts_quarter({ year: period.year, index: period.index }, options);
		case 'half_year':
			return form === 'short'
				? m.measurement_charts_half_short({ year: period.year, index: period.index }, options)
				: m.measurement_charts_half_long({ year: period.year, index: period.index }, options);
		case 'year':
			return String(period.year);
	}
}

/** A formatted number with its unit: "41,2 %", "1.200 kr.", "3 pr. 1.000", "12 timer". */
export function valueWithUnit(formatted: string, unit: Unit, unitLabel: string, locale: ChartLocale): string {
	const options = { locale };
	if (unit === 'percent') return m.measurement_charts_value_percent({ value: formatted }, options);
	if (unit === 'dkk') return m.measurement_charts_value_dkk({ value: formatted }, options);
	if (unit === 'rate_per_1000') return m.measurement_charts_value_rate({ value: formatted }, options);
	if (unit === 'other' && unitLabel) return m.measurement_charts_value_other({ value: formatted, unit: unitLabel }, options);
	return formatted;
}

/**
 * A difference between two values with its unit. Between two percentages it is percentage points
 * ("0,35 procentpoint", not "0,35 %", which would read as a share of the value).
 */
export function differenceWithUnit(formatted: string, unit: Unit, unitLabel: string, locale: ChartLocale): string {
	if (unit === 'percent') return m.measurement_charts_points({ amount: formatted }, { locale });
	return valueWithUnit(formatted, unit, unitLabel, locale);
}

export function chartWords(locale: ChartLocale): ChartWords {
	const options = { locale };
	return {
		locale,
		total: m.measurement_charts_total({}, options),
		forecast: m.measurement_charts_forecast({}, options),
		baseline: m.measurement_charts_baseline({}, options),
		target: m.measurement_charts_target({}, options),
		submitted: m.measurement_charts_submitted({}, options),
		period: (period, form) => periodLabel(period, form, locale),
		valueWithUnit: (formatted, unit, unitLabel) => valueWithUnit(formatted, unit, unitLabel, locale),
		latest: (value, period) => m.measurement_charts_latest({ value, period }, options),
		noApproved: (count) =>
			count > 0 ? m.measurement_charts_no_approved_waiting({ count }, options) : m.measurement_charts_no_approved({}, options),
		change: (direction, amount) =>
			direction === 'up'
				? m.measurement_charts_change_up({ amount }, options)
				: direction === 'down'
					? m.measurement_charts_change_down({ amount }, options)
					: m.measurement_charts_change_same({}, options),
		percent: (amount) => m.measurement_charts_percent({ amount }, options),
		points: (amount) => m.measurement_charts_points({ amount }, options),
		forecastReaches: (target, period) => m.measurement_charts_forecast_reaches({ target, period }, options),
		forecastMisses: (target, period, projected) => m.measurement_charts_forecast_misses({ target, period, projected }, options),
		alreadyMet: (target, period) => m.measurement_charts_already_met({ target, period }, options),
		noForecast: m.measurement_charts_no_forecast({}, options),
		noTarget: m.measurement_charts_no_target({}, options),
		noData: (periods) => m.measurement_charts_no_data({ periods }, options),
		noStatus: m.measurement_charts_no_status({}, options),
		status: (status) => trackStatusLabel(status, locale)
	};
}
