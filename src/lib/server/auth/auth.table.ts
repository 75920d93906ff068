import { index, integer, pgTable, text, timestamp, uuid, bigserial } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.ts';

/** A5: the id is the SHA-256 of the cookie token, so a copy of the table cannot be replayed. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		/** Absolute end of the session, fixed at login. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Single-use links sent by e-mail: password reset and invitations (A4). Only the hash is kept. */
export const emailTokens = pgTable(
	'email_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: ['reset', 'invite'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('email_tokens_user_idx').on(t.userId)]
);

/** Failed sign-ins, per account and per client address, for the limiter (A3). Kept in the database so that several app servers share it (R4). */
export const signInFailures = pgTable(
	'sign_in_failures',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		email: text('email').notNull(),
		ip: text('ip').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(1)
	},
	(t) => [index('sign_in_failures_email_idx').on(t.email, t.at), index('sign_in_failures_ip_idx').on(t.ip, t.at)]
);
