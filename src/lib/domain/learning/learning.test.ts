import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	caseFormProblems,
	caseInputFromFormValues,
	caseToFormValues,
	countRows,
	fieldNameOfPath,
	normaliseCaseFormValues
} from './case-form.ts';
import type { CaseContent } from './content.ts';
import { changedFields, diffContent } from './diff.ts';
import { localize } from './localize.ts';
import { formatPartialDate, isPartialDate } from './partial-date.ts';
import { CaseContentSchema, CaseFiltersSchema, caseFilterProblems, PageTextSchema, TestimonyContentSchema } from './schemas.ts';
import { buildTimeline, formatPeriod, periodOverlaps } from './timeline.ts';

const l = (da: string, en = '') => ({ da, en });

const SAMPLE_CASE: CaseContent = {
	slug: 'proeve-sag',
	name: l('Prøvesag', 'Sample case'),
	summary: l('En kort tekst.'),
	problemField: 'homelessness',
	scale: 'local',
	place: l('Aarhus'),
	periodStart: 2016,
	periodEnd: 2020,
	periodNote: l(''),
	problem: l('Hjemløse unge'),
	backbone: l(''),
	goals: l(''),
	funding: l(''),
	notFound: l(''),
	actors: [{ name: 'Aarhus Kommune', sector: 'public', role: l('stifter', 'founder') }],
	results: [
		{ date: '2019', figure: l('1.023'), description: l('Optælling'), sourceUrl: 'https://example.dk/a' },
		{ date: null, figure: l(''), description: l('Uden dato'), sourceUrl: null }
	],
	events: [{ date: '2016-06-04', text: l('Start') }],
	sources: [{ title: 'Kilde', url: 'https://example.dk' }],
	lessons: [{ lesson: 'patience', note: l('Lang tid') }]
};

describe('partial dates', () => {
	it.each(['2019', '2019-06', '2019-06-04', '2024-02-29'])('accepts %s', (value) => expect(isPartialDate(value)).toBe(true));
	it.each(['19', '2019-13', '2019-06-31', '2023-02-29', '2019-6', 'juni 2019', ''])('refuses %s', (value) =>
		expect(isPartialDate(value)).toBe(false)
	);
	it('formats by precision and locale', () => {
		expect(formatPartialDate('2016-06-04', 'da')).toBe('4. juni 2016');
		expect(formatPartialDate('2016-06-04', 'en')).toBe('4 June 2016');
		expect(formatPartialDate('2016-06', 'da')).toBe('juni 2016');
		expect(formatPartialDate('2016', 'en')).toBe('2016');
		// the formatters are kept per language and precision: each call still gets its own
		expect(formatPartialDate('2016-06', 'en')).toBe('June 2016');
		expect(formatPartialDate('2016-06-04', 'da')).toBe('4. juni 2016');
	});
});

describe('localize', () => {
	it('falls back to Danish with a marker when English is missing', () => {
		expect(localize(l('Hej'), 'en')).toEqual({ text: 'Hej', lang: 'da', isFallback: true });
		expect(localize(l('Hej', 'Hello'), 'en')).toEqual({ text: 'Hello', lang: 'en', isFallback: false });
		expect(localize(l('Hej', 'Hello'), 'da')).toEqual({ text: 'Hej', lang: 'da', isFallback: false });
		expect(localize(l('', ''), 'en').isFallback).toBe(false);
	});
});

describe('diff', () => {
	it('lists the changed fields, lists compared as a whole', () => {
		const after = { ...SAMPLE_CASE, name: l('Nyt navn'), actors: [] };
		expect(changedFields(SAMPLE_CASE, after)).toEqual(['name', 'actors']);
		expect(diffContent(SAMPLE_CASE, after)[0]).toEqual({ field: 'name', before: SAMPLE_CASE.name, after: l('Nyt navn') });
		expect(changedFields(SAMPLE_CASE, structuredClone(SAMPLE_CASE))).toEqual([]);
		expect(changedFields(null, { a: 1 })).toEqual(['a']);
	});
});

describe('timeline and period', () => {
	it('merges events and dated results, oldest first', () => {
		const timeline = buildTimeline(SAMPLE_CASE);
		expect(timeline.map((entry) => entry.date)).toEqual(['2016-06-04', '2019']);
		expect(timeline[1].figure).toEqual(l('1.023'));
	});
	it('formats and compares periods', () => {
		expect(formatPeriod(2014, 2022)).toBe('2014–2022');
		expect(formatPeriod(2016, null)).toBe('2016–');
		expect(periodOverlaps({ start: 2014, end: 2016 }, { from: 2017 })).toBe(false);
		expect(periodOverlaps({ start: 2014, end: 2016 }, { from: 2016, to: 2016 })).toBe(true);
		expect(periodOverlaps({ start: 2018, end: null }, { from: 2030 })).toBe(true);
		expect(periodOverlaps({ start: 2018, end: null }, { to: 2017 })).toBe(false);
	});
});

