/**
 * The indicator chart page (issue 13 § 4) on an indicator seeded through the use cases
 * (tests/e2e/seeds/measurement-charts.ts: eight quarters, split by area with one gap, two targets,
 * one waiting value): the chart as SVG with its summary, legend, status rule and table; the GET form
 * for split and submitted values without JavaScript; axe; a 360 px phone; print; and 404 for
 * outsiders and for another initiative's indicator. Screenshots go to /work/shots/m-charts/ when
 * that folder can be made (else /tmp/ux-shots/m-charts/).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { ADMIN, BASE_URL, DATA_DIR, expect, signedInPage, signIn, test } from './support/fixtures.ts';

interface Seed {
	slug: string;
	indicatorId: string;
	otherSlug: string;
	otherIndicatorId: string;
}
const seed = (): Seed => JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'e2e-measurement-charts.json'), 'utf8')) as Seed;
const chartPath = (s: Seed, query = '') => `/initiativer/${s.slug}/maaling/${s.indicatorId}/graf${query}`;

function shotsDir(): string {
	for (const dir of ['/work/shots/m-charts', '/tmp/ux-shots/m-charts']) {
		try {
			fs.mkdirSync(dir, { recursive: true });
			return dir;
		} catch {
			// not writable here: try the next
		}
	}
	throw new Error('no folder for screenshots');
}

/** Signs the administrator in and opens `url` at desktop width. */
async function openAsAdmin(page: Page, url: string) {
	await signIn(page, ADMIN.email, ADMIN.password);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(url);
}

