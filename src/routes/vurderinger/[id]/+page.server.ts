import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { duplicateAssessment, getAssessment, getAssessmentHistory } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const view = await getAssessment(ctx, { id: event.params.id });
	return {
		view,
		revisions: await getAssessmentHistory(ctx, event.params.id),
		link: `${event.url.origin}/vurderinger/${event.params.id}`,
		savedFromSelfCheck: event.url.searchParams.has('gemt')
	};
};

export const actions: Actions = {
	duplicate: formAction(z.object({}), async (_nothing, event) => {
		const ctx = contextFrom(event);
		const id = event.params.id ?? '';
		const original = await getAssessment(ctx, { id });
		const copy = await duplicateAssessment(ctx, id, m.assessment_copy_title({ title: original.title }));
		redirect(303, `/vurderinger/${copy.id}`);
	})
};