describe('case form values', () => {
	it('round-trips a case through the flat form values', () => {
		const values = normaliseCaseFormValues(caseToFormValues(SAMPLE_CASE));
		const parsed = CaseContentSchema.parse(caseInputFromFormValues(values));
		expect(parsed).toEqual(SAMPLE_CASE);
	});

	it('refuses a lesson note whose box is not ticked instead of dropping it', () => {
		const values = caseToFormValues(SAMPLE_CASE);
		expect(caseFormProblems(values)).toEqual({});
		expect(caseFormProblems({ ...values, 'lessons.narrative.note.en': 'A new story.' })).toEqual({
			'lessons.narrative': 'field_lesson_note_unticked'
		});
		expect(caseFormProblems({ ...values, 'lessons.narrative.note.da': '   ' })).toEqual({});
	});

	it('drops blank rows and numbers the rest from 0', () => {
		const values = {
			...caseToFormValues(SAMPLE_CASE),
			'actors.3.name': '',
			'actors.3.sector': '',
			'actors.7.name': 'KL',
			'actors.7.sector': 'public',
			'actors.7.role.da': '',
			'actors.7.role.en': ''
		};
		const normalised = normaliseCaseFormValues(values);
		expect(countRows(normalised, 'actors')).toBe(2);
		expect(normalised['actors.1.name']).toBe('KL');
		expect(normalised['actors.3.name']).toBeUndefined();
	});

	it('reports errors under the flat field name', () => {
		const values = normaliseCaseFormValues({
			...caseToFormValues(SAMPLE_CASE),
			periodEnd: '2010',
			'sources.0.url': 'javascript:alert(1)',
			'lessons.patience.note.da': '010203-1234'
		});
		const input = caseInputFromFormValues(values);
		const result = CaseContentSchema.safeParse(input);
		expect(result.success).toBe(false);
		const fields = Object.fromEntries((result.error?.issues ?? []).map((issue) => [fieldNameOfPath(issue.path, input), issue.message]));
		expect(fields).toMatchObject({
			periodEnd: 'field_period_order',
			'sources.0.url': 'field_url_invalid',
			'lessons.patience.note.da': 'field_assessment_cpr'
		});
	});

	it('keeps a non-number year as text so the schema can name the field', () => {
		const input = caseInputFromFormValues({ ...caseToFormValues(SAMPLE_CASE), periodStart: 'to tusind' });
		const result = CaseContentSchema.safeParse(input);
		expect(result.error?.issues.find((issue) => issue.path[0] === 'periodStart')?.message).toBe('field_year_invalid');
	});
});

describe('schemas', () => {
	it('accepts only http and https links', () => {
		const withUrl = (url: string) =>
			TestimonyContentSchema.safeParse({
				caseSlug: null,
				lessons: [],
				kind: 'paraphrase',
				statement: l('x'),
				attribution: l('y'),
				sourceTitle: 'z',
				sourceUrl: url,
				date: null
			}).success;
		expect(withUrl('https://altinget.dk/a')).toBe(true);
		expect(withUrl('http://altinget.dk/a')).toBe(true);
		for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.dk', 'mailto:a@b.dk', '//x.dk', 'x']) {
			expect(withUrl(bad)).toBe(false);
		}
	});

	it('needs Danish, not English', () => {
		expect(PageTextSchema.safeParse({ title: l('T'), summary: l('S'), body: l('B') }).success).toBe(true);
		expect(PageTextSchema.safeParse({ title: l('', 'T'), summary: l('S'), body: l('B') }).success).toBe(false);
	});

	it('reads filters leniently', () => {
		expect(CaseFiltersSchema.parse({ q: ' hjemløse ', field: 'nope', from: '2016', to: 'x', lesson: 'patience', page: '-3' })).toEqual({
			q: 'hjemløse',
			field: undefined,
			scale: undefined,
			sector: undefined,
			lesson: 'patience',
			status: undefined,
			from: 2016,
			to: undefined,
			page: 1
		});
		expect(CaseFiltersSchema.parse({ page: '3' }).page).toBe(3);
	});

	it('tells the reader which filters could not be used as typed', () => {
		const problems = (raw: Record<string, string>) => caseFilterProblems(raw, CaseFiltersSchema.parse(raw));
		expect(problems({ q: 'hjemløse', from: '2016', to: '2020' })).toEqual([]);
		const long = 'hjemløse '.repeat(30);
		expect(CaseFiltersSchema.parse({ q: long }).q).toBe(long.trim().slice(0, 200));
		expect(problems({ q: long })).toEqual(['cases_filter_q_shortened']);
		expect(problems({ from: '1800' })).toEqual(['cases_filter_year_ignored']);
		expect(problems({ to: 'snart' })).toEqual(['cases_filter_year_ignored']);
		expect(problems({ from: '2020', to: '2016' })).toEqual(['cases_filter_years_reversed']);
		expect(CaseFiltersSchema.parse({ from: '2020', to: '2016' })).toMatchObject({ from: 2016, to: 2020 });
		expect(problems({ from: '', to: '' })).toEqual([]);
	});

	it('never throws on arbitrary input (V6)', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				CaseContentSchema.safeParse(value);
				TestimonyContentSchema.safeParse(value);
				PageTextSchema.safeParse(value);
				CaseFiltersSchema.safeParse(value);
				caseInputFromFormValues(normaliseCaseFormValues(Object(value) as Record<string, string>));
			}),
			{ numRuns: 300 }
		);
	});
});
