import { redirect } from '@sveltejs/kit';
import { closeGroupRound, getGroupRoundReport, openNextGroupRound } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const report = await getGroupRoundReport(contextFrom(event), event.params.id);
	return { report, inviteLink: `${event.url.origin}/svar/${report.round.inviteToken}` };
};

export const actions: Actions = {
	close: async (event) => {
		const formData = await event.request.formData();
		try {
			await closeGroupRound(contextFrom(event), event.params.id);
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, `/grupper/${event.params.id}`);
	},
	next: async (event) => {
		const formData = await event.request.formData();
		let roundId: string;
		try {
			({ id: roundId } = await openNextGroupRound(contextFrom(event), event.params.id));
		} catch (caught) {
			return failFromError(caught, formData);
		}
		redirect(303, `/grupper/${roundId}`);
	}
};
