import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
	readonly dataDir: string;
	readonly holderPid: number;
	constructor(dataDir: string, holderPid: number) {
		super(
			`The data directory ${dataDir} is in use by another Samspil process (pid ${holderPid}). ` +
				'Two processes on one embedded database lose data silently, so this one will not open it. ' +
				'Stop the other process (e.g. the running server) and try again, or set DATABASE_URL to use a PostgreSQL server.'
		);
		this.dataDir = dataDir;
		this.holderPid = holderPid;
	}
}

function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * R3b: an exclusive, process-bound lock on the embedded data directory.
 * The lock file holds the owner's pid and a random nonce, so every lock ever written has different
 * content. It is created complete (written to a private file, then hard-linked into place, which
 * fails if a lock exists), so nobody ever reads a half-written lock.
 *
 * A lock left by a process that no longer runs (kill -9, power loss) is taken over, so a crash never
 * needs manual clean-up — atomically: only the one process that claims that very lock's
 * "takeover" file (`samspil.lock.takeover-<hash of its content>`, itself a lock of the same kind)
 * may delete it, and only if the lock still has that content. Every other contender waits and
 * looks again, finding either the winner's live lock (refused) or no lock (a normal exclusive
 * create, which only one can win). Deleting and re-creating by several contenders at once, which
 * let two or three of twelve racing processes win, cannot happen.
 */
/** Directories this process holds: a second opener inside the same process is refused too. */
const heldByThisProcess = new Set<string>();

/** How long a contender waits in all for another one to finish taking over a stale lock. */
const TAKEOVER_WAIT_MS = 5_000;
/** A takeover file can itself be left behind by a crash; it is taken over the same way, to this depth. */
const MAX_TAKEOVER_DEPTH = 4;

function sleepSync(ms: number) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function holderOf(content: string): number {
	return Number.parseInt(content, 10);
}

/** Creates `file` with our pid and a nonce, complete or not at all; false if it exists. */
function createExclusive(file: string): string | false {
	const content = `${process.pid} ${randomBytes(12).toString('hex')}`;
	const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
	fs.writeFileSync(draft, content, { flag: 'wx' });
	try {
		fs.linkSync(draft, file);
		return content;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		fs.rmSync(draft, { force: true });
	}
}

function removeIfStill(file: string, content: string) {
	if (readLock(file) === content) fs.unlinkSync(file);
}

type Attempt = { held: string } | { holder: number } | { retry: true };

/** One try at `file`: held, held by a live process, or "look again" (a stale lock was removed or is being removed). */
function tryLock(file: string, depth: number): Attempt {
	const created = createExclusive(file);
	if (created) return { held: created };
	const content = readLock(file);
	if (content === undefined) return { retry: true };
	const holder = holderOf(content);
	const ownStale = holder === process.pid && !heldByThisProcess.has(file);
	if (Number.isInteger(holder) && holder > 0 && !ownStale && isProcessAlive(holder)) return { holder };
	// Stale: only the one who claims this lock's takeover file may remove it.
	if (depth >= MAX_TAKEOVER_DEPTH) throw new Error(`Could not take over the stale lock ${file}`);
	const takeover = `${file}.takeover-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
	const claim = tryLock(takeover, depth + 1);
	if ('held' in claim) {
		try {
			removeIfStill(file, content);
		} finally {
			removeIfStill(takeover, claim.held);
		}
	}
	return { retry: true };
}

export function acquireDataDirLock(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	const lockPath = path.join(fs.realpathSync(dataDir), 'samspil.lock');
	if (heldByThisProcess.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
	const giveUpAt = Date.now() + TAKEOVER_WAIT_MS;
	for (;;) {
		const attempt = tryLock(lockPath, 0);
		if ('holder' in attempt) throw new DataDirLockedError(dataDir, attempt.holder);
		if ('held' in attempt) {
			const content = attempt.held;
			heldByThisProcess.add(lockPath);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				heldByThisProcess.delete(lockPath);
				try {
					removeIfStill(lockPath, content);
				} catch {
					// already gone
				}
			};
		}
		if (Date.now() > giveUpAt) throw new Error(`Could not lock the data directory ${dataDir}`);
		sleepSync(5 + Math.random() * 20);
	}
}
