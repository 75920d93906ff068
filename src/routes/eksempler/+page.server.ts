import { CaseFiltersSchema, caseFilterProblems, caseListQuery } from '#lib/domain/learning/schemas.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadCaseList, loadLessonTitles } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const raw = Object.fromEntries(event.url.searchParams);
	const filters = CaseFiltersSchema.parse(raw);
	const ctx = contextFrom(event);
	const list = await loadCaseList(ctx, filters, localeOf(event));
	const lessonTitle = filters.lesson ? ((await loadLessonTitles(ctx, localeOf(event)))[filters.lesson] ?? null) : null;
	const { page: _page, ...criteria } = filters;
	const isFiltered = Object.values(criteria).some((value) => value !== undefined && value !== '');
	/** The same search on another page, or with another query (links work without JavaScript). */
	const queryOf = (page: number, q = filters.q) => caseListQuery({ ...criteria, q }, page);
	const pageHref = (page: number) => {
		const query = queryOf(page);
		return query ? `/eksempler?${query}` : '/eksempler';
	};
	return {
		...list,
		filters,
		filterProblems: caseFilterProblems(raw, filters),
		deleted: event.url.searchParams.has('deleted'),
		lessonTitle,
		isFiltered,
		previousHref: list.page > 1 ? pageHref(list.page - 1) : null,
		nextHref: list.page < list.pageCount ? pageHref(list.page + 1) : null,
		/** Case links carry the list's query, so the case page links back to the same list (issue 11). */
		listQuery: queryOf(list.page),
		suggestionHref: list.suggestion ? `/eksempler?${queryOf(1, list.suggestion)}` : null
	};
};
