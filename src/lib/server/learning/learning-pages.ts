/**
 * View models of the learning pages: what each route shows, in the reader's language, with
 * markdown rendered. Routes call one of these and hand the result to their component.
 */
import type { CaseContent, LessonKey, PageContent } from '../../domain/learning/content.ts';
import { LESSON_KEYS } from '../../domain/learning/content.ts';
import type { Locale } from '../../domain/learning/localize.ts';
import { formatPartialDate } from '../../domain/learning/partial-date.ts';
import type { CaseFilters } from '../../domain/learning/schemas.ts';
import { buildTimeline, formatPeriod } from '../../domain/learning/timeline.ts';
import type { PageCard, ShownHtml, ShownText, TestimonyView } from '../../domain/learning/views.ts';
import { SECTORS, type Sector } from '../../domain/organisations/sectors.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import {
	countCasesPerLesson,
	countVisibleDrafts,
	findCasePage,
	getCase,
	isContentEditor,
	listCaseChoices,
	listCasesIllustrating
} from './cases.usecases.ts';
import type { CaseRow } from './cases.repository.ts';
import type { PageRow } from './pages.repository.ts';
import type { TestimonyRow } from './testimonies.repository.ts';
import { listPages, listPageTitles } from './pages.usecases.ts';
import { countTestimoniesPerLesson, findTestimonies } from './testimonies.usecases.ts';
import { shownHtml, shownText } from './view.ts';
import { forVisitors } from './visitor-cache.ts';

export type { PageCard, TestimonyView };

/** A lesson page shows this many of its cases and links to the rest in the case library. */
const LESSON_PAGE_CASES = 12;

function pageCard(row: PageRow, locale: Locale): PageCard {
	return { slug: row.slug, key: row.key, title: shownText(row.content.title, locale), summary: shownText(row.content.summary, locale) };
}

function pageView(row: PageRow, locale: Locale) {
	const content: PageContent = row.content;
	return {
		...pageCard(row, locale),
		kind: row.kind,
		body: shownHtml(content.body, locale),
		revision: row.revision,
		updatedAt: row.updatedAt
	};
}

async function caseNameMap(ctx: UseCaseContext, locale: Locale, slugs: string[]) {
	const names = await listCaseChoices(ctx, [...new Set(slugs)]);
	return new Map(names.map((row) => [row.slug, shownText(row.name, locale)]));
}

function testimonyView(row: TestimonyRow, locale: Locale, caseNames: Map<string, ShownText>): TestimonyView {
	const content = row.content;
	return {
		id: row.id,
		kind: content.kind,
		statement: shownText(content.statement, locale),
		attribution: shownText(content.attribution, locale),
		caseSlug: content.caseSlug && caseNames.has(content.caseSlug) ? content.caseSlug : null,
		caseName: content.caseSlug ? (caseNames.get(content.caseSlug) ?? null) : null,
		sourceTitle: content.sourceTitle,
		sourceUrl: content.sourceUrl,
		date: content.date ? formatPartialDate(content.date, locale) : null,
		lessons: content.lessons
	};
}

/** Testimonies, all or of one lesson or case. */
export function loadTestimonyViews(ctx: UseCaseContext, locale: Locale, filter: { lesson?: LessonKey; caseSlug?: string } = {}) {
	return forVisitors(ctx, `testimonies:${locale}:${filter.lesson ?? ''}:${filter.caseSlug ?? ''}`, () =>
		buildTestimonyViews(ctx, locale, filter)
	);
}

async function buildTestimonyViews(ctx: UseCaseContext, locale: Locale, filter: { lesson?: LessonKey; caseSlug?: string }) {
	const rows = await findTestimonies(ctx, filter);
	const names = await caseNameMap(
		ctx,
		locale,
		rows.flatMap((row) => (row.content.caseSlug ? [row.content.caseSlug] : []))
	);
	return rows.map((row) => testimonyView(row, locale, names));
}

/** The testimonies page: every testimony, and the lessons' titles for their links. */
export function loadTestimoniesPage(ctx: UseCaseContext, locale: Locale) {
	return forVisitors(ctx, `testimonies-page:${locale}`, async () => {
		const [testimonies, lessonTitles] = await Promise.all([buildTestimonyViews(ctx, locale, {}), buildLessonTitles(ctx, locale)]);
		return { testimonies, lessonTitles, canEdit: isContentEditor(ctx.actor) };
	});
}

