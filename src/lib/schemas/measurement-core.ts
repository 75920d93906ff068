/**
 * The indicator forms of the measurement pages (issue 13 § 1–2): plain forms without JavaScript.
 * A dimension is a label and a textarea, one category per line; a line may be written
 * `code = label`, so a category can be renamed without losing the values stored under its code.
 * The form's fields are turned into the one definition schema (domain/measurement/schemas.ts) that
 * the import and the API use too, and its nested messages are put back on the form's own fields.
 */
import { z } from 'zod';
import { MAX_CATEGORIES, MAX_DIMENSIONS, baselineSchema, indicatorDefinitionSchema, targetSchema } from '../domain/measurement/schemas.ts';
import type { NumberLocale } from '../domain/measurement/numbers.ts';
import { freeTextField, notFreeText } from '../domain/privacy/free-text.ts';
import { confirmRevisionField, revisionField } from './initiatives.ts';

export { MAX_DIMENSIONS };

/** The form's field names for dimension slot `i`. */
export const dimensionFields = (i: number) => ({
	label: `dimension${i}Label`,
	key: `dimension${i}Key`,
	categories: `dimension${i}Categories`
});

/** A code from a label: lower case, spaces to dashes, only the characters a key may hold (schemas.ts keyField). */
export function keyFromLabel(label: string): string {
	return label
		.toLowerCase()
		.normalize('NFC')
		.replace(/\s+/g, '-')
		.replace(/[^a-z0-9æøå_+-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^[-_+]+|-+$/g, '')
		.slice(0, 40);
}

/** One line of a categories textarea: `code = label` or just `label` (the code made from it). */
export function parseCategoryLine(line: string): { key: string; label: string } {
	const at = line.indexOf('=');
	if (at > 0) {
		const key = line.slice(0, at).trim();
		const label = line.slice(at + 1).trim();
		return { key, label: label || key };
	}
	return { key: keyFromLabel(line.trim()), label: line.trim() };
}

/** The categories as the textarea shows them: `code = label` per line. */
export const categoriesText = (categories: readonly { key: string; label: string }[]) =>
	categories.map((c) => `${c.key} = ${c.label}`).join('\n');

const optionalText = z.preprocess((v) => (typeof v === 'string' ? v : undefined), z.string().optional());
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const idList = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

const categoriesArea = notFreeText(
	z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().max(MAX_CATEGORIES * 70, 'field_too_long')),
	'each line is read as a category by the definition schema: freeTextField there'
);

/** Maps a path of the definition schema to the form field that shows its message. */
function formFieldOf(path: readonly PropertyKey[]): string {
	if (path[0] === 'dimensions' && typeof path[1] === 'number') {
		const slot = dimensionFields(path[1]);
		return path[2] === 'categories' ? slot.categories : slot.label;
	}
	return String(path[0] ?? 'form');
}

/** Messages of the definition schema that read better on this form. */
const FORM_MESSAGES: Record<string, string> = {
	field_measurement_key_invalid: 'field_measurement_core_category_invalid',
	field_measurement_key_duplicate: 'field_measurement_core_category_duplicate'
};

/**
 * The definition form: every field of an indicator, the dimensions as MAX_DIMENSIONS slots. Out
 * comes the definition input of the use cases (validated by `indicatorDefinitionSchema(locale)`)
 * plus `isKey`.
 */
