/**
 * The forms of reported values (issue 13 § 2): report a value for a period, and the backbone lead's
 * decisions (approve, reject with a comment, approve several), a partner's withdrawal. Built from the
 * measurement domain's schemas, so the forms, the import and the API read numbers, periods and notes alike.
 */
import { z } from 'zod';
import { DECISION_COMMENT_MAX } from '../domain/measurement/approval.ts';
import type { NumberLocale } from '../domain/measurement/numbers.ts';
import { decimalField, keyField, observationNoteField, periodKeyField } from '../domain/measurement/schemas.ts';
import { freeTextField } from '../domain/privacy/free-text.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The most values the lead approves in one go (a page lists at most 200). */
export const BULK_APPROVE_MAX = 200;

/**
 * A report: the period from the list (`period`) or typed (`periodOther`, which wins when filled),
 * the value in the reader's language, the actor reported for, a note. Categories come as
 * `cat_<dimension>` fields and are read with `CategoriesSchema`.
 */
export function reportSchema(locale: NumberLocale) {
	return z
		.object({
			period: z.preprocess(blankToUndefined, periodKeyField.optional()),
			periodOther: z.preprocess(blankToUndefined, periodKeyField.optional()),
			value: decimalField(locale),
			reportingActorId: z.preprocess(blankToUndefined, z.uuid({ error: 'field_invalid' }).optional()),
			note: observationNoteField
		})
		.superRefine((report, ctx) => {
			if (!report.period && !report.periodOther) ctx.addIssue({ code: 'custom', path: ['period'], message: 'field_required' });
		})
		.transform(({ period, periodOther, ...rest }) => ({ ...rest, period: (periodOther ?? period) as string }));
}
export const ReportSchemaDa = reportSchema('da');
export const ReportSchemaEn = reportSchema('en');

/** The form's category choices (dimension key → category key); an empty choice is "all" (the total). */
export const CategoriesSchema = z.record(keyField, keyField);

/** The `cat_<dimension>` fields of a report form that name a category. */
export function categoriesFromForm(formData: FormData): Record<string, string> {
	const categories: Record<string, string> = {};
	for (const [name, value] of formData) {
		if (name.startsWith('cat_') && typeof value === 'string' && value.trim() !== '') categories[name.slice(4)] = value.trim();
	}
	return categories;
}

export const ObservationIdSchema = z.object({ observationId: z.uuid({ error: 'field_invalid' }) });

/** A rejection must say why: an empty comment is its own message, next to the comment. */
export const RejectSchema = z
	.object({
		observationId: z.uuid({ error: 'field_invalid' }),
		comment: freeTextField(DECISION_COMMENT_MAX, { lineBreaks: true }).default('')
	})
	.superRefine((reject, ctx) => {
		if (reject.comment === '') ctx.addIssue({ code: 'custom', path: ['comment'], message: 'field_measurement_comment_required' });
	});

export const BulkApproveSchema = z.object({
	ids: z.preprocess(
		(v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
		z
			.array(z.uuid({ error: 'field_invalid' }))
			.min(1, 'field_measurement_choose_values')
			.max(BULK_APPROVE_MAX, 'field_too_many_rows')
	)
});
