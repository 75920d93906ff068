/**
 * The learning area: core principles, the seven lessons, the case library with its Danish/English
 * search, testimonies, and the editors' forms with revisions. The app ships no client JavaScript:
 * every form here is a plain GET or POST, and every test drives it the way a browser without
 * scripts would.
 *
 * The database is shared by every spec of a run: records made here have unique names, seeded pages
 * that are edited are put back, and nothing counts the cases beyond the seven seeded ones.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { apiLogin, BASE_URL, createUser, expect, newApiContext, postForm, signedInPage, type TestUser, test } from './support/fixtures.ts';
import {
	caseResultLinks,
	createDraftCase,
	currentRevision,
	expectListedCases,
	field,
	fieldError,
	formValuesOf,
	listedCaseSlugs,
	publishCase,
	retryOnReset,
	SEEDED_CASES,
	seededTestimonyId,
	submitForm,
	uniqueSuffix
} from './support/learning-helpers.ts';

const ALL_SEEDED = Object.keys(SEEDED_CASES);

/** A browser context that reads in English (the language cookie the header's switch sets). */
async function englishContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
	await context.addCookies([{ name: 'samspil_locale', value: 'en', url: BASE_URL }]);
	return context;
}

/** Fails the test if the page ever opens a dialog (alert/confirm/prompt): injected script would. */
function failOnDialog(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	});
	return dialogs;
}

