import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadTestimoniesPage } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadTestimoniesPage(contextFrom(event), localeOf(event))),
	saved: event.url.searchParams.get('saved')
});
