import { redirect } from '@sveltejs/kit';
import { TestimonyFormSchema } from '#lib/schemas/learning.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	deleteAction,
	loadEditorChoices,
	testimonyConflictSource,
	testimonyToFormValues,
	withConflictResolution
} from '#lib/server/learning/editor-actions.ts';
import { deleteTestimony, getTestimonyForEditing, updateTestimony } from '#lib/server/learning/testimonies.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const row = await getTestimonyForEditing(contextFrom(event), event.params.id);
	return { ...(await loadEditorChoices(event)), id: row.id, revision: row.revision, values: testimonyToFormValues(row.content) };
};

export const actions: Actions = {
	save: withConflictResolution(
		formAction(TestimonyFormSchema, async ({ content, revision }, event) => {
			await updateTestimony(contextFrom(event), event.params.id ?? '', content, revision);
			redirect(303, `/vidnesbyrd/${event.params.id}/historik?saved=1`);
		}),
		testimonyConflictSource
	),
	delete: deleteAction((event) => deleteTestimony(contextFrom(event), event.params.id ?? ''), '/vidnesbyrd?saved=deleted')
};
