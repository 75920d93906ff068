import { loadStep, stepActions } from '#lib/server/assessments/step-page.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { token: event.params.token }, `/vurdering/${event.params.token}`);

export const actions: Actions = stepActions({
	ref: (event) => ({ token: event.params.token ?? '' }),
	base: (event) => `/vurdering/${event.params.token}`,
	resultPath: (event) => `/vurdering/${event.params.token}/resultat`
});
