/**
 * The one set of schemas for indicators, observations, targets and decisions: forms, import and the
 * API all validate with these. Messages are message keys (messages/*.json). Numbers are read in
 * the reader's language (`da`: 1.234,5; `en`: 1,234.5) and come out as canonical decimals; the API
 * reads English and also takes JSON numbers.
 */
import { z } from 'zod';
import { freeTextField, notFreeText } from '../privacy/free-text.ts';
import { APPROVAL_ACTIONS, DECISION_COMMENT_MAX } from './approval.ts';
import { FREQUENCIES, INDICATOR_KINDS, POLARITIES, UNITS } from './indicator.ts';
import { type DecimalProblem, decimalFromNumber, type NumberLocale, parseDecimal } from './numbers.ts';
import { DEFAULT_REPORTING_DELAY_DAYS, formatPeriodKey, isIsoDate, parsePeriodKey } from './periods.ts';

export const INDICATOR_NAME_MAX = 200;
export const INDICATOR_DEFINITION_MAX = 2000;
export const INDICATOR_SOURCE_MAX = 300;
export const UNIT_LABEL_MAX = 40;
export const OBSERVATION_NOTE_MAX = 1000;
export const MAX_DIMENSIONS = 5;
export const MIN_CATEGORIES = 2;
export const MAX_CATEGORIES = 50;
export const MAX_TARGETS_PER_INDICATOR = 20;
export const MAX_REPORTING_DELAY_DAYS = 365;

/** The message key for each problem a typed number can have. */
export const DECIMAL_PROBLEM_MESSAGES: Record<DecimalProblem, string> = {
	empty: 'field_required',
	not_a_number: 'field_measurement_number_invalid',
	ambiguous: 'field_measurement_number_ambiguous',
	wrong_decimal_mark: 'field_measurement_number_wrong_mark',
	too_many_digits: 'field_measurement_number_too_long'
};

/** A decimal typed in `locale`, or a JSON number; out comes the canonical decimal string. */
export function decimalField(locale: NumberLocale) {
	const field = z.union([z.string(), z.number()], { error: 'field_required' }).transform((input, ctx) => {
		if (typeof input === 'number') {
			const value = decimalFromNumber(input);
			if (value === null) {
				ctx.addIssue({ code: 'custom', message: 'field_measurement_number_too_long' });
				return z.NEVER;
			}
			return value;
		}
		const parsed = parseDecimal(input, locale);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: DECIMAL_PROBLEM_MESSAGES[parsed.problem] });
			return z.NEVER;
		}
		return parsed.value;
	});
	return notFreeText(field, 'a number, read by parseDecimal');
}

