import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPglite, PgBoss } from 'pg-boss';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { requestPasswordReset } from '../auth/auth.usecases.ts';
import { deliverMail, MAIL_QUEUE, type MailMessage, readLatestOutboxMail, sendMail } from '../mail/mailer.ts';
import { passwordResetQueue, requestPasswordResetSoon } from '../mail/reset-mail.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { createAdministratorWithPassword } from '../users/users.usecases.ts';
import { getJobQueue, startJobQueue, stopJobQueue } from './queue.ts';

/**
 * Mail goes through the job queue (pg-boss on the app's database): the request stores a job, a
 * worker delivers it after the response; each job is delivered once even with two workers.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const databaseUrl = () => (database.pool as unknown as { options: { connectionString?: string } } | undefined)?.options.connectionString;

/** Deliveries seen by the workers, and a gate that holds them back until opened. */
const delivered: { worker: string; message: MailMessage }[] = [];
let openGate: () => void = () => {};
let gate = Promise.resolve();
function closeGate() {
	gate = new Promise((resolve) => {
		openGate = resolve;
	});
}
const workerRun = (worker: string) => async (message: MailMessage) => {
	await gate;
	delivered.push({ worker, message });
	await deliverMail(message);
};

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

beforeAll(async () => {
	database = await createTestDatabase();
	const started = Date.now();
	await startJobQueue(database, [{ ...MAIL_QUEUE, run: workerRun('first') }, passwordResetQueue(database.db)], {
		databaseUrl: databaseUrl(),
		pollingIntervalSeconds: 0.5
	});
	console.info(`job queue started in ${Date.now() - started} ms on ${database.kind}`);
}, 240_000);
afterAll(async () => {
	await stopJobQueue();
	await database.dispose();
});

describe('mail through the job queue', () => {
	it('a reset request returns before its mail is delivered; the worker delivers it afterwards', async () => {
		const email = 'queued-reset@example.org';
		await createAdministratorWithPassword(contextFor(database.db, SYSTEM_ADMIN), { email, name: 'K', password: 'Rødgrød med fløde 2026' });
		closeGate();
		await requestPasswordReset(contextFor(database.db, ANONYMOUS), { email });
		// answered, and the mail is not out yet (with SMTP this is where the time went)
		expect(await readLatestOutboxMail(email)).toBeUndefined();
		openGate();
		await until(async () => (await readLatestOutboxMail(email)) !== undefined);
		expect((await readLatestOutboxMail(email))?.text).toMatch(/\/password\/reset\/[A-Za-z0-9_-]+/);
	});

	it('the reset form only stores a job, for any address; the worker looks the address up, audits with the request id and sends the link', async () => {
		const email = 'later-reset@example.org';
		await createAdministratorWithPassword(contextFor(database.db, SYSTEM_ADMIN), { email, name: 'K', password: 'Rødgrød med fløde 2026' });
		const ctx = contextFor(database.db, ANONYMOUS, { ip: '192.0.2.77' });
		await requestPasswordResetSoon(ctx, { email });
		await requestPasswordResetSoon(contextFor(database.db, ANONYMOUS), { email: 'nobody-here@example.org' });
		await until(async () => (await readLatestOutboxMail(email)) !== undefined);
		const entries = await findAuditEntries(database.db, { action: 'auth.reset_requested' });
		expect(entries.find((entry) => entry.requestId === ctx.requestId)).toMatchObject({ ip: '192.0.2.77', details: { known: true } });
		await until(async () =>
			(await findAuditEntries(database.db, { action: 'auth.reset_requested' })).some((e) => e.details.known === false)
		);
		expect(await readLatestOutboxMail('nobody-here@example.org')).toBeUndefined();
	});

	it('delivers each mail once with two workers on one database, and queues a waiting message only once', async () => {
		const second = databaseUrl()
			? new PgBoss({ connectionString: databaseUrl(), max: 2 })
			: new PgBoss({ db: fromPglite(database.pglite as never), backend: 'pglite' });
		await second.start();
		await second.work(MAIL_QUEUE.name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
			for (const job of jobs) await workerRun('second')(job.data as MailMessage);
		});
		try {
			closeGate();
			const count = 30;
			const before = delivered.length;
			const messages = Array.from({ length: count }, (_, i) => ({ to: `many-${i}@example.org`, subject: 'Hej', text: `Besked ${i}` }));
			await Promise.all(messages.map((message) => sendMail(message)));
			// the same message again while it waits: not a second job
			await sendMail(messages[0] as MailMessage);
			openGate();
			await until(() => delivered.length - before >= count);
			// time for a duplicate to show up, if there were one
			await new Promise((resolve) => setTimeout(resolve, 2_000));
			const to = delivered.slice(before).map((d) => d.message.to);
			// each job delivered exactly once: as many deliveries per address as jobs
			const jobsFor = async (address: string) => (await second.findJobs(MAIL_QUEUE.name, { data: { to: address } })).length;
			const twice = await jobsFor('many-0@example.org');
			// the repeat is a second job only if a worker had already taken the first (no longer waiting);
			// under load that happens, so the count of jobs decides how many deliveries are right
			expect([1, 2]).toContain(twice);
			expect(to.toSorted()).toEqual([...messages.map((m) => m.to), ...(twice === 2 ? ['many-0@example.org'] : [])].toSorted());
			for (const message of messages.slice(1)) expect(await jobsFor(message.to)).toBe(1);
		} finally {
			await second.stop({ graceful: true, close: true, timeout: 5_000 });
		}
	});

	it('stops cleanly: no queue afterwards, and mail is then delivered directly', async () => {
		expect(getJobQueue()).toBeDefined();
		await stopJobQueue();
		expect(getJobQueue()).toBeUndefined();
		await sendMail({ to: 'direct@example.org', subject: 'Hej', text: 'Direkte' });
		expect((await readLatestOutboxMail('direct@example.org'))?.text).toBe('Direkte');
	});
});
