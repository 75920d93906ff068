import { contextFrom } from '#lib/server/http/event-context.ts';
import { getDashboard } from '#lib/server/measurement/dashboard.ts';
import type { PageServerLoad } from './$types';

/** `?indsendte=1`: the reader chose to see the latest waiting values too (marked; they never count in the status). */
export const load: PageServerLoad = async (event) =>
	getDashboard(contextFrom(event), event.params.slug, { includeSubmitted: event.url.searchParams.get('indsendte') === '1' });
