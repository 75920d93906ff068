import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * R3b: many processes find the same stale lock (its process died) at the same moment. Exactly one
 * may take it over; every other one must be refused. Each racer waits for a common start time,
 * tries the lock, prints "won" or "refused", and a winner holds the lock until all have answered
 * (then it is ended).
 */
const RACERS = 12;
const TRIALS = 5;
const lockModule = path.resolve('src/lib/server/db/lock.ts');

const racer = `
import { acquireDataDirLock, DataDirLockedError } from ${JSON.stringify(lockModule)};
const [dataDir, startAt] = process.argv.slice(1);
while (Date.now() < Number(startAt)) {}
try {
	const release = acquireDataDirLock(dataDir);
	process.stdout.write('won');
	process.on('SIGTERM', () => { release(); process.exit(0); });
	setInterval(() => {}, 1000);
} catch (error) {
	process.stdout.write(error instanceof DataDirLockedError ? 'refused' : 'error: ' + error.message);
}
`;

function run(dataDir: string, startAt: number) {
	const child = spawn(process.execPath, ['--input-type=module', '-e', racer, dataDir, String(startAt)], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const answer = new Promise<string>((resolve, reject) => {
		let err = '';
		child.stdout.once('data', (chunk) => resolve(String(chunk)));
		child.stderr.on('data', (chunk) => {
			err += chunk;
		});
		child.on('error', reject);
		child.on('close', () => resolve(`no output: ${err.slice(0, 300)}`));
	});
	const ended = new Promise((resolve) => child.on('close', resolve));
	return { child, answer, ended };
}

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('R3b a stale data-directory lock is taken over by exactly one process', () => {
	it(`${RACERS} processes racing on a stale lock, ${TRIALS} trials: one winner each time`, async () => {
		for (let trial = 0; trial < TRIALS; trial++) {
			const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lock-race-'));
			dirs.push(dataDir);
			// a lock left by a process that no longer runs
			fs.writeFileSync(path.join(dataDir, 'samspil.lock'), '2147483646');
			// the racers start together once all have been spawned and loaded
			const startAt = Date.now() + 3000;
			const racers = Array.from({ length: RACERS }, () => run(dataDir, startAt));
			const results = await Promise.all(racers.map((r) => r.answer));
			for (const r of racers) r.child.kill('SIGTERM');
			await Promise.all(racers.map((r) => r.ended));
			const won = results.filter((r) => r === 'won').length;
			const refused = results.filter((r) => r === 'refused').length;
			expect({ trial, won, refused, others: results.filter((r) => r !== 'won' && r !== 'refused') }).toEqual({
				trial,
				won: 1,
				refused: RACERS - 1,
				others: []
			});
		}
	}, 120_000);
});
