import { redirect } from '@sveltejs/kit';
import { CreateAssessmentSchema } from '#lib/schemas/assessment.ts';
import { createAssessment, listAssessments } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => listAssessments(contextFrom(event));

export const actions: Actions = {
	create: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(CreateAssessmentSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		let id: string;
		try {
			({ id } = await createAssessment(contextFrom(event), parsed.data));
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, `/vurderinger/${id}/trin/1`);
	}
};
