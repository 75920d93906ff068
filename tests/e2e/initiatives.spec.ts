import { expectFitsWidth, PHONE, saveScreenshot } from './support/assessment-helpers.ts';
import { expect, signedInPage, test } from './support/fixtures.ts';

/** Starts an initiative through the form as the signed-in page's person; returns its address. */
async function startInitiative(page: import('@playwright/test').Page, name: string): Promise<string> {
	await page.goto('/initiativer/ny');
	await page.locator('#field-name').fill(name);
	await page.getByRole('group', { name: /Område/ }).locator('summary', { hasText: 'Region Hovedstaden' }).click();
	await page.getByLabel('København', { exact: true }).check();
	await page.getByLabel('Frederiksberg', { exact: true }).check();
	await page.locator('#field-problemStatement').fill('Unge uden uddannelse og job i hovedstaden.');
	await Promise.all([page.waitForURL(/\/initiativer\/[a-z0-9-]+$/), page.getByRole('button', { name: 'Start initiativet' }).click()]);
	return new URL(page.url()).pathname;
}

test.describe('initiatives: start, list, settings', () => {
	// several pages, each checked with axe, on a machine shared with other work
	test.describe.configure({ timeout: 120_000 });

	test('a member starts an initiative, finds it in the list, and changes settings and phase; pages pass axe', async ({
		browser,
		createMember,
		expectAccessible
	}) => {
		const lead = await createMember();
		const { context, page } = await signedInPage(browser, lead);
		await page.goto('/initiativer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine initiativer');
		await expectAccessible(page);
		await page.goto('/initiativer/ny');
		await expectAccessible(page);
		// nothing chosen: the form says what is missing and keeps the text
		await page.locator('#field-name').fill('Mangler område');
		await page.getByRole('button', { name: 'Start initiativet' }).click();
		await expect(page.locator('#field-areas-error')).toContainText('Vælg mindst ét område');
		await expect(page.locator('#field-name')).toHaveValue('Mangler område');

		const path = await startInitiative(page, `Unge i hovedstaden ${Date.now()}`);
		await expect(page.getByRole('navigation', { name: 'Initiativets sider' })).toBeVisible();
		await expect(page.locator('dl.facts')).toContainText('Frederiksberg, København');
		await expectAccessible(page);

		await page.goto(`${path}/indstillinger`);
		await expectAccessible(page);
		await page.locator('#field-vision').fill('Alle unge i uddannelse eller job.');
		await page.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('Indstillingerne er gemt');
		await page.locator('#field-phase').selectOption('initiate_action');
		await page.getByRole('button', { name: 'Skift fase' }).click();
		await expect(page.getByText('Initiativet er i fasen: Sæt gang i arbejdet.')).toBeVisible();
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await saveScreenshot(page, 'initiative-settings-360');
		await context.close();
	});

	test('two people save the settings: the second sees both versions, and a plain second save does not overwrite', async ({
		browser,
		createMember
	}) => {
		const lead = await createMember();
		const first = await signedInPage(browser, lead);
		const path = await startInitiative(first.page, `Konflikt ${Date.now()}`);
		const second = await signedInPage(browser, lead);
		await first.page.goto(`${path}/indstillinger`);
		await second.page.goto(`${path}/indstillinger`);
		await first.page.locator('#field-vision').fill('Deres vision');
		await first.page.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(first.page.getByRole('status')).toContainText('Indstillingerne er gemt');

		await second.page.locator('#field-vision').fill('Min vision');
		await second.page.getByRole('button', { name: 'Gem', exact: true }).click();
		const conflict = second.page.getByRole('alert').filter({ hasText: 'En anden har gemt' });
		await expect(conflict).toContainText('Deres vision');
		await expect(conflict).toContainText('Min vision');
		await expect(second.page.locator('#field-vision')).toHaveValue('Min vision');
		// every chosen area is kept, not only the last checkbox
		await expect(second.page.getByLabel('København', { exact: true })).toBeChecked();
		await expect(second.page.getByLabel('Frederiksberg', { exact: true })).toBeChecked();
		await saveScreenshot(second.page, 'initiative-conflict-1280');
		// pressing the plain save again is refused again
		await second.page.getByRole('button', { name: 'Gem', exact: true }).click();
		await expect(second.page.getByRole('alert').filter({ hasText: 'En anden har gemt' })).toBeVisible();
		await first.page.goto(`${path}/indstillinger`);
		await expect(first.page.locator('#field-vision')).toHaveValue('Deres vision');
		// choosing "save mine" after seeing theirs goes through
		await second.page.getByRole('button', { name: 'Gem min udgave i stedet' }).click();
		await expect(second.page.getByRole('status')).toContainText('Indstillingerne er gemt');
		await expect(second.page.locator('#field-vision')).toHaveValue('Min vision');
		await first.context.close();
		await second.context.close();
	});

	test('someone who is not a member gets 404 for the initiative and every page in it', async ({ browser, createMember }) => {
		const lead = await createMember();
		const outsider = await createMember();
		const own = await signedInPage(browser, lead);
		const path = await startInitiative(own.page, `Privat ${Date.now()}`);
		const other = await signedInPage(browser, outsider);
		for (const sub of ['', '/indstillinger']) {
			const response = await other.page.goto(`${path}${sub}`);
			expect(response?.status(), `${path}${sub}`).toBe(404);
		}
		const post = await other.page.request.post(`${path}/indstillinger?/archive`, {
			form: {},
			headers: { Origin: new URL(other.page.url()).origin, Accept: 'text/html' },
			maxRedirects: 0
		});
		expect(post.status()).toBe(404);
		await own.context.close();
		await other.context.close();
	});
});
