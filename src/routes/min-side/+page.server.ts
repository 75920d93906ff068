import { contextFrom } from '#lib/server/http/event-context.ts';
import { getMyStartPage } from '#lib/server/start/start.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	start: await getMyStartPage(contextFrom(event)),
	welcome: event.url.searchParams.has('velkommen')
});
