import { redirect } from '@sveltejs/kit';
import { getAssessment, getShareToken } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const base = `/vurdering/${event.params.token}`;
	const view = await getAssessment(contextFrom(event), { token: event.params.token });
	if (!view.isComplete) redirect(303, `${base}/trin/${view.furthestStep}`);
	const shareToken = await getShareToken(contextFrom(event), event.params.token);
	return { view, base, link: `${event.url.origin}${base}/resultat`, shareLink: `${event.url.origin}/vurdering/delt/${shareToken}` };
};
