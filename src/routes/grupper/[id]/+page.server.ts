import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import {
	closeGroupRound,
	getGroupRoundReport,
	openNextGroupRound,
	reopenGroupRound
} from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const report = await getGroupRoundReport(contextFrom(event), event.params.id);
	return { report, inviteLink: `${event.url.origin}/svar/${report.round.inviteToken}` };
};

export const actions: Actions = {
	/** Closing takes two steps: the first press asks "are you sure?" (no script), the second closes. */
	close: formAction(z.object({ confirm: z.literal('1').optional() }), async ({ confirm }, event) => {
		if (!confirm) return { confirmClose: true };
		await closeGroupRound(contextFrom(event), event.params.id ?? '');
		redirect(303, `/grupper/${event.params.id}`);
	}),
	reopen: formAction(z.object({}), async (_nothing, event) => {
		await reopenGroupRound(contextFrom(event), event.params.id ?? '');
		redirect(303, `/grupper/${event.params.id}`);
	}),
	next: formAction(z.object({}), async (_nothing, event) => {
		const { id } = await openNextGroupRound(contextFrom(event), event.params.id ?? '');
		redirect(303, `/grupper/${id}`);
	})
};
