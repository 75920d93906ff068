import { redirect } from '@sveltejs/kit';
import { BulkApproveSchema, ObservationIdSchema, RejectSchema } from '#lib/schemas/measurement-data.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	approvalsOverview,
	approveObservation,
	approveObservations,
	rejectObservation,
	withdrawObservation
} from '#lib/server/measurement/observations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => approvalsOverview(contextFrom(event), event.params.slug);

const done = (slug: string, what: string) => redirect(303, `/initiativer/${slug}/maaling/godkendelser?gjort=${what}`);

export const actions: Actions = {
	approve: formAction(ObservationIdSchema, async ({ observationId }, event) => {
		await approveObservation(contextFrom(event), event.params.slug, observationId);
		done(event.params.slug, 'godkendt');
	}),
	reject: formAction(RejectSchema, async ({ observationId, comment }, event) => {
		await rejectObservation(contextFrom(event), event.params.slug, observationId, { comment });
		done(event.params.slug, 'afvist');
	}),
	/** Several at once: the answer lists each value's outcome (no redirect, so the page can show them). */
	bulk: formAction(BulkApproveSchema, async ({ ids }, event) => ({
		bulk: await approveObservations(contextFrom(event), event.params.slug, ids)
	})),
	withdraw: formAction(ObservationIdSchema, async ({ observationId }, event) => {
		await withdrawObservation(contextFrom(event), event.params.slug, observationId);
		done(event.params.slug, 'trukket');
	})
};
