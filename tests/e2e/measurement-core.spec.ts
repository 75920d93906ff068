/**
 * Shared measurement, core (issue 13 § 1, 2, 5): the demo initiative's dashboard (key indicators
 * first, status with its rule, overdue and waiting), an indicator page with a split table, and,
 * without JavaScript, defining an indicator (field messages, the input kept), copying a template,
 * adding a target, refusing to remove a category with data, and deleting. axe, 360 px, keyboard,
 * and outsiders learn nothing. Screenshots for people to look at go to /work/shots/m-core/ when it exists.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { ADMIN, apiLogin, createUser, expect, expectAccessible, newApiContext, signIn, test } from './support/fixtures.ts';

const DEMO = '/initiativer/eksempel-unge-paa-vej-fjordby';
const SHOTS = '/work/shots/m-core';

async function shot(page: Page, name: string) {
	if (fs.existsSync(SHOTS)) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe('shared measurement: dashboard and indicators', () => {
	test.describe.configure({ mode: 'serial', timeout: 240_000 });

	test('the demo dashboard: key indicators first, status with its rule, overdue and waiting; the indicator page with its split values', async ({
		page
	}) => {
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(DEMO);
		// the cockpit's condition reads the measurement data, with its rule in words
		const condition = page.locator('li.condition[data-condition="measurement"]');
		await expect(condition).toHaveAttribute('data-state', 'in_place');
		await expect(condition).toContainText('nøgleindikator');
		// the nav entry right after the agenda
		const nav = page.getByRole('navigation', { name: 'Initiativets sider' });
		const entries = await nav.locator('a').allTextContents();
		expect(entries.indexOf('Fælles målemetoder')).toBe(entries.indexOf('Fælles agenda') + 1);
		await nav.getByRole('link', { name: 'Fælles målemetoder' }).click();
		await expect(page).toHaveURL(`${DEMO}/maaling`);
		await expect(page.getByRole('heading', { level: 1, name: 'Fælles målemetoder' })).toBeVisible();
		// the sub-nav, with the API page for the backbone lead
		const sub = page.getByRole('navigation', { name: 'Fælles målemetoder' });
		await expect(sub.getByRole('link', { name: 'Overblik' })).toHaveAttribute('aria-current', 'page');
		await expect(sub.getByRole('link', { name: 'API-nøgler' })).toHaveAttribute('href', `${DEMO}/maaling/api`);
		// key indicators first
		const headings = await page.locator('section h2').allTextContents();
		expect(headings.slice(0, 2)).toEqual(['Nøgleindikatorer', 'Øvrige indikatorer']);
		const key = page.getByRole('region', { name: 'Nøgleindikatorer' });
		await expect(key.locator('li.indicator-card')).toHaveCount(2);
		const youth = page.locator('li.indicator-card').filter({ hasText: 'I gang med en ungdomsuddannelse' });
		await expect(youth.locator('.status-badge')).toBeVisible();
		await expect(youth.locator('.status-rule')).not.toBeEmpty();
		await expect(youth).toContainText('82,6 %');
		// the homework club's latest month is overdue; the community count waits for approval
		await expect(page.locator('li.indicator-card').filter({ hasText: 'lektiecafé' })).toContainText(/Forsinkede indberetninger\s*1/);
		await expect(page.getByRole('status').filter({ hasText: 'venter på godkendelse' })).toContainText(
			'Værdier, der venter på godkendelse: 1.'
		);
		await expect(page.getByRole('link', { name: 'Godkend eller afvis dem' })).toHaveAttribute('href', `${DEMO}/maaling/godkendelser`);
		await expectAccessible(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		await shot(page, 'dashboard-1280');
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await shot(page, 'dashboard-360');
		await page.setViewportSize({ width: 1280, height: 900 });

		// keyboard: tick "include submitted" and send the GET form without a mouse
		await page.locator('#include-submitted').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/indsendte=1/);
		const community = page.locator('li.indicator-card').filter({ hasText: 'Nye deltagere i fællesskaber' });
		await expect(community.locator('.submitted')).toContainText('49');
		await expect(community.locator('.submitted')).toContainText('Ikke godkendt');

		// the indicator page of the split indicator
		await youth.getByRole('link', { name: /I gang med en ungdomsuddannelse/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('I gang med en ungdomsuddannelse');
		const table = page.getByRole('table');
		await expect(table.getByRole('columnheader', { name: /Kvinde/ })).toBeVisible();
		await expect(table.getByRole('columnheader', { name: /Mand/ })).toBeVisible();
		await expect(table.getByRole('row')).toHaveCount(5);
		await expect(page.getByRole('region', { name: 'Status', exact: true })).toContainText('Theil–Sen');
		for (const [name, path] of [
			['Indberet en værdi', '/indberet'],
			['Graf', '/graf'],
			['Historik for værdierne', '/historik'],
			['Rediger indikatoren', '/rediger']
		])
			await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', new RegExp(`${path}$`));
		await expect(page.getByRole('region', { name: 'Basislinje og mål' })).toContainText('78 %');
		await expectAccessible(page);
		await shot(page, 'indicator-1280');
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await shot(page, 'indicator-360');
	});

	test('without JavaScript: define an indicator (field messages, input kept), copy a template, add a target, keep used categories, delete', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'da-DK' });
		const page = await context.newPage();
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(`${DEMO}/maaling/indikatorer/ny`);
		await expect(page.getByRole('heading', { level: 1, name: 'Ny indikator' })).toBeVisible();
		const create = page.locator('form[action="?/create"]');
		// a form with problems: nothing saved, each message on its field, the text kept
		await create.locator('#field-name').fill('Unge med fritidsjob');
		await create.locator('#field-dimension0Label').fill('Alder');
		await create.locator('#field-dimension0Categories').fill('15-17 år');
		await create.getByRole('button', { name: 'Opret indikator' }).click();
		await expect(page.locator('#kind-error')).toBeVisible();
		await expect(page.locator('#field-frequency-error')).toBeVisible();
		await expect(page.locator('#field-dimension0Categories-error')).toContainText('mindst to kategorier');
		await expect(page.locator('#field-name')).toHaveValue('Unge med fritidsjob');
		await expect(page.locator('#field-dimension0Categories')).toHaveValue('15-17 år');
		// corrected: created, and the indicator page says so
		await page.locator('#kind-better_off').check();
		await page.locator('#polarity-higher_is_better').check();
		await page.locator('#field-frequency').selectOption('half_year');
		await page.locator('#field-unit').selectOption('count');
		await page.locator('#field-dimension0Categories').fill('15-17 år\n18-24 år');
		await page.getByRole('button', { name: 'Opret indikator' }).click();
		await expect(page.getByRole('status')).toContainText('Indikatoren er oprettet');
		await expect(page.getByRole('heading', { level: 1, name: 'Unge med fritidsjob' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Definition' })).toContainText('15-17 år, 18-24 år');

		// edit: add a target (Danish decimal comma), then a bad one (message on its field)
		await page.getByRole('link', { name: 'Rediger indikatoren' }).click();
		const addTarget = page.locator('form[action="?/addTarget"]');
		await addTarget.locator('#target-value').fill('120,5');
		await addTarget.locator('#target-date').fill('2029-12-31');
		await addTarget.getByRole('button', { name: 'Tilføj mål' }).click();
		await expect(page.getByRole('status')).toContainText('Målet er tilføjet');
		await expect(page.getByRole('region', { name: 'Mål' }).getByRole('listitem')).toContainText('120,5');
		await page.locator('form[action="?/addTarget"] #target-value').fill('1,234');
		await page.locator('form[action="?/addTarget"] #target-date').fill('2030-12-31');
		await page.locator('form[action="?/addTarget"]').getByRole('button', { name: 'Tilføj mål' }).click();
		await expect(page.locator('#target-value-error')).toContainText('to måder');
		await expect(page.locator('#target-value')).toHaveValue('1,234');
		// delete: no values, so it goes at once
		await page.locator('form[action="?/delete"]').getByRole('button', { name: 'Slet indikatoren' }).click();
		await expect(page).toHaveURL(new RegExp(`${DEMO}/maaling\\?gemt=slettet`));
		await expect(page.locator('main')).not.toContainText('Unge med fritidsjob');

		// the demo's split indicator: removing a category with data is refused on its field; the label can change
		await page.goto(`${DEMO}/maaling`);
		await page.getByRole('link', { name: /I gang med en ungdomsuddannelse/ }).click();
		await page.getByRole('link', { name: 'Rediger indikatoren' }).click();
		await expect(page.locator('#field-dimension0Categories')).toHaveValue('k = Kvinde\nm = Mand');
		await page.locator('#field-dimension0Categories').fill('k = Kvinder\nx = Ikke oplyst');
		await page.locator('form[action="?/save"]').getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(page.locator('#field-dimension0Categories-error')).toContainText('indberettede værdier');
		await expect(page.locator('#field-dimension0Categories')).toHaveValue('k = Kvinder\nx = Ikke oplyst');
		// the delete asks first when approved values would go
		await page.locator('form[action="?/delete"]').getByRole('button', { name: 'Slet indikatoren' }).click();
		await expect(page.locator('#delete-confirm-error')).toContainText('Bekræft');
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.setViewportSize({ width: 1280, height: 900 });

		// from a template: a copy, created as a key indicator
		await page.goto(`${DEMO}/maaling/indikatorer/ny`);
		await page.locator('form[action="?/fromTemplate"]').getByRole('button', { name: 'Opret fra skabelonen' }).click();
		await expect(page.locator('#template-error')).toContainText('Vælg en skabelon');
		await page.locator('#template-severe_loneliness').check();
		await page.locator('#template-isKey').check();
		await page.getByRole('button', { name: 'Opret fra skabelonen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Tegn på svær ensomhed' })).toBeVisible();
		await expect(page.getByText('Nøgleindikator', { exact: true })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Definition' })).toContainText('Danskernes Sundhed');
		await page.setViewportSize(PHONE);
		await page.goto(`${DEMO}/maaling/indikatorer/ny`);
		await expectFitsWidth(page);
		await context.close();
	});

	test('the forms and the overdue list pass axe; someone outside the initiative gets 404 on every measurement page and action', async ({
		page
	}) => {
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(`${DEMO}/maaling/indikatorer/ny`);
		await page.locator('form[action="?/create"]').getByRole('button', { name: 'Opret indikator' }).click();
		await expect(page.locator('#field-name-error')).toBeVisible();
		await expectAccessible(page);
		await page.goto(`${DEMO}/maaling`);
		const indicatorHref = await page.locator('li.indicator-card h3 a').first().getAttribute('href');
		await page.goto(`${indicatorHref}/rediger`);
		await expectAccessible(page);
		// the overdue list, with the homework club's late month in its table
		await page.goto(`${DEMO}/maaling/forsinket`);
		await expect(page.getByRole('heading', { level: 1, name: 'Forsinkede indberetninger' })).toBeVisible();
		await expect(page.locator('tbody tr').filter({ hasText: 'lektiecafé' })).not.toHaveCount(0);
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.setViewportSize({ width: 1280, height: 900 });

		const adminApi = await newApiContext();
		await apiLogin(adminApi, ADMIN.email, ADMIN.password);
		const stranger = await createUser(adminApi);
		await adminApi.dispose();
		const api = await newApiContext();
		await apiLogin(api, stranger.email, stranger.password);
		for (const path of [`${DEMO}/maaling`, `${DEMO}/maaling/indikatorer/ny`, `${indicatorHref}`, `${indicatorHref}/rediger`]) {
			const response = await api.get(path);
			expect(response.status(), path).toBe(404);
			expect(await response.text()).not.toContain('ungdomsuddannelse');
		}
		const post = await api.post(`${indicatorHref}/rediger?/delete`, { form: { confirm: 'on' }, maxRedirects: 0 });
		expect(post.status()).toBe(404);
		await api.dispose();
	});
});
