/**
 * `npm run test:crash` — security.md R2, crash safety:
 * "kill -9 the server during a stream of writes, restart: every acknowledged write is there,
 *  on the embedded database and on PostgreSQL."
 *
 * Each round spawns `scripts/crash-writer.ts`, which writes audit entries through the app's own data
 * layer and prints `ack <seq>` after each acknowledged write, then kills it with SIGKILL at a random
 * moment. This process then opens the database itself (for the embedded database that also takes over
 * the dead writer's lock and runs PGlite's crash recovery) and checks that every write acknowledged
 * in this round and all earlier rounds is present exactly once, and that multi-row transactions are
 * all-or-nothing. One round = one check.
 *
 * Scope: SIGKILL of the app process only; the OS page cache survives it. It says nothing about power
 * loss or an OS crash: PGlite's Node file system never calls fsync (no fsync/fdatasync syscalls under
 * strace), so on the embedded database an acknowledged write is only as safe as the page cache.
 *
 * Usage:
 *   node scripts/crash-test.ts                       embedded database in a fresh temp dir
 *   node scripts/crash-test.ts --postgres            PostgreSQL at CRASH_DATABASE_URL (or DATABASE_URL)
 *   CRASH_DATABASE_URL=postgres://… node scripts/crash-test.ts
 *   node scripts/crash-test.ts --rounds 3 --seed 12345
 *
 * Environment (flags win):
 *   ROUNDS / --rounds          rounds (default 8)
 *   CRASH_SEED / --seed        seed for the kill moments (printed; rerun with it to replay)
 *   CRASH_BUDGET_S             no new round starts after this many seconds (default 150)
 *   CRASH_KILL_MIN_MS / _MAX_MS   kill window after the first ack (default 300–2500 ms)
 *   CRASH_EARLY_KILLS          how many rounds (never the first) kill the writer while it is still opening,
 *                              recovering or migrating, before its first ack (default 1; 0 = off). Those rounds
 *                              check that a crash during recovery does not break the data directory.
 *   CRASH_KEEP_DIR=1           keep the embedded data directory (also kept on failure)
 *   CRASH_WRITER_FAKE_LOSS=1   negative control: the writer acks some rows it never wrote; every round must FAIL
 *
 * Last line: `<passed> passed, <failed> failed`; exit code 1 on any failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { like } from 'drizzle-orm';
import { auditLog } from '../src/lib/server/audit/audit.table.ts';
import { type DatabaseHandle, openDatabase } from '../src/lib/server/db/client.ts';

// ---------- options ----------

function flag(name: string): string | undefined {
	const args = process.argv.slice(2);
	const i = args.indexOf(`--${name}`);
	if (i >= 0) return args[i + 1];
	const eq = args.find((a) => a.startsWith(`--${name}=`));
	return eq ? eq.slice(name.length + 3) : undefined;
}
function numOption(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isFinite(n)) {
		console.error(`crash-test: ${name} must be a number, got ${JSON.stringify(value)}`);
		process.exit(2);
	}
	return n;
}

const usePostgres = process.argv.includes('--postgres') || Boolean(process.env.CRASH_DATABASE_URL);
const databaseUrl = usePostgres ? process.env.CRASH_DATABASE_URL || process.env.DATABASE_URL : undefined;
if (usePostgres && !databaseUrl) {
	console.error('crash-test: --postgres needs CRASH_DATABASE_URL (or DATABASE_URL), e.g. postgres://user:pw@localhost/samspil_crash');
	process.exit(2);
}
const rounds = numOption(flag('rounds') ?? process.env.ROUNDS, 8, 'ROUNDS');
const seed = numOption(flag('seed') ?? process.env.CRASH_SEED, crypto.randomInt(1, 2 ** 31), 'CRASH_SEED') >>> 0;
const budgetMs = numOption(process.env.CRASH_BUDGET_S, 150, 'CRASH_BUDGET_S') * 1000;
const killMinMs = numOption(process.env.CRASH_KILL_MIN_MS, 300, 'CRASH_KILL_MIN_MS');
const killMaxMs = numOption(process.env.CRASH_KILL_MAX_MS, 2500, 'CRASH_KILL_MAX_MS');
const earlyKills = numOption(process.env.CRASH_EARLY_KILLS, 1, 'CRASH_EARLY_KILLS');
const keepDir = process.env.CRASH_KEEP_DIR === '1';
/** A writer that has not acknowledged anything after this long counts as a failed round (the first PGlite initdb is the slow one). */
const FIRST_ACK_TIMEOUT_MS = 60_000;
const OPEN_TIMEOUT_MS = 60_000;

