import { contextFrom } from '#lib/server/http/event-context.ts';
import { getIndicatorPage } from '#lib/server/measurement/indicators.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await getIndicatorPage(contextFrom(event), event.params.slug, event.params.indicatorId)),
	// MERGE: the chart part's `indicatorChart(ctx, slug, indicatorId)` goes here; the page shows its TrendChart when set.
	chart: null as unknown
});
