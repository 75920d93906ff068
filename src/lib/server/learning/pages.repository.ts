/** Queries of the principles section's pages and the seven lessons (a fixed set, edited, never deleted). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PageContent, PageKind } from '../../domain/learning/content.ts';
import type { Executor } from '../db/client.ts';
import { learningPages } from './learning.table.ts';
import { type VersionWrite, writeVersion } from './revisions.repository.ts';

export type PageRow = {
	id: string;
	kind: PageKind;
	key: string;
	slug: string;
	content: PageContent;
	seedHash: string | null;
	userEdited: boolean;
	revision: number;
	updatedAt: Date;
};

const pageColumns = {
	id: learningPages.id,
	kind: learningPages.kind,
	key: learningPages.key,
	slug: learningPages.slug,
	content: learningPages.content,
	seedHash: learningPages.seedHash,
	userEdited: learningPages.userEdited,
	revision: learningPages.revision,
	updatedAt: learningPages.updatedAt
};

export async function listPagesOfKind(db: Executor, kind: PageKind) {
	return (await db
		.select(pageColumns)
		.from(learningPages)
		.where(eq(learningPages.kind, kind))
		.orderBy(asc(learningPages.sortOrder))) as PageRow[];
}

/** Only the key, address and title of each page of a kind (a lesson's text is ~10 KB of JSON nobody needs for a link). */
export async function listPageTitlesOfKind(db: Executor, kind: PageKind) {
	return (await db
		.select({ key: learningPages.key, slug: learningPages.slug, title: sql`${learningPages.content}->'title'` })
		.from(learningPages)
		.where(eq(learningPages.kind, kind))
		.orderBy(asc(learningPages.sortOrder))) as { key: string; slug: string; title: PageContent['title'] }[];
}

export async function findPage(db: Executor, by: { kind: PageKind; slug?: string; key?: string }) {
	const [row] = await db
		.select(pageColumns)
		.from(learningPages)
		.where(
			and(
				eq(learningPages.kind, by.kind),
				by.slug !== undefined ? eq(learningPages.slug, by.slug) : undefined,
				by.key !== undefined ? eq(learningPages.key, by.key) : undefined
			)
		)
		.limit(1);
	return row as PageRow | undefined;
}

export async function insertPage(db: Executor, content: PageContent, seedHash: string | null): Promise<PageRow> {
	const [row] = await db
		.insert(learningPages)
		.values({ kind: content.kind, key: content.key, slug: content.slug, sortOrder: content.sortOrder, content, seedHash })
		.returning(pageColumns);
	return row as PageRow;
}

/** Writes the next revision (the sort order follows the content); false after a concurrent save. */
export function updatePageContent(db: Executor, id: string, values: VersionWrite<PageContent>): Promise<boolean> {
	return writeVersion(db, learningPages, id, values, { sortOrder: values.content.sortOrder });
}
