import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWorkStats, verifyPassword } from '../auth/password-hash.ts';
import { createWorkLimit, passwordWorkLimits } from './work-limit.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('work limit (A3/V5: argon2 cannot take every core)', () => {
	it('runs at most `concurrent` jobs at once, in order, and refuses past the queue without running them', async () => {
		const limit = createWorkLimit({ concurrent: 2, queued: 3 });
		let running = 0;
		let peak = 0;
		const started: number[] = [];
		const job = (i: number) => async () => {
			started.push(i);
			running++;
			peak = Math.max(peak, running);
			await tick(20);
			running--;
			return i;
		};
		const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => limit.run(job(i))));
		expect(peak).toBe(2);
		expect(started).toEqual([0, 1, 2, 3, 4]);
		expect(results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value)).toEqual([
			0, 1, 2, 3, 4
		]);
		expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
			'too_many_attempts',
			'too_many_attempts',
			'too_many_attempts'
		]);
		expect(limit.stats()).toEqual({ running: 0, waiting: 0, peakRunning: 2 });
	});

	it('frees the slot when a job throws', async () => {
		const limit = createWorkLimit({ concurrent: 1, queued: 1 });
		await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(limit.run(() => Promise.resolve('next'))).resolves.toBe('next');
		expect(limit.stats().running).toBe(0);
	});

	it('leaves a core for the event loop', () => {
		expect(passwordWorkLimits(2)).toEqual({ concurrent: 1, queued: 32 });
		expect(passwordWorkLimits(1).concurrent).toBe(1);
		expect(passwordWorkLimits(8).concurrent).toBe(7);
	});

	it('puts every password hash and check through the limit', async () => {
		const { concurrent, queued } = passwordWorkLimits();
		const stored = await hashPassword('Rødgrød med fløde 2026');
		const checks = await Promise.allSettled(
			Array.from({ length: concurrent + queued + 5 }, (_, i) => verifyPassword(stored, i === 0 ? 'Rødgrød med fløde 2026' : `wrong ${i}`))
		);
		expect(passwordWorkStats().peakRunning).toBe(concurrent);
		expect(checks[0]).toEqual({ status: 'fulfilled', value: true });
		// past the queue: refused unchecked — never a silent `false` that would count as a wrong password
		const refused = checks.filter((c) => c.status === 'rejected');
		expect(refused).toHaveLength(5);
		expect(refused.every((c) => (c as PromiseRejectedResult).reason.code === 'too_many_attempts')).toBe(true);
	}, 60_000);
});
