/**
 * The trend chart of one indicator as plain data (issue 13 § 4, measurement.md § Forecast and
 * on-track): scales (d3-scale), paths (d3-shape), points, baseline and target markers, the
 * forecast line, tick labels in the reader's language, the data table and a one-line summary in
 * words. No DOM and no Svelte: TrendChart.svelte draws this as SVG on the server.
 *
 * The x axis runs in periods, like the forecast (forecast.ts): period n's value sits at n (its last
 * day), a date at its share of the way through its period; so the forecast line, the targets and
 * the values share one axis. Only approved values count (the forecast, the status, the summary);
 * submitted ones appear only when the input carries them, as hollow markers on dashed segments.
 * Two layouts are built from the same data — wide and narrow — so a phone shows a chart drawn for
 * its width (readable text) instead of a shrunken wide one.
 */
import { scaleLinear } from 'd3-scale';
import {
	line,
	type SymbolType,
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye
} from 'd3-shape';
import { type Forecast, forecastTrend, periodPosition, projectForecast, type SeriesPoint } from './forecast.ts';
import type { Frequency, Polarity, Unit } from './indicator.ts';
import { decimalFromNumber, formatDecimal, type NumberLocale, roundForReading } from './numbers.ts';
import {
	dayNumber,
	formatPeriodKey,
	type IsoDate,
	type Period,
	parsePeriodKey,
	periodOfDate,
	periodOrdinal,
	shiftPeriod
} from './periods.ts';
import { NO_DATA_DUE_PERIODS, type StatusResult, type TrackStatus, trackStatus } from './status.ts';

/** The most ticks on the x axis per layout. */
export const MAX_X_TICKS = { wide: 8, narrow: 4 } as const;
/** About this many ticks on the y axis per layout (d3's nice ticks may give one or two more or fewer). */
export const Y_TICKS = { wide: 6, narrow: 4 } as const;
/** Series with more points than this draw markers only on submitted values and the latest value. */
export const MAX_MARKED_POINTS = 40;
/** Without a future target the forecast line runs this many periods past the latest value. */
export const FORECAST_TAIL_PERIODS = 2;

/**
 * Colours for the series on white, each with a contrast of at least 3:1 (WCAG 1.4.11), the total
 * first (black). Colour is never the only cue: every series also has its own dash pattern and
 * marker shape (SERIES_DASHES, SERIES_SYMBOLS), and the legend and the table name them.
 */
export const SERIES_COLOURS = [
	'#1a1a1a',
	'#0b5cad',
	'#b34700',
	'#1e7b34',
	'#8e2a8e',
	'#a3123a',
	'#00676b',
	'#6b5200',
	'#4b4bc4',
	'#5c5c5c',
	'#9c3d00'
] as const;
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 4', '2 6', '6 2 2 2 2 2', '1 3', '14 3 3 3', '5 2'] as const;
const SERIES_SYMBOLS: readonly { type: SymbolType; name: string }[] = [
	{ type: symbolCircle, name: 'circle' },
	{ type: symbolSquare, name: 'square' },
	{ type: symbolTriangle, name: 'triangle' },
	{ type: symbolDiamond, name: 'diamond' },
	{ type: symbolCross, name: 'cross' },
	{ type: symbolStar, name: 'star' },
	{ type: symbolWye, name: 'wye' }
];

/** The words the chart needs, in the reader's language (measurement-chart-words.ts builds them). */
export interface ChartWords {
	locale: NumberLocale;
	total: string;
	forecast: string;
	baseline: string;
	target: string;
	/** "indsendt" — the mark of a value waiting for approval */
	submitted: string;
	/** a period, e.g. "2026-K2" or "mar. 2026"; `short` for axis ticks */
	period(period: Period, form: 'short' | 'long'): string;
	/** a formatted number with its unit, e.g. "41,2 %" */
	valueWithUnit(formatted: string, unit: Unit, unitLabel: string): string;
	/** "Seneste godkendte værdi 412 (2026-K2)" */
	latest(value: string, period: string): string;
	/** no approved value yet; `submitted` waiting ones are shown */
	noApproved(submitted: number): string;
	/** "steget 8 % siden udgangspunktet"; `amount` already formatted with its % or points */
	change(direction: 'up' | 'down' | 'same', amount: string): string;
	/** a relative change, e.g. "8 %" */
	percent(amount: string): string;
	/** a change of a percent unit, e.g. "3,5 procentpoint" */
	points(amount: string): string;
	/** "prognosen når målet 350 i 2027-K4" */
	forecastReaches(target: string, period: string): string;
	/** "prognosen når ikke målet 350 i 2027-K4 (forventet 380)" */
	forecastMisses(target: string, period: string, projected: string): string;
	/** "målet 350 i 2027-K4 er allerede nået" */
	alreadyMet(target: string, period: string): string;
	/** "for få godkendte værdier til en prognose" */
	noForecast: string;
	/** "intet mål med en dato fra i dag eller senere" */
	noTarget: string;
	/** "ingen godkendt værdi i de seneste 2 indberetningsperioder, så der er ingen status" */
	noData(periods: number): string;
	/** "så der er ingen status" (after "no approved values yet") */
	noStatus: string;
	status(status: TrackStatus): string;
}

