/** Helpers for the assessment specs: walking the self-check through the UI and finding an organisation. */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export type AnswerValue = 'yes' | 'no' | 'unknown';

export const STEP3 = ['step3.complexity', 'step3.scale', 'step3.fragmented', 'step3.multipleSectors', 'step3.endUsersAffected'] as const;
export const STEP4 = ['step4.champions', 'step4.resources12Months', 'step4.positiveExperience', 'step4.burningPlatform'] as const;

/** Starts a self-check from the public entry page; resolves on step 1. */
export async function startSelfCheck(page: Page): Promise<string> {
	await page.goto('/vurdering');
	await page.getByRole('button', { name: 'Start vurderingen' }).click();
	await page.waitForURL(/\/vurdering\/[A-Za-z0-9_-]{32}\/trin\/1$/);
	await settle(page);
	return new URL(page.url()).pathname.replace(/\/trin\/1$/, '');
}

/** Waits until the form post and its redirect have finished loading, so the next step's fields are the ones on the page. */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}

export async function addProblem(page: Page, title: string, ratings: [number, number, number]): Promise<void> {
	await settle(page);
	await page.getByLabel('Problemets navn').fill(title);
	await page.locator('#field-dramaticImprovement').selectOption(String(ratings[0]));
	await page.locator('#field-contextualChange').selectOption(String(ratings[1]));
	await page.locator('#field-urgentNeed').selectOption(String(ratings[2]));
	await page.getByRole('button', { name: 'Tilføj problem' }).click();
	await expect(page.getByRole('radio', { name: title })).toBeVisible();
}

export async function answer(page: Page, key: string, value: AnswerValue): Promise<void> {
	await page.locator(`input[type="radio"][name="${key}"][value="${value}"]`).check();
}

export async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Næste' }).click();
	await settle(page);
}

/** The answers that lead to each outcome, as [step-2, step-3, step-4] answers. */
export const PATHS = {
	PROGRAM_OR_CAPACITY: { step2: 'no', step3: null, step4: null },
	UNCERTAIN: { step2: 'unknown', step3: null, step4: null },
	PROGRAM: { step2: 'yes', step3: ['yes', 'no', 'yes', 'yes', 'yes'], step4: null },
	NOT_YET_READY: { step2: 'yes', step3: ['yes', 'yes', 'yes', 'yes', 'yes'], step4: ['yes', 'no', 'yes', 'unknown'] },
	READY: { step2: 'yes', step3: ['yes', 'yes', 'yes', 'yes', 'yes'], step4: ['yes', 'yes', 'yes', 'yes'] }
} as const satisfies Record<string, { step2: AnswerValue; step3: readonly AnswerValue[] | null; step4: readonly AnswerValue[] | null }>;

/** Adds one problem on step 1 and answers the later steps along `path`; ends on the result page. */
export async function walkSelfCheck(page: Page, path: (typeof PATHS)[keyof typeof PATHS], onStep?: (step: number) => Promise<void>) {
	const base = await startSelfCheck(page);
	await addProblem(page, 'Unge uden uddannelse', [5, 4, 4]);
	await onStep?.(1);
	await next(page);
	await expect(page).toHaveURL(`${base}/trin/2`);
	await answer(page, 'step2.multipleActors', path.step2);
	await onStep?.(2);
	await next(page);
	if (path.step3) {
		await expect(page).toHaveURL(`${base}/trin/3`);
		for (const [index, key] of STEP3.entries()) await answer(page, key, path.step3[index] as AnswerValue);
		await onStep?.(3);
		await next(page);
	}
	if (path.step4) {
		await expect(page).toHaveURL(`${base}/trin/4`);
		for (const [index, key] of STEP4.entries()) await answer(page, key, path.step4[index] as AnswerValue);
		await onStep?.(4);
		await next(page);
	}
	await expect(page).toHaveURL(`${base}/resultat`);
	return base;
}

/** The id of some organisation (the demo content has several), read from the admin's list. */
export async function findOrganisationId(adminApi: APIRequestContext): Promise<string> {
	const html = await (await adminApi.get('/admin/organisations')).text();
	const match = /href="\/admin\/organisations\/([0-9a-f-]{36})"/.exec(html);
	if (!match?.[1]) throw new Error('No organisation found on /admin/organisations');
	return match[1];
}

/** Creates a new organisation through the admin page and returns its id. */
export async function createOrganisationAsAdmin(adminApi: APIRequestContext, name: string): Promise<string> {
	const response = await adminApi.post('/admin/organisations?/create', { form: { name, sector: 'public' }, maxRedirects: 0 });
	if (response.status() >= 400) throw new Error(`Creating organisation ${name} answered ${response.status()}`);
	const html = await (await adminApi.get('/admin/organisations')).text();
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`href="/admin/organisations/([0-9a-f-]{36})"[^>]*>${escaped}<`).exec(html);
	if (!match?.[1]) throw new Error(`Organisation ${name} not found after creating it`);
	return match[1];
}

/** The narrowest phone the pages are built for (WCAG 1.4.10 reflow: 320 CSS px plus a margin). */
export const PHONE = { width: 360, height: 740 } as const;

/** Fails when the page is wider than the viewport (it would scroll sideways on a phone). */
export async function expectFitsWidth(page: Page, width: number = PHONE.width): Promise<void> {
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide at a ${width} px viewport`).toBeLessThanOrEqual(width);
}

/** Screenshots for a person to look at (not compared): the whole page, under /tmp/ux-shots. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `/tmp/ux-shots/${name}.png`, fullPage: true });
}
