/**
 * Actors, commitments, activities and the contribution matrix (issue 12 §4–5), through the pages as
 * a browser without JavaScript uses them: add an actor from the organisations register and one on
 * the fly, commitments, activities, watch the matrix flags change, delete an actor that owns
 * activities and move them; axe on every page; 360 px with a filled matrix.
 *
 * Goals are made on the agenda page (another part of issue 12). Until that page exists in the
 * build, the goal steps are skipped and said so; everything else runs.
 */
import type { Page } from '@playwright/test';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { createUser, expect, test } from './support/fixtures.ts';
import { startInitiative } from './support/measurement-helpers.ts';

const origin = () => process.env.SAMSPIL_E2E_BASE_URL ?? 'http://127.0.0.1:4173';

async function post(page: Page, url: string, form: Record<string, string>) {
	return page.request.post(url, { form, headers: { Origin: origin(), Accept: 'text/html' }, maxRedirects: 0 });
}

/** Adds a goal on the agenda page; false when that page is not in this build. */
async function addGoal(page: Page, base: string, title: string, parentId?: string): Promise<boolean> {
	const response = await post(page, `${base}/agenda?/addGoal`, { title, description: '', ...(parentId ? { parentId } : {}) });
	if (response.status() === 404) return false;
	expect(response.status()).toBe(303);
	return true;
}

/** The goal ids by title, read from the activities filter (every goal is an option there). */
async function goalIds(page: Page, base: string): Promise<Map<string, string>> {
	await page.goto(`${base}/aktiviteter`);
	const options = await page
		.locator('#filter-goal option')
		.evaluateAll((nodes) => nodes.map((n) => [(n.textContent ?? '').replace(/^– /, '').trim(), (n as HTMLOptionElement).value] as const));
	return new Map(options.filter(([, id]) => id !== ''));
}

