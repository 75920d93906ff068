import type { Locator, Page } from '@playwright/test';
import {
	ADMIN,
	apiLogin,
	BASE_URL,
	expect,
	linkFromMail,
	newApiContext,
	postForm,
	readMails,
	signIn,
	test,
	uniqueEmail,
	uniquePassword,
	UUID
} from './support/fixtures.ts';

/** The row of the users table that shows `email`. */
function userRow(page: Page, email: string): Locator {
	return page
		.getByRole('table', { name: 'Brugere' })
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: email, exact: true }) });
}

test.describe('administration', () => {
	test('overview shows counts and recent events', async ({ page, loginAsAdmin, expectAccessible }) => {
		await loginAsAdmin(page);
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
		await expect(page).toHaveURL('/admin');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
		const adminNav = page.getByRole('navigation', { name: 'Administration' });
		await expect(adminNav.getByRole('link', { name: 'Overblik' })).toHaveAttribute('aria-current', 'page');
		// 17 demo organisations are seeded into a fresh database; tests may add more.
		const organisations = Number(
			await page
				.locator('.card', { has: page.locator('a[href="/admin/organisations"]') })
				.locator('.stat')
				.textContent()
		);
		expect(organisations).toBeGreaterThanOrEqual(17);
		await expect(page.getByRole('heading', { name: 'Seneste hændelser' })).toBeVisible();
		// events in words, not codes (issue 11)
		await expect(page.getByRole('main').getByText('Logget ind', { exact: false }).first()).toBeVisible();
		await expect(page.getByRole('main').getByText('auth.sign_in')).toHaveCount(0);
		await expectAccessible(page);
	});

	test('invite a member: notice with link, mail in the outbox, accept, sign in', async ({
		page,
		browser,
		loginAsAdmin,
		login,
		expectAccessible
	}) => {
		// two browsers, an invitation sent twice and accepted: more than the default 30 s on a busy machine
		test.slow();
		const email = uniqueEmail('invitee');
		const name = 'Ingrid Ibsen';
		await loginAsAdmin(page);
		await page.goto('/admin/users');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brugere');
		await expectAccessible(page);

		await page.getByLabel('Navn').fill(name);
		await page.getByLabel('E-mail').fill(email);
		await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Realdania' });
		await page.getByLabel('Rolle', { exact: true }).selectOption('member');
		await page.getByLabel('Sprog').selectOption('da');
		await page.getByRole('button', { name: 'Send invitation', exact: true }).click();

		// No mail is set up on the test server: one true thing, the link to pass on (issue 11).
		await expect(page.getByRole('status')).toHaveCount(1);
		await expect(page.getByRole('status')).toContainText(`${email} er inviteret, men e-mail er ikke sat op`);
		await expect(page.getByText('Invitationen er sendt på e-mail')).toHaveCount(0);
		await expect(page.getByText('SMTP_URL')).toHaveCount(0);
		const firstLink = (await page.locator('.notice-info code').textContent()) ?? '';
		// The link can be had again: "Send invitationen igen" makes a new one, and the first stops working.
		await userRow(page, email)
			.getByRole('button', { name: /Send invitationen igen/ })
			.click();
		const shownLink = (await page.locator('.notice-info code').textContent()) ?? '';
		expect(shownLink).toMatch(new RegExp(`^${BASE_URL.replace(/\./g, '\\.')}/password/reset/`));
		expect(shownLink).not.toBe(firstLink);
		const row = userRow(page, email);
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('cell', { name: 'Inviteret', exact: true })).toBeVisible();
		await expect(row.getByRole('cell', { name: 'Realdania' })).toBeVisible();
		await expect(row.getByRole('combobox')).toHaveValue('member');
		await expectAccessible(page);

		// both mails go through the job queue, which may deliver them in either order: wait for the one
		// with the new link (not simply the newest file)
		const mailWith = async (link: string) => (await readMails(email)).find((mail) => linkFromMail(mail) === link);
		await expect.poll(async () => Boolean(await mailWith(shownLink)), { timeout: 30_000 }).toBe(true);
		const mail = await mailWith(shownLink);
		expect(mail?.subject).toBe('Du er inviteret til Samspil');

		const inviteeContext = await browser.newContext({ locale: 'da-DK' });
		const invitee = await inviteeContext.newPage();
		await invitee.goto(firstLink);
		await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Invitationen virker ikke længere');
		await invitee.goto(shownLink);
		await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Velkommen til Samspil');
		await expect(invitee.getByText(`Du er inviteret som ${email}.`)).toBeVisible();
		await expect(invitee.getByLabel('Navn')).toHaveValue(name);
		await expectAccessible(invitee);

		const password = uniquePassword();
		await invitee.getByLabel('Ny adgangskode').fill(password);
		await invitee.getByLabel('Gentag adgangskoden').fill(password);
		await invitee.getByRole('button', { name: 'Aktivér konto' }).click();
		await expect(invitee).toHaveURL('/min-side?velkommen=1');
		await expect(invitee.getByRole('status')).toHaveText('Din adgangskode er gemt, og du er logget ind.');
		await expect(invitee.getByText(`Velkommen, ${name}.`)).toBeVisible();
		await expect(invitee.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);

		// The invitation link is spent; the password works for an ordinary sign-in.
		await invitee.getByRole('button', { name: 'Log ud' }).click();
		await invitee.goto(shownLink);
		await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Invitationen er allerede brugt – log ind');
		await invitee.getByRole('main').getByRole('link', { name: 'Log ind' }).click();
		await expect(invitee).toHaveURL(/\/login/);
		await login(invitee, email, password);
		await expect(invitee).toHaveURL('/min-side');
		await invitee.goto('/account');
		await expect(invitee.getByText(`Logget ind som ${email}`)).toContainText('Rolle: Medlem');
		await inviteeContext.close();

		await page.reload();
		await expect(userRow(page, email).getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();
	});

	test('invite form keeps the input and marks the field when the e-mail is bad or taken', async ({
		page,
		loginAsAdmin,
		createMember,
		expectAccessible
	}) => {
		await loginAsAdmin(page);
		await page.goto('/admin/users');
		await page.getByLabel('Navn').fill('Fejl Fejlsen');
		await page.getByLabel('E-mail').fill('ikke-en-email');
		await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Falck' });
		await page.getByLabel('Rolle', { exact: true }).selectOption('editor');
		await page.getByLabel('Sprog').selectOption('en');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/users')),
			page.getByRole('button', { name: 'Send invitation', exact: true }).click()
		]);
		expect(response.status()).toBe(400);

		const email = page.getByLabel('E-mail');
		await expect(page.locator('#field-email-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(email).toHaveAttribute('aria-describedby', 'field-email-error');
		await expect(email).toHaveValue('ikke-en-email');
		await expect(page.getByLabel('Navn')).toHaveValue('Fejl Fejlsen');
		await expect(page.getByLabel('Organisation', { exact: true }).locator('option:checked')).toHaveText('Falck');
		await expect(page.getByLabel('Rolle', { exact: true })).toHaveValue('editor');
		await expect(page.getByLabel('Sprog')).toHaveValue('en');
		await expect(page.getByRole('status')).toHaveCount(0);
		await expectAccessible(page);

		// An address that already has an account.
		const existing = await createMember();
		await page.getByLabel('E-mail').fill(existing.email);
		await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
		await expect(page.locator('#field-email-error')).toHaveText('Der findes allerede en bruger med denne e-mail.');
		await expect(page.getByLabel('E-mail')).toHaveValue(existing.email);
		await expect(page.getByLabel('Navn')).toHaveValue('Fejl Fejlsen');
	});

	test('a member is refused /admin with a 403 page that reveals nothing', async ({ page, createMember, expectAccessible }) => {
		const member = await createMember();
		await signIn(page, member.email, member.password);
		await page.goto('/');
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min konto' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' })).toHaveCount(0);

		for (const path of ['/admin', '/admin/users', '/admin/audit']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
			expect(response?.headers()['x-request-id'], path).toMatch(UUID);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke adgang');
			await expect(page.locator('main')).toContainText('Fejl 403');
			await expect(page.locator('body')).not.toContainText(ADMIN.email);
			await expect(page.locator('body')).not.toContainText('Revisionslog');
		}
		await expectAccessible(page);

		// The refusal did not end the member's session.
		await page.goto('/account');
		await expect(page).toHaveURL('/account');
	});

	// Regression test: a 403 raised from the root layout's load made SvelteKit serve the bare fallback
	// src/error.html. Now the layout shows the error view itself, with navigation and the request id.
	test('the 403 page is the normal error page with heading, request id and navigation', async ({ page, createMember }) => {
		const member = await createMember();
		await signIn(page, member.email, member.password);
		const response = await page.goto('/admin');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke adgang');
		const requestId = page.locator('p', { hasText: 'Fejl-id:' }).locator('code');
		await expect(requestId).toHaveText(UUID);
		expect(await requestId.textContent()).toBe(response?.headers()['x-request-id']);
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Min konto' })).toBeVisible();
	});

	test('disabling a member ends their open session at once; enabling lets them back in', async ({
		page,
		browser,
		loginAsAdmin,
		createMember
	}) => {
		const member = await createMember();
		const memberContext = await browser.newContext({ locale: 'da-DK' });
		const memberPage = await memberContext.newPage();
		await signIn(memberPage, member.email, member.password);
		await memberPage.goto('/account');
		await expect(memberPage).toHaveURL('/account');

		await loginAsAdmin(page);
		await page.goto('/admin/users');
		const row = userRow(page, member.email);
		await expect(row.getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();
		await row.getByRole('button', { name: `Deaktivér – ${member.email}` }).click();
		await expect(page.getByRole('status')).toHaveText('Brugeren er deaktiveret og logget ud alle steder.');
		await expect(userRow(page, member.email).getByRole('cell', { name: 'Deaktiveret' })).toBeVisible();

		// The member's very next request is anonymous.
		await memberPage.reload();
		await expect(memberPage).toHaveURL('/login?next=%2Faccount');
		await memberPage.getByLabel('E-mail').fill(member.email);
		await memberPage.getByLabel('Adgangskode').fill(member.password);
		await memberPage.getByRole('button', { name: 'Log ind' }).click();
		await expect(memberPage.getByRole('alert')).toHaveText('E-mail eller adgangskode er forkert.');

		// The admin cannot disable themself: there is no button in their own row.
		await expect(userRow(page, ADMIN.email).getByRole('button', { name: /Deaktivér/ })).toHaveCount(0);
		await expect(userRow(page, ADMIN.email)).toContainText('(dig)');

		await userRow(page, member.email)
			.getByRole('button', { name: `Genaktivér – ${member.email}` })
			.click();
		await expect(page.getByRole('status')).toHaveText('Brugeren er genaktiveret.');
		await expect(userRow(page, member.email).getByRole('cell', { name: 'Aktiv', exact: true })).toBeVisible();
		await memberPage.getByLabel('Adgangskode').fill(member.password);
		await memberPage.getByRole('button', { name: 'Log ind' }).click();
		await expect(memberPage).toHaveURL('/account');
		await memberContext.close();
	});

	test('changing a role takes effect on the member’s next request', async ({ page, loginAsAdmin, createMember }) => {
		const member = await createMember();
		// The member's session, kept open throughout (no browser needed to see the status codes).
		const memberApi = await newApiContext();
		try {
			await apiLogin(memberApi, member.email, member.password);
			expect((await memberApi.get('/admin', { maxRedirects: 0 })).status()).toBe(403);

			await loginAsAdmin(page);
			await page.goto('/admin/users');
			await userRow(page, member.email).getByRole('combobox').selectOption('admin');
			await userRow(page, member.email)
				.getByRole('button', { name: `Skift – ${member.email}` })
				.click();
			await expect(page.getByRole('status')).toHaveText('Rollen er ændret.');
			await expect(userRow(page, member.email).getByRole('combobox')).toHaveValue('admin');
			const promoted = await memberApi.get('/admin', { maxRedirects: 0 });
			expect(promoted.status()).toBe(200);
			expect(await promoted.text()).toContain('Seneste hændelser');

			// Back to member (two active admins now, so this is allowed).
			await userRow(page, member.email).getByRole('combobox').selectOption('member');
			await userRow(page, member.email)
				.getByRole('button', { name: `Skift – ${member.email}` })
				.click();
			await expect(page.getByRole('status')).toHaveText('Rollen er ændret.');
			expect((await memberApi.get('/admin', { maxRedirects: 0 })).status()).toBe(403);
		} finally {
			await memberApi.dispose();
		}
	});
});

