import { redirect } from '@sveltejs/kit';
import { CreateAssessmentSchema } from '#lib/schemas/assessment.ts';
import { createAssessment, listAssessments } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => listAssessments(contextFrom(event));

export const actions: Actions = {
	create: formAction(CreateAssessmentSchema, async (assessment, event) => {
		const { id } = await createAssessment(contextFrom(event), assessment);
		redirect(303, `/vurderinger/${id}/trin/1`);
	})
};
