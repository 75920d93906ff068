/**
 * The server as an operator meets it, on its own fresh embedded database (not the shared e2e
 * server): first start with demo content and the set-up page, a second server refused on the same
 * data directory (R3b), SIGTERM ending the process promptly, a restart that keeps the data, and a
 * log that carries no passwords, tokens or session cookies (L2).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'Livscyklus med æøå 2026';

interface Running {
	child: ChildProcess;
	output: () => string;
}

function startServer(dataDir: string, port = PORT): Running {
	let output = '';
	const child = spawn(process.execPath, ['scripts/serve.ts'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			PUBLIC_URL: BASE,
			LOG_LEVEL: 'info',
			DATABASE_URL: '',
			SMTP_URL: ''
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => {
		output += chunk;
	});
	child.stderr?.on('data', (chunk) => {
		output += chunk;
	});
	return { child, output: () => output };
}

async function waitForHealth(timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${BASE}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('server did not become healthy');
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
	return new Promise((resolve, reject) => {
		if (child.exitCode !== null) return resolve(child.exitCode);
		const timer = setTimeout(() => reject(new Error(`no exit within ${timeoutMs} ms`)), timeoutMs);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolve(code);
		});
	});
}

test.describe.configure({ mode: 'serial' });

test.describe('server lifecycle on a fresh embedded database', () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lifecycle-'));
	let server: Running;
	let log = '';

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		server = startServer(dataDir);
		await waitForHealth();
	});

	test.afterAll(async () => {
		if (server?.child.exitCode === null) server.child.kill('SIGKILL');
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	test('first visit goes to the set-up page, which creates the administrator', async ({ page }) => {
		await page.goto(BASE);
		await expect(page).toHaveURL(`${BASE}/setup`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'da');
		const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		await page.fill('#field-name', 'Første Admin');
		await page.fill('#field-email', 'first@lifecycle.test');
		await page.fill('#field-password', 'kort');
		await page.getByRole('button', { name: 'Opret administrator' }).click();
		await expect(page.locator('#field-password-error')).toContainText('mindst 12 tegn');
		await expect(page.locator('#field-email')).toHaveValue('first@lifecycle.test');

		await page.fill('#field-password', PASSWORD);
		await page.getByRole('button', { name: 'Opret administrator' }).click();
		await expect(page).toHaveURL(`${BASE}/min-side`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min side');

		// Demo content is there on the first start.
		await page.goto(`${BASE}/admin/organisations`);
		await expect(page.getByRole('link', { name: 'Realdania' })).toBeVisible();

		// Once an administrator exists the set-up page is closed.
		await page.context().clearCookies();
		await page.goto(`${BASE}/setup`);
		await expect(page).toHaveURL(/\/login$/);
	});

	test('a second server on the same data directory is refused with a clear message (R3b)', async () => {
		const second = startServer(dataDir, PORT + 1);
		const code = await waitForExit(second.child, 30_000);
		expect(code).not.toBe(0);
		expect(second.output()).toMatch(/in use by another Samspil process \(pid \d+\)/);
		// The first server is unharmed.
		expect((await fetch(`${BASE}/healthz`)).status).toBe(200);
	});

	test('SIGTERM ends the server promptly and releases the data directory', async () => {
		const started = Date.now();
		server.child.kill('SIGTERM');
		expect(await waitForExit(server.child, 15_000)).toBe(0);
		const ms = Date.now() - started;
		console.log(`SIGTERM to exit: ${ms} ms`);
		expect(ms).toBeLessThan(10_000);
		expect(fs.existsSync(path.join(dataDir, 'samspil.lock'))).toBe(false);
		log = server.output();
	});

	test('a restart keeps the data and does not load the demo content twice', async ({ page }) => {
		server = startServer(dataDir);
		await waitForHealth();
		await page.goto(`${BASE}/login`);
		await page.fill('#field-email', 'first@lifecycle.test');
		await page.fill('#field-password', PASSWORD);
		await page.locator('main').getByRole('button', { name: 'Log ind' }).click();
		await expect(page).toHaveURL(`${BASE}/min-side`);
		await page.goto(`${BASE}/admin/organisations`);
		await expect(page.getByRole('link', { name: 'Realdania' })).toHaveCount(1);
		server.child.kill('SIGTERM');
		await waitForExit(server.child, 15_000);
		log += server.output();
	});

	test('the log has a request id per request and no password, token or session cookie (L2)', () => {
		expect(log).toContain('"requestId"');
		expect(log).toContain('"msg":"request"');
		expect(log).not.toContain(PASSWORD);
		expect(log).not.toContain('kort"');
		expect(log).not.toMatch(/samspil_session=/);
		expect(log).not.toMatch(/password\/reset\/[A-Za-z0-9_-]{20,}/);
	});
});
