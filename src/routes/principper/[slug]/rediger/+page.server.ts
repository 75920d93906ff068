import { loadPageEditor, principleKind, savePage } from '#lib/server/learning/learning-routes.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await loadPageEditor(event, await principleKind(event))),
	base: '/principper'
});

export const actions: Actions = {
	save: async (event) => savePage(event, await principleKind(event), '/principper')
};
