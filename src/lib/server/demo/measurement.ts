/**
 * The demo initiative's shared measurement (issue 13): four indicators copied from the template
 * library, with about three years of approved values, a baseline and targets, one split by gender
 * (whose categories add up to the total), one value waiting for approval and one monthly report
 * overdue, so a newcomer sees a filled dashboard. Invented figures, dated relative to the seed day.
 * Written directly (no history lines: no person made them, and the demo's history stays short).
 */
import { categoriesKey } from '../../domain/measurement/disaggregation.ts';
import { decimalFromNumber } from '../../domain/measurement/numbers.ts';
import {
	addDays,
	dueDate,
	formatPeriodKey,
	latestDuePeriod,
	type Period,
	periodEnd,
	shiftPeriod
} from '../../domain/measurement/periods.ts';
import { findTemplate, templateToDefinition } from '../../domain/measurement/templates.ts';
import type { Executor } from '../db/client.ts';
import { indicatorGoals, indicators, indicatorTargets, observations } from '../measurement/measurement.table.ts';

type Value = { total: number; split?: Record<string, number> };

interface DemoIndicator {
	template: string;
	isKey: boolean;
	goal: string;
	responsible: string;
	/** values oldest first; the last one is for the latest due period (or the one before, see `skipLatest`) */
	values: Value[];
	/** the latest due period has no value: overdue */
	skipLatest?: boolean;
	/** a value for the latest due period waits for approval */
	waiting?: Value;
	baseline?: number;
	/** value and years from the seed day */
	targets: { value: number; years: number }[];
}

const split = (k: number, m: number): Value => ({ total: k + m, split: { k, m } });

const DEMO_INDICATORS: DemoIndicator[] = [
	{
		template: 'youth_education_15_months',
		isKey: true,
		goal: 'g1',
		responsible: 'ungeenhed',
		values: [
			{ total: 78, split: { k: 81.2, m: 74.9 } },
			{ total: 79.4, split: { k: 82.5, m: 76.4 } },
			{ total: 81.1, split: { k: 84, m: 78.3 } },
			{ total: 82.6, split: { k: 85.1, m: 80.2 } }
		],
		baseline: 78,
		targets: [
			{ value: 86, years: 2 },
			{ value: 90, years: 4 }
		]
	},
	{
		template: 'new_participants_communities',
		isKey: true,
		goal: 'g2b',
		responsible: 'vaerested',
		values: [18, 22, 25, 24, 30, 33, 35, 38, 41, 40, 46].map((total) => ({ total })),
		waiting: { total: 49 },
		baseline: 18,
		targets: [{ value: 60, years: 1 }]
	},
	{
		template: 'children_in_homework_club',
		isKey: false,
		goal: 'g1c',
		responsible: 'vaerested',
		values: Array.from({ length: 30 }, (_, i) => {
			const summer = i % 12 === 6 ? -14 : 0; // July: the clubs close
			const girls = 20 + Math.round(i / 3) + summer / 2;
			const boys = 17 + Math.round(i / 4) + summer / 2;
			return split(girls, boys);
		}),
		skipLatest: true,
		targets: []
	},
	{
		template: 'often_unwanted_alone',
		isKey: false,
		goal: 'g2',
		responsible: 'forskning',
		values: [{ total: 12.4 }, { total: 12.9 }],
		baseline: 12.4,
		targets: [{ value: 10, years: 3 }]
	}
];

const decimal = (n: number) => decimalFromNumber(n) ?? '0';
const yearsFrom = (today: string, years: number) => `${Number(today.slice(0, 4)) + years}-12-31`;

/** Adds the demo indicators and their values to the demo initiative (called once, when it is seeded). */
export async function seedDemoMeasurement(
	db: Executor,
	initiativeId: string,
	actorIds: Record<string, string>,
	goalIds: Record<string, string>,
	today: string
): Promise<void> {
	for (const [position, demo] of DEMO_INDICATORS.entries()) {
		const template = findTemplate(demo.template);
		if (!template) throw new Error(`demo: no template ${demo.template}`);
		const definition = templateToDefinition(template, 'da');
		const latest = latestDuePeriod(definition.frequency, today);
		const last = demo.skipLatest ? shiftPeriod(latest, -1) : demo.waiting ? shiftPeriod(latest, -1) : latest;
		const periods: Period[] = demo.values.map((_, i) => shiftPeriod(last, i - (demo.values.length - 1)));
		const first = periods[0];
		const [row] = await db
			.insert(indicators)
			.values({
				initiativeId,
				...definition,
				responsibleActorId: actorIds[demo.responsible],
				isKey: demo.isKey,
				position,
				templateKey: template.key,
				baselineValue: demo.baseline === undefined ? null : decimal(demo.baseline),
				baselineDate: demo.baseline === undefined ? null : periodEnd(first),
				// made before its first value was due, so its periods count for "overdue"
				createdAt: new Date(`${periodEnd(first)}T09:00:00Z`)
			})
			.returning({ id: indicators.id });
		await db.insert(indicatorGoals).values({ indicatorId: row.id, goalId: goalIds[demo.goal] });
		if (demo.targets.length > 0)
			await db
				.insert(indicatorTargets)
				.values(
					demo.targets.map((t) => ({ initiativeId, indicatorId: row.id, value: decimal(t.value), targetDate: yearsFrom(today, t.years) }))
				);

		const rows: (typeof observations.$inferInsert)[] = [];
		const add = (period: Period, value: Value, state: 'approved' | 'submitted') => {
			const due = dueDate(period);
			const submittedAt = new Date(`${addDays(due, -12)}T10:00:00Z`);
			const decidedAt = state === 'approved' ? new Date(`${addDays(due, -8)}T14:00:00Z`) : null;
			const base = {
				initiativeId,
				indicatorId: row.id,
				period: formatPeriodKey(period),
				periodEnd: periodEnd(period),
				state,
				reportingActorId: actorIds[demo.responsible],
				submittedAt: submittedAt > new Date(`${today}T00:00:00Z`) ? new Date(`${today}T08:00:00Z`) : submittedAt,
				decidedAt
			};
			rows.push({ ...base, categories: {}, categoriesKey: '', value: decimal(value.total) });
			for (const [category, amount] of Object.entries(value.split ?? {})) {
				const categories = { koen: category };
				rows.push({ ...base, categories, categoriesKey: categoriesKey(categories), value: decimal(amount) });
			}
		};
		for (const [i, period] of periods.entries()) add(period, demo.values[i], 'approved');
		if (demo.waiting) add(latest, demo.waiting, 'submitted');
		await db.insert(observations).values(rows);
	}
}
