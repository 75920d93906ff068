/**
 * The measurement API (issue 13 item 7): the backbone lead makes an API token on the tokens page (it
 * is shown once), uses it over real HTTP against /api/v1, and revokes it; a signed-in browser's
 * cookie opens nothing in the API; the OpenAPI document is served; the form works without
 * JavaScript (the page ships none); axe; 360 px.
 */
import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { expectFitsWidth, PHONE } from './support/assessment-helpers.ts';
import { apiLogin, BASE_URL, createUser, expect, newApiContext, postForm, test, type TestUser } from './support/fixtures.ts';

const SHOTS = '/work/shots/m-api';

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
	return (response.headers().location ?? '').split('/').pop() as string;
}

async function addActor(api: APIRequestContext, slug: string, name: string) {
	const response = await postForm(api, `/initiativer/${slug}/aktoerer?/add`, {
		organisationId: '',
		name,
		sector: 'public',
		role: 'partner',
		contactName: '',
		contactEmail: ''
	});
	expect(response.status()).toBe(303);
}

async function createThroughPage(
	page: Page,
	values: { name: string; scope?: 'Læse' | 'Læse og indberette'; actor?: string; expiresOn?: string }
) {
	const form = page.locator('form[action="?/create"]');
	await form.getByLabel('Navn').fill(values.name);
	if (values.scope) await form.getByLabel(values.scope, { exact: false }).first().check();
	if (values.actor) await form.getByLabel('Indberetter for').selectOption({ label: values.actor });
	if (values.expiresOn) await form.getByLabel('Udløbsdato').fill(values.expiresOn);
	await form.getByRole('button', { name: 'Lav nøgle' }).click();
}

