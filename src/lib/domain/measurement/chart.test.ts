import { describe, expect, it } from 'vitest';
import { chartWords, differenceWithUnit } from '../../measurement-chart-words.ts';
import { buildChart, type ChartInput, type ChartValue, MAX_MARKED_POINTS, MAX_X_TICKS, SERIES_COLOURS, SERIES_DASHES } from './chart.ts';

const da = chartWords('da');
const en = chartWords('en');

const values = (spec: string, categoriesKey = '', submitted = false): ChartValue[] =>
	spec
		.split(' ')
		.filter(Boolean)
		.map((pair) => {
			const [period, value] = pair.split(':');
			return { period, categoriesKey, value, submitted };
		});

const QUARTERS = '2025-Q1:500 2025-Q2:480 2025-Q3:470 2025-Q4:455 2026-Q1:430 2026-Q2:412';

const base: ChartInput = {
	frequency: 'quarter',
	polarity: 'lower_is_better',
	unit: 'count',
	baseline: { date: '2024-12-31', value: '448' },
	targets: [{ date: '2027-12-31', value: '350' }],
	values: values(QUARTERS),
	today: '2026-08-15'
};

/** The points a path goes through ("M1,2L3,4" → [[1,2],[3,4]]), per move. */
const moves = (path: string) =>
	path
		.split('M')
		.filter(Boolean)
		.map((part) => part.split('L').map((p) => p.split(',').map(Number)));

