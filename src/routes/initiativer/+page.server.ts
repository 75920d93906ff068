import { contextFrom } from '#lib/server/http/event-context.ts';
import { listMyInitiatives } from '#lib/server/initiatives/initiatives.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const archived = event.url.searchParams.get('arkiv') === '1';
	return { archived, ...(await listMyInitiatives(contextFrom(event), { archived })) };
};
