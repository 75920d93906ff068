import { redirect } from '@sveltejs/kit';
import { EmptySchema } from '#lib/schemas/initiatives.ts';
import { UpdateActivitySchema } from '#lib/schemas/initiatives-activities.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { deleteActivity, getActivity, updateActivity } from '#lib/server/initiatives/activities.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getActivity(contextFrom(event), event.params.slug, event.params.id);

export const actions: Actions = {
	save: formAction(UpdateActivitySchema, async (input, event) => {
		await updateActivity(contextFrom(event), event.params.slug, { ...input, id: event.params.id });
		redirect(303, `/initiativer/${event.params.slug}/aktiviteter/${event.params.id}?gemt=1`);
	}),
	delete: formAction(
		EmptySchema,
		async (_input, event) => {
			await deleteActivity(contextFrom(event), event.params.slug, { id: event.params.id });
			redirect(303, `/initiativer/${event.params.slug}/aktiviteter?gemt=slettet`);
		},
		{ sideForm: true }
	)
};
