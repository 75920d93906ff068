import type { Browser, Page } from '@playwright/test';
import {
	type AnswerValue,
	addProblem,
	answer,
	createOrganisationAsAdmin,
	expectFitsWidth,
	next,
	PHONE,
	STEP3,
	STEP4,
	saveScreenshot,
	settle
} from './support/assessment-helpers.ts';
import { BASE_URL, expect, signedInPage, test } from './support/fixtures.ts';

const XSS = '<img src=x onerror="alert(1)">';

interface RespondOptions {
	name: string;
	multipleActors: 'yes' | 'no';
	comment?: string;
	/** Answers other than "yes" to the step-3 and step-4 questions. */
	answers?: Partial<Record<(typeof STEP3)[number] | (typeof STEP4)[number], AnswerValue>>;
	signs?: string[];
	viewport?: { width: number; height: number };
}

/** Answers every question of a group round as an anonymous respondent. */
async function respond(browser: Browser, inviteLink: string, options: RespondOptions) {
	const context = await browser.newContext({
		baseURL: BASE_URL,
		locale: 'da-DK',
		...(options.viewport ? { viewport: options.viewport } : {})
	});
	const page = await context.newPage();
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs += 1;
		await dialog.dismiss();
	});
	await page.goto(inviteLink);
	await settle(page);
	await page.getByLabel('Dit navn (frivilligt)').fill(options.name);
	await answer(page, 'step2.multipleActors', options.multipleActors);
	for (const key of [...STEP3, ...STEP4]) await answer(page, key, options.answers?.[key] ?? 'yes');
	for (const sign of options.signs ?? []) await page.locator(`input[name="${sign}"]`).check();
	if (options.comment) await page.locator('textarea[name="comment.step2.multipleActors"]').fill(options.comment);
	await page.getByRole('button', { name: 'Send mine svar' }).click();
	await page.waitForLoadState('load');
	return { page, context, dialogs: () => dialogs };
}

async function openRound(page: Page, focusProblem: string): Promise<{ roundUrl: string; inviteLink: string }> {
	await page.goto('/grupper');
	await settle(page);
	await page.getByLabel('Fokusproblem').fill(focusProblem);
	await page.getByRole('button', { name: 'Åbn runden' }).click();
	await page.waitForURL(/\/grupper\/[0-9a-f-]{36}$/);
	const inviteLink = (await page.locator('.invite-link').textContent())?.trim() ?? '';
	expect(inviteLink).toMatch(/\/svar\/[A-Za-z0-9_-]{32}$/);
	return { roundUrl: new URL(page.url()).pathname, inviteLink };
}

