/**
 * Benchmark of shared measurement at national scale (issue 13 item 8): `npm run bench:measurement`.
 *
 * For the embedded database (PGlite, in a fresh data directory) and, with BENCH_DATABASE_URL, for
 * PostgreSQL (a fresh database created on that server and dropped afterwards):
 *   1. generates the data set with bulk SQL straight into the tables (generate_series, one statement
 *      per initiative): 100 initiatives × 10 actors × 30 indicators (3,000), each indicator 48
 *      months × 7 slots (the total, two genders, four areas) = 1,008,000 observations, ~3 % of them
 *      submitted (waiting) and the rest approved; a baseline and a target per indicator;
 *   2. measures import throughput (rows/s) of a generated Danish CSV through the real import path
 *      (`importObservations` in import.usecases.ts: streamed read, validation, stored-slot check, COPY);
 *   3. starts the built server (`scripts/serve.ts`; build first with `npm run build`), signs in, and
 *      loads the dashboard `/initiativer/<slug>/maaling` and an indicator page
 *      `/initiativer/<slug>/maaling/<id>` with autocannon (10 connections, signed-in cookie):
 *      p50 / p95; a page answering 404 is reported as "not built in this tree";
 *   4. reads the server's RSS from /proc;
 * and prints one table with the targets.
 *
 *   npm run build && npm run bench:measurement
 *   BENCH_DATABASE_URL=postgres://postgres:…@127.0.0.1:5432/postgres npm run bench:measurement
 *
 * BENCH_SCALE (default 1: 100 initiatives; 0.1 → 10 initiatives, 100,800 observations),
 * BENCH_IMPORT_ROWS (default 50,000 × scale, at least 5,000), BENCH_SECONDS (per page, default 10),
 * BENCH_CONNECTIONS (default 10), BENCH_PORT (default 4318), BENCH_ONLY=embedded|postgres,
 * BENCH_SKIP_PAGES=1 (generate and import only: no server, no build needed),
 * BENCH_SKIP_IMPORT=1 (only the data set and the pages), BENCH_KEEP=1 (keep the generated database
 * or data directory to look into; printed at the end), BENCH_GENERATE_BATCH (initiatives per
 * generating statement, default 10), BENCH_NODE_FLAGS (default: `npm start`'s).
 *
 * Generation is setup, not measured: the observations' secondary indexes are dropped and rebuilt
 * after the rows are in, foreign-key triggers are off for that transaction, then ANALYZE (2 cores,
 * shared with other work: 15–40 s on PostgreSQL, 55–75 s embedded; it was 291 s and 913 s).
 *
 * Where the time of a page goes, and why the embedded database misses the dashboard target.
 * The dashboard's reads are bounded per indicator whatever the history (LATERAL … LIMIT through
 * the (indicator_id, state, period_end) and (indicator_id, period_end, categories_key) indexes;
 * the same cost at 100,000 and 1,000,000 observations) and are one statement (dashboard.ts
 * `observationFacts`, a fixed text PostgreSQL keeps prepared: ~3 ms in the database). A dashboard
 * view makes four queries (session, membership, indicators, facts; the first three prepared), and
 * SvelteKit no longer serialises the page's data for a browser that gets no script (decision 0015).
 * On PostgreSQL the server's one JavaScript thread is what ten concurrent connections queue on, so
 * p95 follows its CPU per request, and the machine's 2 cores are shared with PostgreSQL and the load
 * tool: read the figures with the load average the table prints. A PostgreSQL on the same machine
 * is best reached over its Unix socket (BENCH_DATABASE_URL=postgres://user@localhost/postgres?host=/var/run/postgresql):
 * each query's socket write costs the thread less than over TCP.
 * The embedded database is PostgreSQL compiled to WebAssembly inside the server process: its
 * planning and execution, and PGlite's reading of every result row, run on that same JavaScript
 * thread (with `--liftoff-only`, V8's baseline WebAssembly compiler, for memory; see the README), in
 * turn with every request's own JavaScript. A CPU profile of the embedded server under this load:
 * ~35 % inside the WebAssembly, ~27 % in PGlite's JavaScript (mostly its protocol parser copying
 * each field of each row), ~9 % the app's own code. It runs as a single process, so there is no
 * autovacuum (a `VACUUM (ANALYZE)` after generating changed nothing measurable here). Every signed-in
 * initiative page costs ~20 ms of CPU there (the overview as much as the dashboard), so at 10
 * connections p95 queues far above 250 ms. The design keeps the cost per page bounded (it does not
 * grow with the data, and RSS stays well under 600 MiB at a million observations); the steps that
 * would cut the embedded dashboard's database work further are a summary kept per indicator on write
 * (the newest periods' totals, reported periods and waiting count in one row, updated by the
 * submit, decide and import paths) and fewer, wider result rows. For national scale with many
 * concurrent readers the answer is PostgreSQL, where the database works beside the JavaScript thread
 * on the other core (docs/decisions/0001-embedded-postgresql.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { benchNodeFlags } from './start-flags.ts';
import { eq, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../src/lib/server/context.ts';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../../src/lib/server/db/client.ts';
import { initiatives } from '../../src/lib/server/initiatives/initiatives.table.ts';
import { indicators, observations } from '../../src/lib/server/measurement/measurement.table.ts';
import { importObservations } from '../../src/lib/server/measurement/import.usecases.ts';
import { createEmptyPostgresDatabase } from '../../src/lib/server/testing/test-db.ts';
import { createAdministratorWithPassword } from '../../src/lib/server/users/users.usecases.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const INITIATIVES = Math.max(1, Math.round(100 * SCALE));
const ACTORS_PER_INITIATIVE = 10;
const INDICATORS_PER_INITIATIVE = 30;
const MONTHS = 48;
const FIRST_MONTH = '2022-12-01';
/** The total, two genders, four areas: 7 rows per indicator and month. */
const SLOTS = [
	{},
	{ koen: 'k' },
	{ koen: 'm' },
	{ omraade: 'nord' },
	{ omraade: 'syd' },
	{ omraade: 'oest' },
	{ omraade: 'vest' }
] as Record<string, string>[];
/** Initiatives per generating statement (each ~10,000 observations). */
const GENERATE_BATCH_INITIATIVES = Number(process.env.BENCH_GENERATE_BATCH ?? 10);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? Math.max(5_000, Math.round(50_000 * SCALE)));
/** BENCH_SKIP_IMPORT=1: only the data set and the pages. */
const SKIP_IMPORT = process.env.BENCH_SKIP_IMPORT === '1';
/** BENCH_KEEP=1: keep the generated database (PostgreSQL) or data directory (embedded) to look into afterwards. */
const KEEP = process.env.BENCH_KEEP === '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4318);
const NODE_FLAGS = benchNodeFlags();
const EMAIL = 'bench-maaling@example.org';
const PASSWORD = 'Fælles målemetoder 2026';
/** BENCH_SKIP_PAGES=1: generate and import only (no server, no build needed). */
const SKIP_PAGES = process.env.BENCH_SKIP_PAGES === '1';