export interface ChartValue {
	/** the period key (`2026-Q2`) */
	period: string;
	/** '' for the total, `dimension=category` for one category of the split */
	categoriesKey: string;
	/** canonical decimal */
	value: string;
	submitted: boolean;
}

export interface ChartInput {
	frequency: Frequency;
	polarity: Polarity;
	unit: Unit;
	unitLabel?: string;
	baseline: { date: IsoDate; value: string } | null;
	targets: readonly { date: IsoDate; value: string }[];
	values: readonly ChartValue[];
	/** split by one dimension: a series per category (in this order) besides the total */
	split?: { key: string; label: string; categories: readonly { key: string; label: string }[] } | null;
	today: IsoDate;
	reportingDelayDays?: number;
}

export interface ChartPoint {
	x: number;
	y: number;
	period: string;
	periodLabel: string;
	value: string;
	/** the value with its unit, in the reader's language */
	label: string;
	submitted: boolean;
}

export interface ChartSeriesLayout {
	key: string;
	/** the line through the approved values (broken where a period is missing) */
	path: string;
	/** dashed segments that lead to or from a submitted value */
	submittedPath: string;
	/** the points that get a marker (all of them in a short series) */
	points: ChartPoint[];
}

export interface ChartLayout {
	name: 'wide' | 'narrow';
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	/** y of the zero line when zero lies inside the axis (negative values) */
	zeroY: number | null;
	series: ChartSeriesLayout[];
	/** the baseline's line and marker; its label sits at the right end, on the side away from the targets */
	baseline: { x: number; y: number; label: string; labelX: number; labelY: number } | null;
	/** the targets' markers; each label sits left of its marker, on the side the line does not come from */
	targets: { x: number; y: number; label: string; labelX: number; labelY: number }[];
	/** the forecast; its label is placed clear of the last target's marker and label */
	forecast: {
		path: string;
		points: { x: number; y: number; label: string }[];
		labelX: number;
		labelY: number;
		labelAnchor: 'start' | 'end';
	} | null;
	fontSize: number;
}

export interface ChartSeries {
	key: string;
	label: string;
	colour: string;
	dash: string;
	/** the marker's shape name (for the legend's words) and its path around 0,0 */
	symbol: string;
	symbolPath: string;
	isTotal: boolean;
	/** how many values the series has (approved + submitted shown) */
	count: number;
}

export interface ChartTableRow {
	period: string;
	periodLabel: string;
	cells: { value: string | null; submitted: string | null }[];
}

export interface ChartModel {
	locale: NumberLocale;
	unit: Unit;
	unitName: string;
	series: ChartSeries[];
	layouts: { wide: ChartLayout; narrow: ChartLayout };
	table: { columns: string[]; rows: ChartTableRow[] };
	/** no value at all (approved or, when asked, submitted) */
	empty: boolean;
	approvedCount: number;
	submittedCount: number;
	includesSubmitted: boolean;
	forecast: Forecast;
	status: StatusResult;
	/** the baseline, targets and projections in words (for the legend and the desc) */
	baselineLabel: string | null;
	targetLabels: string[];
	summary: string;
}

interface SeriesData {
	key: string;
	/** period ordinal → values */
	byOrdinal: Map<number, { approved?: string; submitted?: string }>;
}