test('actors from the register and on the fly, commitments, activities, the matrix flags, deleting an actor with activities', async ({
	page,
	adminApi,
	signIn,
	expectAccessible
}) => {
	test.setTimeout(180_000);
	const register = `Erhvervshus ${Date.now().toString(36)}`;
	const created = await adminApi.post('/admin/organisations?/create', { form: { name: register, sector: 'business' }, maxRedirects: 0 });
	expect(created.status()).toBeLessThan(400);
	const lead = await createUser(adminApi);
	await signIn(page, lead.email, lead.password);
	const base = await startInitiative(page, `Unge i job ${Date.now().toString(36)}`, 'Unge uden job');

	const hasGoals = await addGoal(page, base, 'Flere unge i job');
	let goals = new Map<string, string>();
	if (hasGoals) {
		goals = await goalIds(page, base);
		const longTerm = goals.get('Flere unge i job') as string;
		expect(await addGoal(page, base, 'Mentorordning', longTerm)).toBe(true);
		expect(await addGoal(page, base, 'Praktikpladser', longTerm)).toBe(true);
		goals = await goalIds(page, base);
	}

	// Actors: one from the register (its name and sector come along), one on the fly
	await page.goto(`${base}/aktoerer`);
	await expect(page.getByRole('heading', { level: 1, name: 'Aktører' })).toBeVisible();
	await expect(page.getByText('Kun navn og arbejdsmail.')).toBeVisible();
	await expectAccessible(page);
	await page.locator('#add-organisation').selectOption({ label: `${register} (Virksomhed)` });
	await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: register })).toBeVisible();
	await expect(page.getByText('Aktøren er tilføjet.')).toBeVisible();
	await expect(page.locator('dl.facts')).toContainText('Virksomhed');

	await page.goto(`${base}/aktoerer`);
	await page.locator('#add-name').fill('Ungdommens Uddannelsesvejledning');
	await page.locator('#add-sector').selectOption('public');
	await page.locator('#add-contact-name').fill('Kim Berg');
	await page.locator('#add-contact-email').fill('ikke-en-mail');
	await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
	// a bad e-mail: a message next to the field, and what was typed is kept
	await expect(page.locator('#add-contact-email-error')).toBeVisible();
	await expect(page.locator('#add-name')).toHaveValue('Ungdommens Uddannelsesvejledning');
	await page.locator('#add-contact-email').fill('kim@uu.dk');
	await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ungdommens Uddannelsesvejledning' })).toBeVisible();
	const uuUrl = new URL(page.url()).pathname;
	// the same name again, in other letters: a field message
	await page.goto(`${base}/aktoerer`);
	await page.locator('#add-name').fill('UNGDOMMENS UDDANNELSESVEJLEDNING');
	await page.locator('#add-sector').selectOption('public');
	await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
	await expect(page.locator('#add-name-error')).toHaveText('Der er allerede en aktør med det navn i initiativet.');

	// The matrix: two sectors, two partners without a commitment
	await page.goto(`${base}/bidrag`);
	const actorsFlag = page.locator('.flag').filter({ hasText: 'Partnere uden forpligtelse' });
	const sectorsFlag = page.locator('.flag').filter({ hasText: 'Sektorer, der mangler' });
	await expect(actorsFlag.getByText('⚠ 2')).toBeVisible();
	await expect(actorsFlag).toContainText('Regel: hver aktør har mindst én forpligtelse');
	await expect(sectorsFlag.getByText('⚠ 2/6')).toBeVisible();
	await expect(sectorsFlag).toContainText('Regel: mindst 3 af de seks sektorer er med. I dag er 2 med.');
	await expectAccessible(page);

	// A commitment for each partner, and a third sector
	for (const [url, text] of [
		[uuUrl, 'Vejledning af 40 unge om året'],
		[null, 'To virksomhedsbesøg om måneden']
	] as const) {
		if (url) await page.goto(url);
		else {
			await page.goto(`${base}/aktoerer`);
			await page.getByRole('link', { name: register }).click();
		}
		await page.locator('#commitment-new-text').fill(text);
		if (hasGoals) await page.getByRole('checkbox', { name: 'Mentorordning' }).last().check();
		await page.getByRole('button', { name: 'Tilføj forpligtelsen' }).click();
		await expect(page.getByText('Forpligtelsen er gemt.')).toBeVisible();
		await expect(page.locator('.commitments')).toContainText(text);
	}
	await expectAccessible(page);
	await page.goto(`${base}/aktoerer`);
	await page.locator('#add-name').fill('Frivilligcentret');
	await page.locator('#add-sector').selectOption('civil_society');
	await page.locator('#add-role').selectOption('funder');
	await page.getByRole('button', { name: 'Tilføj aktøren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Frivilligcentret' })).toBeVisible();

	await page.goto(`${base}/bidrag`);
	await expect(actorsFlag).toContainText('✓ I orden');
	await expect(actorsFlag).toContainText('Alle partnere har mindst én forpligtelse.');
	await expect(sectorsFlag).toContainText('✓ I orden');
	if (hasGoals) {
		const goalsFlag = page.locator('.flag').filter({ hasText: 'Mål uden planlagt eller igangværende aktivitet' });
		await expect(goalsFlag.getByText('⚠ 2')).toBeVisible();
		await expect(page.locator('table.matrix')).toContainText('F1');
	}

	// Activities: the end before the start is a field message, the input kept
	await page.goto(`${base}/aktiviteter`);
	await expectAccessible(page);
	await page.locator('#add-actor').selectOption({ label: 'Frivilligcentret' });
	await page.locator('#add-title').fill('Mentorcafé hver torsdag');
	await page.locator('#add-status').selectOption('running');
	await page.locator('#add-starts').fill('2026-03-01');
	await page.locator('#add-ends').fill('2026-02-01');
	if (hasGoals) {
		await page.getByRole('checkbox', { name: 'Mentorordning' }).check();
		await page.getByRole('checkbox', { name: 'Praktikpladser' }).check();
	}
	await page.getByRole('button', { name: 'Tilføj aktiviteten' }).click();
	await expect(page.locator('#add-ends-error')).toHaveText('Slutdatoen ligger før startdatoen.');
	await expect(page.locator('#add-title')).toHaveValue('Mentorcafé hver torsdag');
	if (hasGoals) await expect(page.getByRole('checkbox', { name: 'Praktikpladser' })).toBeChecked();
	await page.locator('#add-ends').fill('2026-12-31');
	await page.getByRole('button', { name: 'Tilføj aktiviteten' }).click();
	await expect(page.getByText('Aktiviteten er tilføjet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Mentorcafé hver torsdag' })).toBeVisible();
	// the filter (a GET form)
	await page.locator('#filter-status').selectOption('done');
	await page.getByRole('button', { name: 'Vis', exact: true }).click();
	await expect(page).toHaveURL(/status=done/);
	await expect(page.getByText('Aktiviteter, der passer til filteret: 0')).toBeVisible();

	if (hasGoals) {
		await page.goto(`${base}/bidrag`);
		await expect(page.locator('.flag').filter({ hasText: 'Mål uden planlagt' })).toContainText('✓ I orden');
	}

	// Deleting an actor that owns an activity asks what to do with it
	await page.goto(`${base}/aktoerer`);
	await page.getByRole('link', { name: 'Frivilligcentret' }).click();
	await page.getByRole('link', { name: 'Slet aktøren …' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Slet Frivilligcentret?' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Slet aktøren' }).click();
	await expect(page.locator('#activities-error')).toHaveText('Vælg, om aktiviteterne skal flyttes eller slettes.');
	await page.getByRole('radio', { name: 'Flyt dem til en anden aktør' }).check();
	await page.locator('#move-to').selectOption({ label: 'Ungdommens Uddannelsesvejledning' });
	await page.getByRole('button', { name: 'Slet aktøren' }).click();
	await expect(page.getByText('Aktøren er slettet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Frivilligcentret' })).toHaveCount(0);
	await page.goto(`${base}/aktiviteter`);
	const row = page.getByRole('row').filter({ hasText: 'Mentorcafé hver torsdag' });
	await expect(row).toContainText('Ungdommens Uddannelsesvejledning');
	await row.getByRole('link').click();
	await expectAccessible(page);
});

