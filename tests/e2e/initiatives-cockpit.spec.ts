/**
 * The cockpit, the backbone page and the history, on the demo initiative the demo content seeds
 * (the e2e administrator is its backbone lead): five conditions with their rules, the runway warning,
 * axe, a 360 px phone, and adding a funding source without JavaScript that changes the runway.
 */
import { expectFitsWidth, PHONE, saveScreenshot } from './support/assessment-helpers.ts';
import { ADMIN, createUser, expect, expectAccessible, newApiContext, apiLogin, signIn, test } from './support/fixtures.ts';

const DEMO = '/initiativer/eksempel-unge-paa-vej-fjordby';

const isoDay = (offsetMonths: number) => {
	const day = new Date();
	day.setUTCMonth(day.getUTCMonth() + offsetMonths);
	return day.toISOString().slice(0, 10);
};

test.describe('initiative cockpit', () => {
	// three pages with axe runs and full-page screenshots on a shared 2-core machine
	test.describe.configure({ mode: 'serial', timeout: 240_000 });
	test('the demo initiative’s cockpit: five conditions with states and rules, the runway warning, gaps and recent changes', async ({
		page
	}) => {
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(DEMO);
		await expect(page.getByRole('heading', { level: 1, name: 'Eksempel: Unge på vej i Fjordby Kommune (fiktivt)' })).toBeVisible();
		const conditions = page.locator('li.condition');
		await expect(conditions).toHaveCount(5);
		await expect(page.locator('li.condition[data-condition="agenda"]')).toHaveAttribute('data-state', 'in_progress');
		await expect(page.locator('li.condition[data-condition="backbone"]')).toHaveAttribute('data-state', 'in_progress');
		// communication is not measured yet; shared measurement reads the demo's indicators
		await expect(page.locator('li.condition[data-state="not_measured"]')).toHaveCount(1);
		await expect(page.locator('li.condition[data-condition="measurement"]')).toHaveAttribute('data-state', 'in_place');
		await expect(page.getByText('Måles ikke endnu').first()).toBeVisible();
		// the rule is shown next to each measured state, and what is missing in words
		await expect(page.locator('li.condition[data-condition="agenda"]')).toContainText('På plads når problem, vision');
		await expect(page.locator('li.condition[data-condition="agenda"]')).toContainText('Forældrenetværket Fjordby');
		await expect(page.locator('li.condition[data-condition="backbone"]')).toContainText('der skal være mindst 12');
		// the runway: months, date, the warning and the note that amounts do not change it
		await expect(page.getByRole('heading', { name: 'Økonomisk rækkevidde' })).toBeVisible();
		await expect(page.locator('.runway')).toContainText(/\b(8|9)(,\d)? måneder/);
		await expect(page.locator('.runway')).toContainText('Under 12 måneder');
		await expect(page.locator('.runway')).toContainText('Beløbene vises, men ændrer ikke antallet af måneder');
		// the readiness gaps, one closed by hand and the resources one still open (runway under 12)
		await expect(page.getByRole('heading', { name: 'Forudsætninger fra vurderingen' }).or(page.locator('#gaps-heading'))).toBeVisible();
		await expect(page.locator('.gaps .badge.warn')).toHaveCount(1);
		await expect(page.getByRole('heading', { name: 'Seneste ændringer' })).toBeVisible();
		await expectAccessible(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		await saveScreenshot(page, 'cockpit-demo-1280');
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await expectAccessible(page);
		await saveScreenshot(page, 'cockpit-demo-360');
		// on a phone the eleven sections sit behind one disclosure naming the current page (no script)
		const sectionNav = page.getByRole('navigation', { name: 'Initiativets sider' });
		const menu = sectionNav.locator('summary');
		await expect(menu).toHaveText('Side: Overblik');
		expect((await sectionNav.boundingBox())?.height ?? 999).toBeLessThan(80);
		await expect(sectionNav.getByRole('link', { name: 'Fælles målemetoder' })).toBeHidden();
		await menu.click();
		await sectionNav.getByRole('link', { name: 'Fælles målemetoder' }).click();
		await expect(page).toHaveURL(`${DEMO}/maaling`);
		await expect(page.getByRole('navigation', { name: 'Initiativets sider' }).locator('summary')).toHaveText('Side: Fælles målemetoder');
		// the backbone page, with a form that failed (field messages shown)
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${DEMO}/sekretariat`);
		const add = page.locator('form[action="?/addFunding"]');
		await add.locator('#funding-add-amount').fill('en million');
		await add.getByRole('button', { name: 'Tilføj finansiering' }).click();
		await expect(page.locator('#funding-add-amount-error')).toContainText('hele kroner');
		await expectAccessible(page);
	});

	test('the backbone page reads well on a phone, and adding funding without JavaScript changes the runway', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'da-DK' });
		const page = await context.newPage();
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(`${DEMO}/sekretariat`);
		await expect(page.getByRole('heading', { level: 1, name: 'Sekretariat og økonomi' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Anna Eksempel', exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Styregruppen for Unge på vej' })).toBeVisible();
		await expect(page.locator('.runway')).toContainText('Under 12 måneder');
		const before = await page.locator('.runway-figure').textContent();
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await saveScreenshot(page, 'backbone-demo-360');
		await page.setViewportSize({ width: 1280, height: 900 });

		// bad input: field messages, the typed text kept, nothing saved
		const add = page.locator('form[action="?/addFunding"]');
		await add.locator('#funding-add-amount').fill('en million');
		await add.locator('#funding-add-starts').fill(isoDay(0));
		await add.locator('#funding-add-ends').fill(isoDay(-1));
		await add.getByRole('button', { name: 'Tilføj finansiering' }).click();
		await expect(page.locator('#funding-add-amount-error')).toContainText('hele kroner');
		await expect(page.locator('#funding-add-ends-error')).toContainText('Slutdatoen kan ikke ligge før startdatoen');
		await expect(page.locator('#funding-add-amount')).toHaveValue('en million');
		// (axe needs JavaScript in the page: the backbone page's axe run is in the first test)

		// a source that bridges the gap to the pledged funding: the runway grows past 12 months
		const again = page.locator('form[action="?/addFunding"]');
		await again.locator('#funding-add-kind').selectOption('public');
		await again.locator('#funding-add-amount').fill('1.500.000');
		await again.locator('#funding-add-starts').fill(isoDay(0));
		await again.locator('#funding-add-ends').fill(isoDay(12));
		await again.locator('#funding-add-note').fill('Brobevilling fra e2e');
		await again.getByRole('button', { name: 'Tilføj finansiering' }).click();
		await expect(page).toHaveURL(/gemt=finansiering/);
		await expect(page.getByRole('cell', { name: 'Brobevilling fra e2e', exact: true })).toBeVisible();
		await expect(page.getByRole('cell', { name: '1.500.000', exact: true })).toBeVisible();
		const after = await page.locator('.runway-figure').textContent();
		expect(after).not.toBe(before);
		await expect(page.locator('.runway')).toContainText('Mindst 12 måneder');
		await context.close();
	});

	test('the history names who changed what, filters by kind, and is hidden from non-members', async ({ page }) => {
		await signIn(page, ADMIN.email, ADMIN.password);
		await page.goto(`${DEMO}/historik`);
		await expect(page.getByRole('heading', { level: 1, name: 'Historik' })).toBeVisible();
		const funding = page.getByRole('row').filter({ hasText: 'Finansiering tilføjet' });
		await expect(funding.first()).toContainText(ADMIN.name);
		await expect(page.getByRole('row').filter({ hasText: 'Initiativ startet' })).toContainText('Samspil (systemet)');
		await expect(page.locator('main')).not.toContainText('127.0.0.1');
		await page.locator('#history-kind').selectOption('backbone');
		await page.getByRole('button', { name: 'Vis', exact: true }).click();
		await expect(page).toHaveURL(/type=backbone/);
		await expect(page.getByRole('row').filter({ hasText: 'Initiativ startet' })).toHaveCount(0);
		await expect(page.getByRole('row').filter({ hasText: 'Finansiering tilføjet' }).first()).toBeVisible();
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);

		// the cockpit now shows the backbone condition's runway as enough, and lists the change
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(DEMO);
		await expect(page.getByRole('region', { name: 'Seneste ændringer' })).toContainText('Finansiering tilføjet');

		// someone who is not a member learns nothing: 404 on every page
		const adminApi = await newApiContext();
		await apiLogin(adminApi, ADMIN.email, ADMIN.password);
		const stranger = await createUser(adminApi);
		await adminApi.dispose();
		const api = await newApiContext();
		await apiLogin(api, stranger.email, stranger.password);
		for (const path of [DEMO, `${DEMO}/sekretariat`, `${DEMO}/historik`]) {
			const response = await api.get(path);
			expect(response.status(), path).toBe(404);
			expect(await response.text()).not.toContain('Fjordby');
		}
		const post = await api.post(`${DEMO}/sekretariat?/addStaff`, { form: { name: 'X', role: 'Y', fte: '1' }, maxRedirects: 0 });
		expect(post.status()).toBe(404);
		await api.dispose();
	});
});
