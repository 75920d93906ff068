/**
 * The case editor is a plain HTML form (no client JavaScript): every field has a flat name
 * (`name.da`, `actors.2.role.en`, `lessons.patience.note.da`). These functions turn a case into
 * such values and values back into the shape the schema checks — dropping blank rows and
 * numbering the rest 0, 1, 2 … so error messages and re-rendered rows line up.
 */
import type { CaseContent, Localized } from './content.ts';
import { LESSON_KEYS } from './content.ts';

export const CASE_ROW_LISTS = ['actors', 'results', 'events', 'sources'] as const;
export type CaseRowList = (typeof CASE_ROW_LISTS)[number];

/** The fields of one row of each list, as flat suffixes. */
export const CASE_ROW_FIELDS: Record<CaseRowList, readonly string[]> = {
	actors: ['name', 'sector', 'role.da', 'role.en'],
	results: ['date', 'figure.da', 'figure.en', 'description.da', 'description.en', 'sourceUrl'],
	events: ['date', 'text.da', 'text.en'],
	sources: ['title', 'url']
};

export const CASE_LOCALIZED_FIELDS = [
	'name',
	'summary',
	'place',
	'periodNote',
	'problem',
	'backbone',
	'goals',
	'funding',
	'notFound'
] as const satisfies readonly (keyof CaseContent)[];

export type FormValues = Record<string, string>;

function putLocalized(values: FormValues, prefix: string, value: Localized) {
	values[`${prefix}.da`] = value.da;
	values[`${prefix}.en`] = value.en;
}

export function caseToFormValues(content: CaseContent): FormValues {
	const values: FormValues = {
		slug: content.slug,
		problemField: content.problemField,
		scale: content.scale,
		periodStart: String(content.periodStart),
		periodEnd: content.periodEnd === null ? '' : String(content.periodEnd)
	};
	for (const field of CASE_LOCALIZED_FIELDS) putLocalized(values, field, content[field]);
	content.actors.forEach((actor, i) => {
		values[`actors.${i}.name`] = actor.name;
		values[`actors.${i}.sector`] = actor.sector;
		putLocalized(values, `actors.${i}.role`, actor.role);
	});
	content.results.forEach((result, i) => {
		values[`results.${i}.date`] = result.date ?? '';
		putLocalized(values, `results.${i}.figure`, result.figure);
		putLocalized(values, `results.${i}.description`, result.description);
		values[`results.${i}.sourceUrl`] = result.sourceUrl ?? '';
	});
	content.events.forEach((event, i) => {
		values[`events.${i}.date`] = event.date;
		putLocalized(values, `events.${i}.text`, event.text);
	});
	content.sources.forEach((source, i) => {
		values[`sources.${i}.title`] = source.title;
		values[`sources.${i}.url`] = source.url;
	});
	for (const lesson of content.lessons) {
		values[`lessons.${lesson.lesson}`] = 'on';
		putLocalized(values, `lessons.${lesson.lesson}.note`, lesson.note);
	}
	return values;
}

/** Row indices present in the values for a list, ascending. */
function rowIndices(values: FormValues, list: CaseRowList): number[] {
	const pattern = new RegExp(`^${list}\\.(\\d{1,3})\\.`);
	const indices = new Set<number>();
	for (const key of Object.keys(values)) {
		const match = pattern.exec(key);
		if (match) indices.add(Number(match[1]));
	}
	return [...indices].sort((a, b) => a - b);
}

/** Drops rows whose fields are all blank and numbers the rest from 0. Other values are kept as they are. */
export function normaliseCaseFormValues(values: FormValues): FormValues {
	const rowPattern = new RegExp(`^(${CASE_ROW_LISTS.join('|')})\\.\\d`);
	const result: FormValues = {};
	for (const [key, value] of Object.entries(values)) {
		if (!rowPattern.test(key)) result[key] = value;
	}
	for (const list of CASE_ROW_LISTS) {
		let next = 0;
		for (const index of rowIndices(values, list)) {
			const fields = CASE_ROW_FIELDS[list];
			const isBlank = fields.every((field) => (values[`${list}.${index}.${field}`] ?? '').trim() === '');
			if (isBlank) continue;
			for (const field of fields) result[`${list}.${next}.${field}`] = values[`${list}.${index}.${field}`] ?? '';
			next++;
		}
	}
	return result;
}

export function countRows(values: FormValues, list: CaseRowList): number {
	return rowIndices(values, list).length;
}

function readLocalized(values: FormValues, prefix: string): Localized {
	return { da: values[`${prefix}.da`] ?? '', en: values[`${prefix}.en`] ?? '' };
}

function optionalYear(raw: string | undefined): number | null | string {
	const value = (raw ?? '').trim();
	if (value === '') return null;
	return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * The unvalidated case from normalised form values. Numbers that are not numbers stay strings,
 * so the schema reports them next to their field.
 */
export function caseInputFromFormValues(values: FormValues): unknown {
	const orNull = (value: string | undefined) => ((value ?? '').trim() === '' ? null : (value ?? '').trim());
	return {
		slug: values.slug ?? '',
		problemField: values.problemField ?? '',
		scale: values.scale ?? '',
		periodStart: optionalYear(values.periodStart) ?? '',
		periodEnd: optionalYear(values.periodEnd),
		...Object.fromEntries(CASE_LOCALIZED_FIELDS.map((field) => [field, readLocalized(values, field)])),
		actors: rowIndices(values, 'actors').map((i) => ({
			name: values[`actors.${i}.name`] ?? '',
			sector: values[`actors.${i}.sector`] ?? '',
			role: readLocalized(values, `actors.${i}.role`)
		})),
		results: rowIndices(values, 'results').map((i) => ({
			date: orNull(values[`results.${i}.date`]),
			figure: readLocalized(values, `results.${i}.figure`),
			description: readLocalized(values, `results.${i}.description`),
			sourceUrl: orNull(values[`results.${i}.sourceUrl`])
		})),
		events: rowIndices(values, 'events').map((i) => ({
			date: values[`events.${i}.date`] ?? '',
			text: readLocalized(values, `events.${i}.text`)
		})),
		sources: rowIndices(values, 'sources').map((i) => ({
			title: values[`sources.${i}.title`] ?? '',
			url: values[`sources.${i}.url`] ?? ''
		})),
		lessons: LESSON_KEYS.filter((key) => values[`lessons.${key}`] === 'on').map((key) => ({
			lesson: key,
			note: readLocalized(values, `lessons.${key}.note`)
		}))
	};
}

/**
 * Form problems the schema cannot see: a note written for a lesson whose box is not ticked would
 * otherwise be dropped without a word. Field name → message key.
 */
export function caseFormProblems(values: FormValues): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const key of LESSON_KEYS) {
		const note = readLocalized(values, `lessons.${key}.note`);
		if (values[`lessons.${key}`] !== 'on' && (note.da.trim() !== '' || note.en.trim() !== ''))
			problems[`lessons.${key}`] = 'field_lesson_note_unticked';
	}
	return problems;
}

/** A schema issue's path as the flat field name the form uses (`actors.1.role.da`). */
export function fieldNameOfPath(path: readonly PropertyKey[], input: unknown): string {
	// lessons are a list in the record but keyed by lesson in the form
	if (path[0] === 'lessons' && typeof path[1] === 'number') {
		const lessons = (input as { lessons?: { lesson: string }[] }).lessons ?? [];
		const key = lessons[path[1]]?.lesson;
		if (key) return ['lessons', key, ...path.slice(2)].map(String).join('.');
	}
	return path.map(String).join('.');
}