/** The seven lessons' titles in the reader's language, by key. */
export function loadLessonTitles(ctx: UseCaseContext, locale: Locale): Promise<Record<string, ShownText & { slug: string }>> {
	return forVisitors(ctx, `lesson-titles:${locale}`, () => buildLessonTitles(ctx, locale));
}

async function buildLessonTitles(ctx: UseCaseContext, locale: Locale): Promise<Record<string, ShownText & { slug: string }>> {
	const lessons = await listPageTitles(ctx, 'lesson');
	return Object.fromEntries(lessons.map((row) => [row.key, { ...shownText(row.title, locale), slug: row.slug }]));
}

async function principleRows(ctx: UseCaseContext) {
	const [conditions, topics] = await Promise.all([listPages(ctx, 'condition'), listPages(ctx, 'topic')]);
	return { conditions, topics };
}

function principlesOverview(ctx: UseCaseContext, rows: { conditions: PageRow[]; topics: PageRow[] }, locale: Locale) {
	return {
		conditions: rows.conditions.map((row) => pageCard(row, locale)),
		topics: rows.topics.map((row) => pageCard(row, locale)),
		canEdit: isContentEditor(ctx.actor)
	};
}

export function loadPrinciplesOverview(ctx: UseCaseContext, locale: Locale) {
	return forVisitors(ctx, `principles:${locale}`, async () => principlesOverview(ctx, await principleRows(ctx), locale));
}

/** A condition or topic page, with the rest of the section for navigation (from the same two queries). */
export function loadPrinciplePage(ctx: UseCaseContext, slug: string, locale: Locale) {
	return forVisitors(ctx, `principle:${locale}:${slug}`, () => buildPrinciplePage(ctx, slug, locale));
}

async function buildPrinciplePage(ctx: UseCaseContext, slug: string, locale: Locale) {
	const rows = await principleRows(ctx);
	const row = [...rows.conditions, ...rows.topics].find((candidate) => candidate.slug === slug);
	if (!row) throw new AppError('not_found');
	return { page: pageView(row, locale), ...principlesOverview(ctx, rows, locale) };
}

export function loadLessonsOverview(ctx: UseCaseContext, locale: Locale) {
	return forVisitors(ctx, `lessons:${locale}`, () => buildLessonsOverview(ctx, locale));
}

async function buildLessonsOverview(ctx: UseCaseContext, locale: Locale) {
	const [lessons, caseCounts, testimonyCounts] = await Promise.all([
		listPages(ctx, 'lesson'),
		countCasesPerLesson(ctx),
		countTestimoniesPerLesson(ctx)
	]);
	return {
		lessons: lessons.map((row, index) => ({
			...pageCard(row, locale),
			number: index + 1,
			caseCount: caseCounts.get(row.key) ?? 0,
			testimonyCount: testimonyCounts.get(row.key) ?? 0
		})),
		canEdit: isContentEditor(ctx.actor)
	};
}

export function loadLessonPage(ctx: UseCaseContext, slug: string, locale: Locale) {
	return forVisitors(ctx, `lesson:${locale}:${slug}`, () => buildLessonPage(ctx, slug, locale));
}

async function buildLessonPage(ctx: UseCaseContext, slug: string, locale: Locale) {
	const lessons = await listPages(ctx, 'lesson');
	const row = lessons.find((candidate) => candidate.slug === slug);
	if (!row) throw new AppError('not_found');
	const key = row.key as LessonKey;
	const [cases, caseCounts, testimonies] = await Promise.all([
		listCasesIllustrating(ctx, key, LESSON_PAGE_CASES),
		countCasesPerLesson(ctx),
		buildTestimonyViews(ctx, locale, { lesson: key })
	]);
	return {
		page: pageView(row, locale),
		number: LESSON_KEYS.indexOf(key) + 1,
		cases: cases.map((item) => ({
			slug: item.slug,
			name: shownText(item.content.name, locale),
			summary: shownText(item.content.summary, locale),
			note: shownHtml(item.content.lessons.find((lesson) => lesson.lesson === key)?.note ?? { da: '', en: '' }, locale),
			isDraft: item.status === 'draft'
		})),
		caseTotal: caseCounts.get(key) ?? 0,
		lessonKey: key,
		testimonies,
		lessons: lessons.map((lesson) => pageCard(lesson, locale)),
		canEdit: isContentEditor(ctx.actor)
	};
}

