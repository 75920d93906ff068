import { loadPageEditor, principleKind, savePageAction } from '#lib/server/learning/editor-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadPageEditor(event, await principleKind(event))),
	base: '/principper'
});

export const actions: Actions = {
	save: savePageAction(principleKind, '/principper')
};
