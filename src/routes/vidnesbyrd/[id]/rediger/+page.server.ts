import { redirect } from '@sveltejs/kit';
import { AppError } from '#lib/server/http/errors.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import {
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
	delete: async (event) => {
		const values = await readFormValues(event);
		if (values.confirm !== 'on') return failFromError(new AppError('invalid_input', { confirm: 'field_confirm_delete' }), values);
		try {
			await deleteTestimony(contextFrom(event), event.params.id);
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, '/vidnesbyrd?saved=deleted');
	}
};