test.describe('finding cases', () => {
	test('search for a case, open it, follow one of its lessons to another case (keyboard for the search)', async ({ page }) => {
		await page.goto('/eksempler');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eksempler');
		const search = page.getByRole('search', { name: 'Søg i eksemplerne' });
		const query = search.getByRole('searchbox', { name: 'Søg' });
		await query.focus();
		await page.keyboard.type('hjemløse');
		await Promise.all([page.waitForURL(/\/eksempler\?q=hjeml%C3%B8se/), page.keyboard.press('Enter')]);
		await expect(query).toHaveValue('hjemløse');
		await expectListedCases(page, ['hjem-til-alle'], ['bo-trygt', 'dk2020', 'troldhedestien']);
		const result = caseResultLinks(page).filter({ hasText: 'Hjem til Alle alliancen' });
		await expect(result).toHaveCount(1);

		// Open it with the keyboard too.
		await result.focus();
		await Promise.all([page.waitForURL(/\/eksempler\/hjem-til-alle(\?liste=.*)?$/), page.keyboard.press('Enter')]);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hjem til Alle alliancen');

		// Facts
		const facts = page.locator('dl.facts');
		await expect(facts.locator('div').filter({ hasText: 'Problemfelt' }).locator('dd')).toHaveText('Hjemløshed');
		await expect(facts.locator('div').filter({ hasText: 'Omfang' }).locator('dd')).toHaveText('Nationalt');
		await expect(facts.locator('div').filter({ hasText: 'Sted' }).locator('dd')).toHaveText('Hele landet');
		await expect(facts.locator('div').filter({ hasText: 'Periode' }).locator('dd')).toContainText('2016–');

		// Actors, grouped by sector under headings
		const actors = page.getByRole('region', { name: 'Aktører' });
		await expect(actors.getByRole('heading', { level: 3 })).toHaveText([
			'Kommune/region/stat (4)',
			'Fond (3)',
			'Civilsamfund/NGO (4)',
			'Virksomhed (1)',
			'Vidensinstitution (1)'
		]);
		const business = actors.getByRole('heading', { name: 'Virksomhed (1)' }).locator('xpath=following-sibling::ul[1]');
		await expect(business.getByRole('listitem')).toHaveText(['Falck – medlem af styregruppen (2016)']);
		const foundations = actors.getByRole('heading', { name: 'Fond (3)' }).locator('xpath=following-sibling::ul[1]');
		await expect(foundations).toContainText('Bikubenfonden');

		// Results with figures, each with its source or a pointer to the sources
		const results = page.getByRole('table', { name: 'Resultater' });
		await expect(results.getByRole('columnheader')).toHaveText(['Dato', 'Tal', 'Beskrivelse', 'Kilde']);
		const countRow = results.getByRole('row').filter({ hasText: '744' });
		await expect(countRow.getByRole('cell').nth(0)).toHaveText('2022');
		await expect(countRow.getByRole('cell').nth(1)).toHaveText('1.023 → 744');
		await expect(countRow.getByRole('link')).toHaveAttribute(
			'href',
			'https://socialraadgiverne.dk/faglig-artikel/analyse-faerre-lever-i-hjemloeshed/'
		);

		// Timeline in date order
		const timeline = page.getByRole('region', { name: 'Tidslinje' }).locator('ol.timeline > li');
		await expect(timeline.locator('time')).toHaveText(['2015', '2016', '2017', '2022']);
		await expect(timeline.nth(2)).toContainText('Foreningen Hjem til Alle');

		// Sources as links
		const sources = page.getByRole('region', { name: 'Kilder' }).getByRole('link');
		await expect(sources).toHaveCount(3);
		await expect(sources.filter({ hasText: 'Hjem til Alle: Historien bag Hjem til Alle' })).toHaveAttribute(
			'href',
			'https://hjemtilalle.dk/historien-bag-hjem-til-alle/'
		);
		for (const href of await sources.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^https:\/\//);
		}

		// Follow a lesson
		const lessons = page.getByRole('region', { name: 'Læringer, eksemplet viser' });
		await expect(lessons.getByRole('heading', { level: 3 })).toHaveCount(4);
		await lessons.getByRole('link', { name: '1. Det nytter' }).click();
		await expect(page).toHaveURL('/laering/det-nytter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det nytter');
		await expect(page.getByText('Læring 1 af 7')).toBeVisible();

		// The lesson lists the cases that show it, this one among them
		const shownBy = page.getByRole('region', { name: 'Eksempler, der viser det' });
		const caseLinks = shownBy.getByRole('heading', { level: 3 }).getByRole('link');
		await expect(caseLinks.filter({ hasText: 'Hjem til Alle alliancen' })).toHaveCount(1);
		await expect(caseLinks.filter({ hasText: 'Bo trygt' })).toHaveCount(1);
		await expect(caseLinks.filter({ hasText: 'DK2020' })).toHaveCount(1);
		await expect(shownBy).toContainText('VIVE tilskriver faldet omstillingen til Housing First');

		// … and a different case opens from there
		await caseLinks.filter({ hasText: 'Bo trygt' }).click();
		await expect(page).toHaveURL('/eksempler/bo-trygt');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bo trygt');
		await expect(
			page.getByRole('region', { name: 'Læringer, eksemplet viser' }).getByRole('link', { name: '1. Det nytter' })
		).toBeVisible();
	});

	test('searches in English after switching language, and finds Danish word forms', async ({ page }) => {
		await page.goto('/eksempler');
		// The header's language switch is a plain form that brings you back to the same page.
		await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL('/eksempler');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cases');

		const query = page.getByRole('searchbox', { name: 'Search' });
		await query.fill('homeless');
		await page.getByRole('button', { name: 'Show cases' }).click();
		await expectListedCases(page, ['hjem-til-alle'], ['bo-trygt']);
		await expect(caseResultLinks(page).filter({ hasText: 'The Hjem til Alle Alliance (Home for All)' })).toHaveCount(1);

		await page.getByRole('searchbox', { name: 'Search' }).fill('burglary');
		await page.getByRole('button', { name: 'Show cases' }).click();
		await expectListedCases(page, ['bo-trygt'], ['hjem-til-alle']);
		await expect(caseResultLinks(page).filter({ hasText: 'Bo trygt (Live Safely)' })).toHaveCount(1);

		// Back to Danish: the stemmer finds "hjemløshed" in a text that says "hjemløse"/"hjemløsheden".
		await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Dansk' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page).toHaveURL(/\/eksempler\?q=burglary/);
		await page.getByRole('searchbox', { name: 'Søg' }).fill('hjemløshed');
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expectListedCases(page, ['hjem-til-alle'], ['bo-trygt', 'dk2020']);
	});

	test('combined filters narrow the list, "Nulstil" clears them, bad values in the address are ignored', async ({ page }) => {
		await page.goto('/eksempler');
		await expect(page.getByRole('link', { name: 'Nulstil søgning og filtre' })).toHaveCount(0);

		// Scale + problem field → only Troldhedestien
		await page.getByLabel('Omfang').selectOption({ label: 'Lokalt' });
		await page.getByLabel('Problemfelt').selectOption({ label: 'Inklusion og fællesskab' });
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expect(page).toHaveURL(/[?&]scale=local/);
		await expect(page).toHaveURL(/[?&]field=inclusion/);
		expect(await listedCaseSlugs(page)).toEqual(['troldhedestien']);
		// The form shows what was chosen.
		await expect(page.getByLabel('Omfang')).toHaveValue('local');
		await expect(page.getByLabel('Problemfelt')).toHaveValue('inclusion');

		// "Nulstil" clears search and filters
		await page.getByRole('link', { name: 'Nulstil søgning og filtre' }).click();
		await expect(page).toHaveURL('/eksempler');
		await expect(page.getByLabel('Omfang')).toHaveValue('');
		await expect(page.getByLabel('Problemfelt')).toHaveValue('');
		await expectListedCases(page, ALL_SEEDED);

		// Sector of the actors: only cases with a business among them
		await page.getByLabel('Aktørernes sektor').selectOption({ label: 'Virksomhed' });
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expect(page).toHaveURL(/[?&]sector=business/);
		await expectListedCases(
			page,
			['bo-trygt', 'fremtidens-baeredygtige-landskaber', 'hjem-til-alle', 'troldhedestien'],
			['dk2020', 'toendermarsk-initiativet', 'medvind-i-oesterbyen']
		);

		// Active in a year range (sector cleared): running in 2017
		await page.getByLabel('Aktørernes sektor').selectOption('');
		await page.getByLabel('Aktiv fra år').fill('2017');
		await page.getByLabel('Aktiv til år').fill('2017');
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expect(page).toHaveURL(/[?&]from=2017&to=2017/);
		await expectListedCases(
			page,
			['fremtidens-baeredygtige-landskaber', 'hjem-til-alle', 'toendermarsk-initiativet', 'troldhedestien'],
			['dk2020', 'bo-trygt', 'medvind-i-oesterbyen']
		);
		await expect(page.getByLabel('Aktiv fra år')).toHaveValue('2017');

		// Only from a year: cases that ended before it drop out
		await page.getByLabel('Aktiv til år').fill('');
		await page.getByLabel('Aktiv fra år').fill('2022');
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expectListedCases(page, ['fremtidens-baeredygtige-landskaber', 'hjem-til-alle', 'dk2020', 'bo-trygt'], ['troldhedestien']);

		// A search that matches nothing says so
		await page.goto('/eksempler?q=zzqxjnotaword');
		await expect(caseResultLinks(page)).toHaveCount(0);
		await expect(page.getByText('Ingen eksempler passer til søgningen.')).toBeVisible();

		// A lesson's cases ("see all" on a lesson page links here); a search through the form keeps the lesson.
		await page.goto('/eksempler?lesson=it_works');
		await expect(page.getByText('Kun eksempler, der viser læringen »Det nytter«.')).toBeVisible();
		await expectListedCases(
			page,
			['bo-trygt', 'dk2020', 'hjem-til-alle'],
			['troldhedestien', 'fremtidens-baeredygtige-landskaber', 'medvind-i-oesterbyen', 'toendermarsk-initiativet']
		);
		await page.getByRole('searchbox', { name: 'Søg' }).fill('hjemløse');
		await page.getByRole('button', { name: 'Vis eksempler' }).click();
		await expect(page).toHaveURL(/[?&]lesson=it_works/);
		expect(await listedCaseSlugs(page)).toEqual(['hjem-til-alle']);

		// Bad values in the address are ignored: 200 and every case.
		const response = await page.goto('/eksempler?from=abc&field=zzz&lesson=zzz&page=-3');
		expect(response?.status()).toBe(200);
		await expectListedCases(page, ALL_SEEDED);
		await expect(page.getByLabel('Problemfelt')).toHaveValue('');
		await expect(page.getByLabel('Aktiv fra år')).toHaveValue('');
		const moreBad = await page.request.get(`/eksempler?to=99999&scale=galactic&sector=%3Cscript%3E&q=${'x'.repeat(500)}`);
		expect(moreBad.status()).toBe(200);
	});

	test('counts and link names are worded correctly (singular, spacing)', async ({ page, browser }) => {
		// Each check is soft, so that every wrong wording is reported in one run.
		// The case list's count for one case (messages cases_count has no singular form).
		await page.goto('/eksempler?scale=local&field=inclusion');
		expect(await listedCaseSlugs(page)).toEqual(['troldhedestien']);
		await expect.soft(page.locator('#case-results'), 'Danish count of one case').toHaveText('1 eksempel');

		// The source links in a case's results table are told apart by a hidden number: "Kilde (1)".
		await page.goto('/eksempler/hjem-til-alle');
		const sourceLink = page.getByRole('table', { name: 'Resultater' }).getByRole('link').first();
		await expect.soft(sourceLink, 'accessible name of the first source link').toHaveAccessibleName('Kilde (1)');

		const reader = await englishContext(browser);
		try {
			const english = await reader.newPage();
			await english.goto('/eksempler?scale=local&field=inclusion');
			await expect.soft(english.locator('#case-results'), 'English count of one case').toHaveText('1 case');
			// The lessons overview: "{cases} cases · {testimonies} testimonies" — a seeded lesson has one testimony.
			await english.goto('/laering');
			const counts = await english.locator('ol.lesson-list .muted').allTextContents();
			expect(counts).toHaveLength(7);
			expect(
				counts.some((text) => /(^|\D)1 testimon/.test(text)),
				`a lesson with one testimony: ${counts.join(' | ')}`
			).toBe(true);
			expect
				.soft(
					counts.filter((text) => /(^|\D)1 (testimonies|cases)\b/.test(text)),
					'English plural after 1'
				)
				.toEqual([]);
		} finally {
			await reader.close();
		}
	});

	test('Troldhedestien says plainly what was not found', async ({ page }) => {
		await page.goto('/eksempler/troldhedestien');
		const notFound = page.getByRole('region', { name: 'Det har vi ikke fundet' });
		await expect(notFound).toBeVisible();
		await expect(notFound).toContainText('Vi har ikke fundet resultater fra effektstudiet');
		await expect(notFound).toContainText('250 borgere');
		// The results table does not pretend otherwise.
		await expect(page.getByRole('table', { name: 'Resultater' }).getByRole('row').filter({ hasText: '250 borgere' })).toContainText(
			'Vi har ikke fundet resultater.'
		);
	});
});

