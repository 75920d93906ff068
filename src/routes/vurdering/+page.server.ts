import { redirect } from '@sveltejs/kit';
import { startSelfCheck } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	start: async (event) => {
		let token: string;
		try {
			({ token } = await startSelfCheck(contextFrom(event)));
		} catch (caught) {
			return failFromError(caught, {});
		}
		redirect(303, `/vurdering/${token}/trin/1`);
	}
};
