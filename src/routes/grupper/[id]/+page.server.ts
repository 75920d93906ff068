import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { DECISION_QUESTIONS, InvitationIdSchema, InviteRespondentSchema } from '#lib/schemas/assessment.ts';
import { bySectorWords, sectorWords } from '#lib/server/assessments/group-export.ts';
import {
	closeGroupRound,
	getGroupRoundReport,
	inviteRespondent,
	openNextGroupRound,
	reopenGroupRound,
	remindRespondent
} from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const report = await getGroupRoundReport(contextFrom(event), event.params.id);
	return {
		report,
		origin: event.url.origin,
		inviteLink: `${event.url.origin}/svar/${report.round.inviteToken}`,
		sectorSummary: sectorWords(report.sectors),
		// per question, who gave which answer by sector ("Ja: Kommune 2 · Nej: Fond 1")
		bySector: Object.fromEntries(DECISION_QUESTIONS.map((key) => [key, bySectorWords(report, key)])) as Record<string, string>,
		notice: event.url.searchParams.get('sendt')
	};
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
	}),
	invite: formAction(InviteRespondentSchema, async (input, event) => {
		await inviteRespondent(contextFrom(event), event.params.id ?? '', input);
		redirect(303, `/grupper/${event.params.id}?sendt=invitation#named-heading`);
	}),
	remind: formAction(InvitationIdSchema, async ({ invitationId }, event) => {
		await remindRespondent(contextFrom(event), event.params.id ?? '', invitationId);
		redirect(303, `/grupper/${event.params.id}?sendt=reminder#named-heading`);
	})
};
