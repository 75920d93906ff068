import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { startSelfCheck } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	start: formAction(z.object({}), async (_nothing, event) => {
		const { token } = await startSelfCheck(contextFrom(event));
		redirect(303, `/vurdering/${token}/trin/1`);
	})
};