/** An optional decimal: empty text or absent is `undefined`. */
function optionalDecimalField(locale: NumberLocale) {
	return z.preprocess(
		(v) => (v === '' || v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
		decimalField(locale).optional()
	);
}

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A stable key for a dimension or category: lower-case letters, digits, -, _ and + (e.g. `koen`, `18-24`, `65+`). */
export const keyField = notFreeText(
	z
		.string({ error: 'field_required' })
		.trim()
		.min(1, 'field_required')
		.max(40, 'field_too_long')
		.regex(/^[a-z0-9æøå][a-z0-9æøå_+-]*$/, 'field_measurement_key_invalid'),
	'a stable key (letters, digits, - and _), never prose'
);

export const isoDateField = notFreeText(
	z.string({ error: 'field_required' }).trim().min(1, 'field_required').refine(isIsoDate, 'field_measurement_date_invalid'),
	'an ISO date'
);

/** A period key (`2026-03`, `2026-M03`, `2026-Q1`, `2026-H1`, `2026`), out in canonical form; the indicator's frequency is checked by the use case. */
export const periodKeyField = notFreeText(
	z
		.string({ error: 'field_required' })
		.trim()
		.min(1, 'field_required')
		.refine((key) => parsePeriodKey(key) !== null, 'field_measurement_period_invalid')
		.transform((key) => formatPeriodKey(parsePeriodKey(key)!)),
	'a period key'
);

const optionalUuid = z.preprocess(emptyToUndefined, z.uuid({ error: 'field_invalid' }).optional());

export const CategorySchema = z.object({ key: keyField, label: freeTextField(60, { required: true }) });

export const DimensionSchema = z
	.object({
		key: keyField,
		label: freeTextField(60, { required: true }),
		categories: z
			.array(CategorySchema, { error: 'field_invalid' })
			.min(MIN_CATEGORIES, 'field_measurement_categories_too_few')
			.max(MAX_CATEGORIES, 'field_too_many_rows')
	})
	.superRefine((dimension, ctx) => {
		const seen = new Set<string>();
		for (const [i, category] of dimension.categories.entries()) {
			if (seen.has(category.key))
				ctx.addIssue({ code: 'custom', path: ['categories', i, 'key'], message: 'field_measurement_key_duplicate' });
			seen.add(category.key);
		}
	});

export function indicatorDefinitionSchema(locale: NumberLocale) {
	return z
		.object({
			name: freeTextField(INDICATOR_NAME_MAX, { required: true }),
			definition: freeTextField(INDICATOR_DEFINITION_MAX, { lineBreaks: true }).default(''),
			kind: z.enum(INDICATOR_KINDS, { error: 'field_required' }),
			polarity: z.enum(POLARITIES, { error: 'field_required' }),
			frequency: z.enum(FREQUENCIES, { error: 'field_required' }),
			unit: z.enum(UNITS, { error: 'field_required' }),
			unitLabel: freeTextField(UNIT_LABEL_MAX).default(''),
			source: freeTextField(INDICATOR_SOURCE_MAX).default(''),
			reportingDelayDays: z.preprocess(
				emptyToUndefined,
				z.coerce
					.number({ error: 'field_invalid' })
					.int('field_invalid')
					.min(0, 'field_invalid')
					.max(MAX_REPORTING_DELAY_DAYS, 'field_invalid')
					.default(DEFAULT_REPORTING_DELAY_DAYS)
			),
			validMin: optionalDecimalField(locale),
			validMax: optionalDecimalField(locale),
			responsibleActorId: optionalUuid,
			goalIds: z
				.array(z.uuid({ error: 'field_invalid' }))
				.max(50, 'field_too_many_rows')
				.default([]),
			dimensions: z.array(DimensionSchema).max(MAX_DIMENSIONS, 'field_too_many_rows').default([])
		})
		.superRefine((indicator, ctx) => {
			if (indicator.unit === 'other' && indicator.unitLabel === '')
				ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: 'field_measurement_unit_label_required' });
			if (indicator.validMin !== undefined && indicator.validMax !== undefined && Number(indicator.validMin) > Number(indicator.validMax))
				ctx.addIssue({ code: 'custom', path: ['validMax'], message: 'field_measurement_range_order' });
			const seen = new Set<string>();
			for (const [i, dimension] of indicator.dimensions.entries()) {
				if (seen.has(dimension.key))
					ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'key'], message: 'field_measurement_key_duplicate' });
				seen.add(dimension.key);
			}
		});
}
export type IndicatorDefinition = z.output<ReturnType<typeof indicatorDefinitionSchema>>;

export function targetSchema(locale: NumberLocale) {
	return z.object({ value: decimalField(locale), date: isoDateField });
}
export type Target = z.output<ReturnType<typeof targetSchema>>;

/** The baseline has the same shape as a target: a value and its date. */
export const baselineSchema = targetSchema;

/** An observation's note: free text (P1), so the import checks it with this same field. */
export const observationNoteField = freeTextField(OBSERVATION_NOTE_MAX, { lineBreaks: true }).default('');

export function observationSchema(locale: NumberLocale) {
	return z.object({
		period: periodKeyField,
		value: decimalField(locale),
		/** dimension key → category key; none for the total */
		categories: z.record(keyField, keyField).default({}),
		reportingActorId: optionalUuid,
		note: observationNoteField
	});
}
export type ObservationInput = z.output<ReturnType<typeof observationSchema>>;

/** The backbone lead's decision on a submitted value; a rejection must say why. */
export const DecisionSchema = z
	.object({
		action: z.enum(APPROVAL_ACTIONS, { error: 'field_required' }),
		comment: freeTextField(DECISION_COMMENT_MAX, { lineBreaks: true }).default('')
	})
	.superRefine((decision, ctx) => {
		if (decision.action === 'reject' && decision.comment === '')
			ctx.addIssue({ code: 'custom', path: ['comment'], message: 'field_measurement_comment_required' });
	});

/* Ready-made for the API (JSON, English numbers) and the Danish forms. */
export const IndicatorDefinitionSchema = indicatorDefinitionSchema('en');
export const ObservationSchema = observationSchema('en');
export const TargetSchema = targetSchema('en');
export const IndicatorDefinitionSchemaDa = indicatorDefinitionSchema('da');
export const ObservationSchemaDa = observationSchema('da');
export const TargetSchemaDa = targetSchema('da');
