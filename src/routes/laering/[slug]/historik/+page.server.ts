import { loadPageHistory, restorePageAction } from '#lib/server/learning/editor-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadPageHistory(event, 'lesson')),
	base: '/laering',
	restored: event.url.searchParams.get('restored')
});

export const actions: Actions = {
	restore: restorePageAction(() => 'lesson', '/laering')
};
