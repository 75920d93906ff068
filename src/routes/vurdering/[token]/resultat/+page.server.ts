import { redirect } from '@sveltejs/kit';
import { SaveToOrganisationSchema } from '#lib/schemas/assessment.ts';
import {
	getAssessment,
	getMyOrganisations,
	getShareToken,
	saveSelfCheckToOrganisation
} from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = `/vurdering/${event.params.token}`;
	const view = await getAssessment(contextFrom(event), { token: event.params.token });
	if (!view.isComplete) redirect(303, `${base}/trin/${view.furthestStep}`);
	const shareToken = await getShareToken(contextFrom(event), event.params.token);
	return {
		view,
		base,
		link: `${event.url.origin}${base}/resultat`,
		shareLink: `${event.url.origin}/vurdering/delt/${shareToken}`,
		// signed in: the organisations the self-check can be saved into (issue 11)
		organisations: event.locals.user ? await getMyOrganisations(contextFrom(event)) : []
	};
};

export const actions: Actions = {
	save: formAction(SaveToOrganisationSchema, async ({ organisationId }, event) => {
		const { id } = await saveSelfCheckToOrganisation(contextFrom(event), event.params.token ?? '', organisationId);
		redirect(303, `/vurderinger/${id}?gemt=1`);
	})
};
