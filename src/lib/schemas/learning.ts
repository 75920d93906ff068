/**
 * The learning editors' forms as they arrive (issue 9 §4): shapes and bounds only. What the
 * content must be (required fields, lengths, links) is checked by the domain schemas in the use
 * cases, which report it next to the same field names.
 */
import { z } from 'zod';
import { caseFormProblems, caseInputFromFormValues, normaliseCaseFormValues } from '../domain/learning/case-form.ts';
import { LESSON_KEYS, type LessonKey, type Localized } from '../domain/learning/content.ts';
import { notFreeText } from '../domain/privacy/free-text.ts';

/** The largest value of a PostgreSQL `integer`. */
const MAX_INTEGER = 2_147_483_647;

/**
 * A revision number from a hidden field or a button: a positive integer PostgreSQL can hold, else
 * -1, which matches no revision (the use case then answers "changed meanwhile" or "not found").
 */
export const revisionNumberField = z
	.string()
	.optional()
	.transform((value) => (/^\d{1,10}$/.test(value ?? '') && Number(value) >= 1 && Number(value) <= MAX_INTEGER ? Number(value) : -1));

/**
 * A form field's text, bounded; the domain content schema in the use case is its free-text check
 * (limit, CPR number, message), next to the same field name.
 */
const textField = notFreeText(
	z.string().max(100_000, 'field_too_long').default(''),
	'passed whole to the domain content schema (freeTextField)'
);

const localizedFields = <N extends string>(name: N) =>
	({ [`${name}.da`]: textField, [`${name}.en`]: textField }) as Record<`${N}.da` | `${N}.en`, typeof textField>;

function localizedFrom(values: Record<string, string>, name: string): Localized {
	return { da: values[`${name}.da`] ?? '', en: values[`${name}.en`] ?? '' };
}

/** Restoring an older revision on a history page. */
export const RestoreRevisionSchema = z.object({ restore: revisionNumberField, revision: revisionNumberField });

/** A principle's or lesson's edit form. */
export const PageFormSchema = z
	.object({ ...localizedFields('title'), ...localizedFields('summary'), ...localizedFields('body'), revision: revisionNumberField })
	.transform((form) => {
		const values = form as unknown as Record<string, string>;
		return {
			content: { title: localizedFrom(values, 'title'), summary: localizedFrom(values, 'summary'), body: localizedFrom(values, 'body') },
			revision: form.revision
		};
	});

/** A testimony's edit form. */
export const TestimonyFormSchema = z
	.object({
		kind: textField,
		...localizedFields('statement'),
		...localizedFields('attribution'),
		sourceTitle: textField,
		sourceUrl: textField,
		date: textField,
		caseSlug: textField,
		revision: revisionNumberField,
		...Object.fromEntries(LESSON_KEYS.map((key) => [`lessons.${key}`, notFreeText(z.string().optional(), 'a checkbox')]))
	})
	.transform((form) => {
		const values = form as unknown as Record<string, string>;
		const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
		return {
			content: {
				kind: form.kind,
				statement: localizedFrom(values, 'statement'),
				attribution: localizedFrom(values, 'attribution'),
				sourceTitle: form.sourceTitle,
				sourceUrl: form.sourceUrl,
				date: orNull(form.date),
				caseSlug: orNull(form.caseSlug),
				lessons: LESSON_KEYS.filter((key) => values[`lessons.${key}`] === 'on') as LessonKey[]
			},
			revision: form.revision
		};
	});

/** Any form's fields as strings (a field sent twice: the last one, as `collectValues` keeps it). */
const stringFields = z.record(z.string().max(100), z.union([z.string(), z.array(z.string())])).transform((fields) => {
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(fields)) values[key] = Array.isArray(value) ? (value.at(-1) ?? '') : value;
	return values;
});

/**
 * A case's edit form. Its rows are numbered fields (`actors.2.name`), so the values are read as a
 * whole: blank rows dropped, the rest numbered from 0 (the failure hands back the same values, see
 * `normaliseCaseFormValues`), and a note under an unticked lesson refused (the schema of the case
 * could not see it).
 */
export const CaseFormSchema = stringFields
	.transform(normaliseCaseFormValues)
	.superRefine((values, ctx) => {
		for (const [field, message] of Object.entries(caseFormProblems(values))) ctx.addIssue({ code: 'custom', path: [field], message });
	})
	.transform((values) => ({ values, input: caseInputFromFormValues(values), revision: revisionNumberField.parse(values.revision) }));

/** "Add a row" on the case form: which list gets one more blank row. */
export const CaseFormRowSchema = stringFields.transform((values) => {
	const list = values.list ?? '';
	return {
		values: normaliseCaseFormValues(values),
		extraRows: ['actors', 'results', 'events', 'sources'].includes(list) ? { [list]: 1 } : {}
	};
});

/** The delete form beside an edit form: its confirmation tick. */
export const ConfirmDeleteSchema = z.object({ confirm: z.literal('on', { error: 'field_confirm_delete' }) });

/** Bringing back a deleted case or testimony. */
export const UndeleteCaseSchema = z.object({ slug: notFreeText(z.string().max(200).default(''), 'an address') });
export const UndeleteTestimonySchema = z.object({ id: notFreeText(z.string().max(200).default(''), 'an id') });
