import { loadPageHistory, principleKind, restorePageAction } from '#lib/server/learning/editor-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadPageHistory(event, await principleKind(event))),
	base: '/principper',
	restored: event.url.searchParams.get('restored')
});

export const actions: Actions = {
	restore: restorePageAction(principleKind, '/principper')
};
