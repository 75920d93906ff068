/**
 * Schemas for learning content — the boundary where an editor's input (or the seed) becomes a
 * typed record. Messages are message keys. Limits are generous for writing, bounded for storage.
 */
import { z } from 'zod';
import { SECTORS } from '../organisations/sectors.ts';
import { freeTextField, notFreeText } from '../privacy/free-text.ts';
import { CASE_SCALES, LESSON_KEYS, PROBLEM_FIELDS, TESTIMONY_KINDS } from './content.ts';
import { isPartialDate } from './partial-date.ts';

export const MAX_SHORT_TEXT = 200;
export const MAX_SUMMARY = 600;
export const MAX_MARKDOWN = 20_000;
export const MAX_ROWS = 60;
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

/** Free text (P1: refuses a CPR number); textareas' CRLF become LF. */
const text = (max: number) => freeTextField(max, { lineBreaks: true, typeError: 'field_invalid' });

const required = (max: number) => freeTextField(max, { lineBreaks: true, required: true, typeError: 'field_invalid' });

/** Danish is required, English optional (missing English falls back to Danish with a marker). */
function localized(max: number, daRequired: boolean) {
	return z.object({ da: daRequired ? required(max) : text(max), en: text(max) });
}

export const SlugSchema = z
	.string({ error: 'field_invalid' })
	.trim()
	.min(2, 'field_slug_invalid')
	.max(80, 'field_slug_invalid')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'field_slug_invalid');

/** Links in content: http and https only (V3). */
export const WebUrlSchema = z
	.string({ error: 'field_invalid' })
	.trim()
	.max(2_000, 'field_too_long')
	.pipe(z.url({ protocol: /^https?$/, error: 'field_url_invalid' }));

export const PartialDateSchema = z.string({ error: 'field_invalid' }).trim().refine(isPartialDate, 'field_partial_date_invalid');

const YearSchema = z.int('field_year_invalid').min(MIN_YEAR, 'field_year_invalid').max(MAX_YEAR, 'field_year_invalid');

export const CaseActorSchema = z.object({
	name: required(MAX_SHORT_TEXT),
	sector: z.enum(SECTORS, { error: 'field_required' }),
	role: localized(MAX_SHORT_TEXT, false)
});

export const CaseResultSchema = z.object({
	date: PartialDateSchema.nullable(),
	figure: localized(MAX_SHORT_TEXT, false),
	description: localized(MAX_SUMMARY, true),
	sourceUrl: WebUrlSchema.nullable()
});

export const CaseEventSchema = z.object({
	date: PartialDateSchema,
	text: localized(MAX_SUMMARY, true)
});

export const CaseSourceSchema = z.object({
	title: required(MAX_SHORT_TEXT),
	url: WebUrlSchema
});

export const CaseLessonSchema = z.object({
	lesson: z.enum(LESSON_KEYS, { error: 'field_invalid' }),
	note: localized(MAX_SUMMARY * 2, false)
});

export const CaseContentSchema = z
	.object({
		slug: SlugSchema,
		name: localized(MAX_SHORT_TEXT, true),
		summary: localized(MAX_SUMMARY, true),
		problemField: z.enum(PROBLEM_FIELDS, { error: 'field_required' }),
		scale: z.enum(CASE_SCALES, { error: 'field_required' }),
		place: localized(MAX_SHORT_TEXT, false),
		periodStart: YearSchema,
		periodEnd: YearSchema.nullable(),
		periodNote: localized(MAX_SHORT_TEXT, false),
		problem: localized(MAX_MARKDOWN, true),
		backbone: localized(MAX_MARKDOWN, false),
		goals: localized(MAX_MARKDOWN, false),
		funding: localized(MAX_MARKDOWN, false),
		notFound: localized(MAX_MARKDOWN, false),
		actors: z.array(CaseActorSchema).max(MAX_ROWS, 'field_too_many_rows'),
		results: z.array(CaseResultSchema).max(MAX_ROWS, 'field_too_many_rows'),
		events: z.array(CaseEventSchema).max(MAX_ROWS, 'field_too_many_rows'),
		sources: z.array(CaseSourceSchema).max(MAX_ROWS, 'field_too_many_rows'),
		lessons: z
			.array(CaseLessonSchema)
			.max(LESSON_KEYS.length)
			.refine((rows) => new Set(rows.map((row) => row.lesson)).size === rows.length, 'field_invalid')
			// in the lessons' own order, whatever order they came in (the form lists them 1–7)
			.overwrite((rows) => rows.toSorted((a, b) => LESSON_KEYS.indexOf(a.lesson) - LESSON_KEYS.indexOf(b.lesson)))
	})
	.superRefine((value, ctx) => {
		// V1 cross-field rule: the period cannot end before it starts.
		if (value.periodEnd !== null && value.periodEnd < value.periodStart) {
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'field_period_order' });
		}
	});

