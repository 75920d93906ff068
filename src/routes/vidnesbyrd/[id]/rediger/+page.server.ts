import { redirect } from '@sveltejs/kit';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import {
	deleteAction,
	loadEditorChoices,
	readFormValues,
	testimonyInputFromValues,
	testimonyToFormValues
} from '#lib/server/learning/learning-routes.ts';
import { deleteTestimony, getTestimonyForEditing, updateTestimony } from '#lib/server/learning/testimonies.usecases.ts';
import { expectedRevisionOf } from '#lib/server/learning/view.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const row = await getTestimonyForEditing(contextFrom(event), event.params.id);
	return { ...(await loadEditorChoices(event)), id: row.id, revision: row.revision, values: testimonyToFormValues(row.content) };
};

export const actions: Actions = {
	save: async (event) => {
		const values = await readFormValues(event);
		try {
			await updateTestimony(contextFrom(event), event.params.id, testimonyInputFromValues(values), expectedRevisionOf(values));
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, `/vidnesbyrd/${event.params.id}/historik?saved=1`);
	},
	delete: async (event) => deleteAction(event, () => deleteTestimony(contextFrom(event), event.params.id), '/vidnesbyrd?saved=deleted')
};
