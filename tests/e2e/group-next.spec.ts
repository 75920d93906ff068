import type { Browser } from '@playwright/test';
import { answer, createOrganisationAsAdmin, expectFitsWidth, PHONE, STEP3, STEP4, settle } from './support/assessment-helpers.ts';
import { BASE_URL, expect, signedInPage, test } from './support/fixtures.ts';

const SHOTS = '/work/shots/groups11';

async function respond(browser: Browser, inviteLink: string, name: string, sector: string, multipleActors: 'yes' | 'no') {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
	const page = await context.newPage();
	await page.goto(inviteLink);
	await settle(page);
	await page.getByLabel('Dit navn (frivilligt)').fill(name);
	await page.getByLabel('Din organisation (frivilligt)').fill(`${name}s organisation`);
	await page.getByLabel('Din sektor (frivilligt)').selectOption(sector);
	await answer(page, 'step2.multipleActors', multipleActors);
	for (const key of [...STEP3, ...STEP4]) await answer(page, key, 'yes');
	await page.getByRole('button', { name: 'Send mine svar' }).click();
	await page.waitForLoadState('load');
	await context.close();
}

test.describe('group rounds: what users expect next (issue 11)', () => {
	test.describe.configure({ timeout: 180_000 });

	test('sectors, named invitations, downloads and what changed between rounds', async ({
		browser,
		adminApi,
		createMember,
		expectAccessible
	}) => {
		const organisationId = await createOrganisationAsAdmin(adminApi, `Runder ${Date.now()}`);
		const facilitator = await createMember({ organisationId });
		const { context, page } = await signedInPage(browser, facilitator);
		await page.goto('/grupper');
		await page.getByLabel('Fokusproblem').fill('Unge uden job i Østerbyen');
		await page.getByRole('button', { name: 'Åbn runden' }).click();
		await page.waitForURL(/\/grupper\/[0-9a-f-]{36}$/);
		const roundUrl = new URL(page.url()).pathname;
		const inviteLink = (await page.locator('.invite-link').textContent())?.trim() ?? '';

		// a named invitation: waiting, with its own link shown in full (selectable without JavaScript)
		await page.getByRole('textbox', { name: 'Navn', exact: true }).fill('Bo Berg');
		await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('bo@example.org');
		await page.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByText('Invitationen er lagt i kø')).toBeVisible();
		await expect(page.locator('[data-waiting]')).toHaveText('1 af 1 mangler at svare.');
		await expect(page.locator('.invitation code')).toContainText('/svar/');

		await respond(browser, inviteLink, 'Ada', 'public', 'yes');
		await respond(browser, inviteLink, 'Cy', 'public', 'yes');
		await respond(browser, inviteLink, 'Di', 'civil_society', 'no');
		await respond(browser, inviteLink, 'Ed', 'foundation', 'no');
		await page.goto(roundUrl);
		await expect(page.locator('.response-count')).toHaveText('4 svar');
		await expect(page.getByText('Svar efter sektor: Kommune/region/stat 2').first()).toBeVisible();
		await expectAccessible(page);

		// downloads: PDF, XLSX and a Danish CSV
		const pdf = await page.request.get(`${roundUrl}/pdf`);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect((await pdf.body()).toString('latin1')).toContain('/Lang (da-DK)');
		const csv = (await (await page.request.get(`${roundUrl}/csv`)).body()).toString('utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toMatch(/Er der flere aktører[^\r\n]*;2;2;0;4;/);
		const xlsx = await page.request.get(`${roundUrl}/xlsx`);
		expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

		await page.setViewportSize({ width: 1280, height: 900 });
		await page.screenshot({ path: `${SHOTS}/round-1280.png`, fullPage: true });

		// round 2: three of four say yes now; the comparison says what changed
		await page.getByRole('button', { name: 'Åbn en ny runde om samme problem' }).click();
		await page.waitForURL(/\/grupper\/[0-9a-f-]{36}$/);
		const secondInvite = (await page.locator('.invite-link').textContent())?.trim() ?? '';
		await respond(browser, secondInvite, 'Ada', 'public', 'yes');
		await respond(browser, secondInvite, 'Cy', 'public', 'yes');
		await respond(browser, secondInvite, 'Di', 'civil_society', 'yes');
		await respond(browser, secondInvite, 'Ed', 'foundation', 'no');
		await page.reload();
		await page.getByRole('link', { name: 'Sammenlign med runde 1' }).click();
		await expect(page.getByRole('heading', { name: 'Hvad har ændret sig' })).toBeVisible();
		const change = page.locator('.change').filter({ hasText: 'Er der flere aktører' });
		await expect(change).toHaveAttribute('data-kind', 'shifted');
		await expect(change).toContainText(
			'Runde 1: Delt – intet flertal (Ja 2 · Nej 2 · Ved ikke 0) → Runde 2: Bred enighed: Ja (Ja 3 · Nej 1 · Ved ikke 0)'
		);
		await expectAccessible(page);
		await page.screenshot({ path: `${SHOTS}/compare-1280.png`, fullPage: true });
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/compare-360.png`, fullPage: true });
		await page.goto(roundUrl);
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/round-360.png`, fullPage: true });
		await context.close();
	});

	test('the case library finds "hjemlos", suggests near-misses and keeps the search on the way back', async ({
		page,
		expectAccessible
	}) => {
		await page.goto('/eksempler?q=hjemlos');
		const link = page.getByRole('link', { name: /Hjem til Alle/ });
		await expect(link).toBeVisible();
		await link.click();
		await page.getByRole('link', { name: 'Tilbage til søgeresultaterne' }).click();
		await expect(page).toHaveURL(/\/eksempler\?q=hjemlos$/);
		await page.goto('/eksempler?q=bikubenfondne');
		await expect(page.locator('[data-suggestion]')).toContainText('Mente du');
		await expectAccessible(page);
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/cases-suggestion-360.png`, fullPage: true });
	});
});
