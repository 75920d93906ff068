import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditLog } from './audit.table.ts';

export interface AuditEntry {
	actorUserId: string | null;
	action: string;
	targetType?: string;
	targetId?: string;
	subjectUserId?: string | null;
	/** The initiative the entry belongs to (its history page lists these). */
	initiativeId?: string | null;
	requestId?: string;
	ip?: string;
	details?: Record<string, unknown>;
}

export async function appendAuditEntry(db: Executor, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorUserId: entry.actorUserId,
		action: entry.action,
		targetType: entry.targetType ?? null,
		targetId: entry.targetId ?? null,
		subjectUserId: entry.subjectUserId ?? null,
		initiativeId: entry.initiativeId ?? null,
		requestId: entry.requestId ?? null,
		ip: entry.ip ?? null,
		details: entry.details ?? {}
	});
}

export interface AuditQuery {
	/** Entries where this person acted or was the subject (L1: a data subject's request). */
	personId?: string;
	action?: string;
	/** Keyset paging: entries older than this id. */
	beforeId?: number;
	limit?: number;
}

export async function findAuditEntries(db: Executor, query: AuditQuery) {
	const conditions: SQL[] = [];
	if (query.personId) {
		const person = or(eq(auditLog.actorUserId, query.personId), eq(auditLog.subjectUserId, query.personId));
		if (person) conditions.push(person);
	}
	if (query.action) conditions.push(eq(auditLog.action, query.action));
	if (query.beforeId) conditions.push(lt(auditLog.id, query.beforeId));
	return db
		.select()
		.from(auditLog)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(query.limit ?? 50);
}
