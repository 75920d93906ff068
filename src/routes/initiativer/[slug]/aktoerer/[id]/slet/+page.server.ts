import { redirect } from '@sveltejs/kit';
import { DeleteActorSchema } from '#lib/schemas/initiatives-activities.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { deleteActor, getActorDeletion } from '#lib/server/initiatives/actors.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getActorDeletion(contextFrom(event), event.params.slug, event.params.id);

export const actions: Actions = {
	delete: formAction(DeleteActorSchema, async (input, event) => {
		await deleteActor(contextFrom(event), event.params.slug, { ...input, id: event.params.id });
		redirect(303, `/initiativer/${event.params.slug}/aktoerer?slettet=1`);
	})
};
