import { loadStep, stepActions } from '#lib/server/assessments/step-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { id: event.params.id }, `/vurderinger/${event.params.id}`);

export const actions: Actions = stepActions({
	ref: (event) => ({ id: event.params.id ?? '' }),
	base: (event) => `/vurderinger/${event.params.id}`,
	resultPath: (event) => `/vurderinger/${event.params.id}`
});
