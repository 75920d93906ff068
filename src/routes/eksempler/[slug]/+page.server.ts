import { CaseFiltersSchema, caseListQuery } from '#lib/domain/learning/schemas.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadCasePage } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadCasePage(contextFrom(event), event.params.slug, localeOf(event))),
	saved: event.url.searchParams.get('saved'),
	statusChanged: event.url.searchParams.get('status'),
	listHref: caseListHref(event.url.searchParams.get('liste'))
});

/**
 * Back to the list the reader came from: the list's links carry its query in `liste`, read again
 * through the filters' schema, so only known filters come back (never an address of the reader's making).
 */
function caseListHref(listQuery: string | null): string {
	if (!listQuery) return '/eksempler';
	const filters = CaseFiltersSchema.parse(Object.fromEntries(new URLSearchParams(listQuery)));
	const query = caseListQuery(filters, filters.page);
	return query ? `/eksempler?${query}` : '/eksempler';
}
