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
 * The lock file holds the owner's pid; a lock left by a process that no longer runs
 * (kill -9, power loss) is taken over, so a crash never needs manual clean-up.
 * Written with O_EXCL so two starters cannot both win.
 */
/** Directories this process holds: a second opener inside the same process is refused too. */
const heldByThisProcess = new Set<string>();

export function acquireDataDirLock(dataDir: string): () => void {
	fs.mkdirSync(dataDir, { recursive: true });
	const lockPath = path.join(fs.realpathSync(dataDir), 'samspil.lock');
	if (heldByThisProcess.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
			heldByThisProcess.add(lockPath);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				heldByThisProcess.delete(lockPath);
				try {
					if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
				} catch {
					// already gone
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
			if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
				throw new DataDirLockedError(dataDir, holder);
			}
			// Stale lock (its process is gone, or the file is half-written): remove and retry.
			fs.rmSync(lockPath, { force: true });
		}
	}
	throw new Error(`Could not lock the data directory ${dataDir}`);
}
