import { redirect } from '@sveltejs/kit';
import { GoalDeleteSchema } from '#lib/schemas/initiatives-agenda.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { deleteGoal, getGoalDeletion } from '#lib/server/initiatives/agenda.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

/** Deleting a goal: first what it would take with it and unlink, then the confirmation. */
export const load: PageServerLoad = async (event) => getGoalDeletion(contextFrom(event), event.params.slug, event.params.goalId);

export const actions: Actions = {
	delete: formAction(GoalDeleteSchema, async (input, event) => {
		await deleteGoal(contextFrom(event), event.params.slug, input);
		redirect(303, `/initiativer/${event.params.slug}/agenda?gemt=slettet#goals-heading`);
	})
};
