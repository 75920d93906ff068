import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { CaseContent, PageContent, PageKind, TestimonyContent } from '../../domain/learning/content.ts';
import { users } from '../users/users.table.ts';

/** PostgreSQL's full-text document type; written only through `to_tsvector(...)` in the repository. */
const tsvector = customType<{ data: string }>({
	dataType() {
		return 'tsvector';
	}
});

export const CASE_STATUSES = ['draft', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The learning content keeps each record's editable content as one JSON document (`content`,
 * validated by the domain schemas), plus columns derived from it for filtering, sorting and search.
 * Seeded records remember the hash of the seed they came from (`seedHash`); once a person has
 * edited one (`userEdited`), a later seed leaves it alone.
 */
const bookkeeping = () => ({
	seedHash: text('seed_hash'),
	userEdited: boolean('user_edited').notNull().default(false),
	revision: integer('revision').notNull().default(1),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const learningCases = pgTable(
	'learning_cases',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** fixed once created: links and testimonies refer to it */
		slug: text('slug').notNull(),
		content: jsonb('content').$type<CaseContent>().notNull(),
		status: text('status').$type<CaseStatus>().notNull().default('draft'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		problemField: text('problem_field').notNull(),
		scale: text('scale').notNull(),
		periodStart: integer('period_start').notNull(),
		periodEnd: integer('period_end'),
		actorSectors: text('actor_sectors').array().notNull().default(sql`'{}'::text[]`),
		lessonKeys: text('lesson_keys').array().notNull().default(sql`'{}'::text[]`),
		nameDa: text('name_da').notNull(),
		nameEn: text('name_en').notNull(),
		searchDa: tsvector('search_da'),
		searchEn: tsvector('search_en'),
		/** Both languages' words in both keyboard spellings without æ/ø/å (domain/search/fold.ts), for prefix search. */
		searchFolded: tsvector('search_folded'),
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		...bookkeeping()
	},
	(t) => [
		uniqueIndex('learning_cases_slug_unique').on(t.slug),
		index('learning_cases_search_da_idx').using('gin', t.searchDa),
		index('learning_cases_search_en_idx').using('gin', t.searchEn),
		index('learning_cases_search_folded_idx').using('gin', t.searchFolded),
		index('learning_cases_sectors_idx').using('gin', t.actorSectors),
		index('learning_cases_lessons_idx').using('gin', t.lessonKeys)
	]
);

/** The principles section's pages (conditions and topics) and the seven lessons: a fixed set, edited. */
export const learningPages = pgTable(
	'learning_pages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').$type<PageKind>().notNull(),
		key: text('key').notNull(),
		slug: text('slug').notNull(),
		sortOrder: integer('sort_order').notNull(),
		content: jsonb('content').$type<PageContent>().notNull(),
		...bookkeeping()
	},
	(t) => [uniqueIndex('learning_pages_key_unique').on(t.kind, t.key), uniqueIndex('learning_pages_slug_unique').on(t.kind, t.slug)]
);

/** Short statements attributed to a role (and usually a case), always with their source. */
export const learningTestimonies = pgTable(
	'learning_testimonies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** stable key of a seeded testimony; null for one an editor added */
		seedKey: text('seed_key'),
		content: jsonb('content').$type<TestimonyContent>().notNull(),
		caseSlug: text('case_slug'),
		lessonKeys: text('lesson_keys').array().notNull().default(sql`'{}'::text[]`),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		deletedAt: timestamp('deleted_at', { withTimezone: true }),
		...bookkeeping()
	},
	(t) => [
		uniqueIndex('learning_testimonies_seed_key_unique').on(t.seedKey).where(sql`${t.seedKey} is not null`),
		index('learning_testimonies_case_idx').on(t.caseSlug),
		index('learning_testimonies_lessons_idx').using('gin', t.lessonKeys)
	]
);

export const REVISION_ENTITIES = ['case', 'page', 'testimony'] as const;
export type RevisionEntity = (typeof REVISION_ENTITIES)[number];
export const REVISION_ACTIONS = ['created', 'updated', 'restored', 'seeded'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Every saved version of a case, page or testimony: who, when, what changed, and the whole content. */
export const learningRevisions = pgTable(
	'learning_revisions',
	{
		id: serial('id').primaryKey(),
		entityType: text('entity_type').$type<RevisionEntity>().notNull(),
		entityId: uuid('entity_id').notNull(),
		revision: integer('revision').notNull(),
		action: text('action').$type<RevisionAction>().notNull(),
		/** for a restore: the revision whose content was brought back */
		restoredFrom: integer('restored_from'),
		changedFields: text('changed_fields').array().notNull().default(sql`'{}'::text[]`),
		content: jsonb('content').notNull(),
		actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('learning_revisions_unique').on(t.entityType, t.entityId, t.revision)]
);

/**
 * One row whose `version` goes up with every statement that changes a case, page or testimony (a
 * trigger on each of the three tables, migration 0009), in the same transaction as the change. The
 * visitors' page cache (`visitor-cache.ts`) keys on it, so a save on any app server is seen at once.
 */
export const learningContentVersion = pgTable('learning_content_version', {
	id: integer('id').primaryKey(),
	version: bigint('version', { mode: 'number' }).notNull().default(0)
});