const SIZES = {
	wide: { width: 760, height: 380, fontSize: 13 },
	narrow: { width: 360, height: 300, fontSize: 12 }
} as const;

const PERIODS_PER_YEAR: Record<Frequency, number> = { month: 12, quarter: 4, half_year: 2, year: 1 };
const TICK_STEPS: Record<Frequency, number[]> = {
	month: [1, 2, 3, 6, 12, 24, 36, 60, 120, 240],
	quarter: [1, 2, 4, 8, 12, 20, 40, 80],
	half_year: [1, 2, 4, 6, 10, 20, 40],
	year: [1, 2, 5, 10, 20, 50, 100]
};

const periodAt = (ordinal: number, frequency: Frequency): Period => shiftPeriod({ frequency, year: 0, index: 1 }, ordinal);

/** A float as the reader writes it, through the canonical decimal (so no "0.30000000000000004"). */
function formatNumber(value: number, locale: NumberLocale, maxFraction = 6): string {
	const rounded = Number(value.toFixed(maxFraction));
	return formatDecimal(decimalFromNumber(rounded) ?? '0', locale);
}

/** The values by series key and period ordinal, in one pass (a long split series has thousands). */
function seriesData(values: readonly ChartValue[], keys: readonly string[], frequency: Frequency): SeriesData[] {
	const byKey = new Map(keys.map((key) => [key, { key, byOrdinal: new Map<number, { approved?: string; submitted?: string }>() }]));
	const ordinals = new Map<string, number | null>();
	for (const value of values) {
		const series = byKey.get(value.categoriesKey);
		if (!series) continue;
		let ordinal = ordinals.get(value.period);
		if (ordinal === undefined) {
			const period = parsePeriodKey(value.period, frequency);
			ordinal = period ? periodOrdinal(period) : null;
			ordinals.set(value.period, ordinal);
		}
		if (ordinal === null) continue;
		const entry = series.byOrdinal.get(ordinal) ?? {};
		if (value.submitted) entry.submitted = value.value;
		else entry.approved = value.value;
		series.byOrdinal.set(ordinal, entry);
	}
	return keys.map((key) => byKey.get(key)!);
}

function xTicks(first: number, last: number, frequency: Frequency, max: number, words: ChartWords, scale: (n: number) => number) {
	const perYear = PERIODS_PER_YEAR[frequency];
	const from = Math.ceil(first);
	const to = Math.floor(last);
	const step = TICK_STEPS[frequency].find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= max) ?? TICK_STEPS[frequency].at(-1)!;
	const ticks: { x: number; label: string }[] = [];
	for (let ordinal = Math.ceil(from / step) * step; ordinal <= to; ordinal += step) {
		const period = periodAt(ordinal, frequency);
		const label = step >= perYear && step % perYear === 0 ? String(period.year) : words.period(period, 'short');
		ticks.push({ x: round(scale(ordinal)), label });
	}
	return ticks;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Builds the chart of one indicator; `words` gives the reader's language. */
