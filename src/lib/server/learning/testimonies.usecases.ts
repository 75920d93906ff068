import { z } from 'zod';
import type { LessonKey, TestimonyContent } from '../../domain/learning/content.ts';
import { TestimonyContentSchema } from '../../domain/learning/schemas.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { caseVisibility } from './cases.usecases.ts';
import { findCaseBySlug } from './cases.repository.ts';
import { findContentRevision, listContentRevisions, setLearningRowDeleted } from './revisions.repository.ts';
import {
	countTestimoniesByLesson,
	findTestimony,
	insertTestimony,
	listDeletedTestimonies,
	listTestimonies,
	type TestimonyRow,
	updateTestimonyContent
} from './testimonies.repository.ts';
import { type EditSpec, restoreEdit, saveEdit, saveFirstVersion } from './versions.ts';

export async function findTestimonies(ctx: UseCaseContext, filter: { lesson?: LessonKey; caseSlug?: string } = {}) {
	await requireAccess(ctx, 'learning.view');
	return listTestimonies(ctx.db, filter, caseVisibility(ctx.actor));
}

export async function countTestimoniesPerLesson(ctx: UseCaseContext) {
	await requireAccess(ctx, 'learning.view');
	return countTestimoniesByLesson(ctx.db, caseVisibility(ctx.actor));
}

async function getEditableTestimony(ctx: UseCaseContext, id: string): Promise<TestimonyRow> {
	await requireAccess(ctx, 'learning.edit');
	const row = z.uuid().safeParse(id).success ? await findTestimony(ctx.db, { id }) : undefined;
	if (!row) throw new AppError('not_found');
	return row;
}

export const getTestimonyForEditing = getEditableTestimony;

/** A testimony always names its source; the case it belongs to must exist. */
async function validateTestimony(ctx: UseCaseContext, input: unknown): Promise<TestimonyContent> {
	const parsed = TestimonyContentSchema.safeParse(input);
	if (!parsed.success) throw AppError.fromIssues(parsed.error.issues);
	const content = parsed.data as TestimonyContent;
	if (content.caseSlug && !(await findCaseBySlug(ctx.db, content.caseSlug))) {
		throw new AppError('invalid_input', { caseSlug: 'field_invalid' });
	}
	return content;
}

export async function createTestimony(ctx: UseCaseContext, input: unknown) {
	await requireAccess(ctx, 'learning.edit');
	const content = await validateTestimony(ctx, input);
	const now = nowOf(ctx);
	return ctx.db.transaction(async (tx) => {
		const row = await insertTestimony(tx, { content, createdBy: ctx.actor.userId });
		await saveFirstVersion(tx, {
			entityType: 'testimony',
			entityId: row.id,
			content,
			action: 'created',
			actorUserId: ctx.actor.userId,
			now
		});
		await auditFromContext(tx, ctx, { action: 'testimony.create', targetType: 'testimony', targetId: row.id });
		return row;
	});
}

export async function updateTestimony(ctx: UseCaseContext, id: string, input: unknown, expectedRevision: number) {
	const row = await getEditableTestimony(ctx, id);
	return saveEdit(ctx, { ...testimonyEdit(ctx, row, expectedRevision), next: await validateTestimony(ctx, input) });
}

function testimonyEdit(ctx: UseCaseContext, row: TestimonyRow, expectedRevision: number): EditSpec<TestimonyContent> {
	return {
		entityType: 'testimony',
		record: row,
		expectedRevision,
		write: (tx, content, revision, now) =>
			updateTestimonyContent(tx, row.id, { content, revision, updatedBy: ctx.actor.userId, userEdited: true, now }),
		auditPrefix: 'testimony'
	};
}

export async function listTestimonyRevisions(ctx: UseCaseContext, id: string) {
	const row = await getEditableTestimony(ctx, id);
	return { record: row, revisions: await listContentRevisions(ctx.db, 'testimony', row.id) };
}

/** One revision's content of a testimony (an edit conflict compares with it), or undefined. */
export async function getTestimonyRevisionContent(
	ctx: UseCaseContext,
	id: string,
	revision: number
): Promise<TestimonyContent | undefined> {
	const row = await getEditableTestimony(ctx, id);
	if (revision === row.revision) return row.content;
	const parsed = TestimonyContentSchema.safeParse((await findContentRevision(ctx.db, 'testimony', row.id, revision))?.content);
	return parsed.success ? (parsed.data as TestimonyContent) : undefined;
}

export async function restoreTestimonyRevision(ctx: UseCaseContext, id: string, revision: number, expectedRevision: number) {
	const row = await getEditableTestimony(ctx, id);
	return restoreEdit(ctx, {
		...testimonyEdit(ctx, row, expectedRevision),
		revision,
		parse: (old) => {
			const parsed = TestimonyContentSchema.safeParse(old);
			if (!parsed.success) throw new AppError('revision_invalid');
			return parsed.data as TestimonyContent;
		}
	});
}

export async function deleteTestimony(ctx: UseCaseContext, id: string) {
	const row = await getEditableTestimony(ctx, id);
	await ctx.db.transaction(async (tx) => {
		await setLearningRowDeleted(tx, 'testimony', row.id, { deleted: true, now: nowOf(ctx), by: ctx.actor.userId });
		await auditFromContext(tx, ctx, { action: 'testimony.delete', targetType: 'testimony', targetId: row.id });
	});
}

/** Deleted testimonies, for the editors' undo list. */
export async function listDeletedTestimonyRows(ctx: UseCaseContext) {
	await requireAccess(ctx, 'learning.edit');
	return listDeletedTestimonies(ctx.db);
}

export async function undeleteTestimony(ctx: UseCaseContext, id: string) {
	await requireAccess(ctx, 'learning.edit');
	const row = z.uuid().safeParse(id).success ? await findTestimony(ctx.db, { id, includeDeleted: true }) : undefined;
	if (!row || row.deletedAt === null) throw new AppError('not_found');
	await ctx.db.transaction(async (tx) => {
		await setLearningRowDeleted(tx, 'testimony', row.id, { deleted: false, now: nowOf(ctx), by: ctx.actor.userId });
		await auditFromContext(tx, ctx, { action: 'testimony.undelete', targetType: 'testimony', targetId: row.id });
	});
}