test.describe('measurement: indicator chart', () => {
	test.describe.configure({ mode: 'serial', timeout: 180_000 });

	test('the chart of approved values: SVG with title and summary, legend, status with its rule, table; axe; split with submitted values; 360 px', async ({
		page,
		expectAccessible
	}) => {
		await openAsAdmin(page, chartPath(seed()));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Graf: Unge uden job eller uddannelse');
		const figure = page.locator('figure.trend');
		await expect(figure.locator('figcaption')).toContainText(
			/^Seneste godkendte værdi 418 \(\d{4}-K\d\), faldet 20 % siden udgangspunktet; prognosen/
		);
		const chart = page.getByRole('img', { name: 'Udvikling: Unge uden job eller uddannelse' });
		await expect(chart).toHaveCount(1); // the narrow drawing is hidden at this width
		await expect(chart.locator('desc')).toHaveText((await figure.locator('figcaption').textContent()) ?? '');
		await expect(chart.locator('.forecast-label')).toHaveText('Prognose');
		// the labels are drawn last (over lines and markers), each on a white halo
		await expect(chart.locator('g.labels ~ g.series, g.labels ~ g.forecast, g.labels ~ g.target')).toHaveCount(0);
		for (const label of [chart.locator('.baseline-label'), chart.locator('.target-label').first(), chart.locator('.forecast-label')]) {
			const halo = await label.evaluate((el) => {
				const style = getComputedStyle(el);
				return { paintOrder: style.paintOrder, stroke: style.stroke, width: Number.parseFloat(style.strokeWidth) };
			});
			expect(halo.paintOrder).toMatch(/^stroke/);
			expect(halo.stroke).toBe('rgb(255, 255, 255)');
			expect(halo.width).toBeGreaterThanOrEqual(3);
		}
		await expect(chart.locator('.target')).toHaveCount(2);
		await expect(page.locator('.legend')).toContainText('I alt: fuldt optrukket linje med cirkler');
		await expect(page.locator('.legend')).toContainText('Prognose (prikket linje');
		await expect(page.locator('.trend-status .badge')).toHaveAttribute('data-status', /^(on_track|at_risk|off_track)$/);
		await expect(page.locator('.trend-status')).toContainText('Theil–Sen');
		await expect(page.locator('.trend-status')).toContainText('Fremskrivningen');
		// the table: one row per quarter, approved only (the waiting value is not there)
		const table = page.getByRole('table', { name: /Værdier pr\. periode/ });
		await expect(table.locator('tbody tr')).toHaveCount(8);
		await expect(table).not.toContainText('indsendt');
		await expectAccessible(page);

		// split by area with the submitted values: one series per area, the waiting value marked
		await page.getByLabel('Opdel efter').selectOption('omraade');
		await page.getByLabel('Medtag indsendte (ikke godkendte) værdier').check();
		await Promise.all([page.waitForURL(/opdeling=omraade&indsendte=1/), page.getByRole('button', { name: 'Vis' }).click()]);
		for (const area of ['Nord', 'Midt', 'Syd']) await expect(page.locator('.legend')).toContainText(`${area}: stiplet linje`);
		await expect(page.locator('.legend')).toContainText('hule markører');
		await expect(table.locator('thead th')).toHaveText(['Periode', 'I alt', 'Nord', 'Midt', 'Syd']);
		await expect(table.locator('tbody tr')).toHaveCount(9);
		await expect(table.locator('tbody tr').last()).toContainText('409 (indsendt)');
		await expect(chart.locator('.series')).toHaveCount(4);
		await expect(chart.locator('.series .hollow')).toHaveCount(1);
		await expectAccessible(page);
		const dir = shotsDir();
		await page.screenshot({ path: `${dir}/graf-opdelt-1280.png`, fullPage: true });

		// a phone: the narrow drawing, nothing wider than the screen
		await page.setViewportSize(PHONE);
		await expect(page.locator('svg.trend-svg.narrow')).toBeVisible();
		await expect(page.locator('svg.trend-svg.wide')).toBeHidden();
		await expectFitsWidth(page);
		// "Prognose" keeps clear of the last target's marker, and no label overlaps another
		const narrow = page.locator('svg.trend-svg.narrow');
		const overlaps = await narrow.evaluate((svg) => {
			const box = (el: Element) => (el as SVGGraphicsElement).getBBox();
			const meet = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
			const labels = [...svg.querySelectorAll('g.labels text')].map(box);
			const marker = box(svg.querySelectorAll('g.target circle')[svg.querySelectorAll('g.target circle').length - 1]);
			const forecast = box(svg.querySelector('.forecast-label')!);
			let pairs = 0;
			for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (meet(labels[i], labels[j])) pairs++;
			return { forecastOnMarker: meet(forecast, marker), pairs };
		});
		expect(overlaps).toEqual({ forecastOnMarker: false, pairs: 0 });
		// the table fits the phone: no column cut at the frame's edge, no header broken inside a word
		await expect(page.locator('details.trend-table')).toHaveAttribute('open', ''); // the chart page shows it unfolded
		const fit = await table.evaluate((el) => ({
			table: el.getBoundingClientRect().width,
			frame: (el.parentElement as HTMLElement).clientWidth,
			cut: [...el.querySelectorAll('thead th')].filter((th) => th.scrollWidth > th.clientWidth).length
		}));
		expect(fit.table).toBeLessThanOrEqual(fit.frame);
		expect(fit.cut).toBe(0);
		const lastHeader = await table.locator('thead th').last().boundingBox();
		expect((lastHeader?.x ?? 0) + (lastHeader?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.width);
		await expectAccessible(page);
		await page.screenshot({ path: `${dir}/graf-opdelt-360.png`, fullPage: true });
		await page.locator('figure.trend').screenshot({ path: `${dir}/graf-opdelt-360-figur.png` });

		// print: the wide drawing, the form and links gone; a PDF, and the print preview as a PNG
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('svg.trend-svg.wide')).toBeVisible();
		await expect(page.locator('svg.trend-svg.narrow')).toBeHidden();
		await expect(page.locator('form.chart-options')).toBeHidden();
		const box = await page.locator('svg.trend-svg.wide').boundingBox();
		expect(box?.width).toBeGreaterThan(500);
		await page.screenshot({ path: `${dir}/graf-udskrift-forhaandsvisning.png`, fullPage: true });
		await page.emulateMedia({ media: 'screen' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		fs.writeFileSync(`${dir}/graf-udskrift.pdf`, pdf);
	});

	test('the indicator page says the status and the method once, in the Status section; the chart keeps its summary', async ({
		page,
		expectAccessible
	}) => {
		const s = seed();
		await openAsAdmin(page, `/initiativer/${s.slug}/maaling/${s.indicatorId}`);
		const status = page.getByRole('region', { name: 'Status', exact: true });
		await expect(status.locator('.trend-status .status-badge')).toHaveAttribute('data-status', /^(on_track|at_risk|off_track)$/);
		await expect(status).toContainText('Theil–Sen');
		await expect(status).toContainText('Grænse for »i fare«');
		await expect(page.locator('.trend-status')).toHaveCount(1);
		await expect(page.getByText(/Theil–Sen/)).toHaveCount(1);
		await expect(page.getByRole('heading', { name: 'Sådan er prognose og status beregnet' })).toHaveCount(1);
		await expect(page.locator('figure.trend figcaption')).toContainText(/^Seneste godkendte værdi 418/);
		await expectAccessible(page);
		const dir = shotsDir();
		await page.screenshot({ path: `${dir}/indikator-1280.png`, fullPage: true });
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		// the latest values split by three areas fit a phone without scrolling their frame
		const values = page.locator('section[aria-labelledby="values-heading"] table');
		await expect(values.locator('thead th')).toHaveText(['Periode', 'I alt', 'Nord', 'Midt', 'Syd']);
		const fit = await values.evaluate((el) => ({
			table: el.getBoundingClientRect().width,
			frame: (el.parentElement as HTMLElement).clientWidth
		}));
		expect(fit.table).toBeLessThanOrEqual(fit.frame);
		await page.screenshot({ path: `${dir}/indikator-360.png`, fullPage: true });
	});

	test('the GET form works without JavaScript', async ({ browser }) => {
		const s = seed();
		const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, locale: 'da-DK' });
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('E-mail').fill(ADMIN.email);
		await page.getByLabel('Adgangskode').fill(ADMIN.password);
		await Promise.all([
			page.waitForURL((url) => !url.pathname.startsWith('/login')),
			page.getByRole('button', { name: 'Log ind' }).click()
		]);
		expect((await page.goto(chartPath(s)))?.status()).toBe(200);
		await expect(page.getByRole('img', { name: /^Udvikling:/ })).toBeVisible();
		await page.getByLabel('Opdel efter').selectOption('omraade');
		await Promise.all([page.waitForURL(/opdeling=omraade/), page.getByRole('button', { name: 'Vis' }).click()]);
		await expect(page.locator('.legend')).toContainText('Syd: stiplet linje');
		await expect(page.getByLabel('Opdel efter')).toHaveValue('omraade');
		await expect(page.getByLabel('Medtag indsendte (ikke godkendte) værdier')).not.toBeChecked();
		await context.close();
	});

	test('an outsider, another initiative’s indicator and a made-up id get 404', async ({ browser, createMember, page }) => {
		const s = seed();
		const outsider = await createMember();
		const other = await signedInPage(browser, outsider);
		expect((await other.page.goto(chartPath(s)))?.status()).toBe(404);
		await other.context.close();
		// the administrator leads both initiatives, but an indicator belongs to one of them only
		await signIn(page, ADMIN.email, ADMIN.password);
		expect((await page.goto(`/initiativer/${s.slug}/maaling/${s.otherIndicatorId}/graf`))?.status()).toBe(404);
		expect((await page.goto(`/initiativer/${s.otherSlug}/maaling/${s.otherIndicatorId}/graf`))?.status()).toBe(200);
		expect((await page.goto(`/initiativer/${s.slug}/maaling/ikke-et-id/graf`))?.status()).toBe(404);
	});
});
