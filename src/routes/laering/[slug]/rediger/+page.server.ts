import { loadPageEditor, savePageAction } from '#lib/server/learning/editor-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ ...(await loadPageEditor(event, 'lesson')), base: '/laering' });

export const actions: Actions = {
	save: savePageAction(() => 'lesson', '/laering')
};