export function buildChart(input: ChartInput, words: ChartWords): ChartModel {
	const { frequency, unit } = input;
	const locale = words.locale;
	const unitLabel = input.unitLabel ?? '';
	const withUnit = (canonical: string) => words.valueWithUnit(formatDecimal(canonical, locale), unit, unitLabel);
	const numberWithUnit = (n: number) => words.valueWithUnit(formatNumber(roundForReading(n), locale), unit, unitLabel);

	// A period's key and words, once per period (a long series has thousands of values in a hundred periods).
	const names = new Map<number, { period: string; periodLabel: string }>();
	const periodNames = (ordinal: number) => {
		let known = names.get(ordinal);
		if (!known) {
			const period = periodAt(ordinal, frequency);
			known = { period: formatPeriodKey(period), periodLabel: words.period(period, 'long') };
			names.set(ordinal, known);
		}
		return known;
	};

	// The series: the total first, then each category of the split (in the dimension's order).
	const specs: { key: string; label: string; isTotal: boolean }[] = [{ key: '', label: words.total, isTotal: true }];
	for (const category of input.split?.categories ?? [])
		specs.push({ key: `${input.split!.key}=${category.key}`, label: category.label, isTotal: false });
	const data = seriesData(
		input.values,
		specs.map((spec) => spec.key),
		frequency
	);
	// A split shows its categories; the total only when it has values (a split may be reported without one).
	const shown = specs
		.map((spec, i) => ({ spec, data: data[i] }))
		.filter(({ spec, data }) => !(spec.isTotal && input.split && data.byOrdinal.size === 0));

	const series: ChartSeries[] = shown.map(({ spec, data }, i) => {
		const look = i % SERIES_COLOURS.length;
		const shape = SERIES_SYMBOLS[i % SERIES_SYMBOLS.length];
		return {
			key: spec.key,
			label: spec.label,
			colour: SERIES_COLOURS[look],
			dash: SERIES_DASHES[look],
			symbol: shape.name,
			symbolPath: symbol(shape.type, 48).digits(1)() ?? '',
			isTotal: spec.isTotal,
			count: [...data.byOrdinal.values()].reduce((n, v) => n + (v.approved !== undefined ? 1 : 0) + (v.submitted !== undefined ? 1 : 0), 0)
		};
	});

	let approvedCount = 0;
	let submittedCount = 0;
	for (const { data } of shown)
		for (const v of data.byOrdinal.values()) {
			if (v.approved !== undefined) approvedCount++;
			if (v.submitted !== undefined) submittedCount++;
		}

	// Forecast and status: on the approved total only (measurement.md).
	const totalData = data[0];
	const approvedTotal: SeriesPoint[] = [...totalData.byOrdinal.entries()]
		.filter(([, v]) => v.approved !== undefined)
		.sort(([a], [b]) => a - b)
		.map(([ordinal, v]) => ({ period: periodAt(ordinal, frequency), value: Number(v.approved) }));
	const targets = input.targets.map((t) => ({ date: t.date, value: Number(t.value) }));
	const baseline = input.baseline ? { date: input.baseline.date, value: Number(input.baseline.value) } : null;
	const forecast = forecastTrend(approvedTotal);
	const status = trackStatus({
		frequency,
		polarity: input.polarity,
		approved: approvedTotal,
		baseline,
		targets,
		today: input.today,
		reportingDelayDays: input.reportingDelayDays
	});
	const todayDay = dayNumber(input.today)!;
	const futureTargets = input.targets.filter((t) => dayNumber(t.date)! >= todayDay);
	const lastUsed = forecast.used.at(-1);
	const forecastEnd = forecast.ok
		? Math.max(periodOrdinal(lastUsed!.period) + FORECAST_TAIL_PERIODS, ...futureTargets.map((t) => periodPosition(t.date, frequency)))
		: null;
	const projections = forecast.ok
		? futureTargets.map((t) => ({ date: t.date, x: periodPosition(t.date, frequency), value: projectForecast(forecast, t.date) }))
		: [];

	// The axes' extent: every value, the baseline, the targets and the forecast.
	const xs: number[] = [];
	const ys: number[] = [];
	for (const { data } of shown)
		for (const [ordinal, v] of data.byOrdinal) {
			xs.push(ordinal);
			if (v.approved !== undefined) ys.push(Number(v.approved));
			if (v.submitted !== undefined) ys.push(Number(v.submitted));
		}
	if (baseline) {
		xs.push(periodPosition(baseline.date, frequency));
		ys.push(baseline.value);
	}
	for (const t of targets) {
		xs.push(periodPosition(t.date, frequency));
		ys.push(t.value);
	}
	if (forecast.ok && forecastEnd !== null) {
		xs.push(forecastEnd);
		ys.push(forecast.intercept + forecast.slopePerPeriod * periodOrdinal(forecast.used[0].period));
		ys.push(forecast.intercept + forecast.slopePerPeriod * forecastEnd);
	}
	if (xs.length === 0) {
		const now = periodOrdinal(periodOfDate(input.today, frequency));
		xs.push(now - 4, now);
	}
	let xMin = Math.min(...xs);
	let xMax = Math.max(...xs);
	if (xMax - xMin < 2) {
		xMin -= 1;
		xMax += 1;
	}
	const percent = unit === 'percent';
	let yMin = Math.min(0, ...ys);
	let yMax = Math.max(percent ? 0 : 1, ...ys);
	if (ys.length === 0 && percent) yMax = 100;
	if (percent) {
		yMin = Math.max(0, yMin);
		yMax = Math.min(100, yMax);
	}
	if (yMax === yMin) yMax = yMin + 1;

	const layout = (name: 'wide' | 'narrow'): ChartLayout => {
		const size = SIZES[name];
		const y = scaleLinear().domain([yMin, yMax]).nice(Y_TICKS[name]).clamp(percent);
		if (percent) y.domain([Math.max(0, y.domain()[0]), Math.min(100, y.domain()[1])]);
		const ticks = y.ticks(Y_TICKS[name]);
		const tickLabels = ticks.map((t) => formatNumber(t, locale));
		const labelWidth = Math.max(...tickLabels.map((l) => l.length), 1) * size.fontSize * 0.62;
		const plot = {
			left: Math.ceil(labelWidth + 12),
			top: size.fontSize + 10,
			right: size.width - (name === 'wide' ? 84 : 16),
			bottom: size.height - (size.fontSize * 2 + 14)
		};
		y.range([plot.bottom, plot.top]);
		const x = scaleLinear()
			.domain([xMin, xMax])
			.range([plot.left + 6, plot.right - 6]);
		const sx = (n: number) => round(x(n));
		const sy = (n: number) => round(y(n));

		const seriesLayouts = shown.map(({ spec, data }): ChartSeriesLayout => {
			const ordinals = [...data.byOrdinal.keys()].sort((a, b) => a - b);
			const first = ordinals[0];
			const last = ordinals.at(-1);
			// one slot per period from the first to the last, so a missing period breaks the line
			const slots: ({ ordinal: number; approved?: number; shown?: number; submitted: boolean } | null)[] = [];
			if (first !== undefined && last !== undefined)
				for (let o = first; o <= last; o++) {
					const v = data.byOrdinal.get(o);
					if (!v) slots.push(null);
					else
						slots.push({
							ordinal: o,
							approved: v.approved === undefined ? undefined : Number(v.approved),
							shown: Number(v.submitted ?? v.approved),
							submitted: v.submitted !== undefined
						});
				}
			const approvedLine = line<(typeof slots)[number]>()
				.defined((s) => s !== null && s.approved !== undefined)
				.x((s) => x(s!.ordinal))
				.y((s) => y(s!.approved!))
				.digits(1);
			// segments to or from a submitted value: each pair drawn on its own
			const pending: string[] = [];
			for (let i = 0; i + 1 < slots.length; i++) {
				const a = slots[i];
				const b = slots[i + 1];
				if (a && b && (a.submitted || b.submitted)) pending.push(`M${sx(a.ordinal)},${sy(a.shown!)}L${sx(b.ordinal)},${sy(b.shown!)}`);
			}
			const many = data.byOrdinal.size > MAX_MARKED_POINTS;
			const points: ChartPoint[] = [];
			for (const o of ordinals) {
				const v = data.byOrdinal.get(o)!;
				const markApproved = v.approved !== undefined && (!many || o === last);
				if (!markApproved && v.submitted === undefined) continue;
				const common = { x: sx(o), ...periodNames(o) };
				if (markApproved)
					points.push({ ...common, y: sy(Number(v.approved)), value: v.approved!, label: withUnit(v.approved!), submitted: false });
				if (v.submitted !== undefined)
					points.push({ ...common, y: sy(Number(v.submitted)), value: v.submitted, label: withUnit(v.submitted), submitted: true });
			}
			return { key: spec.key, path: approvedLine(slots) ?? '', submittedPath: pending.join(''), points };
		});

		// the forecast's ends in pixels (its label and the targets' labels keep clear of it)
		let forecastLine: { from: { x: number; y: number }; end: { x: number; y: number } } | null = null;
		if (forecast.ok && forecastEnd !== null) {
			const start = periodOrdinal(forecast.used[0].period);
			const at = (n: number) => forecast.intercept + forecast.slopePerPeriod * n;
			forecastLine = { from: { x: sx(start), y: sy(at(start)) }, end: { x: sx(forecastEnd), y: sy(at(forecastEnd)) } };
		}
		// a line that rises comes from below-left: labels go above-left of its markers; a falling one the other way
		const rising = forecast.ok ? forecast.slopePerPeriod >= 0 : input.polarity === 'higher_is_better';
		const targetLayouts = input.targets.map((t) => {
			const point = { x: sx(periodPosition(t.date, frequency)), y: sy(Number(t.value)) };
			return { ...point, label: withUnit(t.value), ...targetLabelPlace(point, rising, forecastLine, size.fontSize) };
		});
		let forecastLayout: ChartLayout['forecast'] = null;
		if (forecastLine) {
			forecastLayout = {
				path: `M${forecastLine.from.x},${forecastLine.from.y}L${forecastLine.end.x},${forecastLine.end.y}`,
				points: projections.map((p) => ({ x: sx(p.x), y: sy(p.value), label: numberWithUnit(p.value) })),
				...forecastLabelPlace(name, forecastLine.end, rising, targetLayouts, size.fontSize)
			};
		}
		const baselineLayout = baseline
			? {
					x: sx(periodPosition(baseline.date, frequency)),
					y: sy(baseline.value),
					label: withUnit(input.baseline!.value),
					labelX: plot.right - 4,
					labelY: baselineLabelY(sy(baseline.value), targetLayouts, size.fontSize, plot)
				}
			: null;
		const [d0, d1] = y.domain();
		return {
			name,
			width: size.width,
			height: size.height,
			plot,
			xTicks: xTicks(xMin, xMax, frequency, MAX_X_TICKS[name], words, x),
			yTicks: ticks.map((t, i) => ({ y: sy(t), label: tickLabels[i] })),
			zeroY: d0 < 0 && d1 > 0 ? sy(0) : null,
			series: seriesLayouts,
			baseline: baselineLayout,
			targets: targetLayouts,
			forecast: forecastLayout,
			fontSize: size.fontSize
		};
	};

	// The table: one row per period (oldest first), one column per series.
	const ordinals = [...new Set(shown.flatMap(({ data }) => [...data.byOrdinal.keys()]))].sort((a, b) => a - b);
	const rows: ChartTableRow[] = ordinals.map((o) => {
		return {
			...periodNames(o),
			cells: shown.map(({ data }) => {
				const v = data.byOrdinal.get(o);
				return {
					value: v?.approved !== undefined ? formatDecimal(v.approved, locale) : null,
					submitted: v?.submitted !== undefined ? formatDecimal(v.submitted, locale) : null
				};
			})
		};
	});

	const targetPeriod = (date: IsoDate) => words.period(periodOfDate(date, frequency), 'long');
	return {
		locale,
		unit,
		unitName: unitLabel,
		series,
		layouts: { wide: layout('wide'), narrow: layout('narrow') },
		table: { columns: series.map((s) => s.label), rows },
		empty: approvedCount + submittedCount === 0,
		approvedCount,
		submittedCount,
		includesSubmitted: input.values.some((v) => v.submitted),
		forecast,
		status,
		baselineLabel: input.baseline ? `${withUnit(input.baseline.value)} (${targetPeriod(input.baseline.date)})` : null,
		targetLabels: input.targets.map((t) => `${withUnit(t.value)} (${targetPeriod(t.date)})`),
		summary: summarise({ input, words, approvedTotal, status, withUnit, numberWithUnit, targetPeriod, submittedCount })
	};
}