const DIMENSIONS = [
	{
		key: 'koen',
		label: 'Køn',
		categories: [
			{ key: 'k', label: 'Kvinde' },
			{ key: 'm', label: 'Mand' }
		]
	},
	{
		key: 'omraade',
		label: 'Område',
		categories: ['nord', 'syd', 'oest', 'vest'].map((key) => ({ key, label: key[0]?.toUpperCase() + key.slice(1) }))
	}
];

interface Row {
	engine: string;
	measure: string;
	value: string;
	target: string;
	verdict: string;
}
const table: Row[] = [];
const add = (engine: string, measure: string, value: string, target = '', verdict = '') =>
	table.push({ engine, measure, value, target, verdict });

function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
	return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

const slugOf = (i: number) => `maaling-bench-${String(i).padStart(3, '0')}`;

/** The data set, with bulk SQL: a statement per table, observations one statement per initiative. */
async function generate(handle: DatabaseHandle): Promise<{ seconds: number; observations: number; slug: string; indicatorId: string }> {
	const db = handle.db;
	const started = performance.now();
	const cli: UseCaseContext = { db, actor: { userId: null, platformRole: 'admin' }, requestId: 'bench-measurement', ip: 'cli' };
	const user = await createAdministratorWithPassword(cli, { email: EMAIL, name: 'Bench Måling', password: PASSWORD });
	await db.execute(sql`
		insert into initiatives (slug, name, areas, problem_statement, visibility, phase, created_by)
		select 'maaling-bench-' || lpad(i::text, 3, '0'), 'Målebenchmark ' || i, '["101"]'::jsonb, 'Genereret', 'private', 'begin_implementation', ${user.id}::uuid
		from generate_series(1, ${INITIATIVES}) as i`);
	await db.execute(sql`
		insert into initiative_members (initiative_id, user_id, role)
		select id, ${user.id}::uuid, 'backbone_lead' from initiatives where slug like 'maaling-bench-%'`);
	await db.execute(sql`
		insert into initiative_actors (initiative_id, name, sector, role, contact_name, contact_email)
		select n.id, 'Aktør ' || a, 'public', 'partner', 'Kontakt ' || a, 'kontakt-' || a || '-' || n.slug || '@example.org'
		from initiatives n cross join generate_series(1, ${ACTORS_PER_INITIATIVE}) as a
		where n.slug like 'maaling-bench-%'`);
	const dimensions = JSON.stringify(DIMENSIONS);
	await db.execute(sql`
		insert into indicators (initiative_id, name, kind, polarity, frequency, unit, reporting_delay_days, dimensions, is_key, position,
			baseline_value, baseline_date, responsible_actor_id, created_at)
		select n.id, 'Indikator ' || k, (array['population', 'how_much', 'how_well', 'better_off'])[1 + k % 4],
			case when k % 3 = 0 then 'lower_is_better' else 'higher_is_better' end, 'month', 'count', 30, ${dimensions}::jsonb,
			k <= 5, k, 1000, date '2022-11-30',
			(select id from initiative_actors a where a.initiative_id = n.id order by a.name offset (k % ${ACTORS_PER_INITIATIVE}) limit 1),
			timestamptz '2022-11-01 08:00+00'
		from initiatives n cross join generate_series(1, ${INDICATORS_PER_INITIATIVE}) as k
		where n.slug like 'maaling-bench-%'`);
	await db.execute(sql`
		insert into indicator_targets (initiative_id, indicator_id, value, target_date)
		select initiative_id, id, case when polarity = 'lower_is_better' then 800 else 1500 end, date '2027-12-31'
		from indicators where name like 'Indikator %'`);
	const slots = SLOTS.map((categories, i) => ({ i, categories: JSON.stringify(categories), key: categoriesKeyOf(categories) }));
	const slotValues = sql.join(
		slots.map((s) => sql`(${s.i}::int, ${s.categories}::jsonb, ${s.key}::text)`),
		sql`, `
	);
	const ids = await db.select({ id: initiatives.id }).from(initiatives).where(sql`${initiatives.slug} like 'maaling-bench-%'`);
	// Setup, not measured: the observations' secondary indexes are dropped while the rows go in and
	// built once afterwards (a sorted build instead of a million scattered inserts into five trees),
	// and the foreign-key triggers are off for the session (the rows reference what was just made).
	const secondary = await db
		.execute<{ name: string; definition: string }>(
			sql`select indexname as name, indexdef as definition from pg_indexes
				where schemaname = current_schema() and tablename = 'observations' and indexname <> 'observations_pkey'`
		)
		.then(rowsOf<{ name: string; definition: string }>);
	// one transaction: one connection of the pool, so the session settings hold for every statement
	await db.transaction(async (tx) => {
		for (const index of secondary) await tx.execute(sql.raw(`drop index "${index.name}"`));
		await tx.execute(sql`set local session_replication_role = replica`);
		if (handle.kind === 'postgres') await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
		const inserted = performance.now();
		const batch = GENERATE_BATCH_INITIATIVES;
		for (let from = 0; from < ids.length; from += batch) {
			const some = ids.slice(from, from + batch).map(({ id }) => sql`${id}::uuid`);
			// ~3 % submitted (waiting, no decision), the rest approved; values wander around 1,000 with a trend
			await tx.execute(sql`
			insert into observations (initiative_id, indicator_id, period, period_end, categories, categories_key, value, state,
				reporting_actor_id, submitted_by, submitted_at, decided_by, decided_at)
			select g.initiative_id, g.id, to_char(g.month, 'YYYY-MM'), (g.month + interval '1 month - 1 day')::date, g.categories, g.key,
				round((1000 + (g.n * (g.position % 7 - 3)) + ((g.h & 255) - 128) / 4.0) / case when g.i = 0 then 1 else 3 end, 1),
				case when g.waiting then 'submitted' else 'approved' end,
				g.responsible_actor_id, ${user.id}::uuid, g.month + interval '40 days',
				case when g.waiting then null else ${user.id}::uuid end, case when g.waiting then null else g.month + interval '45 days' end
			from (
				select x.initiative_id, x.id, x.position, x.responsible_actor_id, m.n, m.month, s.i, s.categories, s.key, h.h, (h.h & 1023) < 31 as waiting
				from indicators x
					cross join (select n, (${FIRST_MONTH}::date + make_interval(months => n))::date as month from generate_series(0, ${MONTHS - 1}) as n) m
					cross join (values ${slotValues}) as s(i, categories, key)
					cross join lateral (select hashtext(x.id::text || m.n || s.i) as h) h
				where x.initiative_id in (${sql.join(some, sql`, `)})
			) g`);
			const done = Math.min(from + batch, ids.length);
			process.stderr.write(`  ${done}/${ids.length} initiatives generated (${((performance.now() - inserted) / 1000).toFixed(0)} s)\n`);
		}
		await tx.execute(sql`set local session_replication_role = origin`);
		const indexed = performance.now();
		for (const index of secondary) await tx.execute(sql.raw(index.definition));
		process.stderr.write(`  indexes rebuilt (${((performance.now() - indexed) / 1000).toFixed(0)} s)\n`);
	});
	// the planner sees the real table
	await db.execute(sql`analyze`);
	const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(observations);
	const [first] = await db
		.select({ id: indicators.id })
		.from(indicators)
		.innerJoin(initiatives, eq(initiatives.id, indicators.initiativeId))
		.where(eq(initiatives.slug, slugOf(1)))
		.orderBy(indicators.position)
		.limit(1);
	return { seconds: (performance.now() - started) / 1000, observations: Number(count), slug: slugOf(1), indicatorId: first?.id ?? '' };
}

