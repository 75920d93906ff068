import { compareGroupRounds } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	reports: await compareGroupRounds(contextFrom(event), event.params.id, event.params.other)
});