/** Pixels around a target's marker (radius 7) that a label must keep clear of. */
const MARKER_CLEARANCE = 10;

/** The forecast line's y at pixel x, or null when x lies outside it. */
function lineYAt(line: { from: { x: number; y: number }; end: { x: number; y: number } } | null, x: number): number | null {
	if (!line || x < line.from.x || x > line.end.x || line.end.x === line.from.x) return null;
	return line.from.y + ((x - line.from.x) * (line.end.y - line.from.y)) / (line.end.x - line.from.x);
}

/**
 * A target's label: left of its marker, above the marker and the forecast line there when the line
 * rises (it comes from below-left), below both when it falls.
 */
function targetLabelPlace(
	point: { x: number; y: number },
	rising: boolean,
	line: { from: { x: number; y: number }; end: { x: number; y: number } } | null,
	fontSize: number
): { labelX: number; labelY: number } {
	const lineY = lineYAt(line, point.x) ?? point.y;
	return rising
		? { labelX: point.x - MARKER_CLEARANCE, labelY: Math.min(point.y, lineY) - MARKER_CLEARANCE }
		: { labelX: point.x - MARKER_CLEARANCE, labelY: Math.max(point.y, lineY) + MARKER_CLEARANCE + fontSize };
}

/**
 * Where the word "Prognose" goes at the forecast's end. Wide: right of the end, past a target's
 * marker there. Narrow (no room on the right): left of the end, on the side the line does not come
 * from; when a target's label is there already, one line further out.
 */
