import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Stored lower-cased; unique. */
		email: text('email').notNull(),
		name: text('name').notNull().default(''),
		/** PHC string (argon2id with its parameters); null until an invited user sets a password. */
		passwordHash: text('password_hash'),
		locale: text('locale', { enum: ['da', 'en'] })
			.notNull()
			.default('da'),
		platformRole: text('platform_role', { enum: ['admin', 'editor', 'member'] })
			.notNull()
			.default('member'),
		status: text('status', { enum: ['invited', 'active', 'disabled'] })
			.notNull()
			.default('active'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), index('users_status_idx').on(t.status)]
);

export type UserRow = typeof users.$inferSelect;
