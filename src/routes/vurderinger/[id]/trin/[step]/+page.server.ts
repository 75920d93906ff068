import { addProblem, loadStep, removeProblem, saveStepAction } from '#lib/server/assessments/step-routes.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadStep(event, { id: event.params.id }, `/vurderinger/${event.params.id}`);

export const actions: Actions = {
	add: async (event) => addProblem(event, { id: event.params.id }, `/vurderinger/${event.params.id}`),
	remove: async (event) => removeProblem(event, { id: event.params.id }, `/vurderinger/${event.params.id}`),
	save: async (event) =>
		saveStepAction(event, { id: event.params.id }, `/vurderinger/${event.params.id}`, `/vurderinger/${event.params.id}`)
};
