/**
 * What cases, pages and testimonies share: writing the next revision of a record (only if it is still
 * at the revision before it), the `learning_revisions` history, the seed's hash and soft deletion.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import {
	learningCases,
	learningPages,
	learningRevisions,
	learningTestimonies,
	type RevisionAction,
	type RevisionEntity
} from './learning.table.ts';

type VersionedTable = typeof learningCases | typeof learningPages | typeof learningTestimonies;

/** A save of a record's content as revision `revision`; `seedHash` is left as it is when undefined. */
export interface VersionWrite<T> {
	content: T;
	revision: number;
	updatedBy: string | null;
	userEdited: boolean;
	seedHash?: string | null;
	now: Date;
}

/**
 * Writes the next revision of a case, page or testimony with the columns derived from its content;
 * false when the record is no longer at the revision before it (a concurrent save), so a
 * colleague's change is never overwritten unseen.
 */
export async function writeVersion<T>(
	db: Executor,
	table: VersionedTable,
	id: string,
	values: VersionWrite<T>,
	derived: Record<string, unknown>
): Promise<boolean> {
	const updated = await db
		.update(table)
		.set({
			content: values.content,
			revision: values.revision,
			updatedBy: values.updatedBy,
			userEdited: values.userEdited,
			...(values.seedHash !== undefined ? { seedHash: values.seedHash } : {}),
			updatedAt: values.now,
			...derived
		} as Partial<typeof learningCases.$inferInsert>)
		.where(and(eq(table.id, id), eq(table.revision, values.revision - 1)))
		.returning({ id: table.id });
	return updated.length === 1;
}

export async function insertContentRevision(
	db: Executor,
	values: {
		entityType: RevisionEntity;
		entityId: string;
		revision: number;
		action: RevisionAction;
		restoredFrom?: number | null;
		changedFields: string[];
		content: unknown;
		actorUserId: string | null;
		now?: Date;
	}
) {
	await db.insert(learningRevisions).values({
		entityType: values.entityType,
		entityId: values.entityId,
		revision: values.revision,
		action: values.action,
		restoredFrom: values.restoredFrom ?? null,
		changedFields: values.changedFields,
		content: values.content,
		actorUserId: values.actorUserId,
		...(values.now ? { createdAt: values.now } : {})
	});
}

/** Newest first, with the name of who saved each one. */
export async function listContentRevisions(db: Executor, entityType: RevisionEntity, entityId: string) {
	return db
		.select({
			revision: learningRevisions.revision,
			action: learningRevisions.action,
			restoredFrom: learningRevisions.restoredFrom,
			changedFields: learningRevisions.changedFields,
			content: learningRevisions.content,
			actorName: users.name,
			createdAt: learningRevisions.createdAt
		})
		.from(learningRevisions)
		.leftJoin(users, eq(users.id, learningRevisions.actorUserId))
		.where(and(eq(learningRevisions.entityType, entityType), eq(learningRevisions.entityId, entityId)))
		.orderBy(desc(learningRevisions.revision));
}

export async function findContentRevision(db: Executor, entityType: RevisionEntity, entityId: string, revision: number) {
	const [row] = await db
		.select({ revision: learningRevisions.revision, content: learningRevisions.content })
		.from(learningRevisions)
		.where(
			and(eq(learningRevisions.entityType, entityType), eq(learningRevisions.entityId, entityId), eq(learningRevisions.revision, revision))
		)
		.limit(1);
	return row;
}

/** Soft-deletes (`deleted` true) or brings back a case or testimony; `by` is remembered as who did it. */
export async function setLearningRowDeleted(
	db: Executor,
	entityType: 'case' | 'testimony',
	id: string,
	change: { deleted: boolean; now: Date; by: string | null }
) {
	const table = entityType === 'case' ? learningCases : learningTestimonies;
	await db
		.update(table)
		.set({ deletedAt: change.deleted ? change.now : null, updatedAt: change.now, updatedBy: change.by })
		.where(eq(table.id, id));
}

/** Remembers which seed version a record now matches. */
export async function setSeedHash(db: Executor, entityType: RevisionEntity, id: string, seedHash: string) {
	const table = { case: learningCases, page: learningPages, testimony: learningTestimonies }[entityType];
	await db.update(table).set({ seedHash }).where(eq(table.id, id));
}
