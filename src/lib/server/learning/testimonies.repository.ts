/** Queries of testimonies: shown when they belong to no case or to a case the reader may see. */
import { and, arrayContains, asc, desc, eq, exists, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { LessonKey, TestimonyContent } from '../../domain/learning/content.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import { type CaseVisibility, visibleCases } from './cases.repository.ts';
import { learningCases, learningTestimonies } from './learning.table.ts';
import { type VersionWrite, writeVersion } from './revisions.repository.ts';

export type TestimonyRow = {
	id: string;
	seedKey: string | null;
	content: TestimonyContent;
	seedHash: string | null;
	userEdited: boolean;
	revision: number;
	updatedAt: Date;
	deletedAt: Date | null;
};

const testimonyColumns = {
	id: learningTestimonies.id,
	seedKey: learningTestimonies.seedKey,
	content: learningTestimonies.content,
	seedHash: learningTestimonies.seedHash,
	userEdited: learningTestimonies.userEdited,
	revision: learningTestimonies.revision,
	updatedAt: learningTestimonies.updatedAt,
	deletedAt: learningTestimonies.deletedAt
};

function derivedTestimonyColumns(content: TestimonyContent) {
	return { caseSlug: content.caseSlug, lessonKeys: [...content.lessons] };
}

export async function insertTestimony(
	db: Executor,
	values: { content: TestimonyContent; createdBy: string | null; seedKey?: string | null; seedHash?: string | null }
): Promise<TestimonyRow> {
	const [row] = await db
		.insert(learningTestimonies)
		.values({
			content: values.content,
			createdBy: values.createdBy,
			updatedBy: values.createdBy,
			seedKey: values.seedKey ?? null,
			seedHash: values.seedHash ?? null,
			...derivedTestimonyColumns(values.content)
		})
		.returning(testimonyColumns);
	return row as TestimonyRow;
}

/** Writes the next revision with its derived columns; false after a concurrent save. */
export function updateTestimonyContent(db: Executor, id: string, values: VersionWrite<TestimonyContent>): Promise<boolean> {
	return writeVersion(db, learningTestimonies, id, values, derivedTestimonyColumns(values.content));
}

/** Deleted testimonies, newest deletion first, with who deleted them. */
export async function listDeletedTestimonies(db: Executor) {
	return db
		.select({
			id: learningTestimonies.id,
			content: learningTestimonies.content,
			deletedAt: sql<Date>`${learningTestimonies.deletedAt}`,
			deletedBy: users.name
		})
		.from(learningTestimonies)
		.leftJoin(users, eq(users.id, learningTestimonies.updatedBy))
		.where(isNotNull(learningTestimonies.deletedAt))
		.orderBy(desc(learningTestimonies.deletedAt));
}

export async function findTestimony(db: Executor, by: { id?: string; seedKey?: string; includeDeleted?: boolean }) {
	const [row] = await db
		.select(testimonyColumns)
		.from(learningTestimonies)
		.where(
			and(
				by.id !== undefined ? eq(learningTestimonies.id, by.id) : undefined,
				by.seedKey !== undefined ? eq(learningTestimonies.seedKey, by.seedKey) : undefined,
				by.includeDeleted ? undefined : isNull(learningTestimonies.deletedAt)
			)
		)
		.limit(1);
	return row as TestimonyRow | undefined;
}

/** A testimony is shown when it belongs to no case or to a case the reader may see (not a draft of someone else's). */
function visibleTestimonies(db: Executor, visibility: CaseVisibility): SQL | undefined {
	if (visibility.seesAllDrafts) return undefined;
	const ownCase = db
		.select({ one: sql`1` })
		.from(learningCases)
		.where(and(eq(learningCases.slug, learningTestimonies.caseSlug), isNull(learningCases.deletedAt), visibleCases(visibility)));
	return or(isNull(learningTestimonies.caseSlug), exists(ownCase));
}

export async function listTestimonies(
	db: Executor,
	filter: { lesson?: LessonKey; caseSlug?: string } = {},
	visibility: CaseVisibility = { userId: null, seesAllDrafts: false }
) {
	return (await db
		.select(testimonyColumns)
		.from(learningTestimonies)
		.where(
			and(
				isNull(learningTestimonies.deletedAt),
				visibleTestimonies(db, visibility),
				filter.lesson ? arrayContains(learningTestimonies.lessonKeys, [filter.lesson]) : undefined,
				filter.caseSlug ? eq(learningTestimonies.caseSlug, filter.caseSlug) : undefined
			)
		)
		.orderBy(asc(learningTestimonies.createdAt))) as TestimonyRow[];
}

/** How many testimonies mention each lesson. */
export async function countTestimoniesByLesson(
	db: Executor,
	visibility: CaseVisibility = { userId: null, seesAllDrafts: false }
): Promise<Map<string, number>> {
	const rows = await db
		.select({ lesson: sql<string>`unnest(${learningTestimonies.lessonKeys})`, count: sql<number>`count(*)::int` })
		.from(learningTestimonies)
		.where(and(isNull(learningTestimonies.deletedAt), visibleTestimonies(db, visibility)))
		.groupBy(sql`1`);
	return new Map(rows.map((row) => [row.lesson, row.count]));
}
