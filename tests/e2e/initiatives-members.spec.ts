/**
 * Members and roles of an initiative (issue 12 item 2): the backbone lead invites by e-mail, the
 * invitee opens the mailed link, creates an account there and lands in the initiative; the members
 * page for the lead and for a member; the used and revoked link pages; axe; 360 px; no JavaScript
 * shipped (every form is a plain HTML form).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import {
	apiLogin,
	BASE_URL,
	createUser,
	expect,
	newApiContext,
	postForm,
	readLatestMail,
	test,
	type TestUser,
	uniqueEmail,
	uniquePassword
} from './support/fixtures.ts';

/** The invitation link in an initiative invitation mail. */
function invitationLinkFrom(text: string): string {
	const match = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(text);
	if (!match) throw new Error(`No invitation link in:\n${text}`);
	return match[0];
}

/** Starts an initiative as `lead` through its form action; returns its address. */
async function startInitiative(api: APIRequestContext, name: string): Promise<string> {
	const response = await postForm(api, '/initiativer/ny', {
		name,
		slug: '',
		areas: '101',
		problemStatement: 'Unge uden job',
		vision: '',
		values: '',
		targetGroup: '',
		visibility: 'private'
	});
	expect(response.status()).toBe(303);
	const location = response.headers().location ?? '';
	expect(location).toMatch(/^\/initiativer\/[a-z0-9-]+$/);
	return location.split('/').pop() as string;
}

async function inviteThroughPage(page: Page, email: string, role: string) {
	const form = page.locator('form[action="?/invite"]');
	await form.getByLabel('E-mail').fill(email);
	await form.getByLabel('Rolle').selectOption(role);
	await form.getByRole('button', { name: 'Send invitation' }).click();
}

