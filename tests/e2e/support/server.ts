/**
 * The Playwright webServer for the e2e suite: a fresh embedded database every run.
 *
 *   1. wipes and recreates DATA_DIR (must be under the OS temp directory),
 *   2. builds the app if `build/handler.js` is missing,
 *   3. creates the administrator with the operator CLI (before the server holds the DB lock),
 *   4. starts the production server (scripts/serve.ts) in this process.
 *
 * Settings come from the environment (playwright.config.ts passes them); defaults suit a local run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const E2E_ADMIN = { email: 'admin@e2e.test', password: 'Rødgrød med fløde 2026', name: 'Ada Admin' } as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
process.chdir(repoRoot);

const dataDir = path.resolve(process.env.DATA_DIR || path.join(os.tmpdir(), 'samspil-e2e-data'));
const tmp = fs.realpathSync(os.tmpdir());
const resolvedParent = fs.existsSync(path.dirname(dataDir)) ? fs.realpathSync(path.dirname(dataDir)) : path.dirname(dataDir);
if (!(resolvedParent + path.sep).startsWith(tmp + path.sep) && resolvedParent !== tmp) {
	// This directory is wiped: refuse anything outside the temp directory.
	console.error(`e2e server: DATA_DIR must be inside ${tmp}, got ${dataDir}`);
	process.exit(1);
}

const env: NodeJS.ProcessEnv = {
	...process.env,
	DATA_DIR: dataDir,
	PORT: process.env.PORT || '4173',
	HOST: process.env.HOST || '127.0.0.1',
	LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
	// Every mail goes to $DATA_DIR/outbox, and the embedded database is used.
	SMTP_URL: '',
	// The fuzz spec posts to the reset form many times from one address; the limit itself is an integration test.
	RATE_LIMIT_RESET_REQUESTS_PER_HOUR: '100000',
	DATABASE_URL: ''
};
env.PUBLIC_URL = process.env.PUBLIC_URL || `http://${env.HOST}:${env.PORT}`;
Object.assign(process.env, env);

fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

if (!fs.existsSync(path.join(repoRoot, 'build', 'handler.js'))) {
	console.log('e2e server: build/handler.js is missing, building …');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
}

execFileSync(process.execPath, ['scripts/admin.ts', 'create', E2E_ADMIN.email, '--password-stdin', '--name', E2E_ADMIN.name], {
	input: E2E_ADMIN.password,
	stdio: ['pipe', 'inherit', 'inherit'],
	env
});

// Data some specs need before the pages that make it exist (tests/e2e/seeds/*.ts, through the use
// cases), written before the server holds the embedded database's lock.
const seedDir = path.join(repoRoot, 'tests/e2e/seeds');
for (const file of fs.existsSync(seedDir)
	? fs
			.readdirSync(seedDir)
			.filter((f) => f.endsWith('.ts'))
			.sort()
	: [])
	execFileSync(process.execPath, [path.join(seedDir, file)], { stdio: 'inherit', env });

/**
 * Serve a private copy of the build: the server loads page chunks lazily, so a `vite build` run by
 * someone else while the suite runs would otherwise swap files under the running server. The copy
 * resolves its packages through a symlink to the repository's node_modules.
 */
function snapshotBuild(): string {
	const source = path.join(repoRoot, 'build');
	const target = path.join(os.tmpdir(), `samspil-e2e-build-${env.PORT}`);
	fs.rmSync(target, { recursive: true, force: true });
	fs.cpSync(source, target, { recursive: true });
	fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ type: 'module', private: true }));
	fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
	if (!fs.existsSync(path.join(target, 'handler.js'))) throw new Error(`e2e server: incomplete build copied from ${source}`);
	return target;
}

const { startServer } = await import('../../../scripts/serve.ts');
await startServer(snapshotBuild());
