/**
 * Measures what abuse costs a built server (A3, L1/V5): parallel sign-in bursts (how many passwords
 * were checked, how slow GET / got meanwhile) and a flood of denied requests (how many audit rows
 * it left). Loopback only, bounded: it starts its own server on a fresh embedded database in a
 * temporary directory, with TRUST_PROXY=1 so X-Forwarded-For can stand for many addresses.
 *
 *   npx vite build && node scripts/bench/abuse.ts [--build build] [--port 4313] [--flood 100000] [--spread-flood 0]
 *
 * `--build` may point at another build (e.g. a copy made before a change, with a node_modules
 * symlink and a package.json `{"type":"module"}` beside handler.js) to compare.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../src/lib/server/context.ts';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db/client.ts';
import { createAdministratorWithPassword } from '../../src/lib/server/users/users.usecases.ts';

const { values } = parseArgs({
	options: {
		build: { type: 'string', default: 'build' },
		port: { type: 'string', default: '4313' },
		flood: { type: 'string', default: '100000' },
		'spread-flood': { type: 'string', default: '0' },
		concurrency: { type: 'string', default: '32' }
	}
});
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'Rødgrød med fløde 2026';
const ACCOUNTS = ['burst@bench.test', 'spread@bench.test', 'many@bench.test'];
const buildDir = path.resolve(values.build);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-abuse-'));

async function prepareDatabase() {
	const handle = await openDatabase({ dataDir });
	try {
		await migrateDatabase(handle);
		const ctx: UseCaseContext = { db: handle.db, actor: { userId: null, platformRole: 'admin' }, requestId: 'bench', ip: '127.0.0.1' };
		for (const email of ACCOUNTS) await createAdministratorWithPassword(ctx, { email, name: 'Bench', password: PASSWORD });
	} finally {
		await handle.close();
	}
}

function startServer(): ChildProcess {
	const child = spawn(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			`const { startServer } = await import('./scripts/serve.ts'); await startServer(${JSON.stringify(buildDir)});`
		],
		{
			env: {
				...process.env,
				PORT: String(PORT),
				HOST: '127.0.0.1',
				DATA_DIR: dataDir,
				DATABASE_URL: '',
				PUBLIC_URL: BASE,
				LOG_LEVEL: 'error',
				SMTP_URL: '',
				TRUST_PROXY: '1',
				DEMO_CONTENT: '0'
			},
			stdio: ['ignore', 'inherit', 'inherit']
		}
	);
	return child;
}

async function waitHealthy(child: ChildProcess) {
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error('server exited');
		try {
			if ((await fetch(`${BASE}/healthz`)).status === 200) return;
		} catch {
			// not yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('server did not start');
}

/** fetch, retried on a reset connection (the server closes idle keep-alive sockets after 5 s); the body is read. */
async function request(url: string, init: RequestInit = {}): Promise<number> {
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await fetch(url, init);
			await response.arrayBuffer();
			return response.status;
		} catch (error) {
			if (attempt >= 3) throw error;
		}
	}
}

function signIn(email: string, password: string, address: string) {
	return request(`${BASE}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: BASE,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address,
			'x-forwarded-proto': 'http'
		},
		body: new URLSearchParams({ email, password, next: '/' })
	});
}

/** 303 = the right password (checked), 400 = a wrong one (checked), 429 = refused unchecked. */
function tally(statuses: number[]) {
	const count = (status: number) => statuses.filter((s) => s === status).length;
	return {
		checked: count(303) + count(400),
		signedIn: count(303),
		refused: count(429),
		other: statuses.length - count(303) - count(400) - count(429)
	};
}

/** GET / every 50 ms while `work` runs: median and worst latency. */
async function withLatency<T>(work: Promise<T>) {
	const samples: number[] = [];
	let done = false;
	const sampler = (async () => {
		while (!done) {
			const started = performance.now();
			await request(`${BASE}/`, { headers: { 'x-forwarded-for': '192.0.2.250', 'x-forwarded-proto': 'http' } });
			samples.push(performance.now() - started);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	})();
	const result = await work;
	done = true;
	await sampler;
	samples.sort((a, b) => a - b);
	return {
		result,
		getHome: { median: Math.round(samples[samples.length >> 1] ?? 0), max: Math.round(samples.at(-1) ?? 0), samples: samples.length }
	};
}

async function flood(total: number, spread: boolean) {
	let sent = 0;
	const statuses = new Map<number, number>();
	const started = performance.now();
	const worker = async () => {
		while (sent < total) {
			const i = sent++;
			const address = spread ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : '203.0.113.50';
			const status = await request(`${BASE}/account/export`, { headers: { 'x-forwarded-for': address, 'x-forwarded-proto': 'http' } });
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
		}
	};
	await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
	return { requests: total, seconds: Math.round((performance.now() - started) / 1000), statuses: Object.fromEntries(statuses) };
}

await prepareDatabase();
const server = startServer();
const report: Record<string, unknown> = { build: buildDir };
try {
	await waitHealthy(server);
	// warm up: the first requests load page chunks
	for (let i = 0; i < 5; i++) await request(`${BASE}/`);
	await withLatency(new Promise((resolve) => setTimeout(resolve, 1000))).then((idle) => (report.idleGetHome = idle.getHome));

	const burst = await withLatency(
		Promise.all(
			Array.from({ length: 60 }, (_, i) => signIn(ACCOUNTS[0] as string, i === 20 ? PASSWORD : `wrong password ${i}`, '198.51.100.1'))
		)
	);
	report['60 parallel, one account, one address (right password 21st)'] = { ...tally(burst.result), getHome: burst.getHome };

	const spread = await withLatency(
		Promise.all(Array.from({ length: 100 }, (_, i) => signIn(ACCOUNTS[1] as string, `wrong password ${i}`, `203.0.113.${i}`)))
	);
	report['100 addresses x 1, one account'] = { ...tally(spread.result), getHome: spread.getHome };

	const many = await withLatency(
		Promise.all(Array.from({ length: 300 }, (_, i) => signIn(`nobody${i}@bench.test`, `wrong password ${i}`, `192.0.2.${i % 20}`)))
	);
	report['300 over 20 addresses, 300 accounts'] = { ...tally(many.result), getHome: many.getHome };

	const oneAccount = await withLatency(
		Promise.all(Array.from({ length: 300 }, (_, i) => signIn(ACCOUNTS[2] as string, `wrong password ${i}`, `198.18.0.${i % 20}`)))
	);
	report['300 over 20 addresses, one account'] = { ...tally(oneAccount.result), getHome: oneAccount.getHome };

	const floodSize = Number(values.flood);
	if (floodSize > 0) report[`flood: ${floodSize} anonymous GET /account/export from one address`] = await flood(floodSize, false);
	const spreadSize = Number(values['spread-flood']);
	if (spreadSize > 0)
		report[`flood: ${spreadSize} anonymous GET /account/export from ${spreadSize} addresses`] = await flood(spreadSize, true);
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
}

const handle = await openDatabase({ dataDir });
try {
	const rows = await handle.db.execute(
		sql`select action, details->>'route' as route, count(*)::int as n from audit_log group by 1, 2 order by 3 desc`
	);
	report.auditRows = (rows as unknown as { rows: unknown[] }).rows;
} finally {
	await handle.close();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(report, null, 2));
