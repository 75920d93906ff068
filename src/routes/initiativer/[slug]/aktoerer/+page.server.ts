import { redirect } from '@sveltejs/kit';
import { AddActorSchema } from '#lib/schemas/initiatives-activities.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { addActor, getActors } from '#lib/server/initiatives/actors.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getActors(contextFrom(event), event.params.slug);

export const actions: Actions = {
	add: formAction(AddActorSchema, async (input, event) => {
		const { id } = await addActor(contextFrom(event), event.params.slug, input);
		redirect(303, `/initiativer/${event.params.slug}/aktoerer/${id}?gemt=tilfoejet`);
	})
};
