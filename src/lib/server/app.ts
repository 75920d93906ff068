import { getConfig } from './config/config.ts';
import { type DatabaseHandle, migrateDatabase, openDatabase } from './db/client.ts';
import { seedDemoContent } from './demo/seed.ts';
import { runHousekeeping } from './housekeeping.ts';
import { startJobQueue, stopJobQueue } from './jobs/queue.ts';
import { seedLearningContent } from './learning/seed.ts';
import { log } from './log/logger.ts';
import { MAIL_QUEUE } from './mail/mailer.ts';
import { passwordResetQueue } from './mail/reset-mail.ts';
import { measurementReminderQueue, scheduleMeasurementReminders } from './measurement/reminders.ts';

/**
 * The server's one database handle: opened, migrated and seeded once at start (hooks `init`),
 * closed on shutdown.
 */
let handle: DatabaseHandle | undefined;

export async function startApp(): Promise<DatabaseHandle> {
	if (handle) return handle;
	const config = getConfig();
	const started = Date.now();
	const opened = await openDatabase({
		databaseUrl: config.DATABASE_URL,
		dataDir: config.DATA_DIR,
		sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB
	});
	try {
		await migrateDatabase(opened);
		// The principles, lessons and the seven cases are the product's reference content, not demo
		// data: they are loaded on every install (and kept up to date without touching edits).
		const learning = await seedLearningContent(opened.db);
		if (learning.added || learning.updated || learning.keptEdits) log.info(learning, 'learning content loaded');
		if (config.DEMO_CONTENT) {
			const seeded = await seedDemoContent(opened.db);
			if (seeded.organisationsAdded || seeded.initiativesAdded) log.info(seeded, 'demo content loaded');
		}
		const queueStarted = Date.now();
		const boss = await startJobQueue(opened, [MAIL_QUEUE, passwordResetQueue(opened.db), measurementReminderQueue(opened.db)], {
			databaseUrl: config.DATABASE_URL
		});
		await scheduleMeasurementReminders(boss);
		log.info({ ms: Date.now() - queueStarted }, 'job queue started');
	} catch (error) {
		await stopJobQueue();
		await opened.close();
		throw error;
	}
	handle = opened;
	log.info({ database: opened.kind, ms: Date.now() - started }, 'database ready');
	// not awaited: a large first purge must not hold up the server's readiness
	void housekeeping(opened, config.AUDIT_RETENTION_DAYS);
	housekeepingTimer = setInterval(() => void housekeeping(opened, config.AUDIT_RETENTION_DAYS), 24 * 60 * 60 * 1000);
	housekeepingTimer.unref();
	return handle;
}

let housekeepingTimer: NodeJS.Timeout | undefined;

/** The daily clean-up; a failure is logged, never fatal. */
async function housekeeping(opened: DatabaseHandle, auditRetentionDays: number): Promise<void> {
	try {
		const done = await runHousekeeping(opened.db, { auditRetentionDays });
		if (Object.values(done).some((n) => n > 0)) log.info({ ...done, auditRetentionDays }, 'housekeeping done');
	} catch (error) {
		log.error({ err: error }, 'housekeeping failed');
	}
}

export function getDatabase(): DatabaseHandle {
	if (!handle) throw new Error('The database is not open yet');
	return handle;
}

export async function stopApp(): Promise<void> {
	const closing = handle;
	handle = undefined;
	clearInterval(housekeepingTimer);
	// the queue first: a mail in hand is finished while its database is still open
	await stopJobQueue().catch((error) => log.error({ err: error }, 'job queue did not stop cleanly'));
	if (closing) {
		await closing.close();
		log.info('database closed');
	}
}
