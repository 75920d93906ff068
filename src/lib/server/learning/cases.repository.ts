/** Queries of the case library: cases, their derived search and filter columns, and who may see drafts. */
import { and, arrayContains, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { CaseContent, LessonKey, Localized } from '../../domain/learning/content.ts';
import type { CaseFilters } from '../../domain/learning/schemas.ts';
import { foldedIndexText, foldedTsQuery } from '../../domain/search/fold.ts';
import { markdownToPlainText } from '../content/markdown.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import { type CaseStatus, learningCases } from './learning.table.ts';
import { type VersionWrite, writeVersion } from './revisions.repository.ts';

/** The words a case is found by, per language; English falls back to Danish where it is missing. */
export function caseSearchDocuments(content: CaseContent) {
	const pick = (value: { da: string; en: string }, lang: 'da' | 'en') => (lang === 'en' && value.en.trim() === '' ? value.da : value[lang]);
	const build = (lang: 'da' | 'en') => ({
		title: pick(content.name, lang),
		summary: pick(content.summary, lang),
		body: [
			pick(content.place, lang),
			...[content.problem, content.backbone, content.goals, content.funding].map((v) => markdownToPlainText(pick(v, lang))),
			...content.actors.map((actor) => `${actor.name} ${pick(actor.role, lang)}`),
			...content.results.map((result) => pick(result.description, lang)),
			...content.events.map((event) => pick(event.text, lang)),
			...content.lessons.map((lesson) => markdownToPlainText(pick(lesson.note, lang)))
		].join('\n')
	});
	return { da: build('da'), en: build('en') };
}

function searchVector(config: 'danish' | 'english', doc: { title: string; summary: string; body: string }): SQL {
	// Name weighs most, then the summary, then the rest (ts_rank uses the weights).
	return sql`setweight(to_tsvector(${config}::regconfig, ${doc.title}), 'A') || setweight(to_tsvector(${config}::regconfig, ${doc.summary}), 'B') || setweight(to_tsvector(${config}::regconfig, ${doc.body}), 'C')`;
}

/** Both languages' words in both spellings without æ/ø/å; the name weighs most (ts_rank). */
function foldedSearchVector(docs: ReturnType<typeof caseSearchDocuments>): SQL {
	const names = foldedIndexText(`${docs.da.title} ${docs.en.title}`);
	const rest = foldedIndexText([docs.da.summary, docs.en.summary, docs.da.body, docs.en.body].join(' '));
	return sql`setweight(to_tsvector('simple', ${names}), 'A') || to_tsvector('simple', ${rest})`;
}

/** The columns derived from a case's content. */
function derivedCaseColumns(content: CaseContent) {
	const docs = caseSearchDocuments(content);
	return {
		problemField: content.problemField,
		scale: content.scale,
		periodStart: content.periodStart,
		periodEnd: content.periodEnd,
		actorSectors: [...new Set(content.actors.map((actor) => actor.sector))],
		lessonKeys: content.lessons.map((lesson) => lesson.lesson),
		nameDa: content.name.da,
		nameEn: content.name.en || content.name.da,
		searchDa: searchVector('danish', docs.da),
		searchEn: searchVector('english', docs.en),
		searchFolded: foldedSearchVector(docs)
	};
}

const caseColumns = {
	id: learningCases.id,
	slug: learningCases.slug,
	content: learningCases.content,
	status: learningCases.status,
	createdBy: learningCases.createdBy,
	seedHash: learningCases.seedHash,
	userEdited: learningCases.userEdited,
	revision: learningCases.revision,
	updatedAt: learningCases.updatedAt,
	createdAt: learningCases.createdAt,
	deletedAt: learningCases.deletedAt
};

export type CaseRow = {
	id: string;
	slug: string;
	content: CaseContent;
	status: CaseStatus;
	createdBy: string | null;
	seedHash: string | null;
	userEdited: boolean;
	revision: number;
	updatedAt: Date;
	createdAt: Date;
	deletedAt: Date | null;
};

export async function insertCase(
	db: Executor,
	values: { content: CaseContent; status: CaseStatus; createdBy: string | null; seedHash?: string | null }
): Promise<CaseRow> {
	const row = await insertCaseUnlessSlugTaken(db, values);
	if (!row) throw new Error(`case slug already taken: ${values.content.slug}`);
	return row;
}

/** Inserts the case, or returns null when its slug is taken (also by a concurrent insert). */
export async function insertCaseUnlessSlugTaken(
	db: Executor,
	values: { content: CaseContent; status: CaseStatus; createdBy: string | null; seedHash?: string | null }
): Promise<CaseRow | null> {
	const [row] = await db
		.insert(learningCases)
		.values({
			slug: values.content.slug,
			content: values.content,
			status: values.status,
			createdBy: values.createdBy,
			updatedBy: values.createdBy,
			seedHash: values.seedHash ?? null,
			...derivedCaseColumns(values.content)
		} as unknown as typeof learningCases.$inferInsert)
		.onConflictDoNothing({ target: learningCases.slug })
		.returning(caseColumns);
	return (row as CaseRow | undefined) ?? null;
}

/** Writes the next revision with its derived columns; false after a concurrent save (see `writeVersion`). */
export function updateCaseContent(db: Executor, id: string, values: VersionWrite<CaseContent>): Promise<boolean> {
	return writeVersion(db, learningCases, id, values, derivedCaseColumns(values.content));
}

export async function setCaseStatusRow(db: Executor, id: string, status: CaseStatus, now: Date) {
	await db.update(learningCases).set({ status, updatedAt: now }).where(eq(learningCases.id, id));
}

/** Deleted cases, newest deletion first, with who deleted them (for the editors' undo list). */
export async function listDeletedCases(db: Executor) {
	return db
		.select({
			id: learningCases.id,
			slug: learningCases.slug,
			name: sql<Localized>`${learningCases.content}->'name'`,
			status: learningCases.status,
			deletedAt: sql<Date>`${learningCases.deletedAt}`,
			deletedBy: users.name
		})
		.from(learningCases)
		.leftJoin(users, eq(users.id, learningCases.updatedBy))
		.where(isNotNull(learningCases.deletedAt))
		.orderBy(desc(learningCases.deletedAt));
}

/** Includes deleted cases only when asked (the seed must see them, so it does not bring them back). */
export async function findCaseBySlug(db: Executor, slug: string, options: { includeDeleted?: boolean } = {}) {
	const [row] = await db
		.select(caseColumns)
		.from(learningCases)
		.where(and(eq(learningCases.slug, slug), options.includeDeleted ? undefined : isNull(learningCases.deletedAt)))
		.limit(1);
	return row as CaseRow | undefined;
}

export async function isCaseSlugTaken(db: Executor, slug: string): Promise<boolean> {
	const [row] = await db.select({ id: learningCases.id }).from(learningCases).where(eq(learningCases.slug, slug)).limit(1);
	return row !== undefined;
}

export interface CaseVisibility {
	/** who may see drafts: editors see all, others only their own */
	userId: string | null;
	seesAllDrafts: boolean;
}

export function visibleCases(visibility: CaseVisibility): SQL | undefined {
	const published = eq(learningCases.status, 'published');
	if (visibility.seesAllDrafts) return undefined;
	if (visibility.userId) return or(published, eq(learningCases.createdBy, visibility.userId));
	return published;
}

/** The case library's WHERE: filters combine with AND, within what the reader may see; and the search rank. */
function caseQuery(filters: Partial<CaseFilters>, visibility: CaseVisibility) {
	const conditions: (SQL | undefined)[] = [isNull(learningCases.deletedAt), visibleCases(visibility)];
	let rank: SQL | undefined;
	if (filters.q) {
		const daQuery = sql`websearch_to_tsquery('danish', ${filters.q})`;
		const enQuery = sql`websearch_to_tsquery('english', ${filters.q})`;
		// typed without æ/ø/å ("hjemlos"): the folded words as prefixes (only a–z and digits reach it)
		const folded = foldedTsQuery(filters.q);
		const foldedQuery = folded ? sql`to_tsquery('simple', ${folded})` : undefined;
		conditions.push(
			sql`(${learningCases.searchDa} @@ ${daQuery} or ${learningCases.searchEn} @@ ${enQuery}${foldedQuery ? sql` or ${learningCases.searchFolded} @@ ${foldedQuery}` : sql``})`
		);
		rank = sql`ts_rank(${learningCases.searchDa}, ${daQuery}) + ts_rank(${learningCases.searchEn}, ${enQuery})${foldedQuery ? sql` + 0.5 * ts_rank(${learningCases.searchFolded}, ${foldedQuery})` : sql``}`;
	}
	if (filters.field) conditions.push(eq(learningCases.problemField, filters.field));
	if (filters.scale) conditions.push(eq(learningCases.scale, filters.scale));
	if (filters.sector) conditions.push(arrayContains(learningCases.actorSectors, [filters.sector]));
	if (filters.lesson) conditions.push(arrayContains(learningCases.lessonKeys, [filters.lesson]));
	if (filters.status) conditions.push(eq(learningCases.status, filters.status));
	if (filters.from !== undefined) {
		conditions.push(or(isNull(learningCases.periodEnd), gte(learningCases.periodEnd, filters.from)));
	}
	if (filters.to !== undefined) conditions.push(lte(learningCases.periodStart, filters.to));
	return { where: and(...conditions), rank };
}

export async function countCases(db: Executor, filters: Partial<CaseFilters>, visibility: CaseVisibility): Promise<number> {
	const [{ total }] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(learningCases)
		.where(caseQuery(filters, visibility).where);
	return total;
}

/** One page of the case library, ranked by relevance when searching, otherwise by name; and the total. */
export async function searchCases(
	db: Executor,
	filters: Partial<CaseFilters>,
	locale: 'da' | 'en',
	visibility: CaseVisibility,
	paging: { limit: number; offset: number } = { limit: 10_000, offset: 0 }
) {
	const { where, rank } = caseQuery(filters, visibility);
	const name = locale === 'en' ? learningCases.nameEn : learningCases.nameDa;
	const [rows, total] = await Promise.all([
		db
			.select(caseColumns)
			.from(learningCases)
			.where(where)
			.orderBy(...(rank ? [desc(rank), asc(name)] : [asc(name)]))
			.limit(paging.limit)
			.offset(paging.offset),
		countCases(db, filters, visibility)
	]);
	return { rows: rows as CaseRow[], total };
}

/** Cases stored before the folded search existed get their folded column (at start, with the seed). */
export async function fillMissingFoldedSearch(db: Executor): Promise<number> {
	const rows = await db
		.select({ id: learningCases.id, content: learningCases.content })
		.from(learningCases)
		.where(isNull(learningCases.searchFolded));
	for (const row of rows) {
		await db
			.update(learningCases)
			.set({ searchFolded: foldedSearchVector(caseSearchDocuments(row.content)) } as unknown as Partial<typeof learningCases.$inferInsert>)
			.where(eq(learningCases.id, row.id));
	}
	return rows.length;
}

/** The names, summaries, places and actors of the cases the reader may see: the words "Mente du …?" suggests from. */
export async function listCaseWords(db: Executor, visibility: CaseVisibility, limit = 2000): Promise<string[]> {
	const rows = await db
		.select({
			name: sql<Localized>`${learningCases.content}->'name'`,
			summary: sql<Localized>`${learningCases.content}->'summary'`,
			place: sql<Localized>`${learningCases.content}->'place'`,
			actors: sql<string[]>`jsonb_path_query_array(${learningCases.content}, '$.actors[*].name')`
		})
		.from(learningCases)
		.where(and(isNull(learningCases.deletedAt), visibleCases(visibility)))
		.limit(limit);
	return rows.flatMap((row) =>
		[row.name, row.summary, row.place]
			.flatMap((text) => [text?.da ?? '', text?.en ?? ''])
			.concat(row.actors ?? [])
			.filter(Boolean)
	);
}

/** How many visible cases illustrate each lesson. */
export async function countCasesByLesson(db: Executor, visibility: CaseVisibility): Promise<Map<string, number>> {
	const rows = await db
		.select({ lesson: sql<string>`unnest(${learningCases.lessonKeys})`, count: sql<number>`count(*)::int` })
		.from(learningCases)
		.where(and(isNull(learningCases.deletedAt), visibleCases(visibility)))
		.groupBy(sql`1`);
	return new Map(rows.map((row) => [row.lesson, row.count]));
}

/** Visible cases that illustrate a lesson, by name (at most `limit`). */
export async function listCasesForLesson(db: Executor, lesson: LessonKey, visibility: CaseVisibility, limit = 100) {
	const rows = await db
		.select(caseColumns)
		.from(learningCases)
		.where(and(isNull(learningCases.deletedAt), visibleCases(visibility), arrayContains(learningCases.lessonKeys, [lesson])))
		.orderBy(asc(learningCases.nameDa))
		.limit(limit);
	return rows as CaseRow[];
}

/** Names of the cases (all, or those with these slugs) that the reader may see (for links and the testimony form). */
export async function listCaseNames(db: Executor, visibility: CaseVisibility, slugs?: readonly string[]) {
	if (slugs?.length === 0) return [];
	return db
		.select({ slug: learningCases.slug, name: sql<Localized>`${learningCases.content}->'name'` })
		.from(learningCases)
		.where(and(isNull(learningCases.deletedAt), visibleCases(visibility), slugs ? inArray(learningCases.slug, [...slugs]) : undefined))
		.orderBy(asc(learningCases.nameDa));
}
