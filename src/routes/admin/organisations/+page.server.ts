import { OrganisationSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { createOrganisation, getOrganisations } from '#lib/server/organisations/organisations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ organisations: await getOrganisations(contextFrom(event)) });

export const actions: Actions = {
	create: formAction(OrganisationSchema, async (organisation, event) => {
		await createOrganisation(contextFrom(event), organisation);
		return { done: 'created', name: organisation.name };
	})
};
