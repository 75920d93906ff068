import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { BASE_URL, expect, signedInPage, test } from './support/fixtures.ts';

/**
 * The actor map page (issue 12 §6). Adding actors has its own page (another part of the issue);
 * until it is in, this spec covers the map page of an initiative without actors, access and the
 * page without JavaScript. The map itself is tested on known graphs in domain/initiatives and its
 * use cases in relations.int.test.ts; scripts/bench/actor-map-page.ts drives a 60-actor page.
 */
async function startInitiative(page: import('@playwright/test').Page, name: string): Promise<string> {
	await page.goto('/initiativer/ny');
	await page.locator('#field-name').fill(name);
	await page
		.getByRole('group', { name: /Område/ })
		.locator('summary', { hasText: 'Region Hovedstaden' })
		.click();
	await page.getByLabel('København', { exact: true }).check();
	await Promise.all([page.waitForURL(/\/initiativer\/[a-z0-9-]+$/), page.getByRole('button', { name: 'Start initiativet' }).click()]);
	return new URL(page.url()).pathname;
}

test.describe('initiatives: actor map', () => {
	test.describe.configure({ timeout: 120_000 });

	test('the map page of a new initiative says there are no actors yet, passes axe and fits 360 px, without JavaScript', async ({
		browser,
		createMember,
		expectAccessible
	}) => {
		const lead = await createMember();
		const { context, page } = await signedInPage(browser, lead);
		const path = await startInitiative(page, `Kortet ${Date.now()}`);
		await page.goto(`${path}/kort`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktørkort');
		await expect(page.getByRole('link', { name: 'Aktørkort' })).toHaveAttribute('aria-current', 'page');
		await expect(page.getByText('Der er ingen aktører på kortet endnu.')).toBeVisible();
		await expect(page.getByText('Der er ingen relationer endnu.')).toBeVisible();
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await context.close();

		// The same page with JavaScript off (axe needs JavaScript, so it ran above).
		const noScript = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, locale: 'da-DK' });
		const plain = await noScript.newPage();
		await plain.goto('/login');
		await plain.getByLabel('E-mail').fill(lead.email);
		await plain.getByLabel('Adgangskode').fill(lead.password);
		await Promise.all([
			plain.waitForURL((url) => !url.pathname.startsWith('/login')),
			plain.getByRole('button', { name: 'Log ind' }).click()
		]);
		const response = await plain.goto(`${path}/kort`);
		expect(response?.status()).toBe(200);
		await expect(plain.getByText('Der er ingen aktører på kortet endnu.')).toBeVisible();
		await noScript.close();
	});

	test('someone who is not a member gets 404 for the map and its forms', async ({ browser, createMember }) => {
		const lead = await createMember();
		const outsider = await createMember();
		const own = await signedInPage(browser, lead);
		const path = await startInitiative(own.page, `Privat kort ${Date.now()}`);
		const other = await signedInPage(browser, outsider);
		expect((await other.page.goto(`${path}/kort`))?.status()).toBe(404);
		for (const action of ['create', 'update', 'delete']) {
			const post = await other.page.request.post(`${path}/kort?/${action}`, {
				form: { id: crypto.randomUUID(), fromActorId: crypto.randomUUID(), toActorId: crypto.randomUUID(), kind: 'funds', revision: '1' },
				headers: { Origin: new URL(other.page.url()).origin, Accept: 'text/html' },
				maxRedirects: 0
			});
			expect(post.status(), action).toBe(404);
		}
		await own.context.close();
		await other.context.close();
	});
});
