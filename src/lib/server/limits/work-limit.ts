/**
 * A3/V5: at most `concurrent` jobs of one costly kind run at once in this process, at most `queued`
 * wait for a turn, and anything beyond that is refused at once with `too_many_attempts` (HTTP 429)
 * instead of piling up. Used for argon2, whose jobs run on libuv's thread pool: unbounded, a burst
 * of password checks takes every core and the event loop (and the embedded database, which runs on
 * it) stalls for everyone.
 */
import { availableParallelism } from 'node:os';
import { AppError } from '../http/errors.ts';

export interface WorkLimit {
	run<T>(job: () => Promise<T>): Promise<T>;
	/** Jobs running and waiting now, and the most that ever ran at once. */
	stats(): { running: number; waiting: number; peakRunning: number };
}

export function createWorkLimit(options: { concurrent: number; queued: number }): WorkLimit {
	const waiting: (() => void)[] = [];
	let running = 0;
	let peakRunning = 0;

	function release() {
		const next = waiting.shift();
		if (next) next();
		else running--;
	}

	return {
		async run(job) {
			if (running >= options.concurrent) {
				if (waiting.length >= options.queued) throw new AppError('too_many_attempts');
				// the finishing job hands its slot straight over, so `running` stays the same
				await new Promise<void>((resolve) => waiting.push(resolve));
			} else {
				running++;
			}
			peakRunning = Math.max(peakRunning, running);
			try {
				return await job();
			} finally {
				release();
			}
		},
		stats: () => ({ running, waiting: waiting.length, peakRunning })
	};
}

/**
 * One core is left for the event loop: on the 2-core servers this project runs on, one password
 * check at a time (~50 ms each), so a queue of 32 waits at most about 1.6 s.
 */
export function passwordWorkLimits(cores = availableParallelism()) {
	const concurrent = Math.max(1, cores - 1);
	return { concurrent, queued: 32 * concurrent };
}
