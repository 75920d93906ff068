import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from './client.ts';
import { DataDirLockedError } from './lock.ts';

const dirs: string[] = [];
function makeDataDir() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lock-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => {
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('R3b the embedded data directory is locked', () => {
	it('refuses a second opener in the same process, and opens again after close', async () => {
		const dataDir = makeDataDir();
		const first = await openDatabase({ dataDir });
		await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
		await first.close();
		const again = await openDatabase({ dataDir });
		await again.close();
	});

	it('refuses the migration command with a clear message while a process holds the directory', async () => {
		if (process.env.TEST_DATABASE_URL) return; // only the embedded database has a directory to lock
		const dataDir = makeDataDir();
		const holder = await openDatabase({ dataDir });
		await migrateDatabase(holder);
		try {
			const result = await promisify(execFile)(process.execPath, ['scripts/migrate.ts'], {
				env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
			}).then(
				() => ({ code: 0, stderr: '' }),
				(error: { code: number; stderr: string }) => error
			);
			expect(result.code).not.toBe(0);
			expect(result.stderr).toMatch(/in use by another Samspil process \(pid \d+\)/);
		} finally {
			await holder.close();
		}
	});

	it('takes over a lock left by a process that no longer runs (e.g. after kill -9)', async () => {
		const dataDir = makeDataDir();
		fs.writeFileSync(path.join(dataDir, 'samspil.lock'), '2147483646');
		const handle = await openDatabase({ dataDir });
		expect(fs.readFileSync(path.join(dataDir, 'samspil.lock'), 'utf8').split(' ')[0]).toBe(String(process.pid));
		await handle.close();
		expect(fs.existsSync(path.join(dataDir, 'samspil.lock'))).toBe(false);
	});
});
