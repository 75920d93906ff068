import { redirect } from '@sveltejs/kit';
import { deleteAssessment, getAssessment } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const view = await getAssessment(contextFrom(event), { id: event.params.id });
	return { id: view.id, title: view.title };
};

export const actions: Actions = {
	delete: async (event) => {
		const formData = await event.request.formData();
		try {
			await deleteAssessment(contextFrom(event), event.params.id);
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, '/vurderinger');
	}
};
