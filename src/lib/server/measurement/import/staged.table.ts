/**
 * An import between its preview and its commit (issue 13 § 3): the validated rows are kept here,
 * keyed by a random id, owned by the person who uploaded them and the initiative, and expiring.
 * The page works without JavaScript, and a browser cannot keep a chosen file across two requests,
 * so the alternative (uploading again to commit) would make the person pick the file twice and
 * parse it twice. The commit reads the rows from here and deletes them in the same transaction.
 */
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { initiativeActors, initiatives } from '../../initiatives/initiatives.table.ts';
import { users } from '../../users/users.table.ts';

/** One validated row, compact: [indicator id, period key, value, categories, note, flags]. */
export type StagedRow = [string, string, string, Record<string, string>, string, string[]];

export const stagedImports = pgTable(
	'staged_imports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reportingActorId: uuid('reporting_actor_id').references(() => initiativeActors.id, { onDelete: 'cascade' }),
		/** The backbone lead chose to approve the values at once. */
		approve: boolean('approve').notNull().default(false),
		fileName: text('file_name').notNull().default(''),
		format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
		rowCount: integer('row_count').notNull(),
		rows: jsonb('rows').$type<StagedRow[]>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('staged_imports_owner_idx').on(t.initiativeId, t.userId), index('staged_imports_expires_idx').on(t.expiresAt)]
);