/** Relative luminance and contrast (WCAG 2.x). */
function contrastWithWhite(hex: string): number {
	const channel = (i: number) => {
		const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
	return 1.05 / (l + 0.05);
}

describe('buildChart: a quarterly count, lower is better', () => {
	const model = buildChart(base, da);
	const wide = model.layouts.wide;

	it('says the latest value, the change since the baseline and the forecast against the target in one line', () => {
		expect(model.summary).toBe(
			'Seneste godkendte værdi 412 (2026-K2), faldet 8 % siden udgangspunktet; prognosen når målet 350 i 2027-K4: på sporet.'
		);
		expect(model.status.status).toBe('on_track');
	});

	it('has nice y ticks from 0 that include the baseline and the target, and period ticks on x', () => {
		expect(wide.yTicks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400', '500']);
		expect(wide.xTicks.map((t) => t.label)).toEqual(['2025-K1', '2025-K3', '2026-K1', '2026-K3', '2027-K1', '2027-K3']);
		expect(wide.xTicks.length).toBeLessThanOrEqual(MAX_X_TICKS.wide);
		expect(model.layouts.narrow.xTicks.length).toBeLessThanOrEqual(MAX_X_TICKS.narrow);
		// higher values are higher up: the tick for 500 is at the plot's top, 0 at its bottom
		expect(wide.yTicks[0].y).toBe(wide.plot.bottom);
		expect(wide.yTicks.at(-1)!.y).toBe(wide.plot.top);
		const between = (v: number) => wide.plot.bottom - ((wide.plot.bottom - wide.plot.top) * v) / 500;
		expect(wide.baseline!.y).toBeCloseTo(between(448), 0);
		expect(wide.targets[0].y).toBeCloseTo(between(350), 0);
		expect(wide.targets[0].label).toBe('350');
	});

	it('draws one unbroken line through the six values at equal steps, each with a marker', () => {
		const [points] = moves(wide.series[0].path);
		expect(points).toHaveLength(6);
		const steps = points.slice(1).map((p, i) => Math.round((p[0] - points[i][0]) * 10) / 10);
		expect(new Set(steps.map((s) => Math.round(s))).size).toBe(1);
		expect(wide.series[0].points.map((p) => p.value)).toEqual(['500', '480', '470', '455', '430', '412']);
		expect(wide.series[0].points.map((p) => [p.x, p.y])).toEqual(points);
		expect(wide.series[0].submittedPath).toBe('');
	});

	it('draws the forecast from the first value it uses to the target date, with the projection there', () => {
		expect(model.forecast.ok).toBe(true);
		const [forecast] = moves(wide.forecast!.path);
		expect(forecast[0][0]).toBe(wide.series[0].points[0].x);
		expect(forecast[1][0]).toBe(wide.targets[0].x);
		expect(wide.forecast!.points).toHaveLength(1);
		expect(wide.forecast!.points[0].x).toBe(wide.targets[0].x);
		// the projection (below the target: on track for "lower is better") is drawn below the target marker
		expect(wide.forecast!.points[0].y).toBeGreaterThan(wide.targets[0].y);
	});

	it('gives the table one row per period, oldest first, in the reader’s words', () => {
		expect(model.table.columns).toEqual(['I alt']);
		expect(model.table.rows.map((r) => r.periodLabel)).toEqual(['2025-K1', '2025-K2', '2025-K3', '2025-K4', '2026-K1', '2026-K2']);
		expect(model.table.rows[0].cells).toEqual([{ value: '500', submitted: null }]);
	});

	it('says it in English, with English periods and a target it misses', () => {
		const english = buildChart({ ...base, targets: [{ date: '2027-12-31', value: '250' }] }, en);
		expect(english.status.status).toBe('off_track');
		expect(english.summary).toMatch(
			/^Latest approved value 412 \(2026-Q2\), down 8% since the baseline; the forecast misses the target 250 in 2027-Q4 \(expected 3\d\d\): off track\.$/
		);
	});
});

describe('buildChart: edge cases', () => {
	it('an empty series: no lines, a 0–1 axis, "no approved values" and no data', () => {
		const model = buildChart({ ...base, baseline: null, targets: [], values: [] }, da);
		expect(model.empty).toBe(true);
		expect(model.layouts.wide.series[0]).toEqual({ key: '', path: '', submittedPath: '', points: [] });
		expect(model.layouts.wide.yTicks[0].label).toBe('0');
		expect(model.layouts.wide.yTicks.at(-1)!.label).toBe('1');
		expect(model.layouts.wide.forecast).toBeNull();
		expect(model.table.rows).toEqual([]);
		expect(model.summary).toBe('Ingen godkendte værdier endnu, så der er ingen status.');
	});

	it('stale data: the summary says there is no status and why, in both languages', () => {
		// the latest approved value is from 2025-Q4; by 2026-08-15 two later quarters were due
		const stale = { ...base, values: values('2025-Q1:500 2025-Q2:480 2025-Q3:470 2025-Q4:455') };
		expect(buildChart(stale, da).status.status).toBe('no_data');
		expect(buildChart(stale, da).summary).toBe(
			'Seneste godkendte værdi 455 (2025-K4), steget 2 % siden udgangspunktet; ingen godkendt værdi i de seneste 2 indberetningsperioder, så der er ingen status.'
		);
		expect(buildChart(stale, en).summary).toBe(
			'Latest approved value 455 (2025-Q4), up 2% since the baseline; no approved value in the last 2 reporting periods, so there is no status.'
		);
	});

	it('one point: a line of one point, no forecast, and the reason in words', () => {
		const model = buildChart({ ...base, values: values('2026-Q2:412') }, da);
		expect(moves(model.layouts.wide.series[0].path)[0]).toHaveLength(1);
		expect(model.forecast.ok).toBe(false);
		expect(model.layouts.wide.forecast).toBeNull();
		expect(model.status.status).toBe('no_forecast');
		expect(model.summary).toBe(
			'Seneste godkendte værdi 412 (2026-K2), faldet 8 % siden udgangspunktet; for få godkendte værdier til en prognose: for få tal.'
		);
	});

	it('only submitted values: hollow markers on dashed segments, nothing counted', () => {
		const model = buildChart({ ...base, values: values('2026-Q1:430 2026-Q2:412 2026-Q3:400', '', true) }, da);
		const series = model.layouts.wide.series[0];
		expect(series.path).toBe('');
		expect(moves(series.submittedPath)).toHaveLength(2);
		expect(series.points.every((p) => p.submitted)).toBe(true);
		expect(model.approvedCount).toBe(0);
		expect(model.submittedCount).toBe(3);
		expect(model.forecast.ok).toBe(false);
		expect(model.status.status).toBe('no_data');
		expect(model.summary).toBe('Ingen godkendte værdier endnu (3 indsendte venter på godkendelse), så der er ingen status.');
		expect(model.table.rows[0].cells).toEqual([{ value: null, submitted: '430' }]);
	});

	it('a submitted correction next to approved values: the approved line stays, the correction is dashed and marked', () => {
		const model = buildChart({ ...base, values: [...values(QUARTERS), ...values('2026-Q2:420', '', true)] }, da);
		const series = model.layouts.wide.series[0];
		expect(moves(series.path)[0]).toHaveLength(6);
		expect(moves(series.submittedPath)).toHaveLength(1);
		expect(series.points.filter((p) => p.submitted).map((p) => p.value)).toEqual(['420']);
		expect(model.table.rows.at(-1)!.cells).toEqual([{ value: '412', submitted: '420' }]);
		// the summary and status count the approved 412, not the waiting 420
		expect(model.summary.startsWith('Seneste godkendte værdi 412 (2026-K2)')).toBe(true);
	});

	it('a split with a missing period and a category without values: broken line, empty cells, legend says so', () => {
		const split = {
			key: 'koen',
			label: 'Køn',
			categories: [
				{ key: 'k', label: 'Kvinder' },
				{ key: 'm', label: 'Mænd' },
				{ key: 'a', label: 'Andet' }
			]
		};
		const model = buildChart(
			{
				...base,
				split,
				values: [
					...values(QUARTERS),
					...values('2025-Q1:260 2025-Q2:250 2025-Q3:240 2025-Q4:235 2026-Q1:220 2026-Q2:210', 'koen=k'),
					...values('2025-Q1:240 2025-Q2:230 2026-Q1:210 2026-Q2:202', 'koen=m')
				]
			},
			da
		);
		expect(model.series.map((s) => [s.label, s.count])).toEqual([
			['I alt', 6],
			['Kvinder', 6],
			['Mænd', 4],
			['Andet', 0]
		]);
		const [total, women, men, other] = model.layouts.wide.series;
		expect(moves(total.path)).toHaveLength(1);
		expect(moves(women.path)).toHaveLength(1);
		expect(moves(men.path).map((m) => m.length)).toEqual([2, 2]);
		expect(other).toEqual({ key: 'koen=a', path: '', submittedPath: '', points: [] });
		expect(model.table.columns).toEqual(['I alt', 'Kvinder', 'Mænd', 'Andet']);
		expect(model.table.rows[2].cells.map((c) => c.value)).toEqual(['470', '240', null, null]);
		// the forecast and status stay on the total
		expect(model.status.status).toBe('on_track');
		// each series has its own colour, dash pattern and marker shape
		expect(new Set(model.series.map((s) => s.colour)).size).toBe(4);
		expect(new Set(model.series.map((s) => s.dash)).size).toBe(4);
		expect(new Set(model.series.map((s) => s.symbol)).size).toBe(4);
	});

	it('a split reported without a total leaves the total out, and there is no forecast', () => {
		const split = {
			key: 'omraade',
			label: 'Område',
			categories: [
				{ key: 'nord', label: 'Nord' },
				{ key: 'syd', label: 'Syd' }
			]
		};
		const model = buildChart({ ...base, split, values: values('2026-Q1:10 2026-Q2:12', 'omraade=nord') }, da);
		expect(model.series.map((s) => s.label)).toEqual(['Nord', 'Syd']);
		expect(model.forecast.ok).toBe(false);
		expect(model.summary.startsWith('Ingen godkendte værdier endnu')).toBe(true);
	});

	it('negative values: the axis goes below zero, with a zero line and minus signs', () => {
		const model = buildChart(
			{
				...base,
				unit: 'dkk',
				polarity: 'higher_is_better',
				baseline: null,
				targets: [],
				values: values('2026-Q1:-1500 2026-Q2:-250 2026-Q3:800')
			},
			da
		);
		const wide = model.layouts.wide;
		expect(wide.yTicks[0].label).toBe('-2.000');
		expect(wide.yTicks.map((t) => t.label)).toContain('0');
		expect(wide.zeroY).toBe(wide.yTicks.find((t) => t.label === '0')!.y);
		expect(wide.series[0].points.map((p) => p.label)).toEqual(['-1.500 kr.', '-250 kr.', '800 kr.']);
	});

	it('a percent unit stays on 0–100, even when the forecast would run past 100', () => {
		const model = buildChart(
			{
				...base,
				unit: 'percent',
				polarity: 'higher_is_better',
				baseline: { date: '2024-12-31', value: '40' },
				targets: [{ date: '2028-12-31', value: '90' }],
				values: values('2025-Q1:50 2025-Q2:60 2025-Q3:70 2025-Q4:80 2026-Q1:85.5')
			},
			da
		);
		const ticks = model.layouts.wide.yTicks.map((t) => t.label);
		expect(ticks[0]).toBe('0');
		expect(ticks.at(-1)).toBe('100');
		for (const point of model.layouts.wide.forecast!.points) expect(point.y).toBeGreaterThanOrEqual(model.layouts.wide.plot.top);
		expect(model.summary).toBe(
			'Seneste godkendte værdi 85,5 % (2026-K1), steget 45,5 procentpoint siden udgangspunktet; prognosen når målet 90 % i 2028-K4: på sporet.'
		);
		expect(buildChart({ ...base, unit: 'percent', values: [], baseline: null, targets: [] }, da).layouts.wide.yTicks.at(-1)!.label).toBe(
			'100'
		);
	});

	it('English numbers group with commas and months have English names', () => {
		const model = buildChart(
			{ ...base, frequency: 'month', baseline: null, targets: [], values: values('2026-01:1200.5 2026-02:1300 2026-03:1250') },
			en
		);
		expect(model.table.rows.map((r) => r.periodLabel)).toEqual(['January 2026', 'February 2026', 'March 2026']);
		expect(model.table.rows[0].cells[0].value).toBe('1,200.5');
		expect(model.layouts.wide.yTicks.at(-1)!.label).toMatch(/^1,\d00$/);
		expect(buildChart({ ...base, frequency: 'month', values: values('2026-03:1') }, da).table.rows[0].periodLabel).toBe('marts 2026');
	});

	it('ten years of months in ten categories: year ticks, markers only on the latest value, built quickly', () => {
		const categories = Array.from({ length: 10 }, (_, i) => ({ key: `c${i}`, label: `Kategori ${i + 1}` }));
		const long: ChartValue[] = [];
		for (let year = 2016; year < 2026; year++)
			for (let month = 1; month <= 12; month++) {
				const period = `${year}-${String(month).padStart(2, '0')}`;
				long.push({ period, categoriesKey: '', value: String(1000 + year - 2016 + month), submitted: false });
				for (const c of categories) long.push({ period, categoriesKey: `omraade=${c.key}`, value: String(100 + month), submitted: false });
			}
		const started = performance.now();
		const model = buildChart(
			{
				...base,
				frequency: 'month',
				values: long,
				split: { key: 'omraade', label: 'Område', categories },
				targets: [],
				baseline: null,
				today: '2026-02-15'
			},
			da
		);
		const took = performance.now() - started;
		expect(model.series).toHaveLength(11);
		expect(model.table.rows).toHaveLength(120);
		expect(model.layouts.wide.xTicks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		expect(model.layouts.wide.xTicks.length).toBeLessThanOrEqual(MAX_X_TICKS.wide);
		for (const series of model.layouts.wide.series) expect(series.points).toHaveLength(1);
		expect(120).toBeGreaterThan(MAX_MARKED_POINTS);
		expect(took).toBeLessThan(1000);
	});
});

describe('series styles', () => {
	it('every colour has at least 3:1 contrast on white (WCAG 1.4.11), and dash patterns differ', () => {
		for (const colour of SERIES_COLOURS) expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(3);
		expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
		expect(SERIES_DASHES.length).toBe(SERIES_COLOURS.length);
	});
});

describe('buildChart: labels clear of the markers', () => {
	// a rising count whose forecast ends at the target's marker (the case that overlapped at 360 px)
	const rising: ChartInput = {
		...base,
		frequency: 'month',
		polarity: 'higher_is_better',
		unit: 'count',
		baseline: { date: '2025-11-30', value: '80' },
		targets: [{ date: '2027-12-31', value: '190' }],
		values: values(
			'2025-12:90 2026-01:95.5 2026-02:100 2026-03:105.5 2026-04:110 2026-05:115.5 2026-06:120 2026-07:125.5 2026-08:130 2026-09:135.5 2026-10:140 2026-11:145.5'
		),
		today: '2026-12-20'
	};
	const model = buildChart(rising, da);

	it('narrow: "Prognose" sits left of the target marker and above the target\'s label, not on the marker', () => {
		const { forecast, targets, fontSize } = model.layouts.narrow;
		const target = targets[0];
		expect(forecast!.labelAnchor).toBe('end');
		// the word ends left of the marker (radius 7) ...
		expect(forecast!.labelX).toBeLessThanOrEqual(target.x - 10);
		// ... and its baseline is above the target's label (drawn at target.y - 10) by more than a line
		expect(forecast!.labelY).toBeLessThan(Math.min(target.y, moves(forecast!.path)[0][1][1]) - 10 - fontSize);
		// the target's label is above both its marker and the rising line (which comes from below-left)
		expect(target.labelY).toBeLessThanOrEqual(Math.min(target.y, moves(forecast!.path)[0][1][1]) - 10);
	});

	it('wide: "Prognose" starts right of the target marker', () => {
		const { forecast, targets } = model.layouts.wide;
		expect(forecast!.labelAnchor).toBe('start');
		expect(forecast!.labelX).toBeGreaterThan(targets[0].x + 7);
	});

	it('the baseline label sits at the right end, under the line when the targets are above it', () => {
		for (const layout of [model.layouts.wide, model.layouts.narrow]) {
			expect(layout.baseline!.labelX).toBe(layout.plot.right - 4);
			expect(layout.baseline!.labelY).toBeGreaterThan(layout.baseline!.y);
		}
	});

	it('a falling line with the target below: the baseline label goes above the line, the target labels below their markers', () => {
		const wide = buildChart(base, da).layouts.wide;
		expect(wide.baseline!.labelY).toBeLessThan(wide.baseline!.y);
		for (const target of wide.targets) expect(target.labelY).toBeGreaterThan(target.y + 10);
	});
});

describe('differenceWithUnit: the "at risk" limit in words', () => {
	it('between percentages it is percentage points, in both languages', () => {
		expect(differenceWithUnit('0,35', 'percent', '', 'da')).toBe('0,35 procentpoint');
		expect(differenceWithUnit('0.35', 'percent', '', 'en')).toBe('0.35 percentage points');
	});
	it('other units keep their unit', () => {
		expect(differenceWithUnit('11', 'other', 'timer', 'da')).toBe('11 timer');
		expect(differenceWithUnit('1.200', 'dkk', '', 'da')).toBe('1.200 kr.');
	});
});
