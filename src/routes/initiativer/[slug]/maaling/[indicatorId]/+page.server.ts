import { contextFrom } from '#lib/server/http/event-context.ts';
import { indicatorChart } from '#lib/server/measurement/charts.ts';
import { getIndicatorPage } from '#lib/server/measurement/indicators.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const locale: 'da' | 'en' = event.locals.locale === 'en' ? 'en' : 'da';
	const [page, chart] = await Promise.all([
		getIndicatorPage(ctx, event.params.slug, event.params.indicatorId),
		// the trend of approved values (the chart page splits it and adds submitted ones)
		indicatorChart(ctx, event.params.slug, event.params.indicatorId, { locale })
	]);
	return { ...page, chart: chart.model };
};
