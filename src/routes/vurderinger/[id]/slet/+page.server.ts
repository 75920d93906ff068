import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { deleteAssessment, getAssessment } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const view = await getAssessment(contextFrom(event), { id: event.params.id });
	return { id: view.id, title: view.title };
};

export const actions: Actions = {
	delete: formAction(z.object({}), async (_nothing, event) => {
		await deleteAssessment(contextFrom(event), event.params.id ?? '');
		redirect(303, '/vurderinger');
	})
};
