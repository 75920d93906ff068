/**
 * Edges of the request hook, against the built server without a browser:
 * - private responses are never cached (Cache-Control: no-store) — everything for a signed-in
 *   person and everything behind a secret link;
 * - HEAD follows GET's policy; a method a route does not answer is 405, with no denial recorded (Z1);
 * - a member's denied page view is recorded once, and repeats are counted, not copied (L1/V5);
 * - signing in again from a signed-in browser ends the session it had (A5);
 * - a body over 512 KiB, or one sent without a declared length, is refused before it is read,
 *   except on the import route (V5).
 */
import http from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { createOrganisationAsAdmin } from './support/assessment-helpers.ts';
import { BASE_URL, expect, linkFromMail, newApiContext, postForm, readLatestMail, test } from './support/fixtures.ts';

interface OwnExport {
	profile: { id: string };
	auditEntries: { action: string; details: Record<string, unknown> }[];
}

async function ownAuditEntries(api: APIRequestContext) {
	const response = await api.get('/account/export');
	expect(response.status()).toBe(200);
	return ((await response.json()) as OwnExport).auditEntries;
}

function sessionCookieOf(setCookie: string | undefined): string {
	const match = /samspil_session=([^;]+)/.exec(setCookie ?? '');
	if (!match?.[1]) throw new Error(`no session cookie in: ${setCookie}`);
	return match[1];
}

/** A plain request with exactly this session cookie (no cookie jar). */
function getWithSession(pathname: string, token: string) {
	return fetch(BASE_URL + pathname, { redirect: 'manual', headers: { cookie: `samspil_session=${token}` } });
}

test.describe('private responses are not cached', () => {
	test('everything a signed-in person is shown: no-store', async ({ adminApi, createMember }) => {
		const organisationId = await createOrganisationAsAdmin(adminApi, `Cache ${Date.now()}`);
		const member = await createMember({ organisationId });
		const api = await newApiContext();
		try {
			expect((await postForm(api, '/login', { email: member.email, password: member.password, next: '/' })).status()).toBe(303);
			const assessment = await postForm(api, '/vurderinger?/create', { organisationId, title: 'Cache-test' });
			expect(assessment.status()).toBe(303);
			const assessmentPath = (assessment.headers().location ?? '').replace(/\/trin\/1$/, '');
			expect(assessmentPath).toMatch(/^\/vurderinger\/[0-9a-f-]{36}$/);
			const round = await postForm(api, '/grupper?/open', { organisationId, focusProblem: 'Cache-test' });
			expect(round.status()).toBe(303);
			const roundPath = round.headers().location ?? '';
			expect(roundPath).toMatch(/^\/grupper\/[0-9a-f-]{36}$/);

			for (const path of ['/', '/principper', '/account', '/account/export', assessmentPath, roundPath]) {
				const response = await api.get(path, { maxRedirects: 0 });
				expect(response.status(), path).toBe(200);
				expect(response.headers()['cache-control'], path).toBe('no-store');
			}
			for (const path of ['/admin', '/admin/users', '/admin/audit']) {
				const response = await adminApi.get(path, { maxRedirects: 0 });
				expect(response.status(), path).toBe(200);
				expect(response.headers()['cache-control'], path).toBe('no-store');
			}

			// the round page shows the answer link: that page is private, and so is the link's own page
			const inviteLink = /\/svar\/[A-Za-z0-9_-]{32}/.exec(await (await api.get(roundPath)).text())?.[0];
			expect(inviteLink).toBeTruthy();
			const anonymous = await newApiContext();
			try {
				const answerPage = await anonymous.get(inviteLink as string);
				expect(answerPage.status()).toBe(200);
				expect(answerPage.headers()['cache-control']).toBe('no-store');
			} finally {
				await anonymous.dispose();
			}
		} finally {
			await api.dispose();
		}
	});

	test('secret links: no-store without sign-in; public pages stay cacheable', async () => {
		const anonymous = await newApiContext();
		try {
			const home = await anonymous.get('/');
			expect(home.status()).toBe(200);
			expect(home.headers()['cache-control'] ?? '').not.toContain('no-store');

			const started = await postForm(anonymous, '/vurdering?/start', {});
			expect(started.status()).toBe(303);
			const step = started.headers().location ?? '';
			expect(step).toMatch(/^\/vurdering\/[A-Za-z0-9_-]{32}\/trin\/1$/);
			expect(started.headers()['cache-control']).toBe('no-store');
			for (const path of [step, step.replace(/\/trin\/1$/, '/resultat')]) {
				const response = await anonymous.get(path, { maxRedirects: 0 });
				expect(response.status(), path).toBeLessThan(400);
				expect(response.headers()['cache-control'], path).toBe('no-store');
			}

			const email = 'admin@e2e.test';
			const since = new Date();
			expect((await postForm(anonymous, '/password/forgot', { email })).status()).toBeLessThan(400);
			const resetPath = new URL(linkFromMail(await readLatestMail(email, { since, subject: /adgangskode|password/i }))).pathname;
			const reset = await anonymous.get(resetPath);
			expect(reset.status()).toBe(200);
			expect(reset.headers()['cache-control']).toBe('no-store');
		} finally {
			await anonymous.dispose();
		}
	});
});

