import { redirect } from '@sveltejs/kit';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import { loadEditorChoices, readFormValues, testimonyInputFromValues } from '#lib/server/learning/learning-routes.ts';
import { createTestimony } from '#lib/server/learning/testimonies.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadEditorChoices(event);

export const actions: Actions = {
	save: async (event) => {
		const values = await readFormValues(event);
		let created: { content: { caseSlug: string | null } };
		try {
			created = await createTestimony(contextFrom(event), testimonyInputFromValues(values));
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, created.content.caseSlug ? `/eksempler/${created.content.caseSlug}?saved=1` : '/vidnesbyrd');
	}
};
