import { compareRoundResults } from '#lib/domain/assessment/index.ts';
import { compareGroupRounds } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const reports = await compareGroupRounds(contextFrom(event), event.params.id, event.params.other);
	// earlier round first: what changed reads from it to the later one
	return { reports, changes: compareRoundResults(reports[0].combined, reports[1].combined) };
};
