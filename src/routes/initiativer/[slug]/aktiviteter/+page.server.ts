import { redirect } from '@sveltejs/kit';
import { ActivityFilterSchema, ActivitySchema } from '#lib/schemas/initiatives-activities.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { addActivity, getActivities } from '#lib/server/initiatives/activities.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filter = ActivityFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const data = await getActivities(contextFrom(event), event.params.slug, {
		status: filter.status,
		actorId: filter.actor,
		goalId: filter.goal
	});
	return { ...data, filter };
};

export const actions: Actions = {
	add: formAction(ActivitySchema, async (input, event) => {
		await addActivity(contextFrom(event), event.params.slug, input);
		redirect(303, `/initiativer/${event.params.slug}/aktiviteter?gemt=1`);
	})
};
