import { contextFrom } from '#lib/server/http/event-context.ts';
import { indicatorHistory } from '#lib/server/measurement/observations.usecases.ts';
import type { PageServerLoad } from './$types';

/** ?periode=<key> shows one period; ?foer=<yyyy-mm-dd> pages back. Anything else in them is ignored. */
export const load: PageServerLoad = async (event) => {
	const period = (event.url.searchParams.get('periode') ?? '').slice(0, 10) || undefined;
	const before = (event.url.searchParams.get('foer') ?? '').slice(0, 10) || undefined;
	return indicatorHistory(contextFrom(event), event.params.slug, event.params.indicatorId, { period, before });
};
