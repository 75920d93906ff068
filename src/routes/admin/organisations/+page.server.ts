import { OrganisationSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import { createOrganisation, getOrganisations } from '#lib/server/organisations/organisations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ organisations: await getOrganisations(contextFrom(event)) });

export const actions: Actions = {
	create: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(OrganisationSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await createOrganisation(contextFrom(event), parsed.data);
		} catch (error) {
			return failFromError(error, formData);
		}
		return { done: 'created', name: parsed.data.name };
	}
};