test('a filled matrix (12 actors) fits a 360 px phone: the table scrolls inside its frame', async ({
	page,
	adminApi,
	signIn,
	expectAccessible
}) => {
	test.setTimeout(180_000);
	const lead = await createUser(adminApi);
	await signIn(page, lead.email, lead.password);
	const base = await startInitiative(page, `Bred matrix ${Date.now().toString(36)}`, 'Unge uden job');
	const sectors = ['public', 'foundation', 'civil_society', 'business', 'knowledge', 'citizen_group'];
	for (let i = 0; i < 12; i += 1) {
		const response = await post(page, `${base}/aktoerer?/add`, {
			organisationId: '',
			name: `Aktør nummer ${i + 1} med et langt navn`,
			sector: sectors[i % 6],
			role: 'partner',
			contactName: '',
			contactEmail: ''
		});
		expect(response.status()).toBe(303);
	}
	const hasGoals = await addGoal(page, base, 'Langsigtet mål');
	if (hasGoals) {
		const longTerm = (await goalIds(page, base)).get('Langsigtet mål') as string;
		for (let i = 1; i <= 5; i += 1) await addGoal(page, base, `Delmål ${i}`, longTerm);
		const goals = await goalIds(page, base);
		const actorIds = await page
			.locator('#filter-actor option')
			.evaluateAll((n) => n.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		for (const [index, actorId] of actorIds.entries()) {
			const response = await post(page, `${base}/aktiviteter?/add`, {
				actorId,
				title: `Aktivitet ${index + 1}`,
				description: '',
				status: 'running',
				startsOn: '',
				endsOn: '',
				goalIds: goals.get(`Delmål ${(index % 5) + 1}`) as string
			});
			expect(response.status()).toBe(303);
		}
	}
	await page.setViewportSize(PHONE);
	for (const path of ['/bidrag', '/aktoerer', '/aktiviteter']) {
		await page.goto(`${base}${path}`);
		await expectFitsWidth(page);
	}
	await page.goto(`${base}/bidrag`);
	if (hasGoals) {
		const wrap = page.locator('.matrix-wrap');
		const [scrollWidth, clientWidth] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		await expect(page.locator('table.matrix tbody tr')).toHaveCount(6);
	} else {
		await expect(page.getByText('Der er ingen mål endnu.').first()).toBeVisible();
	}
	await expectAccessible(page);
});
