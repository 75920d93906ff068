import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * V5: counters for costly requests (self-checks started, PDFs made), one row per key and fixed
 * window, in the database so every app server shares them (R4). Old windows are deleted daily.
 */
export const rateLimitHits = pgTable(
	'rate_limit_hits',
	{
		key: text('key').notNull(),
		windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
		hits: integer('hits').notNull().default(1)
	},
	(t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limit_hits_window_idx').on(t.windowStart)]
);
