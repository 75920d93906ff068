/**
 * P2 + L1: audit entries are kept for a configurable number of days (AUDIT_RETENTION_DAYS), then
 * deleted. The log stays append-only for everything else: the database trigger lets a DELETE
 * through only inside a transaction marked `samspil.audit_purge = on` (migration 0004), and the
 * purge itself is logged as a new entry.
 */
import { lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { appendAuditEntry } from './audit.repository.ts';
import { auditLog } from './audit.table.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

export async function purgeExpiredAuditEntries(
	db: Executor,
	options: { retentionDays: number; now?: Date }
): Promise<{ deleted: number; before: Date }> {
	const before = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);
	return db.transaction(async (tx) => {
		// `true`: the mark lasts only until this transaction ends
		await tx.execute(sql`select set_config('samspil.audit_purge', 'on', true)`);
		const deleted = await tx.delete(auditLog).where(lt(auditLog.at, before)).returning({ id: auditLog.id });
		if (deleted.length > 0) {
			await appendAuditEntry(tx, {
				actorUserId: null,
				action: 'audit.purge',
				details: { deleted: deleted.length, before: before.toISOString(), retentionDays: options.retentionDays }
			});
		}
		return { deleted: deleted.length, before };
	});
}
