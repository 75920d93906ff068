/**
 * Shared helpers for the e2e suite: signing in, reading the mail outbox, creating users through the
 * app's own invitation flow, and an axe check for every page.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
	type APIRequestContext,
	type Browser,
	type BrowserContext,
	test as base,
	expect,
	type Page,
	request as playwrightRequest
} from '@playwright/test';

export { expect };

/** The test server (playwright.config.ts; port 4173 unless SAMSPIL_E2E_PORT says otherwise). */
export const BASE_URL = process.env.SAMSPIL_E2E_BASE_URL ?? 'http://127.0.0.1:4173';

/** Created by tests/e2e/support/server.ts with the operator CLI before the server starts. */
export const ADMIN = { email: 'admin@e2e.test', password: 'Rødgrød med fløde 2026', name: 'Ada Admin' } as const;

/** The server's DATA_DIR (set by playwright.config.ts); e-mails land in its outbox as JSON files. */
export const DATA_DIR = process.env.SAMSPIL_E2E_DATA_DIR ?? path.join(os.tmpdir(), 'samspil-e2e-data');
export const OUTBOX_DIR = path.join(DATA_DIR, 'outbox');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type PlatformRole = 'member' | 'editor' | 'admin';

export interface TestUser {
	email: string;
	password: string;
	name: string;
	role: PlatformRole;
}

export interface Mail {
	from: string;
	to: string;
	subject: string;
	text: string;
	at: string;
}

let counter = 0;
/** A unique address per call (and per run: the clock moves on), so tests never share accounts. */
export function uniqueEmail(prefix = 'm'): string {
	counter += 1;
	return `${prefix}-${Date.now().toString(36)}${process.pid.toString(36)}${counter}@e2e.test`;
}

/** A password that passes the policy (≥ 12 characters, not common, no e-mail in it). */
export function uniquePassword(): string {
	counter += 1;
	return `Blå hest på taget ${Date.now().toString(36)}${counter}`;
}

// ---------------------------------------------------------------------------------------------
// Outbox

async function readOutbox(): Promise<Mail[]> {
	let files: string[];
	try {
		files = (await fs.readdir(OUTBOX_DIR)).filter((f) => f.endsWith('.json')).sort();
	} catch {
		return [];
	}
	const mails: Mail[] = [];
	for (const file of files) {
		try {
			mails.push(JSON.parse(await fs.readFile(path.join(OUTBOX_DIR, file), 'utf8')) as Mail);
		} catch {
			// Half-written file: the next poll reads it.
		}
	}
	return mails;
}

/** All mails to an address, oldest first. */
export async function readMails(to: string): Promise<Mail[]> {
	return (await readOutbox()).filter((mail) => mail.to === to);
}

/**
 * The newest mail to `to` (optionally: sent at or after `since`), waiting up to `timeout` ms for it
 * to appear. File names sort by time, so the last match is the newest.
 */
/**
 * The newest mail to `to` (written since `since`, with `subject` when given), waiting for it: mail is
 * delivered by the job queue shortly after the response, so an earlier mail (the invitation that
 * created the account) may still arrive after `since` — name the subject to skip it.
 */
