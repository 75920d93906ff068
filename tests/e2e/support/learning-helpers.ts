/**
 * Helpers for the learning specs (principles, lessons, cases, testimonies): form fields by their
 * flat names, the case list, and creating records through the app's own form actions.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { BASE_URL, expect } from './fixtures.ts';
import { slugify } from '../../../src/lib/domain/organisations/slug.ts';

/** Same-origin headers, so that a browser page's own request context (page.request) may post forms too. */
export const FORM_HEADERS = { Origin: BASE_URL, Accept: 'text/html' } as const;

/**
 * Posts a form like a browser without JavaScript (redirects not followed), from any request context:
 * an API context from newApiContext() or a signed-in page's `page.request`, which has no Origin header
 * of its own (without one the app refuses the post as cross-site, 403).
 */
export function submitForm(api: APIRequestContext, url: string, form: Record<string, string>) {
	return api.post(url, { form, headers: FORM_HEADERS, maxRedirects: 0 });
}

/**
 * Runs `action` once more if it failed because a kept-alive connection was closed by the server just
 * as it was reused (the server drops idle connections after 5 s; the worker's shared adminApi can
 * hit that between tests: "socket hang up", ECONNRESET). Nothing reached the app in that case.
 */
export async function retryOnReset<T>(action: () => Promise<T>): Promise<T> {
	try {
		return await action();
	} catch (error) {
		if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
		return action();
	}
}

/** The seven seeded cases: slug → Danish name. */
export const SEEDED_CASES = {
	'fremtidens-baeredygtige-landskaber': 'Fremtidens bæredygtige landskaber',
	'hjem-til-alle': 'Hjem til Alle alliancen',
	dk2020: 'DK2020',
	'toendermarsk-initiativet': 'Tøndermarsk Initiativet',
	'bo-trygt': 'Bo trygt',
	'medvind-i-oesterbyen': 'MedVind i Østerbyen',
	troldhedestien: 'Troldhedestien i Kolding'
} as const;

export type SeededCaseSlug = keyof typeof SEEDED_CASES;

let counter = 0;
/** A short suffix that is unique per call and per run, for names other tests never use. */
export function uniqueSuffix(): string {
	counter += 1;
	return `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

/** The address the app gives a new case: the app's own slugify(). */
export const slugOf = slugify;

/**
 * A form control by its flat field name (`name.da`, `actors.0.sector`, `periodEnd`): the forms give
 * every control the id `field-<name>`, and the dots make a CSS id selector awkward.
 */
export function field(page: Page, name: string): Locator {
	return page.locator(`[id="field-${name}"]`);
}

/** The message shown next to a field (`field-<name>-error`). */
export function fieldError(page: Page, name: string): Locator {
	return page.locator(`[id="field-${name}-error"]`);
}

/** The case list on /eksempler: one link per result, named by the case. */
export function caseResultLinks(page: Page): Locator {
	return page.locator('ul.case-list > li h3 a');
}

/** The slugs of the listed cases, in the order shown. */
export async function listedCaseSlugs(page: Page): Promise<string[]> {
	const hrefs = await caseResultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	// (a case link carries the list's search back as ?liste=…)
	return hrefs.map((href) => href.replace(/^\/eksempler\//, '').replace(/\?.*$/, ''));
}

/** Fails unless every `expected` slug is listed and none of `absent` is. */
export async function expectListedCases(page: Page, expected: readonly string[], absent: readonly string[] = []): Promise<void> {
	// The results heading ("7 eksempler", "1 case") shows once the list has loaded.
	await expect(page.locator('h2#case-results')).toHaveText(/^\d+ (eksemp|case)/);
	const slugs = await listedCaseSlugs(page);
	for (const slug of expected) expect(slugs, `${slug} should be listed on ${page.url()}`).toContain(slug);
	for (const slug of absent) expect(slugs, `${slug} should not be listed on ${page.url()}`).not.toContain(slug);
}

export interface DraftCase {
	name: string;
	slug: string;
}

/**
 * Adds a case through /eksempler/ny's save action as whoever `api` is signed in as (a draft until an
 * editor publishes it). Danish texts only: English falls back to Danish. Returns its name and slug.
 */
export async function createDraftCase(
	api: APIRequestContext,
	options: { name?: string; extra?: Record<string, string> } = {}
): Promise<DraftCase> {
	const name = options.name ?? `Testeksempel ${uniqueSuffix()}`;
	const response = await submitForm(api, '/eksempler/ny?/save', {
		'name.da': name,
		'name.en': '',
		'summary.da': `Et eksempel, som e2e-testen har oprettet (${name}).`,
		'summary.en': '',
		problemField: 'other',
		scale: 'local',
		periodStart: '2021',
		periodEnd: '',
		'problem.da': 'Problemet er beskrevet **kort** af testen.',
		'problem.en': '',
		'actors.0.name': 'Testforeningen',
		'actors.0.sector': 'civil_society',
		'actors.0.role.da': 'driver arbejdet',
		'actors.0.role.en': '',
		...options.extra
	});
	expect(response.status(), `creating the case "${name}"`).toBe(303);
	const location = response.headers().location ?? '';
	const slug = /^\/eksempler\/([a-z0-9-]+)\?saved=1$/.exec(location)?.[1];
	if (!slug) throw new Error(`Creating the case "${name}" redirected to "${location}", not to its page`);
	return { name, slug };
}

/** Publishes a case through its edit page's publish action (an editor's or admin's `api`). */
export async function publishCase(api: APIRequestContext, slug: string): Promise<void> {
	const response = await submitForm(api, `/eksempler/${slug}/rediger?/publish`, {});
	expect(response.status(), `publishing ${slug}`).toBe(303);
	expect(response.headers().location).toBe(`/eksempler/${slug}?status=published`);
}

/**
 * The id of a seeded testimony (the one attributed to the director of Børns Vilkår), read from the
 * edit link on /vidnesbyrd as an editor or admin sees it. Seeded, so no other test deletes it.
 */
export async function seededTestimonyId(editorApi: APIRequestContext): Promise<string> {
	const html = await (await editorApi.get('/vidnesbyrd')).text();
	const items = html.split('<li class="testimony">').slice(1);
	const item = items.find((chunk) => chunk.includes('Børns Vilkår'));
	const id = item && /href="\/vidnesbyrd\/([0-9a-f-]{36})\/rediger"/.exec(item)?.[1];
	if (!id) throw new Error('No edit link of the seeded Børns Vilkår testimony on /vidnesbyrd (is the reader an editor?)');
	return id;
}

/** Every named control of a form as the browser would post it (checkboxes only when ticked). */
export async function formValuesOf(form: Locator): Promise<Record<string, string>> {
	return form.evaluate((element) => {
		const values: Record<string, string> = {};
		for (const [key, value] of new FormData(element as HTMLFormElement)) if (typeof value === 'string') values[key] = value;
		return values;
	});
}

/** The revision a principles or lesson page is at, read from its edit form's hidden field. */
export async function currentRevision(api: APIRequestContext, editPath: string): Promise<string> {
	const html = await (await api.get(editPath)).text();
	const revision = /name="revision" value="(\d+)"/.exec(html)?.[1];
	if (!revision) throw new Error(`No revision field on ${editPath}`);
	return revision;
}
