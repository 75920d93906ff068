import { redirect } from '@sveltejs/kit';
import { DeleteRelationSchema, RelationSchema, UpdateRelationSchema } from '#lib/schemas/actor-relations.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { createRelation, deleteRelation, getActorMap, updateRelation } from '#lib/server/initiatives/relations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getActorMap(contextFrom(event), event.params.slug);

const back = (slug: string, saved: string) => redirect(303, `/initiativer/${slug}/kort?gemt=${saved}`);

export const actions: Actions = {
	create: formAction(RelationSchema, async (input, event) => {
		await createRelation(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'oprettet');
	}),
	update: formAction(UpdateRelationSchema, async (input, event) => {
		await updateRelation(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt');
	}),
	delete: formAction(
		DeleteRelationSchema,
		async (input, event) => {
			await deleteRelation(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'slettet');
		},
		{ sideForm: true }
	)
};