test.describe('initiative members', () => {
	let lead: TestUser;
	let leadApi: APIRequestContext;
	let slug: string;

	test.beforeAll(async ({ adminApi }) => {
		lead = await createUser(adminApi, { name: 'Lene Leder' });
		leadApi = await newApiContext();
		await apiLogin(leadApi, lead.email, lead.password);
		slug = await startInitiative(leadApi, `Unge i job ${Date.now().toString(36)}`);
	});
	test.afterAll(async () => {
		await leadApi.dispose();
	});

	test('the lead invites, the invitee creates an account through the mailed link and lands in the initiative', async ({
		page,
		browser,
		signIn,
		expectAccessible
	}) => {
		const invitee = { email: uniqueEmail('partner'), name: 'Per Partner', password: uniquePassword() };
		await signIn(page, lead.email, lead.password);
		await page.goto(`/initiativer/${slug}/medlemmer`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medlemmer');
		await expect(page.getByText('Lene Leder', { exact: true })).toBeVisible();
		// plain HTML forms: the page ships no JavaScript, so all of this works without it
		expect(await page.locator('script').count()).toBe(0);
		await expectAccessible(page);

		// A partner editor must act for an actor: refused with a message by the field, the address kept.
		await inviteThroughPage(page, invitee.email, 'partner_editor');
		await expect(page.getByText('En partnerredaktør skal handle for en aktør.')).toBeVisible();
		await expect(page.locator('form[action="?/invite"]').getByLabel('E-mail')).toHaveValue(invitee.email);
		await expectAccessible(page);

		// (With the actors page merged, the partner editor gets an actor here; until then: a viewer.)
		await inviteThroughPage(page, invitee.email, 'viewer');
		const status = page.getByRole('status');
		await expect(status).toContainText(`${invitee.email} er inviteret.`);
		// No SMTP in the test server: the page says so and shows the link to pass on.
		await expect(status).toContainText('Der er ikke sat e-mail op på denne server');
		const shown = (await status.locator('code').textContent()) ?? '';
		const invitations = page.getByRole('table', { name: 'Åbne invitationer' });
		await expect(invitations.getByRole('cell', { name: invitee.email, exact: true })).toBeVisible();
		await expectAccessible(page);

		const mail = await readLatestMail(invitee.email, { subject: /^Invitation til/ });
		const link = invitationLinkFrom(mail.text);
		expect(link).toBe(shown);
		expect(link.startsWith(BASE_URL)).toBe(true);

		// The invitee, not signed in, opens the link: sign in, or create an account right there.
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
		const guest = await context.newPage();
		await guest.goto(new URL(link).pathname);
		await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Invitation til et initiativ');
		expect(await guest.locator('script').count()).toBe(0);
		await expect(guest.getByText('som Læser')).toBeVisible();
		await expect(guest.getByRole('link', { name: 'Log ind og tag imod invitationen' })).toHaveAttribute(
			'href',
			`/login?next=${encodeURIComponent(new URL(link).pathname)}`
		);
		await expectAccessible(guest);
		// a too short password is refused next to its field, the name kept
		await guest.getByLabel('Navn').fill(invitee.name);
		await guest.getByLabel('Ny adgangskode').fill('kort');
		await guest.getByLabel('Gentag adgangskoden').fill('kort');
		await guest.getByRole('button', { name: 'Opret konto og tag imod' }).click();
		await expect(guest.locator('#field-password-error')).toBeVisible();
		await expect(guest.getByLabel('Navn')).toHaveValue(invitee.name);
		await guest.getByLabel('Ny adgangskode').fill(invitee.password);
		await guest.getByLabel('Gentag adgangskoden').fill(invitee.password);
		await guest.getByRole('button', { name: 'Opret konto og tag imod' }).click();
		await expect(guest).toHaveURL(`/initiativer/${slug}`);
		await expect(guest.locator('.initiative-context')).toContainText('Læser');

		// The member sees names and roles, no addresses, no invitations; they may leave.
		await guest.goto(`/initiativer/${slug}/medlemmer`);
		await expect(guest.getByText('Lene Leder', { exact: true })).toBeVisible();
		await expect(guest.getByText(lead.email, { exact: true })).toHaveCount(0);
		await expect(guest.getByRole('heading', { name: 'Åbne invitationer' })).toHaveCount(0);
		await expect(guest.getByRole('button', { name: 'Forlad initiativet' })).toBeVisible();
		await expectAccessible(guest);

		// The used link says so, with a way on.
		await guest.goto(new URL(link).pathname);
		await expect(guest.getByText('Denne invitation er allerede taget imod.')).toBeVisible();
		await expect(guest.getByRole('link', { name: /^Gå til / })).toHaveAttribute('href', `/initiativer/${slug}`);
		await context.close();

		// The lead sees the new member with their address, and can make them a backbone lead.
		await page.goto(`/initiativer/${slug}/medlemmer`);
		await expect(page.getByText(invitee.email, { exact: true })).toBeVisible();
		const change = page.locator('form[action="?/change"]').filter({ has: page.locator(`input[name="currentRole"][value="viewer"]`) });
		await change.getByLabel('Rolle').selectOption('backbone_lead');
		await change.getByRole('button', { name: `Gem rolle for ${invitee.name}` }).click();
		await expect(page.getByRole('status')).toHaveText('Rollen er ændret.');
		await expect(page.getByRole('button', { name: 'Forlad initiativet' })).toBeVisible();
	});

	test('the only lead is protected, and a revoked link says so', async ({ page, signIn, expectAccessible }) => {
		const other = await startInitiative(leadApi, `Alene ${Date.now().toString(36)}`);
		await signIn(page, lead.email, lead.password);
		await page.goto(`/initiativer/${other}/medlemmer`);
		await expect(page.getByText('Den eneste sekretariatsleder kan ikke fjernes')).toBeVisible();
		await expect(page.getByText('Du er den eneste sekretariatsleder, så du kan ikke forlade initiativet.')).toBeVisible();
		// the role form refuses too, with its reason
		const own = page.locator('form[action="?/change"]').first();
		await own.getByLabel('Rolle').selectOption('viewer');
		await own.getByRole('button', { name: /^Gem rolle for / }).click();
		await expect(page.getByText('Initiativet skal have mindst én sekretariatsleder.')).toBeVisible();

		const email = uniqueEmail('revoked');
		await inviteThroughPage(page, email, 'viewer');
		const link = invitationLinkFrom((await readLatestMail(email, { subject: /^Invitation til/ })).text);
		await page.getByRole('button', { name: `Træk invitationen til ${email} tilbage` }).click();
		await expect(page.getByRole('status')).toContainText('Invitationen er trukket tilbage.');
		const anonymous = await newApiContext();
		const answer = await anonymous.get(new URL(link).pathname);
		expect(answer.status()).toBe(200);
		expect(await answer.text()).toContain('Denne invitation er trukket tilbage.');
		await anonymous.dispose();
		await page.goto(new URL(link).pathname);
		await expectAccessible(page);
	});

	test('fits a 360 px phone: the lead’s members page and the invitation page', async ({ page, signIn }) => {
		await signIn(page, lead.email, lead.password);
		await page.setViewportSize(PHONE);
		await page.goto(`/initiativer/${slug}/medlemmer`);
		await inviteThroughPage(page, uniqueEmail('a-rather-long-address-for-a-phone'), 'viewer');
		await expect(page.getByRole('status')).toBeVisible();
		await expectFitsWidth(page);
		const link = (await page.getByRole('status').locator('code').textContent()) ?? '';
		await page.goto(new URL(link).pathname);
		await expectFitsWidth(page);
	});

	test('a person outside the initiative gets 404 for its members page and its forms (Z3)', async ({ adminApi }) => {
		const outsider = await createUser(adminApi, { name: 'Ole Udenfor' });
		const api = await newApiContext();
		await apiLogin(api, outsider.email, outsider.password);
		expect((await api.get(`/initiativer/${slug}/medlemmer`, { maxRedirects: 0 })).status()).toBe(404);
		expect((await postForm(api, `/initiativer/${slug}/medlemmer?/leave`, {})).status()).toBe(404);
		await api.dispose();
	});
});
