import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadPrinciplePage } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadPrinciplePage(contextFrom(event), event.params.slug, localeOf(event))),
	saved: event.url.searchParams.has('saved')
});
