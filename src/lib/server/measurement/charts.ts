/**
 * An indicator's trend chart (issue 13 § 4): everyone in the initiative may view it
 * (`initiative.view`, through getIndicator). Reads only the slots the chart draws — the total and,
 * with a split, that dimension's categories — and only the columns it needs, so a monthly indicator
 * with ten years and ten categories (1,320 values) stays one small indexed query. Only approved
 * values unless the reader asks for the submitted ones too (marked in the chart, never counted).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { buildChart, type ChartModel, type ChartValue } from '../../domain/measurement/chart.ts';
import { todayIso } from '../../domain/measurement/periods.ts';
import { chartWords, type ChartLocale } from '../../measurement-chart-words.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { getIndicator } from './indicators.usecases.ts';
import { observations } from './measurement.table.ts';

export interface ChartOptions {
	/** a dimension key of the indicator; an unknown key draws no split */
	split?: string | null;
	includeSubmitted?: boolean;
	locale?: ChartLocale;
}

/** The chart's values: the given slots of one indicator, approved (and submitted when asked), by period. */
async function chartValues(
	db: Executor,
	initiativeId: string,
	indicatorId: string,
	categoriesKeys: string[],
	includeSubmitted: boolean
): Promise<ChartValue[]> {
	const rows = await db
		.select({
			period: observations.period,
			categoriesKey: observations.categoriesKey,
			value: observations.value,
			state: observations.state
		})
		.from(observations)
		.where(
			and(
				eq(observations.initiativeId, initiativeId),
				eq(observations.indicatorId, indicatorId),
				inArray(observations.state, includeSubmitted ? ['approved', 'submitted'] : ['approved']),
				inArray(observations.categoriesKey, categoriesKeys)
			)
		)
		.orderBy(asc(observations.periodEnd));
	return rows.map((row) => ({
		period: row.period,
		categoriesKey: row.categoriesKey,
		value: row.value,
		submitted: row.state === 'submitted'
	}));
}

type IndicatorOfPage = Awaited<ReturnType<typeof getIndicator>>;

export async function indicatorChart(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	options: ChartOptions = {}
): Promise<{
	scope: IndicatorOfPage['scope'];
	indicator: IndicatorOfPage['indicator'];
	split: string | null;
	includeSubmitted: boolean;
	model: ChartModel;
}> {
	const { scope, indicator } = await getIndicator(ctx, slug, indicatorId);
	return { scope, indicator, ...(await chartOfIndicator(ctx, scope, indicator, options)) };
}

/**
 * The chart of an indicator its caller has already read through an access-checked use case
 * (`getIndicator`, `getIndicatorPage`): the indicator page draws it without reading the
 * indicator and checking access a second time.
 */
export async function chartOfIndicator(
	ctx: UseCaseContext,
	scope: IndicatorOfPage['scope'],
	indicator: IndicatorOfPage['indicator'],
	options: ChartOptions = {}
): Promise<{ split: string | null; includeSubmitted: boolean; model: ChartModel }> {
	const dimension = options.split ? indicator.dimensions.find((d) => d.key === options.split) : undefined;
	const includeSubmitted = options.includeSubmitted ?? false;
	const keys = ['', ...(dimension?.categories.map((c) => `${dimension.key}=${c.key}`) ?? [])];
	const values = await chartValues(ctx.db, scope.id, indicator.id, keys, includeSubmitted);
	const model = buildChart(
		{
			frequency: indicator.frequency,
			polarity: indicator.polarity,
			unit: indicator.unit,
			unitLabel: indicator.unitLabel,
			baseline: indicator.baseline,
			targets: indicator.targets.map((t) => ({ date: t.date, value: t.value })),
			values,
			split: dimension ? { key: dimension.key, label: dimension.label, categories: dimension.categories } : null,
			today: todayIso(nowOf(ctx)),
			reportingDelayDays: indicator.reportingDelayDays
		},
		chartWords(options.locale ?? 'da')
	);
	return { split: dimension?.key ?? null, includeSubmitted, model };
}
