import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadCasePage } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadCasePage(contextFrom(event), event.params.slug, localeOf(event))),
	saved: event.url.searchParams.get('saved'),
	statusChanged: event.url.searchParams.get('status')
});
