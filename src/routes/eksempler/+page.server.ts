import { CaseFiltersSchema } from '#lib/domain/learning/schemas.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadCaseList } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/learning/learning-routes.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filters = CaseFiltersSchema.parse(Object.fromEntries(event.url.searchParams));
	const list = await loadCaseList(contextFrom(event), filters, localeOf(event));
	return { ...list, filters, isFiltered: Object.values(filters).some((value) => value !== undefined && value !== '') };
};
