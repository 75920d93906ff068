import { redirect } from '@sveltejs/kit';
import { requireInitiative } from '#lib/server/initiatives/access.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const scope = await requireInitiative(ctx, event.params.slug, 'initiative.view');
	// `/maaling/eksport?format=csv&state=approved` (a link elsewhere) is the file itself
	if (event.url.searchParams.has('format')) redirect(303, `/initiativer/${scope.slug}/maaling/eksport/fil${event.url.search}`);
	return { scope: { slug: scope.slug, name: scope.name } };
};
