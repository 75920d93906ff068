import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the production build, served by tests/e2e/support/server.ts on a
 * fresh embedded database. Run `npx vite build` first (the server builds only when the build is missing).
 */
// SAMSPIL_E2E_PORT lets a second checkout (or a second person on the same machine) run the suite at
// the same time on another port, with its own data directory.
const PORT = Number(process.env.SAMSPIL_E2E_PORT || 4173);
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;

// Shared with the test workers (they inherit the runner's environment): the fixtures read the
// address and the outbox from here.
process.env.SAMSPIL_E2E_BASE_URL = BASE_URL;
process.env.SAMSPIL_E2E_DATA_DIR ??= path.join(os.tmpdir(), PORT === 4173 ? 'samspil-e2e-data' : `samspil-e2e-data-${PORT}`);

// Debian's Chromium when present (Playwright cannot download browsers there); otherwise Playwright's own.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: Boolean(process.env.CI),
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	use: {
		baseURL: BASE_URL,
		locale: 'da-DK',
		// Tracing every test costs a lot on a busy 2-core machine: only the CI retry records one.
		trace: 'on-first-retry',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	webServer: {
		// The runner's own Node (the project's Node 24 under `npm test`), not whatever `node` a shell finds first.
		command: `"${process.execPath}" tests/e2e/support/server.ts`,
		url: `${BASE_URL}/healthz`,
		reuseExistingServer: false,
		// a busy machine may need longer (SAMSPIL_E2E_SERVER_TIMEOUT, ms)
		timeout: Number(process.env.SAMSPIL_E2E_SERVER_TIMEOUT || 120_000),
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			PORT: String(PORT),
			HOST,
			DATA_DIR: process.env.SAMSPIL_E2E_DATA_DIR,
			PUBLIC_URL: BASE_URL,
			LOG_LEVEL: 'warn',
			SMTP_URL: '',
			DATABASE_URL: '',
			TRUST_PROXY: '0',
			DEMO_CONTENT: '1',
			// every test comes from 127.0.0.1: the per-address limits (V5) are tested in the integration suite
			RATE_LIMIT_SELF_CHECKS_PER_HOUR: '100000',
			RATE_LIMIT_PDFS_PER_10_MINUTES: '100000',
			RATE_LIMIT_INVITATION_LOOKUPS_PER_10_MINUTES: '100000'
		}
	}
});
