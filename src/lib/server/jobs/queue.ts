/**
 * The job queue: work that should not hold up a response (mail now; reminders and digests later)
 * is stored as a job in the app's own database and done by a worker shortly after. pg-boss 12 does
 * the queueing — in the embedded database through its PGlite adapter, on PostgreSQL through its own
 * small pool — so jobs survive a restart, are retried with back-off, and each job is taken by one
 * worker only, however many app servers run (`SKIP LOCKED`). No scheduler of our own.
 *
 * Started by `startApp` after the migrations and stopped by `stopApp` before the database closes
 * (letting a job in hand finish). See docs/decisions/0010-job-queue.md.
 */
import { fromPglite, type Job, type JobResult, PgBoss, type Queue } from 'pg-boss';
import type { DatabaseHandle } from '../db/client.ts';
import { log } from '../log/logger.ts';

export interface JobQueueDefinition<T extends object> {
	name: string;
	options: Omit<Queue, 'name'>;
	/** Does one job; a throw means "try again later" (up to the queue's retry limit). */
	run(data: T): Promise<void>;
}

export interface JobQueueOptions {
	/** PostgreSQL: the queue opens its own small pool with this; the embedded database is shared. */
	databaseUrl?: string;
	/** How often an idle worker looks for new jobs (pg-boss polls; 0.5 s is its minimum). */
	pollingIntervalSeconds?: number;
}

let running: PgBoss | undefined;

/** The running queue, if the app started one (scripts and unit tests run without). */
export function getJobQueue(): PgBoss | undefined {
	return running;
}

export async function startJobQueue(
	handle: DatabaseHandle,
	queues: JobQueueDefinition<never>[],
	options: JobQueueOptions = {}
): Promise<PgBoss> {
	const boss = createBoss(handle, options);
	boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
	await boss.start();
	try {
		for (const queue of queues) {
			await ensureQueue(boss, queue);
			// Up to 10 jobs a fetch, fetched again at once while fetches come back full, so a burst (a
			// review notice to every editor) does not wait a polling interval per mail; each job is
			// settled on its own, so one failed mail is retried alone and the others are not sent twice.
			const work = {
				pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
				batchSize: 10,
				burstWhenBatchFull: true,
				perJobResults: true
			} as const;
			await boss.work(queue.name, work, async (jobs: Job<object>[]): Promise<JobResult[]> => {
				const results: JobResult[] = [];
				for (const job of jobs) {
					try {
						await queue.run(job.data as never);
						results.push({ id: job.id, status: 'completed' });
					} catch (error) {
						log.error({ err: error, queue: queue.name }, 'job failed; it is tried again');
						results.push({ id: job.id, status: 'failed' });
					}
				}
				return results;
			});
		}
	} catch (error) {
		await boss.stop({ graceful: false, close: true }).catch(() => {});
		throw error;
	}
	running = boss;
	return boss;
}

function createBoss(handle: DatabaseHandle, options: JobQueueOptions): PgBoss {
	if (handle.pglite) return new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite' });
	if (!options.databaseUrl) throw new Error('The job queue needs DATABASE_URL on PostgreSQL');
	return new PgBoss({ connectionString: options.databaseUrl, max: 3 });
}

/** Creates the queue, or updates its options; two servers starting together may both try. */
async function ensureQueue(boss: PgBoss, queue: JobQueueDefinition<never>): Promise<void> {
	if (await boss.getQueue(queue.name)) {
		// a queue's policy is fixed when it is created; the rest can change between releases
		const { policy: _policy, ...changeable } = queue.options;
		await boss.updateQueue(queue.name, changeable);
		return;
	}
	try {
		await boss.createQueue(queue.name, queue.options);
	} catch (error) {
		if (!(await boss.getQueue(queue.name))) throw error;
	}
}

/** Stops taking jobs, lets the one in hand finish (up to `timeoutMs`), and closes the queue's pool. */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
	const boss = running;
	running = undefined;
	if (boss) await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
}
