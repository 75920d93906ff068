import { loadStep, stepActions } from '#lib/server/assessments/step-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { token: event.params.token }, `/vurdering/${event.params.token}`);

const step = stepActions({
	ref: (event) => ({ token: event.params.token ?? '' }),
	base: (event) => `/vurdering/${event.params.token}`,
	resultPath: (event) => `/vurdering/${event.params.token}/resultat`
});

// Named here, so the route-policy test can read which actions this route has (Z1).
export const actions: Actions = {
	add: step.add,
	remove: step.remove,
	save: step.save
};
