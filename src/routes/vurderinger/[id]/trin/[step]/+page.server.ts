import { loadStep, stepActions } from '#lib/server/assessments/step-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { id: event.params.id }, `/vurderinger/${event.params.id}`);

const step = stepActions({
	ref: (event) => ({ id: event.params.id ?? '' }),
	base: (event) => `/vurderinger/${event.params.id}`,
	resultPath: (event) => `/vurderinger/${event.params.id}`
});

// Named here, so the route-policy test can read which actions this route has (Z1).
export const actions: Actions = {
	add: step.add,
	remove: step.remove,
	save: step.save
};