export function caseCard(row: CaseRow, locale: Locale) {
	const content = row.content;
	return {
		slug: row.slug,
		name: shownText(content.name, locale),
		summary: shownText(content.summary, locale),
		place: shownText(content.place, locale),
		period: formatPeriod(content.periodStart, content.periodEnd),
		problemField: content.problemField,
		scale: content.scale,
		isDraft: row.status === 'draft'
	};
}

export function loadCaseList(ctx: UseCaseContext, filters: CaseFilters, locale: Locale) {
	return forVisitors(ctx, `cases:${locale}:${JSON.stringify(filters)}`, () => buildCaseList(ctx, filters, locale));
}

async function buildCaseList(ctx: UseCaseContext, filters: CaseFilters, locale: Locale) {
	const [{ rows, total, page, pageCount, suggestion }, draftCount] = await Promise.all([
		findCasePage(ctx, filters, locale),
		countVisibleDrafts(ctx)
	]);
	return {
		cases: rows.map((row) => caseCard(row, locale)),
		suggestion,
		total,
		page,
		pageCount,
		draftCount,
		isEditor: isContentEditor(ctx.actor),
		canCreate: ctx.actor.userId !== null
	};
}

function actorsBySector(content: CaseContent, locale: Locale) {
	const groups: { sector: Sector; actors: { name: string; role: ShownText }[] }[] = [];
	for (const sector of SECTORS) {
		const actors = content.actors.filter((actor) => actor.sector === sector);
		if (actors.length) groups.push({ sector, actors: actors.map((actor) => ({ name: actor.name, role: shownText(actor.role, locale) })) });
	}
	return groups;
}

export function loadCasePage(ctx: UseCaseContext, slug: string, locale: Locale) {
	return forVisitors(ctx, `case:${locale}:${slug}`, () => buildCasePage(ctx, slug, locale));
}

async function buildCasePage(ctx: UseCaseContext, slug: string, locale: Locale) {
	const row = await getCase(ctx, slug);
	const content = row.content;
	const [lessonTitles, testimonies] = await Promise.all([
		buildLessonTitles(ctx, locale),
		buildTestimonyViews(ctx, locale, { caseSlug: row.slug })
	]);
	const html = (value: { da: string; en: string }): ShownHtml => shownHtml(value, locale);
	return {
		case: {
			...caseCard(row, locale),
			periodNote: shownText(content.periodNote, locale),
			problem: html(content.problem),
			goals: html(content.goals),
			backbone: html(content.backbone),
			funding: html(content.funding),
			notFound: html(content.notFound),
			/** researched by Samspil from its sources (the seeded collection): gaps are "not found", not "not given" */
			researched: row.seedHash !== null,
			actorGroups: actorsBySector(content, locale),
			results: content.results.map((result) => ({
				date: result.date ? formatPartialDate(result.date, locale) : null,
				figure: shownText(result.figure, locale),
				description: shownText(result.description, locale),
				sourceUrl: result.sourceUrl
			})),
			timeline: buildTimeline(content).map((entry) => ({
				date: formatPartialDate(entry.date, locale),
				isoDate: entry.date,
				text: shownText(entry.text, locale),
				figure: entry.figure ? shownText(entry.figure, locale) : null
			})),
			sources: content.sources,
			lessons: content.lessons
				.map((lesson) => ({
					key: lesson.lesson,
					number: LESSON_KEYS.indexOf(lesson.lesson) + 1,
					title: lessonTitles[lesson.lesson] ?? null,
					note: html(lesson.note)
				}))
				.sort((a, b) => a.number - b.number),
			revision: row.revision,
			updatedAt: row.updatedAt
		},
		testimonies,
		canEdit: row.canEdit,
		canPublish: row.canPublish
	};
}
