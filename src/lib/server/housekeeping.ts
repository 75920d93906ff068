/**
 * Daily clean-up, run at start and then once a day by each app server (every step is idempotent,
 * so two servers doing it is harmless): audit entries past their retention (P2), anonymous
 * self-checks past their expiry, ended sessions, expired e-mail links and old sign-in failures,
 * and old rate-limit windows (V5).
 */
import { deleteExpiredSelfChecks } from './assessments/assessments.repository.ts';
import { purgeExpiredAuditEntries } from './audit/retention.ts';
import { deleteExpiredAuthRows } from './auth/auth.repository.ts';
import type { Executor } from './db/client.ts';
import { pruneRateLimitHits } from './limits/rate-limit.ts';

interface HousekeepingResult {
	auditEntriesDeleted: number;
	selfChecksDeleted: number;
	rateLimitWindowsDeleted: number;
	authRowsDeleted: number;
}

export async function runHousekeeping(db: Executor, options: { auditRetentionDays: number; now?: Date }): Promise<HousekeepingResult> {
	const now = options.now ?? new Date();
	const audit = await purgeExpiredAuditEntries(db, { retentionDays: options.auditRetentionDays, now });
	return {
		auditEntriesDeleted: audit.deleted,
		selfChecksDeleted: await deleteExpiredSelfChecks(db, now),
		rateLimitWindowsDeleted: await pruneRateLimitHits(db, now),
		authRowsDeleted: await deleteExpiredAuthRows(db, now)
	};
}
