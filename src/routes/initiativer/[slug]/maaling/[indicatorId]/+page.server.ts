import { contextFrom } from '#lib/server/http/event-context.ts';
import { chartOfIndicator } from '#lib/server/measurement/charts.ts';
import { getIndicatorPage } from '#lib/server/measurement/indicators.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const locale: 'da' | 'en' = event.locals.locale === 'en' ? 'en' : 'da';
	const page = await getIndicatorPage(ctx, event.params.slug, event.params.indicatorId);
	// the trend of approved values (the chart page splits it and adds submitted ones), from the
	// indicator the page use case has already read and checked access to
	const chart = await chartOfIndicator(ctx, page.scope, page.indicator, { locale });
	return { ...page, chart: chart.model };
};