function categoriesKeyOf(categories: Record<string, string>): string {
	return Object.keys(categories)
		.sort()
		.map((d) => `${d}=${categories[d]}`)
		.join('|');
}

/** A Danish CSV of `rows` rows for three new indicators of one initiative (unique slots, periods after the generated ones). */
async function writeImportFile(dir: string, names: string[], rows: number): Promise<string> {
	const file = path.join(dir, 'import.csv');
	const out = fs.createWriteStream(file);
	out.write('\uFEFFindikator;periode;værdi;koen;omraade;note\r\n');
	const combos = [
		['', ''],
		['k', ''],
		['m', ''],
		['', 'nord'],
		['', 'syd'],
		['', 'oest'],
		['', 'vest']
	];
	for (let i = 0; i < rows; i++) {
		const name = names[i % names.length];
		const n = Math.floor(i / names.length);
		const [koen, omraade] = combos[n % combos.length] as [string, string];
		const month = Math.floor(n / combos.length); // 0 … : from January 1990 on, one per slot
		const year = 1990 + Math.floor(month / 12);
		const period = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
		const value = `${1000 + (i % 997)},${i % 10}`;
		const line = `${name};${period};${value.replace(/^(\d)(\d{3}),/, '$1.$2,')};${koen};${omraade};${i % 50 === 0 ? 'bemærkning' : ''}\r\n`;
		if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
	}
	out.end();
	await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
	return file;
}

