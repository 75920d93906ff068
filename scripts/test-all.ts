/**
 * `npm test`: every check and test suite, in order, with one summary line at the end:
 * `N passed, N failed` (tests counted individually; lint, type check and build count as one each).
 *
 *   TEST_DATABASE_URL=postgres://…  also runs the integration suite against that PostgreSQL server,
 *                                   and two app servers side by side on it (R4)
 *   SKIP_E2E=1                      leaves out the browser suite (e.g. on a machine without Chromium)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface StepResult {
	name: string;
	passed: number;
	failed: number;
	skipped: number;
	seconds: number;
}

const results: StepResult[] = [];
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-test-'));
const bin = (name: string) => path.resolve('node_modules/.bin', name);

function run(
	command: string,
	args: string[],
	env: Record<string, string | undefined> = {}
): { ok: boolean; seconds: number; output: string } {
	const started = Date.now();
	const child = spawnSync(command, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ...env },
		maxBuffer: 256 * 1024 * 1024
	});
	const output = `${child.stdout?.toString() ?? ''}${child.stderr?.toString() ?? ''}`;
	process.stdout.write(output);
	return { ok: child.status === 0, seconds: (Date.now() - started) / 1000, output };
}

function check(name: string, command: string, args: string[]) {
	console.log(`\n━━ ${name}`);
	const { ok, seconds } = run(command, args);
	results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
}

function vitest(name: string, projects: string[], env: Record<string, string | undefined> = {}) {
	console.log(`\n━━ ${name}`);
	const report = path.join(reportDir, `${name.replace(/\W+/g, '-')}.json`);
	const projectArgs = projects.flatMap((p) => ['--project', p]);
	const { ok, seconds } = run(
		bin('vitest'),
		['run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
		env
	);
	let passed = 0;
	let failed = ok ? 0 : 1;
	let skipped = 0;
	if (fs.existsSync(report)) {
		const json = JSON.parse(fs.readFileSync(report, 'utf8'));
		passed = json.numPassedTests;
		failed = json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
		skipped = json.numPendingTests + json.numTodoTests;
	}
	results.push({ name, passed, failed, skipped, seconds });
}

function playwright() {
	console.log('\n━━ end-to-end (Playwright + axe)');
	const report = path.join(reportDir, 'e2e.json');
	const { ok, seconds } = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
	let passed = 0;
	let failed = ok ? 0 : 1;
	let skipped = 0;
	if (fs.existsSync(report)) {
		const stats = JSON.parse(fs.readFileSync(report, 'utf8')).stats ?? {};
		passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
		failed = (stats.unexpected ?? 0) + (ok || stats.unexpected ? 0 : 1);
		skipped = stats.skipped ?? 0;
	}
	results.push({ name: 'end-to-end', passed, failed, skipped, seconds });
}

/** A script that prints `N passed, N failed` as its last line, counted like a suite. */
function scriptSuite(name: string, script: string, env: Record<string, string | undefined> = {}) {
	console.log(`\n━━ ${name}`);
	const { ok, seconds, output } = run(process.execPath, [script], env);
	const match = output.match(/^(\d+) passed, (\d+) failed/m);
	const passed = match ? Number(match[1]) : 0;
	const failed = match ? Number(match[2]) + (ok || Number(match[2]) ? 0 : 1) : ok ? 0 : 1;
	results.push({ name, passed, failed, skipped: 0, seconds });
}

check('format and lint (biome)', bin('biome'), ['check', '.']);
check('type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
vitest('unit + integration (PGlite)', ['unit', 'integration']);
if (process.env.TEST_DATABASE_URL)
	vitest('integration (PostgreSQL)', ['integration'], { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL });
else console.log('\n(TEST_DATABASE_URL not set: the integration suite is not repeated against PostgreSQL)');
check('build', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
if (fs.existsSync('build/handler.js')) fs.writeFileSync('build/.built-at', new Date().toISOString());
if (process.env.TEST_DATABASE_URL) scriptSuite('two app servers (R4, PostgreSQL)', 'scripts/two-servers-test.ts');
else console.log('\n(TEST_DATABASE_URL not set: the two-server test (R4) needs PostgreSQL and is left out)');
if (process.env.SKIP_E2E) console.log('\n(SKIP_E2E set: the browser suite is left out)');
else playwright();
scriptSuite('crash safety (R2)', 'scripts/crash-test.ts');

console.log('\n━━ summary');
for (const r of results) {
	console.log(
		`${r.failed ? '✗' : '✓'} ${r.name.padEnd(32)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${r.skipped ? `${r.skipped} skipped ` : ''}(${r.seconds.toFixed(1)} s)`
	);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
fs.rmSync(reportDir, { recursive: true, force: true });
// skipped: tests for the other database engine (e.g. the data-directory lock exists only on PGlite), and the
// comparison of the seed fixtures with ../shared/ when the repository has no ../shared/ beside it
if (skipped) console.log(`${skipped} skipped (written for the other database engine, or comparing with an absent ../shared/)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
