import { redirect } from '@sveltejs/kit';
import { OpenRoundSchema } from '#lib/schemas/assessment.ts';
import { listGroupRounds, openGroupRound } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => listGroupRounds(contextFrom(event));

export const actions: Actions = {
	open: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(OpenRoundSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		let roundId: string;
		try {
			({ id: roundId } = await openGroupRound(contextFrom(event), parsed.data));
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, `/grupper/${roundId}`);
	}
};
