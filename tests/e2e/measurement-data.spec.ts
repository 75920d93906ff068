/**
 * Reported values with approval (issue 13 § 2), through the pages as a browser without JavaScript
 * uses them: a partner editor reports "12,5" in Danish (and a value typed the English way is refused
 * next to its field, the input kept), the backbone lead approves one value and rejects another with a
 * comment (a rejection without one is refused, by keyboard), the partner sees the comment; the
 * history shows every version. Axe on each page (with JavaScript on, as axe needs it), 360 px width.
 *
 * The indicator is made through the new-indicator page (another part of issue 13). Until that page
 * exists in the build, the test is skipped and says so.
 */
import type { Browser, Page } from '@playwright/test';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { BASE_URL, createUser, expect, readLatestMail, signIn, type TestUser, test } from './support/fixtures.ts';
import { postAs as post, startInitiative } from './support/measurement-helpers.ts';

/** A browser page without JavaScript, signed in as `user`. */
async function noScriptPage(browser: Browser, user: TestUser): Promise<Page> {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, user.email, user.password);
	return page;
}

test('a partner reports 12,5, the lead approves one value and rejects another with a comment, the partner sees it; the history keeps every version', async ({
	browser,
	page,
	adminApi,
	expectAccessible
}) => {
	test.setTimeout(240_000);
	const lead = await createUser(adminApi, { name: 'Lene Leder' });
	const partner = await createUser(adminApi, { name: 'Per Partner' });
	await signIn(page, lead.email, lead.password);

	// The initiative, the partner's actor, the partner invited as its partner editor
	const base = await startInitiative(page, `Unge i job ${Date.now().toString(36)}`, 'Unge uden job');
	const slug = base.split('/').pop() as string;
	const actor = await post(page, `${base}/aktoerer?/add`, {
		name: 'Jobcentret',
		sector: 'public',
		role: 'partner',
		contactName: '',
		contactEmail: ''
	});
	expect(actor.status()).toBe(303);
	const actorId = (actor.headers().location as string).split('/').pop()?.split('?')[0] as string;
	const since = new Date();
	const invited = await post(page, `${base}/medlemmer?/invite`, { email: partner.email, role: 'partner_editor', actorId });
	expect(invited.status()).toBeLessThan(400);
	const mail = await readLatestMail(partner.email, { since, subject: /^Invitation til/ });
	const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
	expect(token).toBeTruthy();

	// The indicator, through the new-indicator page (another part builds it)
	const created = await post(page, `${base}/maaling/indikatorer/ny?/create`, {
		name: 'Unge i job eller uddannelse',
		definition: 'Unge 18–29 år i job eller uddannelse tre måneder efter forløbet.',
		kind: 'better_off',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'count',
		unitLabel: '',
		source: 'Jobcentrets CRM',
		reportingDelayDays: '30',
		validMin: '0',
		validMax: '500',
		responsibleActorId: actorId,
		dimension0Label: 'Køn',
		dimension0Key: 'koen',
		dimension0Categories: 'k = Kvinde\nm = Mand'
	});
	test.skip(created.status() === 404, 'the new-indicator page (/maaling/indikatorer/ny) is not in this build yet');
	expect(created.status()).toBe(303);
	const indicatorId = /\/maaling\/([0-9a-f-]{36})/.exec(created.headers().location as string)?.[1] as string;
	const measurement = `${base}/maaling`;

	// The partner accepts the invitation and reports, without JavaScript
	const partnerPage = await noScriptPage(browser, partner);
	expect((await post(partnerPage, `/invitation/${token}?/accept`, {})).status()).toBe(303);
	await partnerPage.goto(`${measurement}/${indicatorId}/indberet`);
	await expect(partnerPage.getByRole('heading', { level: 1 })).toHaveText('Indberet: Unge i job eller uddannelse');
	expect(await partnerPage.locator('script').count()).toBe(0);
	await expect(partnerPage.getByText('Du indberetter for Jobcentret.')).toBeVisible();
	const defaultPeriod = await partnerPage.locator('#field-period').inputValue();
	expect(defaultPeriod).toMatch(/^\d{4}-Q[1-4]$/);
	// the English way in Danish: refused next to the field, what was typed kept
	await partnerPage.getByLabel('Værdi (Antal)').fill('12.5');
	await partnerPage.getByLabel('Note (valgfri)').fill('Fra CRM');
	await partnerPage.getByRole('button', { name: 'Send til godkendelse' }).click();
	await expect(partnerPage.locator('#field-value-error')).toHaveText('Brug komma som decimaltegn, fx 12,5.');
	await expect(partnerPage.getByLabel('Værdi (Antal)')).toHaveValue('12.5');
	await expect(partnerPage.getByLabel('Note (valgfri)')).toHaveValue('Fra CRM');
	await partnerPage.getByLabel('Værdi (Antal)').fill('12,5');
	await partnerPage.getByRole('button', { name: 'Send til godkendelse' }).click();
	const confirmation = partnerPage.locator('.confirmation');
	await expect(confirmation).toContainText('Værdien er sendt');
	await expect(confirmation).toContainText(`12,5 for ${defaultPeriod} (I alt (ingen opdeling))`);
	await expect(confirmation.getByRole('link', { name: 'Se historikken for perioden' })).toHaveAttribute(
		'href',
		`${measurement}/${indicatorId}/historik?periode=${defaultPeriod}`
	);
	await expect(confirmation.getByRole('link', { name: 'Overblik over målingen' })).toHaveAttribute('href', measurement);
	// a second value, for a typed period and one category
	await partnerPage.goto(`${measurement}/${indicatorId}/indberet`);
	await partnerPage.getByLabel('Eller skriv en anden periode').fill('2024-Q3');
	await partnerPage.getByLabel('Køn').selectOption({ label: 'Kvinde' });
	await partnerPage.getByLabel('Værdi (Antal)').fill('1.234');
	await partnerPage.getByRole('button', { name: 'Send til godkendelse' }).click();
	await expect(partnerPage.locator('.confirmation')).toContainText('1.234 for 2024-Q3 (Køn: Kvinde)');

	await signIn(page, partner.email, partner.password);
	await page.goto(`${measurement}/${indicatorId}/indberet`);
	await expectAccessible(page);
	await page.setViewportSize(PHONE);
	await expectFitsWidth(page);
	await page.setViewportSize({ width: 1280, height: 900 });

	// The lead decides, without JavaScript
	const leadPage = await noScriptPage(browser, lead);
	await leadPage.goto(`${measurement}/godkendelser`);
	await expect(leadPage.getByText('2 værdier venter på din godkendelse.')).toBeVisible();
	const first = leadPage.locator('li.approval').filter({ hasText: defaultPeriod });
	const second = leadPage.locator('li.approval').filter({ hasText: '2024-Q3' });
	await expect(first).toContainText('12,5');
	await expect(first).toContainText('Jobcentret (Per Partner)');
	await expect(first).toContainText('Fra CRM');
	await first.getByRole('button', { name: 'Godkend' }).click();
	await expect(leadPage.getByText('Værdien er godkendt.')).toBeVisible();
	// a rejection needs a comment: refused next to it; then by keyboard, with one
	await second.getByRole('button', { name: 'Afvis' }).click();
	await expect(second.locator('.error')).toHaveText('Skriv hvorfor værdien afvises.');
	await second.getByLabel('Kommentar ved afvisning').focus();
	await leadPage.keyboard.type('Tallet dækker hele året, ikke kvartalet.');
	await leadPage.keyboard.press('Tab');
	await expect(second.getByRole('button', { name: 'Afvis' })).toBeFocused();
	await leadPage.keyboard.press('Enter');
	await expect(leadPage.getByText('Værdien er afvist, og indberetteren kan se din kommentar.')).toBeVisible();
	await expect(leadPage.getByText('Ingen værdier venter på godkendelse.')).toBeVisible();

	// The partner sees the comment on their approvals page and may report again
	await partnerPage.goto(`${measurement}/godkendelser`);
	const rejected = partnerPage.locator('li.approval').filter({ hasText: '2024-Q3' });
	await expect(rejected).toContainText('Afvist');
	await expect(rejected).toContainText('Tallet dækker hele året, ikke kvartalet.');
	await expect(rejected.getByRole('link', { name: 'Indberet igen' })).toBeVisible();
	await page.goto(`${measurement}/godkendelser`);
	await expectAccessible(page);
	await page.setViewportSize(PHONE);
	await expectFitsWidth(page);
	await page.setViewportSize({ width: 1280, height: 900 });

	// A correction of the approved value says so on the form
	await partnerPage.goto(`${measurement}/${indicatorId}/indberet?periode=${defaultPeriod}`);
	await expect(partnerPage.locator('#correction-notice')).toContainText('Der er allerede en godkendt værdi');
	await expect(partnerPage.locator('#correction-notice')).toContainText('12,5');
	await partnerPage.getByLabel('Værdi (Antal)').fill('13');
	await partnerPage.getByRole('button', { name: 'Send rettelsen til godkendelse' }).click();
	await expect(partnerPage.locator('.confirmation')).toContainText('Det er en rettelse: den godkendte værdi 12,5 tæller');

	// The history: every version, who and when
	await leadPage.goto(`${measurement}/${indicatorId}/historik`);
	await expect(leadPage.getByRole('heading', { level: 1 })).toHaveText('Historik: Unge i job eller uddannelse');
	const current = leadPage.locator('section.period').filter({ hasText: defaultPeriod });
	await expect(current.locator('li.version')).toHaveCount(2);
	await expect(current.locator('li.version').first()).toContainText('Indsendt');
	await expect(current.locator('li.version').nth(1)).toContainText('Godkendt af Lene Leder');
	const older = leadPage.locator('section.period').filter({ hasText: '2024-Q3' });
	await expect(older).toContainText('Kommentar: Tallet dækker hele året, ikke kvartalet.');
	await page.goto(`${measurement}/${indicatorId}/historik`);
	await expectAccessible(page);
	await page.setViewportSize(PHONE);
	await expectFitsWidth(page);

	// A viewer-less outsider and another initiative's id: not found
	const outsider = await createUser(adminApi);
	const outsiderPage = await noScriptPage(browser, outsider);
	for (const url of [`${measurement}/godkendelser`, `${measurement}/${indicatorId}/historik`, `${measurement}/${indicatorId}/indberet`]) {
		expect((await outsiderPage.goto(url))?.status(), url).toBe(404);
	}
	expect((await leadPage.goto(`/initiativer/${slug}/maaling/00000000-0000-4000-8000-000000000000/historik`))?.status()).toBe(404);
});