test.describe('accessibility of the learning pages', () => {
	test.describe.configure({ timeout: 120_000 });

	for (const path of [
		'/principper',
		'/principper/faelles-agenda',
		'/principper/hvad-og-hvornaar',
		'/laering',
		'/laering/det-nytter',
		'/eksempler',
		'/eksempler?q=hjeml%C3%B8se&scale=national',
		'/eksempler?q=zzqxjnotaword',
		'/eksempler/hjem-til-alle',
		'/eksempler/troldhedestien',
		'/vidnesbyrd'
	]) {
		test(`${path} passes axe`, async ({ page, expectAccessible }) => {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectAccessible(page);
		});
	}

	test('every editor form and history page passes axe, also with error messages', async ({ browser, createMember, expectAccessible }) => {
		const editor = await retryOnReset(() => createMember({ role: 'editor' }));
		const { context, page } = await signedInPage(browser, editor);
		try {
			const testimonyId = await seededTestimonyId(page.request);
			for (const path of [
				'/eksempler/hjem-til-alle/rediger',
				'/eksempler/ny',
				'/principper/faelles-agenda/rediger',
				'/principper/faelles-agenda/historik',
				'/laering/det-nytter/rediger',
				'/laering/det-nytter/historik',
				'/eksempler/hjem-til-alle/historik',
				'/vidnesbyrd/ny',
				`/vidnesbyrd/${testimonyId}/rediger`,
				`/vidnesbyrd/${testimonyId}/historik`
			]) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expectAccessible(page);
			}
			// The case form with field messages (nothing is saved: the form is invalid).
			await page.goto('/eksempler/ny');
			await field(page, 'periodStart').fill('1700');
			await page.getByRole('button', { name: 'Gem eksemplet som kladde' }).first().click();
			await expect(fieldError(page, 'periodStart')).toHaveText('Skriv et årstal mellem 1950 og 2100.');
			await expectAccessible(page);
		} finally {
			await context.close();
		}
	});

	test('at 360 px the case list and a case page fit without horizontal scrolling', async ({ browser, expectAccessible }) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		try {
			for (const path of [
				'/eksempler',
				'/eksempler?q=hjeml%C3%B8se',
				'/eksempler/hjem-til-alle',
				'/eksempler/fremtidens-baeredygtige-landskaber'
			]) {
				await page.goto(path);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, `${path}: the page is ${width}px wide at a 360px viewport`).toBeLessThanOrEqual(360);
				await expectAccessible(page);
			}
		} finally {
			await context.close();
		}
	});
});

test.describe('editing principles and lessons', () => {
	test.describe.configure({ timeout: 90_000 });

	test('an editor’s English text is shown harmlessly, listed in the history, and can be brought back', async ({
		browser,
		createMember
	}) => {
		const editor = await retryOnReset(() => createMember({ role: 'editor', name: `Erna Redaktør ${uniqueSuffix()}` }));
		const { context, page } = await signedInPage(browser, editor);
		const reader = await englishContext(browser);
		const readerPage = await reader.newPage();
		const dialogs = failOnDialog(page);
		const readerDialogs = failOnDialog(readerPage);
		const slug = 'lighed';
		const editPath = `/principper/${slug}/rediger`;
		let original: Record<string, string> | undefined;
		let restored = false;
		try {
			await page.goto(editPath);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rediger »Lighed i centrum«');
			const form = page.locator('form.learning-form');
			original = await formValuesOf(form);
			expect(original['body.en']).toContain('equity');
			const originalRevision = Number(original.revision);

			const marker = `Harmless check ${uniqueSuffix()}`;
			const payload = [
				`## ${marker}`,
				'',
				'<script>alert(1)</script>',
				'',
				'A link that must not run: [x](javascript:alert(1))',
				'',
				'A normal link: [Realdania](https://realdania.dk/) and <img src=x onerror="alert(2)">'
			].join('\n');
			await field(page, 'body.en').fill(payload);
			await page.getByRole('button', { name: 'Gem ændringer' }).click();
			await expect(page).toHaveURL(`/principper/${slug}?saved=1`);
			await expect(page.getByRole('status')).toHaveText('Ændringerne er gemt.');

			// An English reader sees the text, inert.
			await readerPage.goto(`/principper/${slug}`);
			const prose = readerPage.locator('article .prose');
			// Markdown headings are demoted one level inside the page (the page owns the h1).
			await expect(prose.getByRole('heading', { name: marker })).toBeVisible();
			await expect(prose).toContainText('<script>alert(1)</script>');
			await expect(prose.locator('script')).toHaveCount(0);
			await expect(prose.locator('img')).toHaveCount(0);
			await expect(prose.locator('[onerror], [onclick], [onload]')).toHaveCount(0);
			await expect(readerPage.locator('a[href^="javascript"], a[href^="JAVASCRIPT"], a[href*="script:"]')).toHaveCount(0);
			await expect(prose.getByRole('link', { name: 'Realdania' })).toHaveAttribute('href', 'https://realdania.dk/');
			await expect(readerPage.locator('script').filter({ hasText: 'alert' })).toHaveCount(0);
			// The Danish text was not touched.
			await page.goto(`/principper/${slug}`);
			await expect(page.locator('article .prose')).not.toContainText(marker);

			// History: the new version, who made it and what changed
			await page.getByRole('link', { name: 'Historik' }).click();
			await expect(page).toHaveURL(`/principper/${slug}/historik`);
			const newest = page.locator('ol.revision-list > li').first();
			await expect(newest.getByRole('heading', { level: 2 })).toContainText(`Udgave ${originalRevision + 1}`);
			await expect(newest.getByRole('heading', { level: 2 })).toContainText('gældende');
			await expect(newest.locator('.revision-meta')).toContainText('Ændret');
			await expect(newest.locator('.revision-meta')).toContainText(editor.name);
			await expect(newest.locator('summary')).toHaveText('Ændret: Tekst');
			await newest.locator('summary').click();
			await expect(newest.locator('.change-after pre')).toContainText(marker);

			// Bring the previous version back
			await page.getByRole('button', { name: `Hent udgave ${originalRevision} tilbage` }).click();
			await expect(page).toHaveURL(`/principper/${slug}/historik?restored=${originalRevision}`);
			restored = true;
			await expect(page.getByRole('status')).toHaveText(`Udgave ${originalRevision} er hentet tilbage som den nyeste udgave.`);
			const latest = page.locator('ol.revision-list > li').first();
			await expect(latest.getByRole('heading', { level: 2 })).toContainText(`Udgave ${originalRevision + 2}`);
			// (The exact wording "Hentet tilbage (fra udgave N)" is checked with a case's history below.)
			await expect(latest.locator('.revision-meta')).toContainText('Hentet tilbage');
			await expect(latest.locator('.revision-meta')).toContainText(`fra udgave ${originalRevision}`);
			await expect(latest.locator('.revision-meta')).toContainText(editor.name);

			await readerPage.goto(`/principper/${slug}`);
			await expect(readerPage.locator('article .prose')).not.toContainText(marker);
			await expect(readerPage.locator('article .prose')).not.toContainText('alert(1)');
			await page.goto(editPath);
			await expect(field(page, 'body.en')).toHaveValue(original['body.en']);
			await expect(field(page, 'body.da')).toHaveValue(original['body.da']);

			expect(dialogs.concat(readerDialogs), 'no dialog may open').toEqual([]);
		} finally {
			if (original && !restored) {
				// Put the seeded page back as it was, whatever failed above.
				const revision = await currentRevision(page.request, editPath);
				await submitForm(page.request, `${editPath}?/save`, { ...original, revision });
			}
			await reader.close();
			await context.close();
		}
	});
});