test.describe('measurement API tokens', () => {
	let lead: TestUser;
	let leadApi: APIRequestContext;
	let bearer: APIRequestContext;
	let slug: string;

	test.beforeAll(async ({ adminApi }) => {
		lead = await createUser(adminApi, { name: 'Lene Leder' });
		leadApi = await newApiContext();
		await apiLogin(leadApi, lead.email, lead.password);
		slug = await startInitiative(leadApi, `Unge i job ${Date.now().toString(36)}`);
		await addActor(leadApi, slug, 'Aarhus Kommune');
		await addActor(leadApi, slug, 'Jobcenter Øst');
		// a cookie-free client, as another system would be
		bearer = await playwrightRequest.newContext({ baseURL: BASE_URL });
	});
	test.afterAll(async () => {
		await leadApi.dispose();
		await bearer.dispose();
	});

	test('the lead makes a token (shown once), uses it over HTTP, and revokes it', async ({ page, signIn, expectAccessible }) => {
		test.setTimeout(120_000);
		await signIn(page, lead.email, lead.password);
		const url = `/initiativer/${slug}/maaling/api`;
		// an earlier token, revoked, and a read token: the list as it looks in use
		const old = await postForm(leadApi, `${url}?/create`, {
			name: 'Gammel integration',
			scope: 'read',
			expiresOn: inDays(30),
			actorId: ''
		});
		expect(old.status()).toBe(200);
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-nøgler');
		await page.getByRole('button', { name: 'Tilbagekald Gammel integration' }).click();
		await expect(page.getByText('Nøglen er tilbagekaldt. Den virker ikke længere.')).toBeVisible();
		await createThroughPage(page, { name: 'Power BI-rapport', scope: 'Læse' });
		await expect(page.getByText('Ny nøgle: Power BI-rapport')).toBeVisible();

		await createThroughPage(page, { name: 'Aarhus Kommunes datavarehus', scope: 'Læse og indberette', actor: 'Aarhus Kommune' });
		await expect(page.getByRole('heading', { name: 'Ny nøgle: Aarhus Kommunes datavarehus' })).toBeVisible();
		await expect(page.getByText('Kopiér nøglen nu. Den vises kun denne ene gang', { exact: false })).toBeVisible();
		const token = await page.locator('#new-token').inputValue();
		expect(token).toMatch(/^smp_[A-Za-z0-9_-]{43}$/);
		await expect(page.locator('pre').first()).toContainText(token);
		// the page ships no JavaScript: every form is a plain HTML form
		expect(await page.locator('script').count()).toBe(0);
		await expectAccessible(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.screenshot({ path: `${SHOTS}/tokens-created-1280.png`, fullPage: true });
		await page.setViewportSize(PHONE);
		await expectFitsWidth(page);
		await page.screenshot({ path: `${SHOTS}/tokens-created-360.png`, fullPage: true });
		await page.setViewportSize({ width: 1280, height: 900 });

		// the round trip over real HTTP, with the token alone
		const auth = { Authorization: `Bearer ${token}` };
		const indicators = await bearer.get(`/api/v1/initiatives/${slug}/indicators`, { headers: auth });
		expect(indicators.status()).toBe(200);
		expect(indicators.headers()['content-type']).toContain('application/json');
		expect(await indicators.json()).toEqual({ data: [] });
		const missing = await bearer.post(`/api/v1/initiatives/${slug}/indicators/${crypto.randomUUID()}/observations`, {
			headers: auth,
			data: { period: '2026-Q1', value: 12.5 }
		});
		expect(missing.status()).toBe(404);
		expect(missing.headers()['content-type']).toBe('application/problem+json');
		expect(await missing.json()).toMatchObject({
			type: 'urn:samspil:problem:not_found',
			status: 404,
			instance: expect.stringMatching(/^urn:uuid:/)
		});
		const invalid = await bearer.post(`/api/v1/initiatives/${slug}/indicators/${crypto.randomUUID()}/observations`, {
			headers: auth,
			data: { period: 'sidste kvartal', value: '12,5' }
		});
		expect(invalid.status()).toBe(400);
		expect((await invalid.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['period', 'value']);
		// the signed-in browser's cookie opens nothing in the API
		const withCookie = await page.request.get(`/api/v1/initiatives/${slug}/indicators`);
		expect(withCookie.status()).toBe(401);
		expect(withCookie.headers()['www-authenticate']).toBe('Bearer realm="samspil-api"');

		// used: the list says when; revoked: the next call is refused
		await page.goto(url);
		const row = page.getByRole('row', { name: /Aarhus Kommunes datavarehus/ });
		await expect(row).not.toContainText('Aldrig');
		await expect(page.locator('#new-token')).toHaveCount(0);
		await row.getByRole('button', { name: 'Tilbagekald Aarhus Kommunes datavarehus' }).click();
		await expect(page.getByText('Nøglen er tilbagekaldt.', { exact: false })).toBeVisible();
		const refused = await bearer.get(`/api/v1/initiatives/${slug}/indicators`, { headers: auth });
		expect(refused.status()).toBe(401);
		expect(refused.headers()['www-authenticate']).toContain('error="invalid_token"');
		expect((await refused.json()).detail).toContain('revoked');

		const openApi = await bearer.get('/api/v1/openapi.json');
		expect(openApi.status()).toBe(200);
		expect((await openApi.json()).openapi).toBe('3.1.0');
	});

	test('the form works without JavaScript and keeps what was typed on an error', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			const signedIn = await page.request.post('/login', {
				form: { email: lead.email, password: lead.password, next: '/' },
				headers: { Origin: BASE_URL, Accept: 'text/html' },
				maxRedirects: 0
			});
			expect(signedIn.status()).toBe(303);
			await page.goto(`/initiativer/${slug}/maaling/api`);
			await createThroughPage(page, { name: 'For lang nøgle', scope: 'Læse', expiresOn: inDays(400) });
			await expect(page.getByRole('link', { name: 'Udløbsdato' })).toBeVisible();
			await expect(page.getByLabel('Navn')).toHaveValue('For lang nøgle');
			await expect(page.locator('#new-token')).toHaveCount(0);
			await createThroughPage(page, { name: 'Uden tidsgrænse', scope: 'Læse og indberette' });
			await expect(page.getByText('Indberetter for', { exact: false }).first()).toBeVisible();
			await expect(page.locator('#field-actorId-error')).toBeVisible();
			await createThroughPage(page, { name: 'Årsrapport', scope: 'Læse', expiresOn: inDays(200) });
			await expect(page.locator('#new-token')).toHaveValue(/^smp_/);
		} finally {
			await context.close();
		}
	});
});

function inDays(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