function forecastLabelPlace(
	name: 'wide' | 'narrow',
	end: { x: number; y: number },
	rising: boolean,
	targets: { x: number; y: number; labelY: number }[],
	fontSize: number
): { labelX: number; labelY: number; labelAnchor: 'start' | 'end' } {
	const near = targets.find((t) => Math.abs(t.x - end.x) < MARKER_CLEARANCE * 3 && Math.abs(t.y - end.y) < fontSize * 2);
	if (name === 'wide') return { labelX: end.x + MARKER_CLEARANCE + (near ? 4 : 0), labelY: end.y + fontSize * 0.35, labelAnchor: 'start' };
	const labelX = end.x - MARKER_CLEARANCE;
	if (near)
		return {
			labelX,
			labelY: rising ? Math.max(fontSize, near.labelY - fontSize * 1.25) : near.labelY + fontSize * 1.25,
			labelAnchor: 'end'
		};
	return { labelX, labelY: rising ? end.y - MARKER_CLEARANCE : end.y + MARKER_CLEARANCE + fontSize, labelAnchor: 'end' };
}

/**
 * The baseline's label sits at the right end of its line (the values start near the baseline on
 * the left, and their markers would cover it there), on the side away from the targets, and above
 * the line when below would run into the x axis.
 */
function baselineLabelY(y: number, targets: { y: number }[], fontSize: number, plot: ChartLayout['plot']): number {
	const above = y - 5;
	const below = y + fontSize + 3;
	const targetsAbove = targets.length === 0 || (targets.at(-1)?.y ?? 0) < y;
	if (targetsAbove && below <= plot.bottom - 2) return below;
	return above - fontSize < plot.top ? below : above;
}