/** What an editor changes on a principles or lesson page (kind, key and slug are fixed). */
export const PageTextSchema = z.object({
	title: localized(MAX_SHORT_TEXT, true),
	summary: localized(MAX_SUMMARY, true),
	body: localized(MAX_MARKDOWN, true)
});

export const TestimonyContentSchema = z.object({
	caseSlug: SlugSchema.nullable(),
	lessons: z.array(z.enum(LESSON_KEYS, { error: 'field_invalid' })).max(LESSON_KEYS.length),
	kind: z.enum(TESTIMONY_KINDS, { error: 'field_required' }),
	statement: localized(1_500, true),
	attribution: localized(MAX_SHORT_TEXT, true),
	sourceTitle: required(MAX_SHORT_TEXT),
	sourceUrl: WebUrlSchema,
	date: PartialDateSchema.nullable()
});

/** The case library's filters, read from the query string; bad values are ignored, never an error. */
export const CaseFiltersSchema = z
	.object({
		q: notFreeText(
			z
				.string()
				.trim()
				.transform((value) => value.slice(0, MAX_QUERY))
				.catch('')
				.default(''),
			'a search, never stored'
		),
		field: z.enum(PROBLEM_FIELDS).optional().catch(undefined),
		scale: z.enum(CASE_SCALES).optional().catch(undefined),
		sector: z.enum(SECTORS).optional().catch(undefined),
		lesson: z.enum(LESSON_KEYS).optional().catch(undefined),
		/** drafts are only ever shown to their author and to editors; this narrows what they see */
		status: z.enum(['draft', 'published']).optional().catch(undefined),
		from: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
		to: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
		page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1)
	})
	// a period typed backwards is read the right way round (and the reader is told)
	.transform((filters) =>
		filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
			? { ...filters, from: filters.to, to: filters.from }
			: filters
	);

export const CASES_PER_PAGE = 20;
export const MAX_QUERY = 200;

/**
 * What the reader should know about filters that could not be used as typed (message keys):
 * a search cut to 200 characters, a year that is not a year, a period typed backwards (swapped).
 */
export function caseFilterProblems(raw: Record<string, string>, filters: CaseFilters): string[] {
	const problems: string[] = [];
	if ((raw.q ?? '').trim().length > MAX_QUERY) problems.push('cases_filter_q_shortened');
	if ((['from', 'to'] as const).some((key) => (raw[key] ?? '').trim() !== '' && filters[key] === undefined)) {
		problems.push('cases_filter_year_ignored');
	}
	if (filters.from !== undefined && filters.to !== undefined && Number(raw.from) > Number(raw.to))
		problems.push('cases_filter_years_reversed');
	return problems;
}

export type CaseFilters = z.infer<typeof CaseFiltersSchema>;
export type PageText = z.infer<typeof PageTextSchema>;

/**
 * The case library's query string for these filters (what is set, in a stable order; the page when
 * past the first): the list's links use it, and a case page opened from the list links back with it.
 */
export function caseListQuery(filters: Partial<Omit<CaseFilters, 'page'>>, page = 1): string {
	const params = new URLSearchParams();
	for (const key of ['q', 'field', 'scale', 'sector', 'lesson', 'status', 'from', 'to'] as const) {
		const value = filters[key];
		if (value !== undefined && value !== '') params.set(key, String(value));
	}
	if (page > 1) params.set('page', String(page));
	return params.toString();
}
