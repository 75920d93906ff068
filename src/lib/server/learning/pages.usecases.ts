import type { PageContent, PageKind } from '../../domain/learning/content.ts';
import { PageTextSchema } from '../../domain/learning/schemas.ts';
import { requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { findPage, listPagesOfKind, listPageTitlesOfKind, type PageRow, updatePageContent } from './pages.repository.ts';
import { findContentRevision, listContentRevisions } from './revisions.repository.ts';
import { type EditSpec, restoreEdit, saveEdit } from './versions.ts';

export async function listPages(ctx: UseCaseContext, kind: PageKind) {
	await requireAccess(ctx, 'learning.view');
	return listPagesOfKind(ctx.db, kind);
}

export async function listPageTitles(ctx: UseCaseContext, kind: PageKind) {
	await requireAccess(ctx, 'learning.view');
	return listPageTitlesOfKind(ctx.db, kind);
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
	return saveEdit(ctx, { ...pageEdit(ctx, row, expectedRevision), next: { ...row.content, ...parsed.data } });
}

function pageEdit(ctx: UseCaseContext, row: PageRow, expectedRevision: number): EditSpec<PageContent> {
	return {
		entityType: 'page',
		record: row,
		expectedRevision,
		write: (tx, content, revision, now) =>
			updatePageContent(tx, row.id, { content, revision, updatedBy: ctx.actor.userId, userEdited: true, now }),
		auditPrefix: 'learning_page',
		auditDetails: { kind: row.kind, key: row.key }
	};
}

export async function listPageRevisions(ctx: UseCaseContext, kind: PageKind, slug: string) {
	const row = await getEditablePage(ctx, kind, slug);
	return { record: row, revisions: await listContentRevisions(ctx.db, 'page', row.id) };
}

/** One revision's content of a page (an edit conflict compares with it), or undefined. */
export async function getPageRevisionContent(
	ctx: UseCaseContext,
	kind: PageKind,
	slug: string,
	revision: number
): Promise<PageContent | undefined> {
	const row = await getEditablePage(ctx, kind, slug);
	if (revision === row.revision) return row.content;
	const parsed = PageTextSchema.safeParse((await findContentRevision(ctx.db, 'page', row.id, revision))?.content);
	return parsed.success ? { ...row.content, ...parsed.data } : undefined;
}

export async function restorePageRevision(ctx: UseCaseContext, kind: PageKind, slug: string, revision: number, expectedRevision: number) {
	const row = await getEditablePage(ctx, kind, slug);
	return restoreEdit(ctx, {
		...pageEdit(ctx, row, expectedRevision),
		revision,
		parse: (old) => {
			const parsed = PageTextSchema.safeParse(old);
			if (!parsed.success) throw new AppError('revision_invalid');
			return { ...row.content, ...parsed.data };
		}
	});
}

/** `/principper/<slug>` holds both the five conditions and the other topics: which is it? */
export async function principleKindOf(ctx: UseCaseContext, slug: string): Promise<'condition' | 'topic'> {
	await requireAccess(ctx, 'learning.view');
	if (await findPage(ctx.db, { kind: 'condition', slug })) return 'condition';
	if (await findPage(ctx.db, { kind: 'topic', slug })) return 'topic';
	throw new AppError('not_found');
}
