/**
 * Saving a new version of a learning record, the same way for cases, pages and testimonies: the
 * record must still be at the revision the editor started from (else `stale_revision`, so nobody
 * overwrites a colleague's change unseen), an unchanged save writes nothing, and every version is
 * kept whole in `learning_revisions` with the fields that changed.
 */
import { createHash } from 'node:crypto';
import { changedFields, stableStringify } from '../../domain/learning/diff.ts';
import { auditFromContext, nowOf, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { findContentRevision, insertContentRevision } from './revisions.repository.ts';
import type { RevisionAction, RevisionEntity } from './learning.table.ts';

export function contentHash(content: unknown): string {
	return createHash('sha256').update(stableStringify(content)).digest('hex');
}

export interface VersionedRecord<T> {
	id: string;
	content: T;
	revision: number;
}

export async function saveVersion<T extends object>(
	tx: Executor,
	spec: {
		entityType: RevisionEntity;
		record: VersionedRecord<T>;
		next: T;
		/** the revision the editor's form was based on; omitted by the seed */
		expectedRevision?: number;
		action: RevisionAction;
		restoredFrom?: number;
		actorUserId: string | null;
		now: Date;
		/** false when the row moved on meanwhile (a concurrent save) */
		write: (revision: number) => Promise<boolean>;
	}
): Promise<{ revision: number; changedFields: string[] } | null> {
	if (spec.expectedRevision !== undefined && spec.expectedRevision !== spec.record.revision) {
		throw new AppError('stale_revision');
	}
	const fields = changedFields(spec.record.content, spec.next);
	if (fields.length === 0) return null;
	const revision = spec.record.revision + 1;
	if (!(await spec.write(revision))) throw new AppError('stale_revision');
	await insertContentRevision(tx, {
		entityType: spec.entityType,
		entityId: spec.record.id,
		revision,
		action: spec.action,
		restoredFrom: spec.restoredFrom,
		changedFields: fields,
		content: spec.next,
		actorUserId: spec.actorUserId,
		now: spec.now
	});
	return { revision, changedFields: fields };
}

/** Revision 1 of a new record: the whole record, every field counted as changed. */
export async function saveFirstVersion(
	tx: Executor,
	spec: {
		entityType: RevisionEntity;
		entityId: string;
		content: object;
		action: 'created' | 'seeded';
		actorUserId: string | null;
		now?: Date;
	}
): Promise<void> {
	await insertContentRevision(tx, {
		entityType: spec.entityType,
		entityId: spec.entityId,
		revision: 1,
		action: spec.action,
		changedFields: Object.keys(spec.content),
		content: spec.content,
		actorUserId: spec.actorUserId,
		now: spec.now
	});
}

/** The content of an older revision, or not_found. */
export async function loadRevisionContent(tx: Executor, entityType: RevisionEntity, entityId: string, revision: number) {
	const found = await findContentRevision(tx, entityType, entityId, revision);
	if (!found) throw new AppError('not_found');
	return found.content;
}

/** What editing a record needs: which record, the revision the form started from, how to write it, how to audit it. */
export interface EditSpec<T> {
	entityType: RevisionEntity;
	record: VersionedRecord<T>;
	expectedRevision: number;
	/** writes new content and its revision number to the record's own row */
	write: (tx: Executor, content: T, revision: number, now: Date) => Promise<boolean>;
	/** audit actions are `<auditPrefix>.update` and `<auditPrefix>.restore` */
	auditPrefix: string;
	auditDetails?: Record<string, unknown>;
}

/** An editor's save, in one transaction with its revision and audit entry; null when nothing changed. */
export async function saveEdit<T extends object>(ctx: UseCaseContext, spec: EditSpec<T> & { next: T }) {
	const now = nowOf(ctx);
	return ctx.db.transaction(async (tx) => {
		const saved = await saveVersion(tx, {
			entityType: spec.entityType,
			record: spec.record,
			next: spec.next,
			expectedRevision: spec.expectedRevision,
			action: 'updated',
			actorUserId: ctx.actor.userId,
			now,
			write: (revision) => spec.write(tx, spec.next, revision, now)
		});
		if (saved) {
			await auditFromContext(tx, ctx, {
				action: `${spec.auditPrefix}.update`,
				targetType: spec.auditPrefix,
				targetId: spec.record.id,
				details: { ...spec.auditDetails, revision: saved.revision, changedFields: saved.changedFields }
			});
		}
		return saved;
	});
}

/** Brings back an older revision's content as a new revision (history is never rewritten). */
export async function restoreEdit<T extends object>(
	ctx: UseCaseContext,
	spec: EditSpec<T> & { revision: number; parse: (old: unknown) => T }
) {
	return ctx.db.transaction(async (tx) => {
		const old = spec.parse(await loadRevisionContent(tx, spec.entityType, spec.record.id, spec.revision));
		const now = nowOf(ctx);
		const saved = await saveVersion(tx, {
			entityType: spec.entityType,
			record: spec.record,
			next: old,
			expectedRevision: spec.expectedRevision,
			action: 'restored',
			restoredFrom: spec.revision,
			actorUserId: ctx.actor.userId,
			now,
			write: (revision) => spec.write(tx, old, revision, now)
		});
		// restoring what is already the current text changes nothing
		if (!saved) throw new AppError('revision_unchanged');
		await auditFromContext(tx, ctx, {
			action: `${spec.auditPrefix}.restore`,
			targetType: spec.auditPrefix,
			targetId: spec.record.id,
			details: { ...spec.auditDetails, restoredFrom: spec.revision, revision: saved.revision }
		});
		return saved;
	});
}
