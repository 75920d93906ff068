import type { PageContent, PageKind } from '../../domain/learning/content.ts';
import { PageTextSchema } from '../../domain/learning/schemas.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listContentRevisions, listPagesOfKind, type PageRow, updatePageContent } from './learning.repository.ts';
import { loadRevisionContent, saveVersion } from './versions.ts';

export async function listPages(ctx: UseCaseContext, kind: PageKind) {
	await requireAccess(ctx, 'learning.view');
	return listPagesOfKind(ctx.db, kind);
}

export async function getPage(ctx: UseCaseContext, kind: PageKind, slug: string): Promise<PageRow> {
	await requireAccess(ctx, 'learning.view');
	const row = await findPage(ctx.db, { kind, slug });
	if (!row) throw new AppError('not_found');
	return row;
}

async function getEditablePage(ctx: UseCaseContext, kind: PageKind, slug: string): Promise<PageRow> {
	await requireAccess(ctx, 'learning.edit');
	const row = await findPage(ctx.db, { kind, slug });
	if (!row) throw new AppError('not_found');
	return row;
}

export const getPageForEditing = getEditablePage;

/** Editors change a page's title, summary and text; its kind, key, address and order stay. */
export async function updatePage(ctx: UseCaseContext, kind: PageKind, slug: string, input: unknown, expectedRevision: number) {
	const row = await getEditablePage(ctx, kind, slug);
	const parsed = PageTextSchema.safeParse(input);
	if (!parsed.success) throw AppError.fromIssues(parsed.error.issues);
	const content: PageContent = { ...row.content, ...parsed.data };
	const now = nowOf(ctx);
	return ctx.db.transaction(async (tx) => {
		const saved = await saveVersion(tx, {
			entityType: 'page',
			record: row,
			next: content,
			expectedRevision,
			action: 'updated',
			actorUserId: ctx.actor.userId,
			now,
			write: (revision) => updatePageContent(tx, row.id, { content, revision, updatedBy: ctx.actor.userId, userEdited: true, now })
		});
		if (saved) {
			await auditFromContext(tx, ctx, {
				action: 'learning_page.update',
				targetType: 'learning_page',
				targetId: row.id,
				details: { kind, key: row.key, revision: saved.revision, changedFields: saved.changedFields }
			});
		}
		return saved;
	});
}

export async function listPageRevisions(ctx: UseCaseContext, kind: PageKind, slug: string) {
	const row = await getEditablePage(ctx, kind, slug);
	return { record: row, revisions: await listContentRevisions(ctx.db, 'page', row.id) };
}

export async function restorePageRevision(ctx: UseCaseContext, kind: PageKind, slug: string, revision: number, expectedRevision: number) {
	const row = await getEditablePage(ctx, kind, slug);
	return ctx.db.transaction(async (tx) => {
		const old = (await loadRevisionContent(tx, 'page', row.id, revision)) as PageContent;
		const parsed = PageTextSchema.safeParse(old);
		if (!parsed.success) throw new AppError('conflict');
		const content: PageContent = { ...row.content, ...parsed.data };
		const now = nowOf(ctx);
		const saved = await saveVersion(tx, {
			entityType: 'page',
			record: row,
			next: content,
			expectedRevision,
			action: 'restored',
			restoredFrom: revision,
			actorUserId: ctx.actor.userId,
			now,
			write: (next) => updatePageContent(tx, row.id, { content, revision: next, updatedBy: ctx.actor.userId, userEdited: true, now })
		});
		if (!saved) throw new AppError('conflict');
		await auditFromContext(tx, ctx, {
			action: 'learning_page.restore',
			targetType: 'learning_page',
			targetId: row.id,
			details: { kind, key: row.key, restoredFrom: revision, revision: saved.revision }
		});
		return saved;
	});
}

/** `/principper/<slug>` holds both the five conditions and the other topics: which is it? */
export async function principleKindOf(ctx: UseCaseContext, slug: string): Promise<'condition' | 'topic'> {
	await requireAccess(ctx, 'learning.view');
	if (await findPage(ctx.db, { kind: 'condition', slug })) return 'condition';
	if (await findPage(ctx.db, { kind: 'topic', slug })) return 'topic';
	throw new AppError('not_found');
}
