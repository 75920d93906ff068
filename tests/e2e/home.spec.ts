import type { Page } from '@playwright/test';
import { expect, test, UUID } from './support/fixtures.ts';

test.describe('home page', () => {
	test('is Danish by default, with navigation, footer and no accessibility violations', async ({ page, expectAccessible }) => {
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page).toHaveTitle(/Samspil/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective impact i praksis');

		const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
		await expect(nav.getByRole('link', { name: 'Forside' })).toHaveAttribute('aria-current', 'page');
		await expect(nav.getByRole('link', { name: 'Log ind' })).toHaveAttribute('href', '/login');
		await expect(nav.getByRole('button', { name: 'English' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
		await expect(nav.getByRole('button', { name: 'Log ud' })).toHaveCount(0);

		await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute(
			'href',
			'/about/accessibility'
		);
		await expectAccessible(page);
	});

	test('links to the accessibility statement from the footer', async ({ page, expectAccessible }) => {
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
		await expect(page).toHaveURL('/about/accessibility');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
		await expect(page.getByText('WCAG 2.1 niveau AA')).toBeVisible();
		await expectAccessible(page);
	});

	test('skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Spring til indhold' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await expect(page.locator('#main')).toBeFocused();
		// The next Tab continues inside the main content, not in the header.
		await page.keyboard.press('Tab');
		const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('#main')));
		expect(inMain).toBe(true);
	});

	test('language switch is remembered across pages and sets <html lang>', async ({ page, context, expectAccessible }) => {
		await page.goto('/about/accessibility');
		await page.getByRole('button', { name: 'English' }).click();
		// Back on the page it was switched on, now in English.
		await expect(page).toHaveURL('/about/accessibility');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
		expect((await context.cookies()).find((c) => c.name === 'samspil_locale')?.value).toBe('en');

		await page.getByRole('link', { name: 'Home' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective impact in practice');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
		await expectAccessible(page);

		// A full page load (not client-side navigation) is English too.
		await page.goto('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
		await expect(page.getByLabel('E-mail')).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Dansk' }).click();
		await expect(page).toHaveURL('/login');
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective impact i praksis');
	});

	test('Danish is the default even for English-language browsers; the switch still works', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Collective impact i praksis');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto('/about/accessibility');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await context.close();
	});
});

test.describe('narrow screen (360 px)', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	async function expectNoHorizontalScroll(page: Page) {
		const sizes = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth,
			bodyScrollWidth: document.body.scrollWidth
		}));
		expect.soft(sizes.scrollWidth, `${page.url()} scrolls horizontally: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.clientWidth);
		expect.soft(sizes.bodyScrollWidth, `${page.url()} body is wider than the viewport`).toBeLessThanOrEqual(sizes.clientWidth);
	}

	test('public pages reflow without horizontal scrolling', async ({ page }) => {
		for (const path of ['/', '/login', '/password/forgot', '/does-not-exist']) {
			await page.goto(path);
			await expectNoHorizontalScroll(page);
		}
	});

	// Regression test for a bug fixed since: src/app.css — h1 has no overflow-wrap/hyphens, so the single long word "Tilgængelighedserklæring" in the
	// heading of /about/accessibility is 396 px wide at a 360 px viewport and the page scrolls horizontally (WCAG 1.4.10).
	test('/about/accessibility reflows without horizontal scrolling', async ({ page }) => {
		await page.goto('/about/accessibility');
		await expectNoHorizontalScroll(page);
	});

	test('signed-in pages reflow without horizontal scrolling', async ({ page, loginAsAdmin }) => {
		await loginAsAdmin(page);
		for (const path of ['/account', '/admin', '/admin/organisations', '/admin/audit']) {
			await page.goto(path);
			await expect(page).toHaveURL(path);
			await expectNoHorizontalScroll(page);
		}
	});

	// Regression test for a bug fixed since: src/app.css + src/routes/admin/users/+page.svelte — the `.visually-hidden` labels and button texts inside
	// the users table are position:absolute, and `.table-wrap` is not a containing block (no position:relative), so
	// they escape the table's own horizontal scroller: the whole document becomes ~433 px wide at 360 px.
	// Expected: only the table scrolls (as on /admin/audit).
	test('/admin/users (signed in) reflows without horizontal scrolling', async ({ page, loginAsAdmin }) => {
		await loginAsAdmin(page);
		await page.goto('/admin/users');
		await expectNoHorizontalScroll(page);
	});
});

test.describe('error pages and operations', () => {
	test('unknown path answers 404 with a heading and the request id', async ({ page, expectAccessible }) => {
		const response = await page.goto('/findes/ikke');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
		await expect(page.getByText('Fejl 404')).toBeVisible();
		const requestId = page.locator('p', { hasText: 'Fejl-id:' }).locator('code');
		await expect(requestId).toHaveText(UUID);
		expect(await requestId.textContent()).toBe(response?.headers()['x-request-id']);
		await expect(page.getByRole('main').getByRole('link', { name: 'Til forsiden' })).toHaveAttribute('href', '/');
		await expectAccessible(page);
	});

	test('404 in English', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const response = await page.goto('/does/not/exist');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('p', { hasText: 'Error id:' }).locator('code')).toHaveText(UUID);
	});

	test('/healthz reports the database', async ({ request }) => {
		const response = await request.get('/healthz');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/json');
		expect(response.headers()['cache-control']).toBe('no-store');
		expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
	});
});

test.describe('security headers', () => {
	test('pages carry a strict CSP, nosniff, referrer policy and no framing', async ({ page }) => {
		const cspErrors: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
		});
		const response = await page.goto('/');
		const headers = response?.headers() ?? {};
		const csp = headers['content-security-policy'] ?? '';
		const directives = Object.fromEntries(
			csp
				.split(';')
				.map((part) => part.trim().split(/\s+/))
				.filter((parts) => parts[0])
				.map(([name, ...values]) => [name, values])
		);
		expect(directives['script-src'], csp).toBeDefined();
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['script-src']).not.toContain("'unsafe-eval'");
		const nonce = directives['script-src'].find((value: string) => value.startsWith("'nonce-"))?.slice(7, -1);
		expect(directives['frame-ancestors']).toEqual(["'none'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-request-id']).toMatch(UUID);

		// Pages ship no client JavaScript (csr = false); any inline script would have to carry this response's nonce.
		const inlineNonces = await page
			.locator('script:not([src])')
			.evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
		for (const value of inlineNonces) expect(value, 'inline script without the nonce').toBe(nonce);
		await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
		expect(cspErrors).toEqual([]);

		// A new nonce and request id per response.
		const second = await page.request.get('/');
		if (nonce) expect(second.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
		expect(second.headers()['x-request-id']).not.toBe(headers['x-request-id']);
	});

	test('every ordinary response has a request id and nosniff', async ({ request }) => {
		const ids = new Set<string>();
		for (const path of ['/', '/login', '/healthz', '/no-such-page', '/about/accessibility', '/setup']) {
			const response = await request.get(path, { maxRedirects: 0 });
			const id = response.headers()['x-request-id'];
			expect(id, `${path} (${response.status()}) has no X-Request-Id`).toMatch(UUID);
			expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
			ids.add(id);
		}
		expect(ids.size).toBe(6);
	});

	// Regression test for a bug fixed since: src/hooks.server.ts — the sign-in redirect thrown by `handleAuthorisation` (redirect(303, '/login?next=…'))
	// escapes `handleRequestBasics` before it sets its headers, so these 303 responses have no X-Request-Id,
	// X-Content-Type-Options, Referrer-Policy or X-Frame-Options. Expected: every response carries them.
	test('redirects to the login page carry the request id and security headers', async ({ request }) => {
		const response = await request.get('/admin', { maxRedirects: 0 });
		expect(response.status()).toBe(303);
		expect(response.headers().location).toBe('/login?next=%2Fadmin');
		expect(response.headers()['x-request-id']).toMatch(UUID);
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
		expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
	});

	test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context, loginAsAdmin }) => {
		await loginAsAdmin(page);
		await page.goto('/account');
		await expect(page).toHaveURL('/account');
		const session = (await context.cookies()).find((c) => c.name === 'samspil_session');
		expect(session, 'no session cookie after sign-in').toBeDefined();
		expect(session?.httpOnly).toBe(true);
		expect(session?.sameSite).toBe('Lax');
		expect(session?.path).toBe('/');
		expect(await page.evaluate(() => document.cookie)).not.toContain('samspil_session');
	});
});
