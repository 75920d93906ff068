import { redirect } from '@sveltejs/kit';
import { OpenRoundSchema } from '#lib/schemas/assessment.ts';
import { listGroupRounds, openGroupRound } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => listGroupRounds(contextFrom(event));

export const actions: Actions = {
	open: formAction(OpenRoundSchema, async (round, event) => {
		const { id } = await openGroupRound(contextFrom(event), round);
		redirect(303, `/grupper/${id}`);
	})
};
