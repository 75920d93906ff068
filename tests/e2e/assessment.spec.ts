import type { Page } from '@playwright/test';
import {
	addProblem,
	answer,
	expectFitsWidth,
	next,
	PATHS,
	PHONE,
	STEP3,
	STEP4,
	saveScreenshot,
	settle,
	startSelfCheck,
	walkSelfCheck
} from './support/assessment-helpers.ts';
import { BASE_URL, expect, test } from './support/fixtures.ts';

/**
 * Step 3's sign count as the browser gives it to a screen reader: the number is a CSS counter
 * (no script), which only the browser's accessibility tree holds, not the DOM's text.
 */
async function signsCountAsRead(page: Page): Promise<string> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.signs-count' });
		const { node } = await cdp.send('DOM.describeNode', { nodeId });
		const { nodes } = await cdp.send('Accessibility.getFullAXTree');
		const byId = new Map(nodes.map((n) => [n.nodeId, n]));
		const texts: string[] = [];
		const walk = (id: string) => {
			const current = byId.get(id);
			if (!current) return;
			if (current.role?.value === 'StaticText' && !current.ignored) texts.push(String(current.name?.value ?? ''));
			for (const child of current.childIds ?? []) walk(child);
		};
		const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
		if (start) walk(start.nodeId);
		return texts.join('').replace(/\s+/g, ' ').trim();
	} finally {
		await cdp.detach();
	}
}

const OUTCOME_TITLES = {
	PROGRAM_OR_CAPACITY: 'Overvej en programløsning og/eller kapacitetsopbygning',
	UNCERTAIN: 'Usikkert – find ud af mere',
	PROGRAM: 'Overvej en programløsning',
	NOT_YET_READY: 'Collective impact er værktøjet – men forudsætningerne er ikke på plads endnu',
	READY: 'Klar til collective impact'
} as const;

