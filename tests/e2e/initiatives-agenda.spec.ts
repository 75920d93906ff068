/**
 * The common agenda (issue 12 §3) in the browser, with JavaScript off (the app ships none): the
 * backbone lead writes the problem and vision, adds long-term goals and sub-goals, reorders them with
 * the up/down buttons, adds strategies, edits; a second tab's save meets a conflict with the text
 * kept; the history shows what changed; deleting a goal with sub-goals asks first. Axe and 360 px on
 * every page.
 */
import type { Page } from '@playwright/test';
import { expectFitsWidth, PHONE, saveScreenshot } from './support/assessment-helpers.ts';
import { expect, test } from './support/fixtures.ts';

async function startInitiative(page: Page, name: string): Promise<string> {
	await page.goto('/initiativer/ny');
	await page.locator('#field-name').fill(name);
	await page.locator('input[name="areas"][value="DK"]').check();
	await Promise.all([
		page.waitForURL((url) => /^\/initiativer\/[a-z0-9-]+$/.test(url.pathname) && !url.pathname.endsWith('/ny')),
		page.getByRole('button', { name: 'Start initiativet' }).click()
	]);
	return new URL(page.url()).pathname;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A goal's heading: its kind (long-term goal or sub-goal), then exactly its title. */
const goalHeading = (page: Page, title: string) =>
	page.getByRole('heading', { name: new RegExp(`^(Langsigtet mål|Delmål) ${escapeRegExp(title)}$`) });

const goal = (page: Page, title: string) =>
	page
		.locator('article.goal')
		.filter({ has: goalHeading(page, title) })
		.first();

async function addGoal(page: Page, title: string, description = '') {
	await page.locator('#new-goal-title').fill(title);
	if (description) await page.locator('#new-goal-description').fill(description);
	await page.getByRole('button', { name: 'Tilføj målet' }).click();
	await expect(goalHeading(page, title)).toBeVisible();
}

async function addSubGoal(page: Page, parent: string, title: string) {
	const details = page.locator('details').filter({ has: page.getByText(`Tilføj delmål under »${parent}«`) });
	await details.locator('summary').click();
	await details.getByLabel('Titel').fill(title);
	await details.getByRole('button', { name: 'Tilføj delmålet' }).click();
	await expect(goalHeading(page, title)).toBeVisible();
}

async function addStrategy(page: Page, goalTitle: string, text: string) {
	const details = page.locator('details').filter({ has: page.getByText(`Tilføj strategi til »${goalTitle}«`, { exact: true }) });
	await details.locator('summary').click();
	await details.getByLabel('Strategi').fill(text);
	await details.getByRole('button', { name: 'Tilføj strategien' }).click();
	await expect(page.locator('ol.strategies p').getByText(text, { exact: true })).toBeVisible();
}

const longTermTitles = (page: Page) => page.locator('#goals-heading ~ article.goal.level-1 > h3').allInnerTexts();

test('the lead builds the agenda without JavaScript: goals, sub-goals, order, strategies, a conflict, the history and a confirmed delete', async ({
	browser,
	createMember,
	signIn,
	expectAccessible
}) => {
	test.setTimeout(300_000);
	const lead = await createMember({ name: 'Lise Leder' });
	// The app ships no JavaScript (csr = false); axe needs it in the page, so the main tab has it on
	// and the reordering is done in a second context with JavaScript switched off.
	const context = await browser.newContext({ locale: 'da-DK' });
	const page = await context.newPage();
	await signIn(page, lead.email, lead.password);
	const base = await startInitiative(page, `Agenda ${Date.now().toString(36)}`);

	await page.goto(`${base}/agenda`);
	await expect(page.getByRole('heading', { level: 1, name: 'Fælles agenda' })).toBeVisible();
	await expect(page.getByText('Ikke gemt endnu', { exact: true })).toBeVisible();
	await expectAccessible(page);

	await page.locator('#field-problemStatement').fill('For mange unge står uden uddannelse og job.');
	await page.locator('#field-vision').fill('Alle unge i Aarhus er i gang.');
	await page.getByRole('button', { name: 'Gem problem og vision' }).click();
	await expect(page.getByText('Gemt. Agendaen er nu version 1.')).toBeVisible();

	await addGoal(page, 'Flere unge i uddannelse', 'Inden 2030 har 90 % en uddannelse.');
	await addGoal(page, 'Færre unge på offentlig forsørgelse');
	await addSubGoal(page, 'Flere unge i uddannelse', 'Mentor til alle, der falder fra');
	await addSubGoal(page, 'Flere unge i uddannelse', 'Brobygning i 9. klasse');
	await addStrategy(page, 'Færre unge på offentlig forsørgelse', 'Én indgang for unge på tværs af forvaltninger');
	await addStrategy(page, 'Mentor til alle, der falder fra', 'Frivillige mentorer fra foreningslivet');

	// Reorder without JavaScript: each button is a small form
	expect(await longTermTitles(page)).toEqual([expect.stringContaining('Flere unge i uddannelse'), expect.stringContaining('Færre unge')]);
	const noJsContext = await browser.newContext({ javaScriptEnabled: false, locale: 'da-DK' });
	const noJs = await noJsContext.newPage();
	await signIn(noJs, lead.email, lead.password);
	await noJs.goto(`${base}/agenda`);
	await noJs.getByRole('button', { name: /^Flyt op\s*: Færre unge på offentlig forsørgelse$/ }).click();
	await expect(noJs.getByText('Gemt. Agendaen er nu version 8.')).toBeVisible();
	expect(await longTermTitles(noJs)).toEqual([expect.stringContaining('Færre unge'), expect.stringContaining('Flere unge i uddannelse')]);
	await noJs.getByRole('button', { name: /^Flyt ned\s*: Mentor til alle, der falder fra$/ }).click();
	await expect(goal(noJs, 'Flere unge i uddannelse').locator('article.goal.level-2 > h4')).toHaveText([
		/Brobygning i 9. klasse/,
		/Mentor til alle/
	]);
	await noJsContext.close();
	await page.goto(`${base}/agenda`);
	expect(await longTermTitles(page)).toEqual([expect.stringContaining('Færre unge'), expect.stringContaining('Flere unge i uddannelse')]);
	await saveScreenshot(page, 'agenda-lead-1280');
	await expectAccessible(page);

	// Two tabs on the same goal: the second save meets the first, and keeps what was typed
	const other = await context.newPage();
	await other.goto(`${base}/agenda`);
	const editIn = async (p: Page, title: string) => {
		const target = goal(p, 'Flere unge i uddannelse');
		await target.locator('details').filter({ hasText: 'Ret målet' }).first().locator('summary').click();
		await target.getByLabel('Titel').first().fill(title);
		await target.getByRole('button', { name: 'Gem målet' }).click();
	};
	await editIn(page, 'Flere unge i uddannelse eller job');
	await expect(goalHeading(page, 'Flere unge i uddannelse eller job')).toBeVisible();
	await editIn(other, 'Flere unge i ungdomsuddannelse');
	await expect(other.getByRole('alert').filter({ hasText: 'Flere unge i uddannelse eller job' })).toBeVisible();
	await expect(other.locator('input[name="title"][value="Flere unge i ungdomsuddannelse"]')).toHaveCount(1);
	await other.close();

	// The history: who, when, and what changed against the version before
	await page.getByRole('link', { name: 'Versioner og ændringer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Agendaens versioner' })).toBeVisible();
	const newest = page.locator('ol.agenda-versions > li').first();
	await expect(newest.getByRole('heading', { name: /Version 10/ })).toBeVisible();
	await expect(newest).toContainText('Lise Leder');
	await expect(newest).toContainText('Mål omdøbt');
	await expect(newest.locator('.change-before pre')).toHaveText('Flere unge i uddannelse');
	await expect(newest.locator('.change-after pre')).toHaveText('Flere unge i uddannelse eller job');
	await expect(page.locator('#v8')).toContainText('Rækkefølgen af de langsigtede mål ændret');
	await expect(page.locator('#v1')).toContainText('Problemet ændret');
	await saveScreenshot(page, 'agenda-history-1280');
	await expectAccessible(page);

	// Deleting a goal with sub-goals and strategies says what goes with it and asks first
	await page.goto(`${base}/agenda`);
	await goal(page, 'Flere unge i uddannelse eller job')
		.getByRole('link', { name: /^Slet målet …\s*: Flere unge i uddannelse eller job$/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Slet målet »Flere unge i uddannelse eller job«');
	await expect(page.getByText('Mentor til alle, der falder fra')).toBeVisible();
	await expect(page.getByText('Frivillige mentorer fra foreningslivet')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Slet målet' }).click();
	await expect(page.getByText('Sæt kryds for at bekræfte')).toBeVisible();
	await page.getByLabel('Jeg har set, hvad der påvirkes, og vil slette målet').check();
	await page.getByRole('button', { name: 'Slet målet' }).click();
	await expect(page).toHaveURL(new RegExp(`${base}/agenda\\?gemt=slettet`));
	await expect(goalHeading(page, 'Flere unge i uddannelse eller job')).toHaveCount(0);
	await expect(goalHeading(page, 'Færre unge på offentlig forsørgelse')).toBeVisible();

	// No actors yet: the endorsement section says so, with the rule
	await expect(page.getByText('Reglen: agendaen er fælles, når mindst to tredjedele')).toBeVisible();
	await expect(page.getByText('Der er ingen partneraktører endnu.')).toBeVisible();

	// 360 px: nothing scrolls sideways
	await page.setViewportSize(PHONE);
	for (const path of [`${base}/agenda`, `${base}/agenda/historik`]) {
		await page.goto(path);
		await expectFitsWidth(page);
	}
	await page.goto(`${base}/agenda`);
	await saveScreenshot(page, 'agenda-lead-360');
	await context.close();
});

test('a non-member gets 404 on the agenda, its history and the delete page', async ({ browser, createMember, signIn }) => {
	const lead = await createMember();
	const outsider = await createMember();
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'da-DK' });
	const page = await context.newPage();
	await signIn(page, lead.email, lead.password);
	const base = await startInitiative(page, `Lukket ${Date.now().toString(36)}`);
	await page.goto(`${base}/agenda`);
	await addGoal(page, 'Et mål');
	const href = await goal(page, 'Et mål')
		.getByRole('link', { name: /Slet målet/ })
		.getAttribute('href');
	await context.clearCookies();
	await signIn(page, outsider.email, outsider.password);
	for (const path of [`${base}/agenda`, `${base}/agenda/historik`, href as string]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	const post = await page.request.post(`${base}/agenda?/addGoal`, {
		form: { title: 'Snig' },
		headers: { Origin: new URL(page.url()).origin, Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(post.status()).toBe(404);
	await context.close();
});