test.describe('group rounds', () => {
	// Several browsers (facilitator and respondents) in one story: longer than the default 30 s.
	test.describe.configure({ timeout: 150_000 });

	test('three respondents, one disagrees; the facilitator sees it, closes (asked first), gets a late answer, reopens and compares rounds', async ({
		browser,
		adminApi,
		createMember,
		expectAccessible
	}) => {
		test.slow(); // four respondents' browsers, closing twice and reopening
		const organisationId = await createOrganisationAsAdmin(adminApi, `Gruppe ${Date.now()}`);
		const facilitator = await createMember({ organisationId });
		const { context, page } = await signedInPage(browser, facilitator);
		await page.goto('/grupper');
		await expectAccessible(page);
		const { roundUrl, inviteLink } = await openRound(page, 'Unge uden job i Østerbyen');
		await expect(page.locator('.response-count')).toHaveText('0 svar');
		await expectAccessible(page);

		const first = await respond(browser, inviteLink, { name: 'Ada', multipleActors: 'yes', comment: XSS });
		await expect(first.page.getByText('Tak! Dine svar er gemt.')).toBeVisible();
		await expectAccessible(first.page);
		expect(first.dialogs()).toBe(0);
		await first.context.close();
		const second = await respond(browser, inviteLink, { name: '', multipleActors: 'yes' });
		await second.context.close();
		const third = await respond(browser, inviteLink, { name: 'Bo', multipleActors: 'no', comment: 'Kommunen kan løse det alene.' });
		await third.context.close();

		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs += 1;
			await dialog.dismiss();
		});
		await page.goto(roundUrl);
		await expect(page.locator('.response-count')).toHaveText('3 svar');
		const card = page
			.locator('.question-card')
			.filter({ has: page.getByRole('heading', { name: 'Er der flere aktører i systemet, som kan påvirke problemet?' }) });
		// 2 yes and 1 no: a majority with the dissent counted, not "agreement".
		await expect(card).toHaveAttribute('data-consensus', 'majority');
		await expect(card.locator('.consensus')).toHaveText('Flertal: Ja');
		await expect(card.getByText('Afvigende svar: 1')).toBeVisible();
		await expect(card.getByText('2 (67 %)')).toBeVisible();
		await expect(card.getByText(XSS)).toBeVisible(); // shown as text, never run
		await expect(card.getByText('Kommunen kan løse det alene.')).toBeVisible();
		const scale = page.locator('.question-card').filter({ has: page.getByRole('heading', { name: 'Problemets omfang' }) });
		await expect(scale).toHaveAttribute('data-consensus', 'unanimous');
		await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'READY');
		await expectAccessible(page);
		expect(dialogs).toBe(0);
		await page.screenshot({ path: 'test-results/assessment-group-facilitator.png', fullPage: true });

		// Close: the first press asks (no script), "Nej" leaves it open, "Ja" closes it.
		await page.getByRole('button', { name: 'Luk runden' }).click();
		await expect(page.getByRole('heading', { name: 'Vil du lukke runden?' })).toBeVisible();
		await expect(page.getByText('Runden har 3 svar.')).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Nej, lad den være åben' }).click();
		await expect(page.locator('.badge').first()).toHaveText('Åben');
		await page.getByRole('button', { name: 'Luk runden' }).click();
		await page.getByRole('button', { name: 'Ja, luk runden' }).click();
		// an answer arriving now is kept and shown as late, and the respondent is told
		await expect(page.getByText('Runden er lukket. Svar, der kommer nu')).toBeVisible();
		const late = await respond(browser, inviteLink, { name: 'Sen Sigurd', multipleActors: 'no' });
		await expect(late.page.getByRole('alert')).toContainText('Runden blev lukket');
		await late.context.close();
		await page.reload();
		await expect(page.locator('.response-count')).toHaveText('3 svar');
		await expect(page.getByRole('heading', { name: 'Svar sendt efter lukning' })).toBeVisible();
		await expect(page.locator('.late-row')).toContainText('Sen Sigurd');
		// Closed too early: the facilitator opens it again; the late answer stays late, a new answer counts.
		await page.getByRole('button', { name: 'Åbn runden igen' }).click();
		await expect(page.locator('.badge').first()).toHaveText('Åben');
		await expect(page.getByRole('button', { name: 'Luk runden' })).toBeVisible();
		const onTime = await respond(browser, inviteLink, { name: 'Rettidig Rut', multipleActors: 'yes' });
		await expect(onTime.page.getByText('Tak! Dine svar er gemt.')).toBeVisible();
		await onTime.context.close();
		await page.reload();
		await expect(page.locator('.response-count')).toHaveText('4 svar');
		await expect(page.locator('.late-row')).toContainText('Sen Sigurd');
		await page.getByRole('button', { name: 'Luk runden' }).click();
		await page.getByRole('button', { name: 'Ja, luk runden' }).click();

		// A second round on the same problem, compared with the first.
		await page.getByRole('button', { name: 'Åbn en ny runde om samme problem' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Runde 2');
		await page.getByRole('link', { name: 'Sammenlign med runde 1' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sammenligning af runde 1 og 2');
		await expectAccessible(page);
		await context.close();
	});

	test('a 2–2 split, a 3–1 and unticked signs are shown truthfully, with the rule; round and thank-you page fit a phone', async ({
		browser,
		adminApi,
		createMember,
		expectAccessible
	}) => {
		const organisationId = await createOrganisationAsAdmin(adminApi, `Delt ${Date.now()}`);
		const facilitator = await createMember({ organisationId });
		const { context, page } = await signedInPage(browser, facilitator);
		const { roundUrl, inviteLink } = await openRound(page, 'Ensomhed blandt ældre, der bor alene uden familie eller netværk i nærheden');
		const innovation = 'step3.complexSigns.innovation';
		const split = ['yes', 'yes', 'no', 'no'] as const;
		for (const [index, multipleActors] of split.entries()) {
			const respondent = await respond(browser, inviteLink, {
				name: `Deltager ${index + 1}`,
				multipleActors,
				// step3.scale: 3 yes and 1 no
				answers: index === 3 ? { 'step3.scale': 'no' } : {},
				signs: index === 0 ? [innovation] : [],
				viewport: PHONE
			});
			await expect(respondent.page.getByText('Tak! Dine svar er gemt.')).toBeVisible();
			if (index === 0) {
				await expectFitsWidth(respondent.page);
				await saveScreenshot(respondent.page, 'group-thank-you-360');
			}
			await respondent.context.close();
		}

		await page.goto(roundUrl);
		await expect(page.locator('.response-count')).toHaveText('4 svar');
		const card = (name: string) => page.locator('.question-card').filter({ has: page.getByRole('heading', { name, exact: true }) });
		const actors = card('Er der flere aktører i systemet, som kan påvirke problemet?');
		await expect(actors).toHaveAttribute('data-consensus', 'split');
		await expect(actors.locator('.consensus')).toHaveText('⚠ Delt – intet flertal');
		await expect(actors).toContainText('Intet svar fik mere end halvdelen (højst 2 af 4).');
		await expect(actors).not.toContainText('Flertal');
		// the seed's heading is followed by the question it stands for (issue 11)
		const scale = card('Problemets omfang – er problemet omfattende?');
		await expect(scale).toHaveAttribute('data-consensus', 'broad');
		await expect(scale.locator('.consensus')).toHaveText('Bred enighed: Ja');
		await expect(scale.getByText('Afvigende svar: 1')).toBeVisible();
		// A sign nobody ticked is no "no": it is counted as ticks only.
		const sign = page
			.locator('.sign-card')
			.filter({ has: page.getByRole('heading', { name: '...er der behov for innovation eller nye løsninger.' }) });
		await expect(sign).toContainText('1 af 4 (25 %)');
		await expect(sign).not.toContainText('Nej');
		await expect(page.locator('.sign-card').first()).toContainText('0 af 4 (0 %)');
		await expect(page.getByText('præcis halvdelen er ikke et flertal')).toBeVisible();
		// The split question counts as "don't know": the combined outcome is uncertain.
		await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'UNCERTAIN');
		await expectAccessible(page);
		await saveScreenshot(page, 'group-round-split-1280');
		await actors.screenshot({ path: '/tmp/ux-shots/group-round-split-card-1280.png' });
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await saveScreenshot(page, 'group-round-split-360');
		await actors.screenshot({ path: '/tmp/ux-shots/group-round-split-card-360.png' });
		await scale.screenshot({ path: '/tmp/ux-shots/group-round-3-1-card-360.png' });
		await page.goto('/grupper');
		await expectFitsWidth(page);
		await context.close();
	});

	test('unknown invite links answer 404; respondents need no account', async ({ page }) => {
		expect((await page.goto('/svar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))?.status()).toBe(404);
		expect((await page.goto('/svar/nope'))?.status()).toBe(404);
	});
});

test.describe('signed-in assessments and permissions', () => {
	test.describe.configure({ timeout: 150_000 });

	test('a member creates, edits, duplicates and deletes (with confirmation) an assessment with revision history', async ({
		browser,
		adminApi,
		createMember,
		expectAccessible
	}) => {
		const organisationId = await createOrganisationAsAdmin(adminApi, `Vurdering ${Date.now()}`);
		const member = await createMember({ organisationId });
		const { context, page } = await signedInPage(browser, member);
		await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Gemte vurderinger' }).click();
		await expect(page).toHaveURL('/vurderinger');
		await expectAccessible(page);
		await settle(page);
		await page.getByLabel('Navn').fill('Bolig og trivsel');
		await page.getByRole('button', { name: 'Opret og start' }).click();
		await expect(page).toHaveURL(/\/vurderinger\/[0-9a-f-]{36}\/trin\/1$/);
		const base = new URL(page.url()).pathname.replace(/\/trin\/1$/, '');
		await addProblem(page, 'Hjemløshed', [4, 4, 5]);
		await next(page);
		await answer(page, 'step2.multipleActors', 'no');
		await next(page);
		await expect(page).toHaveURL(base);
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'PROGRAM_OR_CAPACITY');
		await expect(page.getByRole('heading', { name: 'Historik' })).toBeVisible();
		// created, problem added, focus confirmed, step 2
		await expect(page.locator('section[aria-labelledby="history-heading"] tbody tr')).toHaveCount(4);
		await expectAccessible(page);
		const csv = await page.request.get(`${base}/csv`);
		expect(csv.status()).toBe(200);

		await page.getByRole('button', { name: 'Kopiér' }).click();
		await expect(page.getByText('Bolig og trivsel (kopi)')).toBeVisible();
		await page.getByRole('link', { name: 'Slet' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slet vurdering');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Ja, slet vurderingen' }).click();
		await expect(page).toHaveURL('/vurderinger');
		await expect(page.getByRole('link', { name: 'Bolig og trivsel (kopi)' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Bolig og trivsel' })).toBeVisible();

		// Outsiders of every role get 404 for the organisation's assessment; signed-out users go to login.
		for (const role of ['member', 'editor', 'admin'] as const) {
			const outsider = await createMember({ role });
			const other = await signedInPage(browser, outsider);
			for (const path of [base, `${base}/trin/1`, `${base}/slet`]) {
				expect((await other.page.goto(path))?.status(), `${role} ${path}`).toBe(404);
			}
			expect((await other.page.request.get(`${base}/csv`)).status()).toBe(404);
			await other.page.goto('/vurderinger');
			await expect(other.page.getByRole('link', { name: 'Bolig og trivsel' })).toHaveCount(0);
			await other.context.close();
		}
		const anonymous = await browser.newContext({ baseURL: BASE_URL });
		const anonymousPage = await anonymous.newPage();
		for (const path of ['/vurderinger', base, '/grupper']) {
			await anonymousPage.goto(path);
			await expect(anonymousPage).toHaveURL(/\/login\?next=/);
		}
		await anonymous.close();
		await context.close();
	});

	test('an editor of the organisation may edit it too', async ({ browser, adminApi, createMember }) => {
		const organisationId = await createOrganisationAsAdmin(adminApi, `Redaktør ${Date.now()}`);
		const editor = await createMember({ organisationId, role: 'editor' });
		const { context, page } = await signedInPage(browser, editor);
		await page.goto('/vurderinger');
		await settle(page);
		await page.getByLabel('Navn').fill('Redaktørens vurdering');
		await page.getByRole('button', { name: 'Opret og start' }).click();
		await expect(page).toHaveURL(/\/trin\/1$/);
		await context.close();
	});
});
