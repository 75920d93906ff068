/**
 * Child process of `scripts/crash-test.ts` (security.md R2, crash safety). Not meant to be run by hand.
 *
 * Opens the database through the app's own data layer (PGlite in DATA_DIR, or PostgreSQL when
 * DATABASE_URL is set), applies the migrations, then appends audit entries as fast as sequential
 * awaits allow. After a write is acknowledged (its await resolved; for a transaction: the commit)
 * it prints `ack <seq>` — one line per row — to stdout, so the parent knows exactly which writes
 * the app would have reported as done when it gets killed with SIGKILL.
 *
 * Environment:
 *   DATA_DIR / DATABASE_URL   where to write (DATABASE_URL wins, as in the app)
 *   CRASH_RUN_ID              required; rows get requestId `crash-<runId>-<seq>`
 *   CRASH_SEQ_START           first seq number (the parent gives every round its own range)
 *   CRASH_WRITER_MAX          stop after this many rows (default 1 000 000: in practice never)
 *   CRASH_WRITER_FAKE_LOSS=1  negative control only: every 97th row is acknowledged WITHOUT being written,
 *                             so the parent must report lost writes (proves the check is not vacuous)
 *
 * Output lines: `opening` (modules loaded, about to open), `ready <bootMs> <openMs> <migrateMs> <kind>` once,
 * then `ack <seq>` per acknowledged row.
 */
import { appendAuditEntry } from '../src/lib/server/audit/audit.repository.ts';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client.ts';

const runId = process.env.CRASH_RUN_ID;
if (!runId) {
	process.stderr.write('crash-writer: CRASH_RUN_ID is required\n');
	process.exit(2);
}
const seqStart = Number.parseInt(process.env.CRASH_SEQ_START ?? '1', 10);
const maxRows = Number.parseInt(process.env.CRASH_WRITER_MAX ?? '1000000', 10);
const fakeLoss = process.env.CRASH_WRITER_FAKE_LOSS === '1';
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = databaseUrl ? undefined : process.env.DATA_DIR;
if (!databaseUrl && !dataDir) {
	process.stderr.write('crash-writer: set DATA_DIR or DATABASE_URL\n');
	process.exit(2);
}

/** stdout to a pipe is synchronous on Linux, so once this returns the line is in the pipe even if we die next. */
function emit(line: string): void {
	process.stdout.write(`${line}\n`);
}

function entry(seq: number, tx: number | null, txSize: number) {
	return {
		actorUserId: null,
		action: 'crash_test.write',
		targetType: 'crash_test',
		targetId: String(seq),
		requestId: `crash-${runId}-${seq}`,
		details: { run: runId, seq, tx, txSize, pid: process.pid }
	};
}

// performance.now() counts from process start, so t0 is the boot time (Node + module loading).
const t0 = performance.now();
emit('opening');
const handle = await openDatabase({
	databaseUrl,
	dataDir,
	sharedBuffersMb: Number.parseInt(process.env.PGLITE_SHARED_BUFFERS_MB ?? '16', 10)
});
const t1 = performance.now();
await migrateDatabase(handle);
const t2 = performance.now();
emit(`ready ${Math.round(t0)} ${Math.round(t1 - t0)} ${Math.round(t2 - t1)} ${handle.kind}`);

let seq = seqStart;
let iteration = 0;
while (seq < seqStart + maxRows) {
	iteration++;
	if (iteration % 5 === 0) {
		// A multi-row transaction: 2–4 rows, acknowledged together once the commit resolves.
		// The parent checks these are all-or-nothing, acknowledged or not.
		const size = 2 + (iteration % 3);
		const first = seq;
		await handle.db.transaction(async (tx) => {
			for (let i = 0; i < size; i++) await appendAuditEntry(tx, entry(first + i, first, size));
		});
		let lines = '';
		for (let i = 0; i < size; i++) lines += `ack ${first + i}\n`;
		process.stdout.write(lines);
		seq += size;
	} else {
		if (!(fakeLoss && seq % 97 === 0)) await appendAuditEntry(handle.db, entry(seq, null, 1));
		emit(`ack ${seq}`);
		seq++;
	}
}
await handle.close();
emit('done');