/** Import throughput: a generated Danish CSV streamed through the real import path (`importObservations`). */
async function measureImport(
	handle: DatabaseHandle,
	dir: string,
	userId: string
): Promise<{ label: string; rowsPerSecond: number; rows: number; seconds: number }> {
	const db = handle.db;
	const slug = slugOf(INITIATIVES);
	const [initiative] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug));
	if (!initiative) throw new Error('no initiative to import into');
	const names = ['Import A', 'Import B', 'Import C'];
	const created = await db
		.insert(indicators)
		.values(
			names.map((name, i) => ({
				initiativeId: initiative.id,
				name,
				kind: 'how_much' as const,
				polarity: 'higher_is_better' as const,
				frequency: 'month' as const,
				unit: 'count' as const,
				dimensions: DIMENSIONS,
				position: 100 + i
			}))
		)
		.returning({ id: indicators.id, name: indicators.name });
	const file = await writeImportFile(dir, names, IMPORT_ROWS);
	const ctx: UseCaseContext = { db, actor: { userId, platformRole: 'admin' }, requestId: 'bench-import', ip: 'cli' };
	const started = performance.now();
	const outcome = await importObservations(ctx, slug, {
		source: fs.createReadStream(file),
		format: 'csv',
		locale: 'da',
		maxBytes: 512 * 1024 * 1024,
		maxRows: IMPORT_ROWS
	});
	const seconds = (performance.now() - started) / 1000;
	if (!outcome.report.canCommit) throw new Error(`import file has errors: ${JSON.stringify(outcome.report.issues.slice(0, 3))}`);
	const [{ count }] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(observations)
		.where(
			sql`${observations.indicatorId} in (${sql.join(
				created.map((c) => sql`${c.id}::uuid`),
				sql`, `
			)})`
		);
	if (Number(count) !== IMPORT_ROWS) throw new Error(`imported ${count} rows, expected ${IMPORT_ROWS}`);
	return { label: 'import through importObservations (CSV, da)', rowsPerSecond: IMPORT_ROWS / seconds, rows: IMPORT_ROWS, seconds };
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${base}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await sleep(250);
	}
	throw new Error('server did not answer /healthz within 300 s');
}