function summarise(args: {
	input: ChartInput;
	words: ChartWords;
	approvedTotal: SeriesPoint[];
	status: StatusResult;
	withUnit: (canonical: string) => string;
	numberWithUnit: (n: number) => string;
	targetPeriod: (date: IsoDate) => string;
	submittedCount: number;
}): string {
	const { input, words, approvedTotal, status, withUnit, numberWithUnit, targetPeriod } = args;
	const latest = approvedTotal.at(-1);
	// the status closes the sentence after a colon: lower-case there ("…: på sporet.")
	const statusWord = lowerFirst(words.status(status.status), words.locale);
	if (!latest) return `${words.noApproved(args.submittedCount)}, ${words.noStatus}.`;
	const latestCanonical = decimalFromNumber(latest.value) ?? String(latest.value);
	const parts = [words.latest(withUnit(latestCanonical), words.period(latest.period, 'long'))];
	if (input.baseline) {
		const base = Number(input.baseline.value);
		const diff = latest.value - base;
		const direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
		let amount = '';
		if (input.unit === 'percent') amount = words.points(formatNumber(roundForReading(Math.abs(diff)), words.locale));
		else if (base !== 0) amount = words.percent(formatNumber(Math.round(Math.abs(diff / base) * 100), words.locale));
		else amount = numberWithUnit(Math.abs(diff));
		parts[0] += `, ${words.change(direction, amount)}`;
	}
	let tail: string;
	if (status.status === 'met' && status.target)
		tail = words.alreadyMet(numberWithUnit(status.target.value), targetPeriod(status.target.date));
	else if (status.target && status.projected !== undefined) {
		const target = numberWithUnit(status.target.value);
		tail =
			status.status === 'on_track'
				? words.forecastReaches(target, targetPeriod(status.target.date))
				: words.forecastMisses(target, targetPeriod(status.target.date), numberWithUnit(status.projected));
	}
	// no recent value: say why there is no status, rather than end on "ingen data"
	else if (status.status === 'no_data') return `${parts[0]}; ${words.noData(NO_DATA_DUE_PERIODS)}.`;
	else if (status.status === 'no_target') tail = words.noTarget;
	else if (status.status === 'no_forecast') tail = words.noForecast;
	else tail = '';
	return `${parts[0]}${tail ? `; ${tail}` : ''}: ${statusWord}.`;
}

const lowerFirst = (text: string, locale: string) => text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
