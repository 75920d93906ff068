import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SECTORS } from '../../domain/organisations/sectors.ts';
import { users } from '../users/users.table.ts';

export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Stable key for demo content and links; unique. */
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		sector: text('sector', { enum: SECTORS }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('organisations_slug_unique').on(t.slug)]
);

export const memberships = pgTable(
	'memberships',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_org_idx').on(t.organisationId)]
);