test.describe('the quick self-check', () => {
	// Whole walks through four steps with axe on each page take longer than the default 30 s.
	test.describe.configure({ timeout: 90_000 });

	test('is linked from the home page and the navigation', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Start den hurtige vurdering' }).first().click();
		await expect(page).toHaveURL('/vurdering');
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Hurtig vurdering' })).toHaveAttribute(
			'aria-current',
			'page'
		);
	});

	test('READY path: every step and the result pass axe, show progress and the seed wording', async ({ page, expectAccessible }) => {
		await page.goto('/vurdering');
		await expectAccessible(page);
		const base = await walkSelfCheck(page, PATHS.READY, async (step) => {
			await expect(page.getByText(`Trin ${step} af 4`)).toBeVisible();
			await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
			if (step === 1)
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvilket specifikt problem skal vi fokusere på i dette område?');
			if (step === 3) await expect(page.getByText('Collective impact passer kun, når alle fem er ja.', { exact: false })).toBeVisible();
			await expectAccessible(page);
		});
		await expect(page.getByRole('heading', { level: 2, name: OUTCOME_TITLES.READY })).toBeVisible();
		await expect(page.getByText('Hvis ja, overvej en samarbejdsorienteret tilgang til løsning af problemet')).toBeVisible();
		await expect(page.getByRole('link', { name: `${BASE_URL}${base}/resultat` })).toBeVisible();
		await expectAccessible(page);

		// The saved link works in another browser context (no cookie needed).
		const other = await page.context().browser()?.newContext({ baseURL: BASE_URL });
		const otherPage = await other!.newPage();
		await otherPage.goto(`${base}/resultat`);
		await expect(otherPage.getByRole('heading', { level: 2, name: OUTCOME_TITLES.READY })).toBeVisible();
		await other!.close();

		// Downloads.
		const csv = await page.request.get(`${base}/resultat/csv`);
		expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="samspil-vurdering-\d{4}-\d{2}-\d{2}\.csv"$/);
		const csvBody = await csv.body();
		expect(csvBody.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csvBody.toString('utf8')).toContain('Er der flere aktører i systemet, som kan påvirke problemet?');
		const pdf = await page.request.get(`${base}/resultat/pdf`);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect(pdf.headers()['content-disposition']).toContain('attachment');
		expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

		// Print: the navigation and buttons are hidden, the outcome stays.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Hent som PDF' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 2, name: OUTCOME_TITLES.READY })).toBeVisible();
	});

	for (const outcome of ['PROGRAM_OR_CAPACITY', 'UNCERTAIN', 'PROGRAM', 'NOT_YET_READY'] as const) {
		test(`reaches the outcome ${outcome}`, async ({ page }) => {
			await walkSelfCheck(page, PATHS[outcome]);
			await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', outcome);
			await expect(page.getByRole('heading', { level: 2, name: OUTCOME_TITLES[outcome] })).toBeVisible();
			if (outcome === 'NOT_YET_READY') {
				await expect(
					page.getByText(
						'Hvis nej, fokusér på at opbygge nye ressourcer eller målret de eksisterende ressourcer, så de kan støtte samarbejdsindsatsen'
					)
				).toBeVisible();
				// answered "ved ikke": the seed's "Hvis nej" advice after "find out first" (issue 11)
				await expect(
					page.getByText('Find først ud af det. Viser svaret sig at være nej: samarbejd med lokale ildsjæle om at synliggøre problemet')
				).toBeVisible();
				await expect(page.getByText('Hvis nej, samarbejd med lokale ildsjæle om at synliggøre problemet')).toHaveCount(0);
				await expect(page.getByRole('heading', { name: 'Det skal du finde ud af' })).toBeVisible();
			}
			if (outcome === 'PROGRAM_OR_CAPACITY')
				await expect(page.getByText('Hvis nej, overvej en programløsning og/eller kapacitetsopbygning')).toBeVisible();
		});
	}

	test('ranks candidate problems, keeps answers going back and forward, and marks missing answers', async ({ page, expectAccessible }) => {
		const base = await startSelfCheck(page);
		await page.getByRole('button', { name: 'Næste' }).click();
		await expect(page.getByText('Tilføj mindst ét problem.', { exact: true })).toBeVisible();
		await addProblem(page, 'Ensomhed blandt ældre', [2, 3, 2]);
		await addProblem(page, 'Unge uden job', [5, 4, 4]);
		const rows = page.locator('table.problems tbody tr');
		await expect(rows.nth(0)).toContainText('Unge uden job');
		await expect(rows.nth(1)).toContainText('Ensomhed blandt ældre');
		await expect(page.getByRole('radio', { name: 'Unge uden job' })).toBeChecked();
		await next(page);
		await next(page); // no answer given
		await expect(page).toHaveURL(`${base}/trin/2?/save`);
		await expect(page.locator('#q-step2-multipleActors-error')).toHaveText('Vælg ja, nej eller ved ikke.');
		await expectAccessible(page);
		await answer(page, 'step2.multipleActors', 'yes');
		await next(page);
		await page.locator('input[name="step3.complexSigns.noSingleActor"]').check();
		await page.locator('input[name="step3.complexSigns.innovation"]').check();
		await answer(page, 'step3.scale', 'yes');
		// the count follows the ticks without a button or script (a CSS counter)
		await expect(page.getByRole('button', { name: 'Opdatér antallet af tegn' })).toHaveCount(0);
		expect(await signsCountAsRead(page)).toBe('2 af 5 tegn');
		// Missing answers are marked, the ones given are kept.
		await next(page);
		await expect(page.locator('#q-step3-complexity-error')).toBeVisible();
		await expect(page.locator('input[name="step3.scale"][value="yes"]')).toBeChecked();
		await page.getByRole('button', { name: 'Tilbage' }).click();
		await expect(page).toHaveURL(`${base}/trin/2`);
		await expect(page.locator('input[name="step2.multipleActors"][value="yes"]')).toBeChecked();
		await next(page);
		await expect(page.locator('input[name="step3.scale"][value="yes"]')).toBeChecked();
		await expect(page.locator('input[name="step3.complexSigns.innovation"]')).toBeChecked();
		for (const key of STEP3) await answer(page, key, 'yes');
		await next(page);
		await expect(page).toHaveURL(`${base}/trin/4`);
		// Step 1 remembers the chosen focus problem.
		await page.goto(`${base}/trin/1`);
		await expect(page.getByRole('radio', { name: 'Unge uden job' })).toBeChecked();
	});

	test('the top-ranked problem is the focus until someone chooses; a choice is kept, and the page says what outranks it', async ({
		page,
		expectAccessible
	}) => {
		const base = await startSelfCheck(page);
		await addProblem(page, 'Trafiksikkerhed', [2, 2, 2]);
		await addProblem(page, 'Unge uden job', [5, 4, 5]);
		await addProblem(page, 'Ensomhed', [3, 3, 3]);
		await expect(page.locator('table.problems tbody tr').first()).toContainText('Unge uden job');
		// The default moved with the ranking: the first problem added is not kept.
		await expect(page.getByRole('radio', { name: 'Unge uden job' })).toBeChecked();
		await expect(page.getByText('Det højest rangerede problem er valgt på forhånd.')).toBeVisible();
		await next(page);
		await expect(page).toHaveURL(`${base}/trin/2`);
		await page.goto(`${base}/trin/1`);
		await expect(page.getByRole('radio', { name: 'Unge uden job' })).toBeChecked();

		// An explicit choice of a lower-ranked problem is kept when a higher-ranked one is added, and said.
		await page.getByRole('radio', { name: 'Trafiksikkerhed' }).check();
		await next(page);
		await page.goto(`${base}/trin/1`);
		await addProblem(page, 'Hjemløshed', [5, 5, 5]);
		await expect(page.getByRole('radio', { name: 'Trafiksikkerhed' })).toBeChecked();
		await expect(page.locator('.focus-outranked')).toHaveText(
			'Du har valgt »Trafiksikkerhed« som fokusproblem. »Hjemløshed« er rangeret højest (15 mod 6 point). Vælg det, hvis du hellere vil vurdere det.'
		);
		await expectAccessible(page);
	});

	test('Enter goes forward on every step, also without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, locale: 'da-DK' });
		const page = await context.newPage();
		const base = await startSelfCheck(page);
		// Enter in the problem's name adds the problem (the add form's own button).
		await page.getByLabel('Problemets navn').fill('Ensomhed');
		await page.getByLabel('Problemets navn').press('Enter');
		await expect(page.getByRole('radio', { name: 'Ensomhed' })).toBeChecked();
		await addProblem(page, 'Unge uden job', [5, 4, 5]);
		// Enter on the focus choice goes on with that problem, never removes one.
		await page.getByRole('radio', { name: 'Unge uden job' }).press('Enter');
		await expect(page).toHaveURL(`${base}/trin/2`);
		await answer(page, 'step2.multipleActors', 'yes');
		await page.locator('input[name="step2.multipleActors"][value="yes"]').press('Enter');
		await expect(page).toHaveURL(`${base}/trin/3`);
		for (const key of STEP3) await answer(page, key, 'yes');
		await page.locator('input[name="step3.complexSigns.innovation"]').check();
		await page.locator('input[name="step3.complexSigns.innovation"]').press('Enter');
		await expect(page).toHaveURL(`${base}/trin/4`);
		for (const key of STEP4) await answer(page, key, 'yes');
		await page.locator('input[name="step4.burningPlatform"][value="yes"]').press('Enter');
		await expect(page).toHaveURL(`${base}/resultat`);
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'READY');
		await context.close();
	});

	test('fits a 360 px phone with long candidate problems, on every step and the result', async ({ page }) => {
		await page.setViewportSize(PHONE);
		const base = await startSelfCheck(page);
		await addProblem(page, 'Trafiksikkerhed omkring skolerne i den nordlige del af bydelen', [2, 2, 2]);
		await addProblem(page, 'Unge uden job eller uddannelse i de almene boligområder i Østerbyen', [5, 4, 5]);
		await addProblem(page, 'Ensomhed blandt ældre, der bor alene uden familie eller netværk i nærheden', [3, 3, 3]);
		await expectFitsWidth(page);
		await saveScreenshot(page, 'step1-three-candidates-360');
		await page.setViewportSize({ width: 1280, height: 900 });
		await saveScreenshot(page, 'step1-three-candidates-1280');
		await page.setViewportSize(PHONE);
		await next(page);
		await expectFitsWidth(page);
		await next(page); // without an answer: the error messages must fit too
		await expectFitsWidth(page);
		await answer(page, 'step2.multipleActors', 'yes');
		await next(page);
		await expectFitsWidth(page);
		for (const key of STEP3) await answer(page, key, 'yes');
		await next(page);
		await expectFitsWidth(page);
		for (const key of STEP4) await answer(page, key, 'no');
		await next(page);
		await expect(page).toHaveURL(`${base}/resultat`);
		await expectFitsWidth(page);
		await saveScreenshot(page, 'result-360');
	});

	test('refuses over-long and CPR-number text with a message and keeps the input', async ({ page }) => {
		await startSelfCheck(page);
		await settle(page);
		await page.getByLabel('Problemets navn').fill('Borger 010203-1234 har problemet');
		await page.getByRole('button', { name: 'Tilføj problem' }).click();
		await expect(page.locator('#field-title-error')).toContainText('CPR-nummer');
		await expect(page.getByLabel('Problemets navn')).toHaveValue('Borger 010203-1234 har problemet');
		const response = await page.request.post(`${new URL(page.url()).pathname.replace(/\?.*$/, '')}?/add`, {
			form: { title: 'x'.repeat(500), dramaticImprovement: '3', contextualChange: '3', urgentNeed: '3' },
			headers: { Origin: BASE_URL, Accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('Teksten er for lang');
	});

	test('unknown and malformed links give a clear 404 page', async ({ page, expectAccessible }) => {
		for (const path of [
			'/vurdering/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/resultat',
			'/vurdering/kort/trin/1',
			'/vurdering/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/resultat/csv'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
		}
		await page.goto('/vurdering/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/trin/2');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page);
	});

	test('"Gem og del" gives a read-only share link; every edit route and action refuses the share token (issue 11, bug 6)', async ({
		page,
		expectAccessible
	}) => {
		const base = await walkSelfCheck(page, PATHS.READY);
		const privateToken = base.split('/').at(-1) ?? '';
		const shareLink = page.getByRole('link', { name: /\/vurdering\/delt\// });
		await expect(shareLink).toHaveCount(1);
		const sharePath = new URL((await shareLink.getAttribute('href')) ?? '').pathname;
		const shareToken = sharePath.split('/').at(-1) ?? '';
		expect(shareToken).not.toContain(privateToken);

		// Someone else opens the shared result: they read it, with no way to change it.
		const other = await page.context().browser()?.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
		const reader = await other!.newPage();
		try {
			await reader.goto(sharePath);
			await expect(reader.getByRole('heading', { level: 2, name: OUTCOME_TITLES.READY })).toBeVisible();
			await expect(reader.getByText('Du ser et delt resultat. Det kan kun læses')).toBeVisible();
			await expect(reader.getByRole('link', { name: 'Ret svarene' })).toHaveCount(0);
			await expect(reader.locator(`a[href*="${privateToken}"]`)).toHaveCount(0);
			await expect(reader.locator('main a[href*="/trin/"], main form')).toHaveCount(0);
			expect(await reader.content()).not.toContain(privateToken);
			await expectAccessible(reader);
			for (const width of [1280, 360]) {
				await reader.setViewportSize({ width, height: 900 });
				await saveScreenshot(reader, `shared-result-${width}`);
				await expectFitsWidth(reader, width);
			}
			const pdf = await reader.request.get(`${sharePath}/pdf`);
			expect(pdf.status()).toBe(200);
			const csv = await reader.request.get(`${sharePath}/csv`);
			expect(await csv.text()).not.toContain(privateToken);

			// Every page and action of the private link refuses the share token, as it refuses any unknown link.
			for (const path of ['/trin/1', '/trin/2', '/trin/3', '/trin/4', '/resultat', '/resultat/csv', '/resultat/pdf']) {
				expect((await reader.request.get(`/vurdering/${shareToken}${path}`, { maxRedirects: 0 })).status(), path).toBe(404);
			}
			for (const [step, action, form] of [
				['1', 'add', { title: 'Overtaget', dramaticImprovement: '3', contextualChange: '3', urgentNeed: '3' }],
				['1', 'remove', { problemId: 'x' }],
				['2', 'save', { 'step2.multipleActors': 'no' }],
				['4', 'save', { 'step4.champions': 'no' }]
			] as const) {
				const response = await reader.request.post(`/vurdering/${shareToken}/trin/${step}?/${action}`, {
					form,
					headers: { Origin: BASE_URL, Accept: 'text/html' },
					maxRedirects: 0
				});
				expect(response.status(), `${step} ${action}`).toBe(404);
			}
			// A share token that was tampered with is no link at all.
			const tampered = `${shareToken.slice(0, -1)}${shareToken.endsWith('A') ? 'B' : 'A'}`;
			expect((await reader.request.get(`/vurdering/delt/${tampered}`)).status()).toBe(404);
			// The owner's result is as it was.
			await page.goto(`${base}/resultat`);
			await expect(page.getByRole('heading', { level: 2, name: OUTCOME_TITLES.READY })).toBeVisible();
		} finally {
			await other!.close();
		}
	});

	test('works with JavaScript disabled', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false, locale: 'da-DK' });
		const page = await context.newPage();
		await walkSelfCheck(page, PATHS.NOT_YET_READY);
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'NOT_YET_READY');
		await page.getByRole('link', { name: 'Ret svarene' }).click();
		await expect(page.getByRole('radio', { name: 'Unge uden uddannelse' })).toBeChecked();
		await context.close();
	});

	test('is translated into English', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: BASE_URL });
		await context.addCookies([{ name: 'samspil_locale', value: 'en', url: BASE_URL }]);
		const page = await context.newPage();
		await page.goto('/vurdering');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quick assessment: Collective impact – when?');
		await page.getByRole('button', { name: 'Start the assessment' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which specific problem should we focus on in this area?');
		await context.close();
	});
});
