/**
 * Words for the measurement codes (src/lib/domain/measurement/) in the reader's language. Each
 * function takes an optional locale for files written outside a request (exports, templates).
 */
import {
	AT_RISK_SHARE,
	type ApprovalState,
	FORECAST_MIN_POINTS,
	FORECAST_WINDOW_PERIODS,
	type Frequency,
	type IndicatorKind,
	NO_DATA_DUE_PERIODS,
	type Polarity,
	type TrackStatus,
	type Unit
} from './domain/measurement/index.ts';
import { m } from './paraglide/messages.js';

export type Locale = 'da' | 'en';
type Options = { locale?: Locale };
// biome-ignore lint/suspicious/noExplicitAny: messages differ in their inputs; each call below passes what its message needs
type Message = (inputs: any, options?: Options) => string;

function pick<K extends string>(table: Record<K, Message>, key: K, locale?: Locale, inputs: Record<string, unknown> = {}): string {
	return table[key](inputs, locale ? { locale } : {});
}

const KINDS: Record<IndicatorKind, Message> = {
	population: m.measurement_kind_population,
	how_much: m.measurement_kind_how_much,
	how_well: m.measurement_kind_how_well,
	better_off: m.measurement_kind_better_off
};
export const indicatorKindLabel = (kind: IndicatorKind, locale?: Locale) => pick(KINDS, kind, locale);

const POLARITY: Record<Polarity, Message> = {
	higher_is_better: m.measurement_polarity_higher_is_better,
	lower_is_better: m.measurement_polarity_lower_is_better
};
export const polarityLabel = (polarity: Polarity, locale?: Locale) => pick(POLARITY, polarity, locale);

const FREQUENCY: Record<Frequency, Message> = {
	month: m.measurement_frequency_month,
	quarter: m.measurement_frequency_quarter,
	half_year: m.measurement_frequency_half_year,
	year: m.measurement_frequency_year
};
export const frequencyLabel = (frequency: Frequency, locale?: Locale) => pick(FREQUENCY, frequency, locale);

const UNIT: Record<Unit, Message> = {
	count: m.measurement_unit_count,
	percent: m.measurement_unit_percent,
	dkk: m.measurement_unit_dkk,
	rate_per_1000: m.measurement_unit_rate_per_1000,
	other: m.measurement_unit_other
};
/** The unit's name; for "other" the indicator's own label when it has one. */
export const unitLabel = (unit: Unit, own?: string, locale?: Locale) => (unit === 'other' && own ? own : pick(UNIT, unit, locale));

const STATE: Record<ApprovalState, Message> = {
	submitted: m.measurement_state_submitted,
	approved: m.measurement_state_approved,
	rejected: m.measurement_state_rejected,
	superseded: m.measurement_state_superseded,
	withdrawn: m.measurement_state_withdrawn
};
export const approvalStateLabel = (state: ApprovalState, locale?: Locale) => pick(STATE, state, locale);

const STATUS: Record<TrackStatus, Message> = {
	met: m.measurement_status_met,
	on_track: m.measurement_status_on_track,
	at_risk: m.measurement_status_at_risk,
	off_track: m.measurement_status_off_track,
	no_data: m.measurement_status_no_data,
	no_target: m.measurement_status_no_target,
	no_forecast: m.measurement_status_no_forecast
};
export const trackStatusLabel = (status: TrackStatus, locale?: Locale) => pick(STATUS, status, locale);

const STATUS_RULE: Record<TrackStatus, Message> = {
	met: m.measurement_status_rule_met,
	on_track: m.measurement_status_rule_on_track,
	at_risk: m.measurement_status_rule_at_risk,
	off_track: m.measurement_status_rule_off_track,
	no_data: m.measurement_status_rule_no_data,
	no_target: m.measurement_status_rule_no_target,
	no_forecast: m.measurement_status_rule_no_forecast
};
/** The rule behind a status, in words, with the thresholds the code uses. */
export const trackStatusRule = (status: TrackStatus, locale?: Locale) =>
	pick(STATUS_RULE, status, locale, { share: Math.round(AT_RISK_SHARE * 100), periods: NO_DATA_DUE_PERIODS, min: FORECAST_MIN_POINTS });

/** How the forecast is made, in words, with the window and minimum the code uses. */
export const forecastMethodText = (locale?: Locale) =>
	m.measurement_forecast_method({ window: FORECAST_WINDOW_PERIODS, min: FORECAST_MIN_POINTS }, locale ? { locale } : {});

/** An import issue's code in words; a duplicate names the row it repeats. */
export function importIssueText(code: string, firstRow?: number, locale?: Locale): string {
	const message = (m as unknown as Record<string, Message | undefined>)[`measurement_import_issue_${code}`];
	return message ? message({ row: firstRow ?? '' }, locale ? { locale } : {}) : code;
}

/** Why a whole file was refused (limits.ts `ImportFileError`), with the cap the code uses. */
export function importFileErrorText(
	code: 'too_large' | 'too_many_rows' | 'too_many_columns' | 'unreadable',
	caps: { maxBytes: number; maxRows: number },
	locale?: Locale
): string {
	const options = locale ? { locale } : {};
	if (code === 'too_large') return m.measurement_import_too_large({ mb: Math.floor(caps.maxBytes / (1024 * 1024)) }, options);
	if (code === 'too_many_rows') return m.measurement_import_too_many_rows({ rows: caps.maxRows }, options);
	if (code === 'too_many_columns') return m.measurement_import_too_many_columns({}, options);
	return m.measurement_import_unreadable({}, options);
}

/** The fixed columns' headers of templates and exports. */
export const columnHeader = (column: 'indicator' | 'period' | 'value' | 'note' | 'state' | 'reporter', locale?: Locale) =>
	pick(
		{
			indicator: m.measurement_column_indicator,
			period: m.measurement_column_period,
			value: m.measurement_column_value,
			note: m.measurement_column_note,
			state: m.measurement_column_state,
			reporter: m.measurement_column_reporter
		},
		column,
		locale
	);
