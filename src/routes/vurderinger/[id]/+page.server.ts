import { redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { duplicateAssessment, getAssessment, getAssessmentHistory } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const view = await getAssessment(ctx, { id: event.params.id });
	return { view, revisions: await getAssessmentHistory(ctx, event.params.id), link: `${event.url.origin}/vurderinger/${event.params.id}` };
};

export const actions: Actions = {
	duplicate: async (event) => {
		const formData = await event.request.formData();
		const ctx = contextFrom(event);
		let id: string;
		try {
			const original = await getAssessment(ctx, { id: event.params.id });
			({ id } = await duplicateAssessment(ctx, event.params.id, m.assessment_copy_title({ title: original.title })));
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, `/vurderinger/${id}`);
	}
};
