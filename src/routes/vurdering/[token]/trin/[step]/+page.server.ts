import { addProblem, loadStep, removeProblem, saveStepAction } from '#lib/server/assessments/step-routes.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { token: event.params.token }, `/vurdering/${event.params.token}`);

export const actions: Actions = {
	add: async (event) => addProblem(event, { token: event.params.token }, `/vurdering/${event.params.token}`),
	remove: async (event) => removeProblem(event, { token: event.params.token }, `/vurdering/${event.params.token}`),
	save: async (event) =>
		saveStepAction(event, { token: event.params.token }, `/vurdering/${event.params.token}`, `/vurdering/${event.params.token}/resultat`)
};