/** A POST with this body, chunked (no Content-Length) or with its length declared; resolves with the status. */
function rawPost(pathname: string, body: Buffer, { chunked }: { chunked: boolean }): Promise<number> {
	return new Promise((resolve, reject) => {
		const request = http.request(BASE_URL + pathname, {
			method: 'POST',
			headers: { 'content-type': 'application/octet-stream', ...(chunked ? {} : { 'content-length': String(body.length) }) }
		});
		request.on('response', (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		// the server may answer and close before the whole body is sent
		request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(error)));
		if (chunked) for (let at = 0; at < body.length; at += 16 * 1024) request.write(body.subarray(at, at + 16 * 1024));
		else request.write(body);
		request.end();
	});
}

test.describe('body size (V5)', () => {
	test('a large or chunked body is refused before it is read, except where a file is uploaded', async () => {
		expect(await rawPost('/login', Buffer.alloc(600 * 1024, 'a'), { chunked: false })).toBe(413);
		expect(await rawPost('/login', Buffer.alloc(1024, 'a'), { chunked: true })).toBe(411);
		expect(await rawPost('/api/v1/initiatives/nope/indicators/nope/observations', Buffer.alloc(1024, 'a'), { chunked: true })).toBe(411);
		// the import route takes a chunked body (its own code caps the file): it is not refused for it
		expect(await rawPost('/initiativer/nope/maaling/import?/preview', Buffer.alloc(1024, 'a'), { chunked: true })).not.toBe(411);
	});
});

test.describe('methods (Z1 edges)', () => {
	test('HEAD follows GET; other methods get 405 and record no denial', async ({ createMember }) => {
		const member = await createMember();
		const api = await newApiContext();
		try {
			expect((await postForm(api, '/login', { email: member.email, password: member.password, next: '/' })).status()).toBe(303);
			expect((await api.head('/healthz')).status()).toBe(200);
			expect((await api.head('/')).status()).toBe(200);
			expect((await api.head('/account')).status()).toBe(200);

			const logout = await api.get('/logout', { maxRedirects: 0 });
			expect(logout.status()).toBe(405);
			expect(logout.headers().allow).toBe('POST');
			for (const [method, path] of [
				['OPTIONS', '/'],
				['OPTIONS', '/healthz'],
				['PUT', '/account'],
				['DELETE', '/healthz']
			] as const) {
				const response = await api.fetch(path, { method, maxRedirects: 0 });
				expect(response.status(), `${method} ${path}`).toBe(405);
			}
			// still signed in (GET /logout did nothing), and nothing was recorded as a denial
			const entries = await ownAuditEntries(api);
			expect(entries.filter((entry) => entry.action === 'access.denied')).toEqual([]);
		} finally {
			await api.dispose();
		}
	});

	test("a member's denied page view is one audit row, and repeats are counted, not copied", async ({ createMember }) => {
		const member = await createMember();
		const api = await newApiContext();
		try {
			expect((await postForm(api, '/login', { email: member.email, password: member.password, next: '/' })).status()).toBe(303);
			for (let i = 0; i < 12; i++) expect((await api.get('/admin')).status()).toBe(403);
			const denials = (await ownAuditEntries(api)).filter((entry) => entry.action === 'access.denied');
			// the 1st and the 10th of the hour; the page's own use cases add nothing
			expect(denials.map((entry) => (entry.details.repeated as { count: number }).count)).toEqual([10, 1]);
			expect(denials.every((entry) => (entry.details as { route?: string }).route === '/admin')).toBe(true);
		} finally {
			await api.dispose();
		}
	});
});

test.describe('A5 sessions', () => {
	test('signing in again from a signed-in browser ends the session it had', async ({ createMember }) => {
		const member = await createMember();
		const login = (cookie?: string) =>
			fetch(`${BASE_URL}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: BASE_URL,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					...(cookie ? { cookie: `samspil_session=${cookie}` } : {})
				},
				body: new URLSearchParams({ email: member.email, password: member.password, next: '/' })
			});
		const first = await login();
		expect(first.status).toBe(303);
		const oldToken = sessionCookieOf(first.headers.get('set-cookie') ?? undefined);
		expect((await getWithSession('/account', oldToken)).status).toBe(200);

		const again = await login(oldToken);
		expect(again.status).toBe(303);
		const newToken = sessionCookieOf(again.headers.get('set-cookie') ?? undefined);
		expect(newToken).not.toBe(oldToken);
		expect((await getWithSession('/account', newToken)).status).toBe(200);
		// the old cookie no longer works
		const old = await getWithSession('/account', oldToken);
		expect(old.status).toBe(303);
		expect(old.headers.get('location') ?? '').toMatch(/^\/login/);
	});
});
