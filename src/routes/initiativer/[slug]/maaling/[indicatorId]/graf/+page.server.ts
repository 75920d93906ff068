import { contextFrom } from '#lib/server/http/event-context.ts';
import { indicatorChart } from '#lib/server/measurement/charts.ts';
import type { PageServerLoad } from './$types';

/** ?opdeling=<dimension key> splits the chart (an unknown key: no split); ?indsendte=1 includes submitted values, marked. */
export const load: PageServerLoad = async (event) => {
	const split = event.url.searchParams.get('opdeling') || null;
	const includeSubmitted = event.url.searchParams.get('indsendte') === '1';
	const locale: 'da' | 'en' = event.locals.locale === 'en' ? 'en' : 'da';
	const chart = await indicatorChart(contextFrom(event), event.params.slug, event.params.indicatorId, { split, includeSubmitted, locale });
	return { ...chart, locale };
};