// ---------- helpers ----------

/** mulberry32: small, seedable, good enough to pick kill moments reproducibly. */
function prng(s: number): () => number {
	let a = s >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = prng(seed);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	return Promise.race([
		promise,
		new Promise<T>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
		})
	]).finally(() => clearTimeout(timer));
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const runId = `${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
const prefix = `crash-${runId}-`;
const tmpRoot = usePostgres ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-crash-'));
const dataDir = tmpRoot ? path.join(tmpRoot, 'data') : undefined;
const SEQ_RANGE = 10_000_000;

// ---------- one writer life ----------

interface WriterResult {
	acked: number[];
	ready?: { bootMs: number; openMs: number; migrateMs: number };
	firstAckAtMs?: number;
	lastAckAtMs?: number;
	killPhase: string;
	exit: { code: number | null; signal: NodeJS.Signals | null };
	partialLine: string;
	stderrTail: string;
	pid: number;
	problem?: string;
}

/** Open + migrate time of the latest writer that reopened an existing data dir (not round 1's initdb), to aim early kills. */
let lastOpenMs = 1500;

async function runWriter(round: number, early: boolean): Promise<WriterResult> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		CRASH_RUN_ID: runId,
		CRASH_SEQ_START: String(round * SEQ_RANGE + 1),
		CRASH_WRITER_MAX: String(SEQ_RANGE - 1)
	};
	if (databaseUrl) env.DATABASE_URL = databaseUrl;
	else {
		delete env.DATABASE_URL;
		env.DATA_DIR = dataDir;
	}
	const started = performance.now();
	const child: ChildProcess = spawn(process.execPath, ['scripts/crash-writer.ts'], {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const pid = child.pid ?? -1;
	const acked: number[] = [];
	let buffer = '';
	let stderr = '';
	let ready: WriterResult['ready'];
	let firstAckAtMs: number | undefined;
	let lastAckAtMs: number | undefined;
	let onFirstAck: (() => void) | undefined;
	let onOpening: (() => void) | undefined;
	let opening = false;
	let problem: string | undefined;

	child.stdout?.setEncoding('utf8');
	child.stdout?.on('data', (chunk: string) => {
		buffer += chunk;
		let nl = buffer.indexOf('\n');
		while (nl >= 0) {
			const line = buffer.slice(0, nl);
			buffer = buffer.slice(nl + 1);
			nl = buffer.indexOf('\n');
			if (line.startsWith('ack ')) {
				const seq = Number(line.slice(4));
				if (!Number.isInteger(seq)) {
					problem ??= `unparseable ack line ${JSON.stringify(line)}`;
					continue;
				}
				acked.push(seq);
				lastAckAtMs = performance.now() - started;
				if (firstAckAtMs === undefined) {
					firstAckAtMs = performance.now() - started;
					onFirstAck?.();
				}
			} else if (line.startsWith('ready ')) {
				const [, bootMs, openMs, migrateMs] = line.split(' ');
				ready = {
					bootMs: Number(bootMs),
					openMs: Number(openMs),
					migrateMs: Number(migrateMs)
				};
				if (round > 1) lastOpenMs = ready.openMs + ready.migrateMs;
			} else if (line === 'opening') {
				opening = true;
				onOpening?.();
			} else if (line === 'done') {
				problem ??= 'writer reached its cap and stopped by itself';
			} else if (line) {
				problem ??= `unexpected output ${JSON.stringify(line)}`;
			}
		}
	});
	child.stderr?.setEncoding('utf8');
	child.stderr?.on('data', (chunk: string) => {
		stderr = (stderr + chunk).slice(-4000);
	});
	const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
		child.on('close', (code, signal) => resolve({ code, signal }));
	});
	let exitedEarly = false;
	void closed.then(() => {
		exitedEarly = true;
		onFirstAck?.();
		onOpening?.();
	});

	let killPhase: string;
	if (early) {
		// Kill while the writer is still starting: opening the data dir (PGlite's recovery from the previous
		// crash), migrating, or at the very first writes. Window: 0–120 % of the previous open + migrate time,
		// counted from the writer's `opening` line (module loading before it varies a lot with machine load).
		await withTimeout(
			new Promise<void>((resolve) => {
				onOpening = resolve;
				if (opening || exitedEarly) resolve();
			}),
			FIRST_ACK_TIMEOUT_MS,
			'waiting for the writer to start opening'
		).catch((error: Error) => {
			problem ??= error.message;
		});
		const delay = Math.floor(lastOpenMs * 1.2 * random());
		await sleep(delay);
		killPhase = `${delay} ms after it began opening (early-kill round: ${
			!ready
				? 'during open/recovery/migrate'
				: firstAckAtMs === undefined
					? 'after ready, before the first ack'
					: `${Math.round(performance.now() - started - firstAckAtMs)} ms after the first ack`
		})`;
	} else {
		await withTimeout(
			new Promise<void>((resolve) => {
				onFirstAck = resolve;
				if (firstAckAtMs !== undefined || exitedEarly) resolve();
			}),
			FIRST_ACK_TIMEOUT_MS,
			'waiting for the first ack'
		).catch((error: Error) => {
			problem ??= error.message;
		});
		const delay = killMinMs + Math.floor(random() * Math.max(0, killMaxMs - killMinMs));
		if (firstAckAtMs !== undefined && !exitedEarly) await sleep(delay);
		killPhase = `${delay} ms after the first ack, ${Math.round(performance.now() - started)} ms after spawn`;
	}
	if (exitedEarly) problem ??= 'writer exited before it was killed';
	else child.kill('SIGKILL');
	const exit = await closed;
	if (!exitedEarly && exit.signal !== 'SIGKILL') problem ??= `writer ended with ${exit.signal ?? `code ${exit.code}`}, not SIGKILL`;
	return {
		acked,
		ready,
		firstAckAtMs,
		lastAckAtMs,
		killPhase,
		exit,
		partialLine: buffer,
		stderrTail: stderr.trim(),
		pid,
		problem
	};
}

// ---------- verification ----------

interface Found {
	/** seq → number of rows with it */
	counts: Map<number, number>;
	/** tx first seq → [rows seen, declared size] */
	txs: Map<number, { seen: number; size: number }>;
	rows: number;
}

async function readBack(handle: DatabaseHandle): Promise<Found> {
	const rows = await handle.db
		.select({ requestId: auditLog.requestId, action: auditLog.action, details: auditLog.details })
		.from(auditLog)
		.where(like(auditLog.requestId, `${prefix}%`));
	const counts = new Map<number, number>();
	const txs = new Map<number, { seen: number; size: number }>();
	for (const row of rows) {
		const seq = Number(row.requestId?.slice(prefix.length));
		counts.set(seq, (counts.get(seq) ?? 0) + 1);
		const tx = row.details?.tx;
		if (typeof tx === 'number') {
			const entry = txs.get(tx) ?? { seen: 0, size: Number(row.details?.txSize) };
			entry.seen++;
			txs.set(tx, entry);
		}
	}
	return { counts, txs, rows: rows.length };
}

// ---------- main ----------

interface RoundReport {
	round: number;
	ok: boolean;
	acked: number;
	found: number;
	extra: number;
	ms: number;
	notes: string[];
}

// Which rounds kill early: drawn up front from the seed, so a replay hits the same rounds.
const earlyRounds = new Set<number>();
const earlyCandidates = Array.from({ length: Math.max(0, rounds - 1) }, (_, i) => i + 2);
while (earlyRounds.size < Math.min(earlyKills, earlyCandidates.length)) {
	earlyRounds.add(earlyCandidates[Math.floor(random() * earlyCandidates.length)]);
}

const allAcked = new Set<number>();
const reports: RoundReport[] = [];
const testStart = performance.now();

console.log(
	`crash-test: ${usePostgres ? `PostgreSQL (${databaseUrl?.replace(/\/\/[^@/]*@/, '//***@')})` : `embedded PGlite in ${dataDir}`}, ` +
		`${rounds} rounds, seed ${seed} (replay: CRASH_SEED=${seed}), run ${runId}`
);

for (let round = 1; round <= rounds; round++) {
	if (performance.now() - testStart > budgetMs) {
		console.log(`time budget of ${budgetMs / 1000} s used up: stopping after ${round - 1} rounds`);
		break;
	}
	const roundStart = performance.now();
	const notes: string[] = [];
	const failures: string[] = [];
	const early = earlyRounds.has(round);
	const writer = await runWriter(round, early);
	for (const seq of writer.acked) allAcked.add(seq);
	if (writer.problem) failures.push(writer.problem);
	if (!early && writer.acked.length === 0) failures.push('writer acknowledged no writes');
	if (writer.partialLine) notes.push(`ignored partial last line ${JSON.stringify(writer.partialLine)}`);

	// Reopen: the embedded data dir still carries the dead writer's lock; openDatabase must take it over.
	let found: Found | undefined;
	let openMs = 0;
	if (dataDir) {
		const lockPath = path.join(dataDir, 'samspil.lock');
		const holder = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : '';
		if (holder && isAlive(Number(holder))) failures.push(`lock held by live pid ${holder} after the kill`);
		if (holder && holder !== String(writer.pid)) notes.push(`lock file names pid ${holder}, writer was ${writer.pid}`);
		if (!holder && writer.ready) notes.push('no stale lock file found after the kill');
	}
	let handle: DatabaseHandle | undefined;
	try {
		const t = performance.now();
		handle = await withTimeout(openDatabase({ databaseUrl, dataDir }), OPEN_TIMEOUT_MS, 'reopening the database');
		found = await readBack(handle);
		openMs = performance.now() - t;
	} catch (error) {
		failures.push(`reopen/read failed: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		if (handle) {
			try {
				await withTimeout(handle.close(), OPEN_TIMEOUT_MS, 'closing the database');
			} catch (error) {
				failures.push(`close failed: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	}
	if (dataDir && handle && fs.existsSync(path.join(dataDir, 'samspil.lock'))) failures.push('lock file left behind after a clean close');

	let foundAcked = 0;
	let extra = 0;
	if (found) {
		const missing: number[] = [];
		const duplicated: number[] = [];
		for (const seq of allAcked) {
			const n = found.counts.get(seq) ?? 0;
			if (n === 0) missing.push(seq);
			else foundAcked++;
		}
		// This round's rows that were committed but never acknowledged: legitimate only for the one write or
		// transaction in flight at the kill, i.e. right after the last ack. Anything else means the ack stream
		// lost lines, which would make this test blind to lost writes.
		const roundFirst = round * SEQ_RANGE + 1;
		const lastAcked = writer.acked.length ? Math.max(...writer.acked) : roundFirst - 1;
		const unackedBeforeLast: number[] = [];
		for (const [seq, n] of found.counts) {
			if (n > 1) duplicated.push(seq);
			if (seq >= roundFirst && seq < roundFirst + SEQ_RANGE && !allAcked.has(seq)) {
				extra++;
				if (seq <= lastAcked) unackedBeforeLast.push(seq);
			}
		}
		if (extra > 4 || unackedBeforeLast.length) {
			failures.push(
				`harness: ${extra} unacknowledged committed row(s) this round (${unackedBeforeLast.length} before the last ack); ack stream incomplete?`
			);
		}
		const gaps = writer.acked.some((seq, i) => seq !== roundFirst + i);
		if (gaps) failures.push('harness: acknowledged seqs of this round are not contiguous from the round start');
		const torn = [...found.txs].filter(([, t]) => t.seen !== t.size);
		if (missing.length) {
			missing.sort((a, b) => a - b);
			failures.push(
				`LOST ${missing.length} acknowledged write(s): seq ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ' …' : ''}`
			);
		}
		if (duplicated.length) failures.push(`${duplicated.length} seq(s) stored more than once: ${duplicated.slice(0, 10).join(', ')}`);
		if (torn.length) {
			failures.push(
				`${torn.length} torn transaction(s): ${torn
					.slice(0, 5)
					.map(([tx, t]) => `tx ${tx} has ${t.seen}/${t.size} rows`)
					.join('; ')}`
			);
		}
	}

	const ms = performance.now() - roundStart;
	const ok = failures.length === 0;
	reports.push({ round, ok, acked: writer.acked.length, found: foundAcked, extra, ms, notes });
	const startup = writer.ready
		? `writer boot ${writer.ready.bootMs} + open ${writer.ready.openMs} + migrate ${writer.ready.migrateMs} ms`
		: 'writer never got ready';
	const ackSpan = (writer.lastAckAtMs ?? 0) - (writer.firstAckAtMs ?? 0);
	const rate = writer.acked.length > 1 && ackSpan > 0 ? `, ${Math.round(((writer.acked.length - 1) * 1000) / ackSpan)}/s` : '';
	console.log(
		`round ${round}/${rounds} ${ok ? 'ok  ' : 'FAIL'}: acked ${writer.acked.length}${rate}` +
			`${extra ? ` (+${extra} committed, unacked)` : ''}; found ${foundAcked}/${allAcked.size} acked so far; ` +
			`killed ${writer.killPhase}; ${startup}; ` +
			`reopen+check ${Math.round(openMs)} ms; round ${Math.round(ms)} ms`
	);
	for (const note of notes) console.log(`    note: ${note}`);
	for (const failure of failures) console.log(`    FAIL: ${failure}`);
	if (!ok && writer.stderrTail) console.log(`    writer stderr:\n${writer.stderrTail.replace(/^/gm, '      ')}`);
}

// ---------- summary ----------

const passed = reports.filter((r) => r.ok).length;
const failed = reports.length - passed;
const totalMs = performance.now() - testStart;
const perRound = reports.map((r) => r.acked);
console.log('');
console.log(
	`summary: ${reports.length} rounds on ${usePostgres ? 'PostgreSQL' : 'embedded PGlite'}, ${allAcked.size} acknowledged writes in total ` +
		`(per round: ${perRound.join(', ')}), ${reports.at(-1)?.found ?? 0} found after the last kill, ` +
		`${Math.round(totalMs / 100) / 10} s, seed ${seed}`
);
if (tmpRoot) {
	if (keepDir || failed) console.log(`data directory kept for inspection: ${dataDir} (remove ${tmpRoot} when done)`);
	else fs.rmSync(tmpRoot, { recursive: true, force: true });
}
if (reports.length === 0) console.log('no round ran');
console.log(`${passed} passed, ${failed + (reports.length === 0 ? 1 : 0)} failed`);
process.exit(failed || reports.length === 0 ? 1 : 0);
