import { MIN_SECTORS } from '#lib/domain/initiatives/contribution.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { getContributionMatrix } from '#lib/server/initiatives/activities.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await getContributionMatrix(contextFrom(event), event.params.slug)),
	minSectors: MIN_SECTORS
});