async function signIn(base: string): Promise<string> {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: base },
		body: new URLSearchParams({ email: EMAIL, password: PASSWORD, next: '/' })
	});
	const match = (response.headers.get('set-cookie') ?? '').match(/samspil_session=([^;]+)/);
	if (!match) throw new Error(`sign-in answered ${response.status} without a session`);
	return `samspil_session=${match[1]}`;
}

async function loadPage(base: string, page: string, cookie: string) {
	const first = await fetch(`${base}${page}`, { headers: { cookie }, redirect: 'manual' });
	await first.arrayBuffer();
	if (first.status === 404) return { status: 404 as const };
	if (first.status !== 200) throw new Error(`${page} answered ${first.status}`);
	for (let i = 0; i < 4; i++) await (await fetch(`${base}${page}`, { headers: { cookie } })).arrayBuffer();
	const result = await autocannon({ url: `${base}${page}`, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
	return {
		status: 200 as const,
		p50: result.latency.p50,
		// autocannon reports p90 and p97.5; p95 lies between: interpolate
		p95: result.latency.p90 + ((result.latency.p97_5 - result.latency.p90) * 5) / 7.5,
		requestsPerSecond: result.requests.average,
		errors: result.errors + result.timeouts + result.non2xx
	};
}

async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await Promise.race([exited, sleep(30_000)]);
	if (child.exitCode === null) child.kill('SIGKILL');
}

async function run(engine: 'PGlite' | 'PostgreSQL', serverUrl?: string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-measurement-'));
	const target = serverUrl ? await createEmptyPostgresDatabase(serverUrl) : undefined;
	const databaseUrl = target?.url;
	try {
		console.error(`\n${engine}: generating ${INITIATIVES} initiatives, ${INITIATIVES * INDICATORS_PER_INITIATIVE} indicators …`);
		const handle = await openDatabase({ databaseUrl, dataDir: databaseUrl ? undefined : dir });
		let data: Awaited<ReturnType<typeof generate>>;
		try {
			await migrateDatabase(handle);
			data = await generate(handle);
			add(
				engine,
				'generate the data set (bulk SQL)',
				`${data.observations.toLocaleString('en')} observations in ${data.seconds.toFixed(0)} s`,
				'',
				''
			);
			if (SKIP_IMPORT) add(engine, 'import', 'skipped (BENCH_SKIP_IMPORT=1)');
			else {
				const [user] = await handle.db
					.execute<{ id: string }>(sql`select id from users where email = ${EMAIL}`)
					.then(rowsOf<{ id: string }>);
				const imported = await measureImport(handle, dir, user?.id ?? '');
				const pg = engine === 'PostgreSQL';
				add(
					engine,
					`import: ${imported.label}`,
					`${Math.round(imported.rowsPerSecond).toLocaleString('en')} rows/s (${imported.rows.toLocaleString('en')} rows, ${imported.seconds.toFixed(1)} s)`,
					pg ? '≥ 50,000 rows/s' : '',
					pg ? (imported.rowsPerSecond >= 50_000 ? 'ok' : 'MISSED') : ''
				);
			}
		} finally {
			await handle.close();
		}
		if (SKIP_PAGES) return;
		const base = `http://127.0.0.1:${PORT}`;
		const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/serve.ts'], {
			env: {
				...process.env,
				PORT: String(PORT),
				HOST: '127.0.0.1',
				DATA_DIR: dir,
				DATABASE_URL: databaseUrl ?? '',
				PUBLIC_URL: base,
				LOG_LEVEL: 'warn',
				SMTP_URL: '',
				TRUST_PROXY: '0',
				DEMO_CONTENT: '0'
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		try {
			const started = Date.now();
			await waitForHealth(base, child);
			add(engine, 'server ready after start', `${((Date.now() - started) / 1000).toFixed(1)} s`);
			const cookie = await signIn(base);
			const pages = [
				{ name: 'reference: initiative overview p50 / p95', path: `/initiativer/${data.slug}`, target: undefined },
				{ name: 'dashboard p50 / p95', path: `/initiativer/${data.slug}/maaling`, target: engine === 'PostgreSQL' ? 100 : 250 },
				{ name: 'indicator page p50 / p95', path: `/initiativer/${data.slug}/maaling/${data.indicatorId}`, target: undefined }
			];
			for (const page of pages) {
				const result = await loadPage(base, page.path, cookie);
				if (result.status === 404) {
					add(engine, page.name, 'not built in this tree', page.target ? `p95 ≤ ${page.target} ms` : '', '—');
					continue;
				}
				add(
					engine,
					page.name,
					`${result.p50} / ${result.p95.toFixed(0)} ms (${result.requestsPerSecond.toFixed(0)} req/s${result.errors ? `, ${result.errors} errors` : ''})`,
					page.target ? `p95 ≤ ${page.target} ms` : '',
					page.target ? (result.p95 <= page.target && result.errors === 0 ? 'ok' : 'MISSED') : ''
				);
			}
			const memory = memoryOf(child.pid as number);
			add(
				engine,
				'server RSS after load (peak)',
				`${memory.rssMiB.toFixed(0)} MiB (${memory.peakMiB.toFixed(0)})`,
				engine === 'PGlite' ? '< 600 MiB' : '',
				engine === 'PGlite' ? (memory.rssMiB < 600 ? 'ok' : 'MISSED') : ''
			);
		} finally {
			await stop(child);
		}
	} finally {
		if (KEEP) console.error(`(kept: ${databaseUrl ? `database ${databaseUrl.replace(/\/\/[^@]*@/, '//…@')}` : `data directory ${dir}`})`);
		else {
			fs.rmSync(dir, { recursive: true, force: true });
			await target?.drop();
		}
	}
}

function rowsOf<T>(result: unknown): T[] {
	return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

if (!SKIP_PAGES && !fs.existsSync('build/handler.js')) {
	console.error('No build: run `npm run build` first.');
	process.exit(1);
}
process.env.LOG_LEVEL ??= 'warn';
const totalStarted = performance.now();
const only = process.env.BENCH_ONLY;
if (only !== 'postgres') await run('PGlite');
if (only !== 'embedded') {
	if (process.env.BENCH_DATABASE_URL) await run('PostgreSQL', process.env.BENCH_DATABASE_URL);
	else console.error('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to run it too)');
}
const widths = ['engine', 'measure', 'value', 'target', 'verdict'].map((key) =>
	Math.max(key.length, ...table.map((row) => String(row[key as keyof Row]).length))
);
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ');
console.log(
	`\nShared measurement at scale ${SCALE} (${INITIATIVES} initiatives, ${INITIATIVES * INDICATORS_PER_INITIATIVE} indicators), ${CONNECTIONS} connections, ${SECONDS} s per page, Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[1]?.toFixed(1)} (5 min)`
);
console.log(line(['engine', 'measure', 'value', 'target', 'verdict']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line([row.engine, row.measure, row.value, row.target, row.verdict]));
console.log(`(whole run ${((performance.now() - totalStarted) / 1000).toFixed(0)} s)`);