export function indicatorFormSchema(locale: NumberLocale) {
	const slots: Record<string, z.ZodType> = {};
	for (let i = 0; i < MAX_DIMENSIONS; i++) {
		const f = dimensionFields(i);
		slots[f.label] = optionalText;
		slots[f.key] = optionalText;
		slots[f.categories] = categoriesArea;
	}
	const definition = indicatorDefinitionSchema(locale);
	return z
		.object({
			name: optionalText,
			definition: optionalText,
			kind: optionalText,
			polarity: optionalText,
			frequency: optionalText,
			unit: optionalText,
			unitLabel: optionalText,
			source: optionalText,
			reportingDelayDays: optionalText,
			validMin: optionalText,
			validMax: optionalText,
			responsibleActorId: optionalText,
			goalIds: idList,
			isKey: checkbox,
			...slots
		})
		.transform((raw, ctx) => {
			const form = raw as Record<string, unknown>;
			const dimensions: { key: string; label: string; categories: { key: string; label: string }[] }[] = [];
			const slotOf: number[] = [];
			for (let i = 0; i < MAX_DIMENSIONS; i++) {
				const f = dimensionFields(i);
				const label = String(form[f.label] ?? '').trim();
				const lines = String(form[f.categories] ?? '')
					.split(/\r?\n/)
					.map((line) => line.trim())
					.filter((line) => line !== '');
				if (label === '' && lines.length === 0) continue;
				const key = String(form[f.key] ?? '').trim() || keyFromLabel(label);
				dimensions.push({ key, label, categories: lines.map(parseCategoryLine) });
				slotOf.push(i);
			}
			const parsed = definition.safeParse({
				name: raw.name ?? '',
				definition: raw.definition ?? '',
				kind: raw.kind || undefined,
				polarity: raw.polarity || undefined,
				frequency: raw.frequency || undefined,
				unit: raw.unit || undefined,
				unitLabel: raw.unitLabel ?? '',
				source: raw.source ?? '',
				reportingDelayDays: raw.reportingDelayDays ?? '',
				validMin: raw.validMin ?? '',
				validMax: raw.validMax ?? '',
				responsibleActorId: raw.responsibleActorId ?? '',
				goalIds: raw.goalIds,
				dimensions
			});
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					const path =
						issue.path[0] === 'dimensions' && typeof issue.path[1] === 'number'
							? ['dimensions', slotOf[issue.path[1]], ...issue.path.slice(2)]
							: issue.path;
					ctx.addIssue({ code: 'custom', path: [formFieldOf(path)], message: FORM_MESSAGES[issue.message] ?? issue.message });
				}
				return z.NEVER;
			}
			return { ...parsed.data, isKey: raw.isKey, dimensionSlots: slotOf };
		});
}

export type IndicatorFormInput = z.output<ReturnType<typeof indicatorFormSchema>>;

/** The definition form on the edit page: with the revision it was opened at. */
export function indicatorEditSchema(locale: NumberLocale) {
	return z
		.object({ revision: revisionField, confirmRevision: confirmRevisionField })
		.passthrough()
		.transform((raw, ctx) => {
			const parsed = indicatorFormSchema(locale).safeParse(raw);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
				return z.NEVER;
			}
			return { ...parsed.data, revision: raw.revision, confirmRevision: raw.confirmRevision };
		});
}

export const TemplateChoiceSchema = z.object({
	templateKey: notFreeText(
		// no radio chosen sends no field at all: read as '' so the message says what to do
		z.preprocess(
			(v) => (typeof v === 'string' ? v : ''),
			z.string().trim().min(1, 'field_measurement_core_template_required').max(80, 'field_invalid')
		),
		'a template key'
	),
	isKey: checkbox
});

export function baselineFormSchema(locale: NumberLocale) {
	const filled = baselineSchema(locale);
	return z
		.object({ value: optionalText, date: optionalText, revision: revisionField, confirmRevision: confirmRevisionField })
		.transform((raw, ctx) => {
			const empty = !raw.value?.trim() && !raw.date?.trim();
			if (empty) return { baseline: null, revision: raw.revision, confirmRevision: raw.confirmRevision };
			const parsed = filled.safeParse({ value: raw.value ?? '', date: raw.date ?? '' });
			if (!parsed.success) {
				for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
				return z.NEVER;
			}
			return { baseline: parsed.data, revision: raw.revision, confirmRevision: raw.confirmRevision };
		});
}

export function targetFormSchema(locale: NumberLocale) {
	return targetSchema(locale).extend({ note: freeTextField(200).default('') });
}

export const RemoveTargetSchema = z.object({ targetId: notFreeText(z.string().trim().min(1, 'field_required').max(40), 'a target id') });

export const DeleteIndicatorSchema = z.object({ confirm: checkbox });
