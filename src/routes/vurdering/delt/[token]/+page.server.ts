import { getSharedAssessment } from '#lib/server/assessments/assessments.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { PageServerLoad } from './$types';

/** A self-check's result through its read-only share link (issue 11, bug 6): no way to change it from here. */
export const load: PageServerLoad = async (event) => {
	const view = await getSharedAssessment(contextFrom(event), event.params.token);
	return { view, base: `/vurdering/delt/${event.params.token}`, link: `${event.url.origin}/vurdering/delt/${event.params.token}` };
};