test.describe('cases added by members', () => {
	test.describe.configure({ timeout: 120_000 });

	test('a member adds a case: add a row without JS, field messages keep the input, draft until an editor publishes it', async ({
		browser,
		createMember,
		adminApi
	}) => {
		const member = await retryOnReset(() => createMember());
		const { context, page } = await signedInPage(browser, member);
		const suffix = uniqueSuffix();
		const name = `Kystfællesskabet ${suffix}`;
		try {
			await page.goto('/eksempler');
			await page.getByRole('link', { name: 'Tilføj et eksempel' }).click();
			await expect(page).toHaveURL('/eksempler/ny');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilføj et eksempel');

			await page.getByRole('group', { name: 'Navn' }).getByLabel('Dansk', { exact: true }).fill(name);
			await field(page, 'summary.da').fill('Naboer, kommune og en fond arbejder sammen om kysten.');
			await page.getByLabel('Problemfelt').selectOption({ label: 'Andet' });
			await page.getByLabel('Omfang').selectOption({ label: 'Lokalt' });
			await field(page, 'periodStart').fill('2020');
			await field(page, 'problem.da').fill('Kysten **forsvinder**, og ingen kan løse det alene.');
			const actorRow1 = page.getByRole('group', { name: 'Aktører: række 1' });
			await actorRow1.getByLabel('Aktørens navn').fill('Kystforeningen');
			await actorRow1.getByLabel('Sektor').selectOption({ label: 'Civilsamfund/NGO' });
			await field(page, 'actors.0.role.da').fill('samler naboerne');

			// Add a row: the form comes back with everything typed and a new blank actor row.
			const [added] = await Promise.all([
				page.waitForResponse((response) => response.url().endsWith('?/addRow') && response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Tilføj en række til Aktører' }).click()
			]);
			expect(added.status()).toBe(200);
			await expect(field(page, 'name.da')).toHaveValue(name);
			await expect(field(page, 'summary.da')).toHaveValue('Naboer, kommune og en fond arbejder sammen om kysten.');
			await expect(field(page, 'problemField')).toHaveValue('other');
			await expect(field(page, 'scale')).toHaveValue('local');
			await expect(field(page, 'periodStart')).toHaveValue('2020');
			await expect(field(page, 'problem.da')).toHaveValue('Kysten **forsvinder**, og ingen kan løse det alene.');
			await expect(field(page, 'actors.0.name')).toHaveValue('Kystforeningen');
			await expect(field(page, 'actors.0.sector')).toHaveValue('civil_society');
			await expect(field(page, 'actors.0.role.da')).toHaveValue('samler naboerne');
			const actorRow2 = page.getByRole('group', { name: 'Aktører: række 2' });
			await expect(actorRow2.getByLabel('Aktørens navn')).toHaveValue('');
			await actorRow2.getByLabel('Aktørens navn').fill('Kystkommunen');
			await actorRow2.getByLabel('Sektor').selectOption({ label: 'Kommune/region/stat' });

			// Invalid: the period ends before it starts, and the source is a javascript: address.
			await field(page, 'periodEnd').fill('2010');
			await field(page, 'sources.0.title').fill('Kommunens side om kysten');
			await field(page, 'sources.0.url').fill('javascript:alert(1)');
			const [refused] = await Promise.all([
				page.waitForResponse((response) => response.url().endsWith('?/save') && response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Gem eksemplet som kladde' }).first().click()
			]);
			expect(refused.status()).toBe(400);
			await expect(fieldError(page, 'periodEnd')).toHaveText('Slutåret kan ikke ligge før startåret.');
			await expect(field(page, 'periodEnd')).toHaveAttribute('aria-invalid', 'true');
			await expect(field(page, 'periodEnd')).toHaveAttribute('aria-describedby', /field-periodEnd-error/);
			await expect(fieldError(page, 'sources.0.url')).toHaveText('Skriv en hel adresse, der begynder med https:// eller http://.');
			await expect(field(page, 'sources.0.url')).toHaveAttribute('aria-invalid', 'true');
			// Everything typed is still there.
			await expect(field(page, 'name.da')).toHaveValue(name);
			await expect(field(page, 'summary.da')).toHaveValue('Naboer, kommune og en fond arbejder sammen om kysten.');
			await expect(field(page, 'problemField')).toHaveValue('other');
			await expect(field(page, 'periodStart')).toHaveValue('2020');
			await expect(field(page, 'periodEnd')).toHaveValue('2010');
			await expect(field(page, 'problem.da')).toHaveValue('Kysten **forsvinder**, og ingen kan løse det alene.');
			await expect(field(page, 'actors.0.name')).toHaveValue('Kystforeningen');
			await expect(field(page, 'actors.1.name')).toHaveValue('Kystkommunen');
			await expect(field(page, 'actors.1.sector')).toHaveValue('public');
			await expect(field(page, 'sources.0.title')).toHaveValue('Kommunens side om kysten');
			await expect(field(page, 'sources.0.url')).toHaveValue('javascript:alert(1)');

			// Fix and save
			await field(page, 'periodEnd').fill('2024');
			await field(page, 'sources.0.url').fill('https://example.org/kysten');
			await page.getByRole('button', { name: 'Gem eksemplet som kladde' }).first().click();
			await expect(page).toHaveURL(/\/eksempler\/kystfaellesskabet-[a-z0-9-]+\?saved=1$/);
			const slug = new URL(page.url()).pathname.split('/')[2];
			const path = `/eksempler/${slug}`;
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
			await expect(page.getByText('Dette eksempel er en kladde. Kun den, der har oprettet det, og redaktørerne kan se det.')).toBeVisible();
			await expect(page.locator('dl.facts')).toContainText('2020–2024');
			const actors = page.getByRole('region', { name: 'Aktører' });
			await expect(actors.getByRole('heading', { level: 3 })).toHaveText(['Kommune/region/stat (1)', 'Civilsamfund/NGO (1)']);
			await expect(page.getByRole('region', { name: 'Kilder' }).getByRole('link', { name: 'Kommunens side om kysten' })).toHaveAttribute(
				'href',
				'https://example.org/kysten'
			);
			// The owner may edit it but not publish it.
			await page.goto(`${path}/rediger`);
			await expect(page.getByText('Eksemplet er en kladde. En redaktør skal udgive det, før andre kan se det.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Udgiv eksemplet' })).toHaveCount(0);
			expect((await submitForm(page.request, `${path}/rediger?/publish`, {})).status()).toBe(403);

			// Nobody else sees the draft: anonymous and another member get 404, and search does not find it.
			const anonymous = await newApiContext();
			const otherMember = await newApiContext();
			try {
				expect((await anonymous.get(path)).status()).toBe(404);
				const other = await retryOnReset(() => createUser(adminApi));
				await apiLogin(otherMember, other.email, other.password);
				expect((await otherMember.get(path)).status()).toBe(404);
				expect((await otherMember.get(`${path}/rediger`)).status()).toBe(404);
				expect(await (await anonymous.get(`/eksempler?q=${encodeURIComponent(name)}`)).text()).not.toContain(slug);

				// An editor sees it and publishes it.
				const editor = await retryOnReset(() => createUser(adminApi, { role: 'editor' }));
				const editorSession = await signedInPage(browser, editor);
				try {
					const editorPage = editorSession.page;
					// The library tells editors that drafts wait, and lists them.
					await editorPage.goto('/eksempler');
					await editorPage.getByRole('link', { name: /Kladder, der venter på at blive udgivet/ }).click();
					await expect(editorPage).toHaveURL('/eksempler?status=draft');
					await expect(editorPage.locator('.case-card').filter({ hasText: name })).toHaveCount(1);
					await editorPage.goto(path);
					await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(name);
					await editorPage.getByRole('link', { name: 'Rediger' }).click();
					await expect(editorPage).toHaveURL(`${path}/rediger`);
					await expect(editorPage.getByText('Status: kladde (ikke offentlig)')).toBeVisible();
					await editorPage.getByRole('button', { name: 'Udgiv eksemplet' }).click();
					await expect(editorPage).toHaveURL(`${path}?status=published`);
					await expect(editorPage.getByText('Dette eksempel er en kladde.', { exact: false })).toHaveCount(0);
				} finally {
					await editorSession.context.close();
				}

				// Now everyone can read it and find it by its name.
				expect((await anonymous.get(path)).status()).toBe(200);
				const anonymousPage = await browser.newPage({ baseURL: BASE_URL, locale: 'da-DK' });
				try {
					await anonymousPage.goto('/eksempler');
					await anonymousPage.getByRole('searchbox', { name: 'Søg' }).fill(name);
					await anonymousPage.getByRole('button', { name: 'Vis eksempler' }).click();
					expect(await listedCaseSlugs(anonymousPage)).toEqual([slug]);
					await caseResultLinks(anonymousPage).first().click();
					await expect(anonymousPage.getByRole('heading', { level: 1 })).toHaveText(name);
				} finally {
					await anonymousPage.close();
				}
			} finally {
				await anonymous.dispose();
				await otherMember.dispose();
			}
		} finally {
			await context.close();
		}
	});

	test('a case without English is shown in Danish with a visible marker', async ({ browser, createMember, adminApi }) => {
		const member = await retryOnReset(() => createMember());
		const { context, page } = await signedInPage(browser, member);
		const reader = await englishContext(browser);
		try {
			const { name, slug } = await createDraftCase(page.request, { name: `Kun på dansk ${uniqueSuffix()}` });
			await retryOnReset(() => publishCase(adminApi, slug));

			const english = await reader.newPage();
			await english.goto(`/eksempler/${slug}`);
			await expect(english.locator('html')).toHaveAttribute('lang', 'en');
			const heading = english.getByRole('heading', { level: 1 });
			await expect(heading).toHaveText(`${name} (in Danish)`);
			await expect(heading.locator('span[lang="da"]')).toHaveText(name);
			await expect(heading.locator('.fallback-marker')).toHaveText('(in Danish)');
			// Longer texts say so in a sentence, and the Danish is marked as Danish.
			const problem = english.getByRole('region', { name: 'The problem' });
			await expect(problem.getByText('This text is only available in Danish so far.')).toBeVisible();
			await expect(problem.locator('.prose')).toHaveAttribute('lang', 'da');
			await expect(problem.locator('.prose strong')).toHaveText('kort');
			// The list too.
			await english.goto(`/eksempler?q=${encodeURIComponent(name)}`);
			const listed = caseResultLinks(english);
			await expect(listed).toHaveCount(1);
			await expect(listed).toHaveText(`${name} (in Danish)`);

			// A translated case has no marker.
			await english.goto('/eksempler/hjem-til-alle');
			await expect(english.getByRole('heading', { level: 1 })).toHaveText('The Hjem til Alle Alliance (Home for All)');
			await expect(english.locator('h1 .fallback-marker')).toHaveCount(0);
		} finally {
			await reader.close();
			await context.close();
		}
	});

	test('an author’s change to a published case goes back to review; a lesson note needs its tick', async ({
		browser,
		createMember,
		adminApi,
		expectAccessible
	}) => {
		const member = await retryOnReset(() => createMember());
		const { context, page } = await signedInPage(browser, member);
		const anonymous = await newApiContext();
		try {
			const { slug } = await createDraftCase(page.request);
			await retryOnReset(() => publishCase(adminApi, slug));
			expect((await anonymous.get(`/eksempler/${slug}`)).status()).toBe(200);

			await page.goto(`/eksempler/${slug}/rediger`);
			await expect(page.getByText('Gemmer du ændringer, bliver det en kladde igen', { exact: false })).toBeVisible();
			// A note written without ticking its lesson is refused next to the box, and the note is kept.
			await field(page, 'lessons.involve.note.da').fill('Brugerne var med fra første møde.');
			await field(page, 'summary.da').fill('En ny beskrivelse fra forfatteren.');
			await page.getByRole('button', { name: 'Gem ændringer' }).first().click();
			await expect(page.locator('p.error').getByText('Du har skrevet en note, men ikke sat kryds.', { exact: false })).toBeVisible();
			await expect(field(page, 'lessons.involve.note.da')).toHaveValue('Brugerne var med fra første møde.');
			await expect(field(page, 'summary.da')).toHaveValue('En ny beskrivelse fra forfatteren.');
			await expectAccessible(page);

			await page.locator('input[name="lessons.involve"]').check();
			await page.getByRole('button', { name: 'Gem ændringer' }).first().click();
			await expect(page).toHaveURL(`/eksempler/${slug}?saved=review`);
			await expect(page.getByRole('status').filter({ hasText: 'er det nu en kladde igen' })).toBeVisible();
			// Until an editor publishes it again, the public no longer sees it.
			expect((await anonymous.get(`/eksempler/${slug}`)).status()).toBe(404);
			await retryOnReset(() => publishCase(adminApi, slug));
			expect(await (await anonymous.get(`/eksempler/${slug}`)).text()).toContain('En ny beskrivelse fra forfatteren.');

			// The author deletes it (with the confirmation); an editor can bring it back.
			await page.goto(`/eksempler/${slug}/rediger`);
			await page.getByRole('checkbox', { name: 'Ja, fjern eksemplet fra samlingen. Historikken gemmes.' }).check();
			await page.getByRole('button', { name: 'Slet eksemplet' }).click();
			await expect(page).toHaveURL('/eksempler?deleted=1');
			await expect(page.getByRole('status').filter({ hasText: 'Eksemplet er slettet.' })).toBeVisible();
			expect((await anonymous.get(`/eksempler/${slug}`)).status()).toBe(404);
			expect((await submitForm(page.request, '/laering/slettet?/restoreCase', { slug })).status()).toBe(403);
			const restored = await retryOnReset(() => submitForm(adminApi, '/laering/slettet?/restoreCase', { slug }));
			expect(restored.status()).toBe(303);
			expect(restored.headers().location).toBe(`/eksempler/${slug}?saved=restored`);
			expect((await anonymous.get(`/eksempler/${slug}`)).status()).toBe(200);
		} finally {
			await anonymous.dispose();
			await context.close();
		}
	});

	test('a member sees the history of their own case and brings an older version back', async ({ browser, createMember, adminApi }) => {
		const member = await retryOnReset(() => createMember({ name: `Mona Medlem ${uniqueSuffix()}` }));
		const { context, page } = await signedInPage(browser, member);
		try {
			const { name, slug } = await createDraftCase(page.request);
			const originalSummary = `Et eksempel, som e2e-testen har oprettet (${name}).`;
			await page.goto(`/eksempler/${slug}/rediger`);
			await expect(field(page, 'summary.da')).toHaveValue(originalSummary);
			await field(page, 'summary.da').fill('En ny og bedre beskrivelse.');
			await page.getByRole('button', { name: 'Gem ændringer' }).first().click();
			await expect(page).toHaveURL(`/eksempler/${slug}?saved=1`);
			await expect(page.locator('p.lead')).toHaveText('En ny og bedre beskrivelse.');

			await page.getByRole('link', { name: 'Historik' }).click();
			await expect(page).toHaveURL(`/eksempler/${slug}/historik`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Historik for »${name}«`);
			const revisions = page.locator('ol.revision-list > li');
			await expect(revisions).toHaveCount(2);
			await expect(revisions.nth(0).getByRole('heading', { level: 2 })).toHaveText(/Udgave 2\s+gældende/);
			await expect(revisions.nth(0).locator('.revision-meta')).toContainText(`Ændret · ${member.name}`);
			await expect(revisions.nth(0).locator('summary')).toHaveText('Ændret: Kort beskrivelse');
			await expect(revisions.nth(1).locator('.revision-meta')).toContainText(`Oprettet · ${member.name}`);
			// Only older versions can be brought back.
			await expect(page.getByRole('button', { name: /^Hent udgave \d+ tilbage$/ })).toHaveText(['Hent udgave 1 tilbage']);

			// Nobody but the owner and the editors can read the history.
			const other = await newApiContext();
			try {
				const otherMember = await retryOnReset(() => createUser(adminApi));
				await apiLogin(other, otherMember.email, otherMember.password);
				expect((await other.get(`/eksempler/${slug}/historik`)).status()).toBe(404);
				expect((await submitForm(other, `/eksempler/${slug}/historik?/restore`, { restore: '1', revision: '2' })).status()).toBe(404);
			} finally {
				await other.dispose();
			}

			await page.getByRole('button', { name: 'Hent udgave 1 tilbage' }).click();
			await expect(page).toHaveURL(`/eksempler/${slug}/historik?restored=1`);
			await expect(page.getByRole('status')).toHaveText('Udgave 1 er hentet tilbage som den nyeste udgave.');
			await expect(revisions).toHaveCount(3);
			await expect(revisions.nth(0).getByRole('heading', { level: 2 })).toHaveText(/Udgave 3\s+gældende/);
			await page.goto(`/eksempler/${slug}`);
			await expect(page.locator('p.lead')).toHaveText(originalSummary);

			// A stale restore (the page was opened at revision 2) is refused with the same message as a stale save.
			const stale = await submitForm(page.request, `/eksempler/${slug}/historik?/restore`, { restore: '2', revision: '2' });
			expect(stale.status()).toBe(409);
			expect(await stale.text()).toContain('En anden har gemt ændringer, mens du redigerede.');

			// The entry says where the version came from, in words with their spaces.
			await page.goto(`/eksempler/${slug}/historik`);
			await expect(revisions.nth(0).locator('.revision-meta')).toContainText(`Hentet tilbage (fra udgave 1) · ${member.name}`);
		} finally {
			await context.close();
		}
	});

	test('after a conflict both versions are shown per field, a second plain save cannot overwrite, and only the choices are saved (two people)', async ({
		browser,
		createMember
	}) => {
		const member = await retryOnReset(() => createMember());
		const editor = await retryOnReset(() => createMember({ role: 'editor' }));
		const author = await signedInPage(browser, member);
		const colleague = await signedInPage(browser, editor);
		try {
			const { slug } = await createDraftCase(author.page.request);
			const editPath = `/eksempler/${slug}/rediger`;
			const mine = author.page;
			const theirs = colleague.page;
			await mine.goto(editPath);
			await theirs.goto(editPath);

			// The colleague (an editor, in another browser) saves first.
			await field(theirs, 'summary.da').fill('Redaktørens resumé.');
			await field(theirs, 'place.da').fill('Hele landet');
			await theirs.getByRole('button', { name: 'Gem ændringer' }).first().click();
			await expect(theirs).toHaveURL(`/eksempler/${slug}?saved=1`);

			// The author, still on the page opened at revision 1, changes the summary and the name.
			await field(mine, 'summary.da').fill('Forfatterens resumé.');
			await field(mine, 'name.da').fill('Konfliktens eksempel');
			const typedForm = await formValuesOf(mine.locator('form.learning-form'));
			expect(typedForm.revision).toBe('1');
			const [stale] = await Promise.all([
				mine.waitForResponse((response) => response.url().endsWith('?/save') && response.request().method() === 'POST'),
				mine.getByRole('button', { name: 'Gem ændringer' }).first().click()
			]);
			expect(stale.status()).toBe(409);
			await expect(mine.getByRole('heading', { name: 'En kollega har gemt, mens du redigerede' })).toBeVisible();
			// No edit form carries the new revision with the old text: only the conflict form is on the page.
			await expect(mine.locator('form[action="?/save"]')).toHaveCount(1);
			await expect(mine.locator('input[name="conflict.resolve"]')).toHaveCount(1);
			const summary = mine.getByRole('group', { name: 'Kort beskrivelse (Dansk)' });
			await expect(summary).toContainText('Redaktørens resumé.');
			await expect(summary).toContainText('Forfatterens resumé.');
			await expect(summary).toContainText('Både du og din kollega har ændret feltet');
			await expect(mine.getByRole('group', { name: 'Sted (Dansk)' }).getByRole('radio', { name: 'Behold den gemte udgave' })).toBeChecked();
			await expect(mine.getByRole('group', { name: 'Navn (Dansk)' }).getByRole('radio', { name: 'Brug min udgave' })).toBeChecked();
			for (const width of [1280, 360]) {
				await mine.setViewportSize({ width, height: 900 });
				await mine.screenshot({ path: `test-results/screens/conflict-${width}.png`, fullPage: true });
				expect(await mine.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			}

			// Saving without choosing for the field both changed saves nothing.
			await mine.getByRole('button', { name: 'Gem mine valg' }).click();
			await expect(mine.getByRole('alert')).toContainText('Vælg for hvert felt, hvad der skal gemmes.');
			await expect(mine.getByRole('alert').getByRole('link', { name: /Kort beskrivelse \(Dansk\)/ })).toHaveAttribute(
				'href',
				'#conflict-summary.da'
			);

			// A second plain save of the old form (as if sent again from the first page) is refused again.
			const again = await submitForm(mine.request, `${editPath}?/save`, typedForm);
			expect(again.status()).toBe(409);
			await theirs.goto(`/eksempler/${slug}`);
			await expect(theirs.locator('p.lead')).toHaveText('Redaktørens resumé.');

			// Edit the summary by hand, keep the colleague's place, use my name: exactly that is saved.
			await summary.getByRole('radio', { name: 'Ret teksten selv' }).check();
			await summary.getByRole('textbox').fill('Et fælles resumé.');
			await mine.getByRole('button', { name: 'Gem mine valg' }).click();
			await expect(mine).toHaveURL(`/eksempler/${slug}?saved=1`);
			await expect(mine.locator('p.lead')).toHaveText('Et fælles resumé.');
			await expect(mine.getByRole('heading', { level: 1 })).toHaveText('Konfliktens eksempel');
			await mine.goto(editPath);
			await expect(field(mine, 'place.da')).toHaveValue('Hele landet');
		} finally {
			await author.context.close();
			await colleague.context.close();
		}
	});
});

test.describe('who may change what', () => {
	test('members cannot edit pages or testimonies or other people’s cases; signed out, adding a case asks you to sign in', async ({
		createMember,
		page
	}) => {
		const member: TestUser = await retryOnReset(() => createMember());
		const api = await newApiContext();
		try {
			await apiLogin(api, member.email, member.password);
			expect((await api.get('/principper/faelles-agenda/rediger', { maxRedirects: 0 })).status()).toBe(403);
			expect((await api.get('/laering/det-nytter/historik', { maxRedirects: 0 })).status()).toBe(403);
			expect((await api.get('/vidnesbyrd/ny', { maxRedirects: 0 })).status()).toBe(403);
			// The route lets members edit cases; the use case refuses a case that is not theirs.
			expect((await api.get('/eksempler/hjem-til-alle/rediger', { maxRedirects: 0 })).status()).toBe(403);

			const before = await (await api.get('/eksempler/hjem-til-alle')).text();
			const save = await postForm(api, '/eksempler/hjem-til-alle/rediger?/save', {
				revision: '1',
				'name.da': 'Overtaget af et medlem',
				'summary.da': 'Ændret uden lov.',
				problemField: 'other',
				scale: 'local',
				periodStart: '2016',
				'problem.da': 'Ændret uden lov.'
			});
			expect(save.status()).toBe(403);
			const pageSave = await postForm(api, '/principper/faelles-agenda/rediger?/save', {
				revision: '1',
				'title.da': 'Overtaget',
				'summary.da': 'x',
				'body.da': 'x'
			});
			expect(pageSave.status()).toBe(403);
			const unpublish = await postForm(api, '/eksempler/hjem-til-alle/rediger?/unpublish', {});
			expect(unpublish.status()).toBe(403);
			const after = await (await api.get('/eksempler/hjem-til-alle')).text();
			expect(after).not.toContain('Overtaget af et medlem');
			expect(after).toContain('<h1>');
			expect(before).toContain('Hjem til Alle alliancen');
			expect(after).toContain('Hjem til Alle alliancen');
		} finally {
			await api.dispose();
		}

		// Signed out: adding a case sends you to the login page and back.
		await page.goto('/eksempler/ny');
		await expect(page).toHaveURL('/login?next=%2Feksempler%2Fny');
		const anonymous = await newApiContext();
		try {
			const response = await anonymous.get('/eksempler/ny', { maxRedirects: 0 });
			expect(response.status()).toBe(303);
			expect(response.headers().location).toBe('/login?next=%2Feksempler%2Fny');
			const post = await postForm(anonymous, '/eksempler/ny?/save', { 'name.da': 'Anonym' });
			expect(post.status()).toBe(303);
			expect(post.headers().location).toMatch(/^\/login\?next=/);
		} finally {
			await anonymous.dispose();
		}
		// The page tells signed-out readers how to add cases.
		await page.goto('/eksempler');
		await expect(page.getByText('Log ind for at tilføje dine egne eksempler.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Tilføj et eksempel' })).toHaveCount(0);
	});
});

test.describe('testimonies', () => {
	test.describe.configure({ timeout: 90_000 });

	test('an editor adds a testimony with its source; it shows on the case and the lesson; deleting needs the confirmation and can be undone', async ({
		browser,
		createMember,
		expectAccessible
	}) => {
		const editor = await retryOnReset(() => createMember({ role: 'editor' }));
		const { context, page } = await signedInPage(browser, editor);
		const suffix = uniqueSuffix();
		const statement = `Vi lærte at tale det samme sprog på tværs af sektorerne (${suffix}).`;
		const sourceTitle = `Testkilde om fælles sprog ${suffix}`;
		const sourceUrl = `https://example.org/vidnesbyrd/${suffix}`;
		let editPath: string | undefined;
		let deleted = false;
		try {
			await page.goto('/vidnesbyrd');
			await page.getByRole('link', { name: 'Tilføj et vidnesbyrd' }).click();
			await expect(page).toHaveURL('/vidnesbyrd/ny');

			await page.getByRole('radio', { name: /^Direkte citat/ }).check();
			await page.getByRole('group', { name: 'Udsagnet' }).getByLabel('Dansk', { exact: true }).fill(statement);
			await page
				.getByRole('group', { name: 'Hvem sagde det (rolle)' })
				.getByLabel('Dansk', { exact: true })
				.fill('projektleder, Testkommune');
			await page.getByLabel('Kildens titel').fill(sourceTitle);
			await page.getByLabel('Eksempel').selectOption({ label: 'Hjem til Alle alliancen' });
			await page.getByRole('checkbox', { name: '5. Det kan ikke siges tit nok: Involver' }).check();

			// No source address: refused, with the message at the field, the rest kept.
			const [refused] = await Promise.all([
				page.waitForResponse((response) => response.url().endsWith('?/save') && response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Gem vidnesbyrdet' }).click()
			]);
			expect(refused.status()).toBe(400);
			await expect(fieldError(page, 'sourceUrl')).toHaveText('Skriv en hel adresse, der begynder med https:// eller http://.');
			await expect(page.getByLabel('Kildens adresse')).toHaveAttribute('aria-invalid', 'true');
			await expect(field(page, 'statement.da')).toHaveValue(statement);
			await expect(page.getByLabel('Kildens titel')).toHaveValue(sourceTitle);
			await expect(page.getByLabel('Eksempel')).toHaveValue('hjem-til-alle');
			await expect(page.getByRole('radio', { name: /^Direkte citat/ })).toBeChecked();
			await expect(page.getByRole('checkbox', { name: '5. Det kan ikke siges tit nok: Involver' })).toBeChecked();

			await page.getByLabel('Kildens adresse').fill(sourceUrl);
			await page.getByRole('button', { name: 'Gem vidnesbyrdet' }).click();
			await expect(page).toHaveURL('/eksempler/hjem-til-alle?saved=1');

			// On the case page, with its source
			const onCase = page.getByRole('region', { name: 'Vidnesbyrd' }).getByRole('listitem').filter({ hasText: statement });
			await expect(onCase).toHaveCount(1);
			await expect(onCase).toContainText('— projektleder, Testkommune');
			await expect(onCase.getByRole('link', { name: sourceTitle })).toHaveAttribute('href', sourceUrl);
			await expect(onCase.getByText('Gengivet med vores ord')).toHaveCount(0);
			editPath = (await onCase.getByRole('link', { name: 'Rediger' }).getAttribute('href')) ?? undefined;
			expect(editPath).toMatch(/^\/vidnesbyrd\/[0-9a-f-]{36}\/rediger$/);

			// On the lesson page, with its source and its case, for every reader
			const anonymous = await browser.newPage({ baseURL: BASE_URL, locale: 'da-DK' });
			try {
				await anonymous.goto('/laering/involver');
				const onLesson = anonymous.getByRole('region', { name: 'Vidnesbyrd' }).getByRole('listitem').filter({ hasText: statement });
				await expect(onLesson).toHaveCount(1);
				await expect(onLesson.getByRole('link', { name: sourceTitle })).toHaveAttribute('href', sourceUrl);
				await expect(onLesson.getByRole('link', { name: 'Hjem til Alle alliancen' })).toHaveAttribute('href', '/eksempler/hjem-til-alle');
				// Not on a lesson it was not ticked for.
				await anonymous.goto('/laering/det-nytter');
				await expect(anonymous.getByText(statement)).toHaveCount(0);
			} finally {
				await anonymous.close();
			}

			// Deleting: without the tick nothing happens, and the message says why.
			await page.goto(editPath!);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rediger vidnesbyrd');
			const [notConfirmed] = await Promise.all([
				page.waitForResponse((response) => response.url().endsWith('?/delete') && response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Slet vidnesbyrdet' }).click()
			]);
			expect(notConfirmed.status()).toBe(400);
			await expect(page.locator('#confirm-error')).toHaveText('Sæt kryds for at bekræfte sletningen.');
			// the edit form above still shows the saved testimony, not an empty form
			await expect(field(page, 'statement.da')).toHaveValue(statement);
			await expect(page.getByRole('checkbox', { name: 'Ja, fjern vidnesbyrdet. Historikken gemmes.' })).toHaveAttribute(
				'aria-describedby',
				'confirm-error'
			);
			await page.goto('/eksempler/hjem-til-alle');
			await expect(page.getByText(statement)).toHaveCount(1);

			await page.goto(editPath!);
			await page.getByRole('checkbox', { name: 'Ja, fjern vidnesbyrdet. Historikken gemmes.' }).check();
			await page.getByRole('button', { name: 'Slet vidnesbyrdet' }).click();
			await expect(page).toHaveURL('/vidnesbyrd?saved=deleted');
			deleted = true;
			await expect(page.getByRole('status')).toHaveText('Vidnesbyrdet er slettet. Du kan hente det tilbage under »Slettet indhold«.');
			await expect(page.getByText(statement)).toHaveCount(0);
			await page.goto('/eksempler/hjem-til-alle');
			await expect(page.getByText(statement)).toHaveCount(0);
			await page.goto('/laering/involver');
			await expect(page.getByText(statement)).toHaveCount(0);

			// A deletion can be undone: the editors' list of deleted content brings it back.
			await page.goto('/vidnesbyrd');
			await page.getByRole('link', { name: 'Slettet indhold' }).click();
			await expect(page).toHaveURL('/laering/slettet');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slettet indhold');
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Hent vidnesbyrdet fra projektleder, Testkommune tilbage' }).click();
			await expect(page).toHaveURL('/laering/slettet?restored=testimony');
			await expect(page.getByRole('status')).toHaveText('Vidnesbyrdet er hentet tilbage og vises igen.');
			deleted = false;
			await page.goto('/eksempler/hjem-til-alle');
			await expect(page.getByText(statement)).toHaveCount(1);
		} finally {
			if (editPath && !deleted) {
				await submitForm(page.request, `${editPath}?/delete`, { confirm: 'on' });
			}
			await context.close();
		}
	});
});