export async function readLatestMail(to: string, options: { since?: Date; timeout?: number; subject?: RegExp } = {}): Promise<Mail> {
	const deadline = Date.now() + (options.timeout ?? 10_000);
	for (;;) {
		const mails = (await readMails(to)).filter(
			(mail) =>
				(!options.since || new Date(mail.at).getTime() >= options.since.getTime()) &&
				(!options.subject || options.subject.test(mail.subject))
		);
		const latest = mails.at(-1);
		if (latest) return latest;
		if (Date.now() > deadline)
			throw new Error(`No mail to ${to} in ${OUTBOX_DIR}${options.since ? ` since ${options.since.toISOString()}` : ''}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The single-use link (password reset or invitation) in a mail. */
export function linkFromMail(mail: Mail): string {
	const match = /https?:\/\/\S+\/password\/reset\/[A-Za-z0-9_-]+/.exec(mail.text);
	if (!match) throw new Error(`No reset/invite link in mail "${mail.subject}":\n${mail.text}`);
	return match[0];
}

// ---------------------------------------------------------------------------------------------
// Signing in

/** Signs in through the login form; resolves once the browser has left /login. */
export async function login(page: Page, email: string, password: string, next?: string): Promise<void> {
	await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
	const form = page.locator('main form[method="POST"]');
	await form.locator('#field-email').fill(email);
	await form.locator('#field-password').fill(password);
	await Promise.all([page.waitForURL((url) => url.pathname !== '/login'), form.locator('button[type="submit"]').click()]);
}

/**
 * Signs a browser context in without the form: posts to the login action through `page.request`,
 * which shares the context's cookies (session and language). Much faster than `login()` on a busy
 * machine; use it wherever signing in is not what the test is about. The page stays where it is.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
	const response = await page.request.post('/login', {
		form: { email, password, next: '/' },
		headers: { Origin: BASE_URL, Accept: 'text/html' },
		maxRedirects: 0
	});
	if (response.status() !== 303) throw new Error(`Sign-in of ${email} answered ${response.status()}, not 303`);
}

/** A request context for form posts without a browser: same-origin Origin header, Danish. */
export async function newApiContext(): Promise<APIRequestContext> {
	return playwrightRequest.newContext({
		baseURL: BASE_URL,
		// Accept: text/html makes SvelteKit answer form posts like it answers a browser (303, HTML), not with JSON.
		extraHTTPHeaders: { Origin: BASE_URL, Accept: 'text/html', 'Accept-Language': 'da' }
	});
}

/** Posts a form like a browser without JavaScript would; redirects are not followed. */
export function postForm(api: APIRequestContext, url: string, form: Record<string, string>) {
	return api.post(url, { form, maxRedirects: 0 });
}

/** Signs an API context in through the login form action; throws unless the app redirects (303). */
export async function apiLogin(api: APIRequestContext, email: string, password: string): Promise<void> {
	const response = await postForm(api, '/login', { email, password, next: '/' });
	if (response.status() !== 303) throw new Error(`Sign-in of ${email} answered ${response.status()}, not 303`);
}

/** A fresh browser context (own cookies) with a page signed in as `user`, showing the home page. */
export async function signedInPage(
	browser: Browser,
	user: { email: string; password: string }
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK' });
	const page = await context.newPage();
	await signIn(page, user.email, user.password);
	// Where the login form would have taken them.
	await page.goto('/');
	return { context, page };
}

// ---------------------------------------------------------------------------------------------
// Users, created the way the app creates them: an administrator invites, the person accepts.

/** Invites through /admin/users (as `adminApi`) and accepts the mailed link, choosing the password. */
export async function createUser(
	adminApi: APIRequestContext,
	options: Partial<TestUser> & { organisationId?: string } = {}
): Promise<TestUser> {
	const role = options.role ?? 'member';
	const user: TestUser = {
		role,
		email: options.email ?? uniqueEmail(role === 'member' ? 'm' : role),
		password: options.password ?? uniquePassword(),
		name: options.name ?? `Test ${role} ${++counter}`
	};
	const invited = await postForm(adminApi, '/admin/users?/invite', {
		form: 'invite',
		name: user.name,
		email: user.email,
		organisationId: options.organisationId ?? '',
		platformRole: role,
		locale: 'da'
	});
	if (invited.status() !== 200) throw new Error(`Invitation of ${user.email} answered ${invited.status()}`);
	const link = linkFromMail(await readLatestMail(user.email));
	const anonymous = await newApiContext();
	try {
		const accepted = await postForm(anonymous, new URL(link).pathname, {
			username: user.email,
			name: user.name,
			password: user.password,
			passwordConfirm: user.password
		});
		if (accepted.status() !== 303) throw new Error(`Accepting the invitation of ${user.email} answered ${accepted.status()}`);
	} finally {
		await anonymous.dispose();
	}
	return user;
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
	// Legacy mode runs axe inside the page itself instead of opening a helper page per run: about twice as
	// fast, and the app has no cross-origin iframes that would need the other mode.
	const results = await new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	const report = results.violations
		.map(
			(violation) =>
				`- ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
				violation.nodes
					.map(
						(node) =>
							`    ${node.target.join(' ')}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : ''}`
					)
					.join('\n')
		)
		.join('\n');
	expect(results.violations, `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${report}`).toHaveLength(0);
}

// ---------------------------------------------------------------------------------------------
// Fixtures

interface TestFixtures {
	/** Signs `page` in through the login form. */
	login: (page: Page, email: string, password: string, next?: string) => Promise<void>;
	/** Signs a page's context in through the login action, without the form (fast). */
	signIn: (page: Page, email: string, password: string) => Promise<void>;
	/** Signs a page's context in as the administrator (fast, without the form); the page is not navigated. */
	loginAsAdmin: (page: Page) => Promise<void>;
	readLatestMail: typeof readLatestMail;
	/** A new active user (member unless a role is given), created through invitation + acceptance. */
	createMember: (options?: Partial<TestUser> & { organisationId?: string }) => Promise<TestUser>;
	expectAccessible: (page: Page) => Promise<void>;
}

interface WorkerFixtures {
	/** An API context signed in as the administrator, shared by the worker's tests. */
	adminApi: APIRequestContext;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	adminApi: [
		async ({}, use) => {
			const api = await newApiContext();
			await apiLogin(api, ADMIN.email, ADMIN.password);
			await use(api);
			await api.dispose();
		},
		{ scope: 'worker' }
	],
	login: async ({}, use) => {
		await use(login);
	},
	signIn: async ({}, use) => {
		await use(signIn);
	},
	loginAsAdmin: async ({}, use) => {
		await use((page) => signIn(page, ADMIN.email, ADMIN.password));
	},
	readLatestMail: async ({}, use) => {
		await use(readLatestMail);
	},
	createMember: async ({ adminApi }, use) => {
		await use((options) => createUser(adminApi, options));
	},
	expectAccessible: async ({}, use) => {
		await use(expectAccessible);
	}
});
