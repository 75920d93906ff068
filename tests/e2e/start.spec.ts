import { createOrganisationAsAdmin, expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { ADMIN, BASE_URL, expect, test } from './support/fixtures.ts';

/** Where the screenshots of this area go (named in the report). */
const SHOTS = process.env.SAMSPIL_SHOTS_DIR ?? 'test-results/shots';

test.describe('Min side: where a person lands after signing in (issue 11)', () => {
	test('sign-in lands on Min side with my assessments, rounds and initiatives and ways to start; next= still wins', async ({
		browser,
		adminApi,
		createMember,
		login,
		expectAccessible
	}) => {
		test.slow(); // a member, an assessment, a round and an initiative, then two widths
		const organisationName = `Landing ${Date.now()}`;
		const organisationId = await createOrganisationAsAdmin(adminApi, organisationName);
		const member = await createMember({ organisationId });
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
		const page = await context.newPage();
		await login(page, member.email, member.password);
		await expect(page).toHaveURL('/min-side');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min side');
		await expect(page.getByText(`Velkommen, ${member.name}.`)).toBeVisible();
		await expect(page.getByText(`Du er med for ${organisationName}.`)).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
		await expect(nav.getByRole('link', { name: 'Min side' })).toHaveAttribute('aria-current', 'page');
		// nothing yet: each list says so, and the ways to start are there
		const assessments = page.locator('[data-section="assessments"]');
		await expect(assessments).toContainText('Der er ingen vurderinger endnu.');
		await expect(page.getByRole('link', { name: 'Start en ny vurdering' })).toHaveAttribute('href', '/vurderinger#create-heading');
		await expect(page.getByRole('link', { name: 'Åbn en grupperunde' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start et initiativ' })).toHaveAttribute('href', '/initiativer/ny');

		// an assessment, an open round and an initiative of mine appear, linked
		await page.getByRole('link', { name: 'Start en ny vurdering' }).click();
		await page.getByLabel('Navn').fill('Unge uden job i Vollsmose');
		await page.getByRole('button', { name: 'Opret og start' }).click();
		await page.waitForURL(/\/vurderinger\/[0-9a-f-]{36}\/trin\/1$/);
		await page.goto('/grupper');
		await page.getByLabel('Fokusproblem').fill('Ensomhed blandt ældre');
		await page.getByRole('button', { name: 'Åbn runden' }).click();
		await page.waitForURL(/\/grupper\/[0-9a-f-]{36}$/);
		await page.goto('/initiativer/ny');
		await page.locator('#field-name').fill('Hjem til unge i Odense');
		await page.getByLabel('Hele Danmark (nationalt)').check();
		await page.locator('#field-problemStatement').fill('Unge hjemløse i Odense.');
		await page.getByRole('button', { name: 'Start initiativet' }).click();
		await page.waitForURL(/\/initiativer\/hjem-til-unge-i-odense/);
		await nav.getByRole('link', { name: 'Min side' }).click();
		await expect(assessments.getByRole('link', { name: 'Unge uden job i Vollsmose' })).toBeVisible();
		await expect(page.locator('[data-section="rounds"]').getByRole('link', { name: /Ensomhed blandt ældre/ })).toBeVisible();
		await expect(page.locator('[data-section="rounds"]')).toContainText('Åben');
		await expect(page.locator('[data-section="initiatives"]').getByRole('link', { name: 'Hjem til unge i Odense' })).toBeVisible();
		await expectAccessible(page);
		await page.screenshot({ path: `${SHOTS}/min-side-1280.png`, fullPage: true });
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/min-side-360.png`, fullPage: true });
		await page.screenshot({ path: `${SHOTS}/min-side-360-first-screen.png` });

		// signed out, a protected page still brings the person back there after signing in
		await nav.locator('summary').click();
		await nav.getByRole('button', { name: 'Log ud' }).click();
		await login(page, member.email, member.password, '/grupper');
		await expect(page).toHaveURL('/grupper');
		await context.close();
	});

	test('someone with no organisation is told why the lists are empty and can still start the quick assessment', async ({
		browser,
		createMember
	}) => {
		const loner = await createMember();
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('E-mail').fill(loner.email);
		await page.getByLabel('Adgangskode').fill(loner.password);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await expect(page).toHaveURL('/min-side');
		await expect(page.getByText('Du er ikke medlem af en organisation endnu.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start en ny vurdering' })).toHaveAttribute('href', '/vurdering');
		await expect(page.getByRole('link', { name: 'Åbn en grupperunde' })).toHaveCount(0);
		await context.close();
	});
});

test.describe('the main menu on a phone (issue 11)', () => {
	test('at 360 px the signed-in admin gets a Menu button (no script) that opens and closes the links; keyboard and axe', async ({
		browser,
		expectAccessible
	}) => {
		test.slow(); // two sign-ins and two axe runs
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('E-mail').fill(ADMIN.email);
		await page.getByLabel('Adgangskode').fill(ADMIN.password);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await expect(page).toHaveURL('/min-side');

		const header = page.locator('header.site-header');
		// closed: one line, the links are not shown and not reachable
		const closedHeight = (await header.boundingBox())?.height ?? 0;
		expect(closedHeight).toBeLessThan(90);
		const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
		// a <summary>: browsers give it to screen readers as a button that says whether it is expanded
		const details = nav.locator('details.nav-menu');
		const menu = details.locator('summary');
		await expect(menu).toHaveText('Menu');
		await expect(details).not.toHaveAttribute('open');
		await expect(nav.getByRole('link', { name: 'Administration' })).toBeHidden();
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/menu-360-closed.png` });

		// keyboard: skip link, the brand, then the menu button; Enter opens it
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(menu).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open', '');
		for (const name of ['Forside', 'Hurtig vurdering', 'Min side', 'Gemte vurderinger', 'Administration', 'Min konto']) {
			await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		}
		// each link is a comfortable target, and the next Tab goes into the links
		const adminBox = await nav.getByRole('link', { name: 'Administration' }).boundingBox();
		expect(adminBox?.height ?? 0).toBeGreaterThanOrEqual(44);
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Forside' })).toBeFocused();
		await page.screenshot({ path: `${SHOTS}/menu-360-open.png` });
		await context.close();

		// axe runs where scripts run (see fixtures): the same menu, open and closed
		const checked = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', viewport: PHONE });
		const axePage = await checked.newPage();
		await axePage.goto('/login');
		await axePage.getByLabel('E-mail').fill(ADMIN.email);
		await axePage.getByLabel('Adgangskode').fill(ADMIN.password);
		await axePage.getByRole('button', { name: 'Log ind' }).click();
		await expect(axePage).toHaveURL('/min-side');
		await expectAccessible(axePage);
		await axePage.getByRole('navigation', { name: 'Hovedmenu' }).locator('summary').click();
		await expect(axePage.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' })).toBeVisible();
		await expectAccessible(axePage);
		await checked.close();
	});

	test('at 1280 px the links are in a row and there is no Menu button', async ({ page, loginAsAdmin }) => {
		await loginAsAdmin(page);
		await page.goto('/min-side');
		const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
		await expect(nav.locator('summary')).toBeHidden();
		await expect(nav.getByRole('link', { name: 'Administration' })).toBeVisible();
		// each link once for assistive technology (the narrow menu's copy is not displayed)
		await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(1);
		await page.screenshot({ path: `${SHOTS}/menu-1280.png` });
	});
});

test.describe('the home page (issue 11)', () => {
	test('on a phone the first screen shows where to start; it offers what exists and says what is coming', async ({
		browser,
		expectAccessible
	}) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', viewport: PHONE });
		const page = await context.newPage();
		await page.goto('/');
		const start = page.getByRole('main').getByRole('link', { name: 'Start den hurtige vurdering' }).first();
		await expect(start).toBeInViewport();
		await expect(start).toHaveAttribute('href', '/vurdering');
		await expect(page.getByRole('heading', { name: 'På vej – endnu ikke klar' })).toBeVisible();
		await expect(page.getByText('Portefølje og offentlige sider')).toHaveCount(0);
		await expectFitsWidth(page);
		await expectAccessible(page);
		await page.screenshot({ path: `${SHOTS}/home-360-first-screen.png` });
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.screenshot({ path: `${SHOTS}/home-1280.png`, fullPage: true });
		await context.close();
	});
});