test.describe('organisations', () => {
	test('create, edit, add and remove a member', async ({ page, loginAsAdmin, createMember, expectAccessible }) => {
		const member = await createMember();
		const name = `Testfonden ${Date.now().toString(36)}`;
		const renamed = `${name} (omdøbt)`;

		await loginAsAdmin(page);
		await page.goto('/admin/organisations');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisationer');
		const table = page.getByRole('table', { name: 'Organisationer' });
		await expect(table.getByRole('link', { name: 'Realdania' })).toBeVisible();
		await expectAccessible(page);

		// A missing sector is caught; the name stays.
		await page.getByLabel('Navn').fill(name);
		await page.getByRole('button', { name: 'Opret', exact: true }).click();
		await expect(page.locator('#field-sector-error')).toHaveText('Udfyld feltet.');
		await expect(page.getByLabel('Navn')).toHaveValue(name);
		await expect(page.getByLabel('Sektor')).toHaveAttribute('aria-invalid', 'true');

		await page.getByLabel('Sektor').selectOption({ label: 'Fond' });
		await page.getByRole('button', { name: 'Opret', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(`${name} er oprettet.`);
		const row = table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
		await expect(row.getByRole('cell', { name: 'Fond', exact: true })).toBeVisible();
		await expect(row.getByRole('cell', { name: '0', exact: true })).toBeVisible();

		await row.getByRole('link', { name, exact: true }).click();
		await expect(page).toHaveURL(/\/admin\/organisations\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByText('Ingen medlemmer endnu.')).toBeVisible();
		await expectAccessible(page);

		// Edit.
		await page.getByLabel('Navn').fill(renamed);
		await page.getByLabel('Sektor').selectOption({ label: 'Virksomhed' });
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('status')).toHaveText('Organisationen er gemt.');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
		await expect(page.getByLabel('Sektor')).toHaveValue('business');

		// Add a member by e-mail; an unknown address is refused and kept in the field.
		const unknown = uniqueEmail('ghost');
		await page.getByLabel('Tilføj bruger (e-mail)').fill(unknown);
		await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
		await expect(page.locator('#field-email-error')).toHaveText('Der findes ingen bruger med denne e-mail. Invitér personen først.');
		await expect(page.getByLabel('Tilføj bruger (e-mail)')).toHaveValue(unknown);

		await page.getByLabel('Tilføj bruger (e-mail)').fill(member.email);
		await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Medlemmet er tilføjet.');
		const members = page.getByRole('region', { name: 'Medlemmer' }).getByRole('listitem');
		await expect(members).toHaveCount(1);
		await expect(members.first()).toContainText(`${member.name} (${member.email})`);
		await expect(members.first()).toContainText('Aktiv');

		// The list and the users page agree.
		await page.goto('/admin/organisations');
		await expect(
			table
				.getByRole('row')
				.filter({ has: page.getByRole('link', { name: renamed, exact: true }) })
				.getByRole('cell', { name: '1', exact: true })
		).toBeVisible();
		await page.goto('/admin/users');
		await expect(userRow(page, member.email).getByRole('cell', { name: renamed })).toBeVisible();

		// Remove again.
		await page.goto('/admin/organisations');
		await page.getByRole('link', { name: renamed, exact: true }).click();
		await page.getByRole('button', { name: `Fjern – ${member.email}` }).click();
		await expect(page.getByRole('status')).toHaveText('Medlemmet er fjernet.');
		await expect(page.getByText('Ingen medlemmer endnu.')).toBeVisible();
	});

	test('an unknown organisation id is a 404', async ({ page, loginAsAdmin }) => {
		await loginAsAdmin(page);
		expect((await page.goto('/admin/organisations/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
		expect((await page.goto('/admin/organisations/not-a-uuid'))?.status()).toBe(404);
	});
});

test.describe('audit log', () => {
	test('shows sign-in events and filters by person', async ({ page, loginAsAdmin, createMember, expectAccessible }) => {
		const member = await createMember();
		// A successful and then a failed sign-in by the member.
		for (const [password, status] of [
			[member.password, 303],
			['Helt forkert adgangskode', 400]
		] as const) {
			const api = await newApiContext();
			try {
				expect((await postForm(api, '/login', { email: member.email, password })).status()).toBe(status);
			} finally {
				await api.dispose();
			}
		}

		await loginAsAdmin(page);
		await page.goto('/admin');
		await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Revisionslog' }).click();
		await expect(page).toHaveURL('/admin/audit');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revisionslog');
		const table = page.getByRole('table', { name: 'Revisionslog' });
		const rows = table.locator('tbody tr');
		// Newest first: the admin's own sign-in is at the top, as readable text; the event code is not shown (issue 11).
		await expect(rows.first().getByRole('cell').nth(1)).toHaveText('Logget ind');
		await expect(rows.first().getByRole('cell').nth(1)).toHaveAttribute('data-action', 'auth.sign_in');
		await expect(table).not.toContainText('auth.sign_in');
		await expect(rows.first().getByRole('cell').nth(2)).toHaveText(ADMIN.email);
		await expect(
			rows
				.filter({ has: page.locator('td[data-action="auth.sign_in"]') })
				.filter({ hasText: member.email })
				.first()
		).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Person').selectOption({ label: member.email });
		await page.getByRole('button', { name: 'Vis' }).click();
		await expect(page).toHaveURL(/\/admin\/audit\?person=[0-9a-f-]{36}$/);
		await expect(page.getByLabel('Person').locator('option:checked')).toHaveText(member.email);

		const actions = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[1]?.dataset.action));
		// Newest first: the failed sign-in, the sign-in, accepting the invitation, the invitation.
		expect(actions).toEqual(['auth.sign_in_failed', 'auth.sign_in', 'auth.invitation_accepted', 'user.invited']);
		for (const row of await rows.all()) {
			const actorAndSubject = `${await row.getByRole('cell').nth(2).textContent()} ${await row.getByRole('cell').nth(3).textContent()}`;
			expect(actorAndSubject).toContain(member.email);
		}
		await expect(
			rows
				.filter({ has: page.locator('td[data-action="user.invited"]') })
				.getByRole('cell')
				.nth(2)
		).toHaveText(ADMIN.email);
		await expect(rows.filter({ hasText: 'Mislykket log ind' }).getByRole('cell').nth(2)).toHaveText('–');
		await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText(/^[0-9a-f]{8}$/);
	});
});
