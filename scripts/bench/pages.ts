/**
 * Benchmark: the public pages under load, with the self-check start page `/vurdering` as the
 * reference, and the server's memory (RSS). Starts the built server (`scripts/serve.ts`, build
 * first with `npm run build`) on a fresh embedded database, and again on PostgreSQL when
 * BENCH_DATABASE_URL is set; loads every page with autocannon, one page after the other; prints
 * req/s, p50 and p99 per page, and RSS at the start peak, idle, and after the load. Then stops.
 *
 *   npm run bench:pages
 *   BENCH_DATABASE_URL=postgres://user:pw@127.0.0.1:5432/samspil_bench npm run bench:pages
 *
 * BENCH_SECONDS (per page, default 10), BENCH_CONNECTIONS (default 10), BENCH_PORT (default 4302),
 * BENCH_ONLY=embedded|postgres, BENCH_NODE_FLAGS (default: npm start's, read from package.json), BENCH_INTERLEAVE=1 (measure
 * `/vurdering` again before every page and compare each page with that run: on a busy machine the
 * share then compares like with like; `ref req/s` shows the reference each page was compared with). Target (issue 9): every
 * page ≥ half of `/vurdering`'s req/s and p99 ≤ 100 ms; the last column says whether a page meets it. RSS is read from /proc (Linux).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { benchNodeFlags } from './start-flags.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4302);
/** The server's Node flags, read from `npm start`'s script in package.json (BENCH_NODE_FLAGS='' measures without them). */
const NODE_FLAGS = benchNodeFlags();
const REFERENCE = '/vurdering';
/** Every public page, the longest of each kind (a case, a lesson, a principle page). */
const PAGES = [
	REFERENCE,
	'/',
	'/principper',
	'/principper/hvad-og-hvornaar',
	'/laering',
	'/laering/taalmodighed-og-raastyrke',
	'/eksempler',
	'/eksempler/hjem-til-alle',
	'/eksempler?q=hjeml%C3%B8se',
	'/vidnesbyrd',
	'/about/accessibility'
];
const INTERLEAVE = process.env.BENCH_INTERLEAVE === '1';
const TARGET_SHARE = 0.5;
const TARGET_P99_MS = 100;
/** How long the server idles after the load before its memory is read again (BENCH_IDLE_AFTER_SECONDS, default 30). */
const IDLE_AFTER_MS = Number(process.env.BENCH_IDLE_AFTER_SECONDS ?? 30) * 1000;

interface Memory {
	rssMiB: number;
	peakMiB: number;
}

/** VmRSS (now) and VmHWM (the peak so far) of a process, in MiB. */
function memoryOf(pid: number): Memory {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
	return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			const response = await fetch(`${base}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await sleep(200);
	}
	throw new Error('server did not answer /healthz within 180 s');
}

interface PageResult {
	page: string;
	/** the reference's req/s this page is compared with */
	reference?: number;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	errors: number;
}

async function load(base: string, page: string): Promise<PageResult> {
	// Warm-up: the first requests compile routes and fill caches.
	for (let i = 0; i < 5; i++) {
		const response = await fetch(`${base}${page}`);
		if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
		await response.arrayBuffer();
	}
	const result = await autocannon({ url: `${base}${page}`, connections: CONNECTIONS, duration: SECONDS });
	return {
		page,
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx
	};
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await Promise.race([exited, sleep(20_000)]);
	if (child.exitCode === null) child.kill('SIGKILL');
}

async function run(label: string, databaseUrl: string | undefined) {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
	const base = `http://127.0.0.1:${PORT}`;
	const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' };
	// One user, so that `/` shows the front page instead of sending to the first-run set-up
	// (on a database that already has it, the command fails harmlessly).
	spawnSync(process.execPath, ['scripts/admin.ts', 'create', 'bench@example.org', '--name', 'Bench'], { env, stdio: 'ignore' });
	// The Node flags of `npm start` (package.json): they are what keeps the memory down.
	const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/serve.ts'], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		const pid = child.pid;
		if (pid === undefined) throw new Error('could not start the server');
		const started = Date.now();
		await waitForHealth(base, child);
		const startSeconds = (Date.now() - started) / 1000;
		const startPeak = memoryOf(pid).peakMiB;
		await sleep(5_000);
		const idle = memoryOf(pid).rssMiB;
		const results: PageResult[] = [];
		for (const page of PAGES) {
			const reference = INTERLEAVE && page !== REFERENCE ? (await load(base, REFERENCE)).requestsPerSecond : undefined;
			results.push({ ...(await load(base, page)), reference });
		}
		await sleep(5_000);
		const after = memoryOf(pid);
		// Idle after the load: V8's memory reducer shrinks the heap once allocation stops (within ~30 s).
		await sleep(IDLE_AFTER_MS);
		const idleAfter = memoryOf(pid);

		const firstReference = results[0].requestsPerSecond;
		console.log(`\n${label}: ${CONNECTIONS} connections, ${SECONDS} s per page, ready in ${startSeconds.toFixed(1)} s`);
		console.log(
			`${'page'.padEnd(36)} ${'req/s'.padStart(8)}${INTERLEAVE ? ` ${'ref req/s'.padStart(9)}` : ''} ${'share'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(6)}  target`
		);
		for (const result of results) {
			const reference = result.reference ?? firstReference;
			const share = result.requestsPerSecond / reference;
			const meets = result.page === REFERENCE || (share >= TARGET_SHARE && result.p99 <= TARGET_P99_MS && result.errors === 0);
			console.log(
				`${result.page.padEnd(36)} ${result.requestsPerSecond.toFixed(0).padStart(8)}${INTERLEAVE ? ` ${reference.toFixed(0).padStart(9)}` : ''} ${`${Math.round(share * 100)}%`.padStart(6)} ${String(result.p50).padStart(7)} ${String(result.p99).padStart(7)} ${String(result.errors).padStart(6)}  ${result.page === REFERENCE ? '(reference)' : meets ? 'ok' : 'MISSED'}`
			);
		}
		console.log(
			`RSS MiB: start peak ${startPeak.toFixed(0)}, idle ${idle.toFixed(0)}, after load ${after.rssMiB.toFixed(0)}, idle ${IDLE_AFTER_MS / 1000} s after load ${idleAfter.rssMiB.toFixed(0)}, peak overall ${idleAfter.peakMiB.toFixed(0)}`
		);
	} finally {
		await stop(child);
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
}

if (!fs.existsSync('build/handler.js')) {
	console.error('No build: run `npm run build` first.');
	process.exit(1);
}
const only = process.env.BENCH_ONLY;
if (only !== 'postgres') await run('embedded database (PGlite)', undefined);
if (only !== 'embedded') {
	if (process.env.BENCH_DATABASE_URL) await run('PostgreSQL', process.env.BENCH_DATABASE_URL);
	else console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to run it too)');
}
