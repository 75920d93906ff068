import { redirect } from '@sveltejs/kit';
import {
	CommitmentSchema,
	IdSchema,
	UpdateActorContactSchema,
	UpdateActorSchema,
	UpdateCommitmentSchema
} from '#lib/schemas/initiatives-activities.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	addCommitment,
	deleteCommitment,
	getActor,
	updateActor,
	updateActorContact,
	updateCommitment
} from '#lib/server/initiatives/actors.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getActor(contextFrom(event), event.params.slug, event.params.id);

const back = (slug: string, id: string, saved: string) => redirect(303, `/initiativer/${slug}/aktoerer/${id}?gemt=${saved}`);

export const actions: Actions = {
	save: formAction(UpdateActorSchema, async (input, event) => {
		await updateActor(contextFrom(event), event.params.slug, { ...input, id: event.params.id });
		back(event.params.slug, event.params.id, 'aktoer');
	}),
	contact: formAction(UpdateActorContactSchema, async (input, event) => {
		await updateActorContact(contextFrom(event), event.params.slug, { ...input, id: event.params.id });
		back(event.params.slug, event.params.id, 'kontakt');
	}),
	addCommitment: formAction(CommitmentSchema, async (input, event) => {
		await addCommitment(contextFrom(event), event.params.slug, { ...input, actorId: event.params.id });
		back(event.params.slug, event.params.id, 'forpligtelse');
	}),
	saveCommitment: formAction(UpdateCommitmentSchema, async (input, event) => {
		await updateCommitment(contextFrom(event), event.params.slug, input);
		back(event.params.slug, event.params.id, 'forpligtelse');
	}),
	deleteCommitment: formAction(
		IdSchema,
		async (input, event) => {
			await deleteCommitment(contextFrom(event), event.params.slug, input);
			back(event.params.slug, event.params.id, 'forpligtelse_slettet');
		},
		{ sideForm: true }
	)
};
