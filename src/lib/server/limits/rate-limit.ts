/**
 * V5: a fixed-window limit per key (e.g. "pdf:<ip>"), counted in the database with one upsert, so
 * every app server sees the same count. Over the limit → `too_many_requests` (HTTP 429).
 */
import { lt, sql } from 'drizzle-orm';
import { type Config, getConfig } from '../config/config.ts';
import { DAY_MS } from '../audit/retention.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { rateLimitHits } from './rate-limit.table.ts';

export interface RateLimit {
	/** what is limited, e.g. "pdf" */
	name: string;
	limit: number;
	windowSeconds: number;
}

/** Costly endpoints and their limits per client address (numbers from the settings). */
export function costlyRequestLimits(
	config: Pick<
		Config,
		| 'RATE_LIMIT_SELF_CHECKS_PER_HOUR'
		| 'RATE_LIMIT_PDFS_PER_10_MINUTES'
		| 'RATE_LIMIT_RESET_REQUESTS_PER_HOUR'
		| 'RATE_LIMIT_INVITATION_LOOKUPS_PER_10_MINUTES'
	> = getConfig()
) {
	return {
		selfCheckStart: { name: 'self_check', limit: config.RATE_LIMIT_SELF_CHECKS_PER_HOUR, windowSeconds: 3600 },
		pdfExport: { name: 'pdf', limit: config.RATE_LIMIT_PDFS_PER_10_MINUTES, windowSeconds: 600 },
		resetRequest: { name: 'reset_request', limit: config.RATE_LIMIT_RESET_REQUESTS_PER_HOUR, windowSeconds: 3600 },
		/** V5: looking up initiative invitation links (the page and its forms) */
		invitationLookup: { name: 'initiative_invitation', limit: config.RATE_LIMIT_INVITATION_LOOKUPS_PER_10_MINUTES, windowSeconds: 600 }
	} satisfies Record<string, RateLimit>;
}

export function windowStartOf(now: Date, windowSeconds: number): Date {
	const ms = windowSeconds * 1000;
	return new Date(Math.floor(now.getTime() / ms) * ms);
}

/**
 * Adds one hit to each key's current window, in one statement (an upsert locks each row, so two
 * servers counting at once both see their own increment), and returns the new counts in the keys' order.
 */
export async function countHits(db: Executor, keys: readonly string[], windowStart: Date): Promise<number[]> {
	const rows = await db
		.insert(rateLimitHits)
		.values(keys.map((key) => ({ key, windowStart, hits: 1 })))
		.onConflictDoUpdate({ target: [rateLimitHits.key, rateLimitHits.windowStart], set: { hits: sql`${rateLimitHits.hits} + 1` } })
		.returning({ key: rateLimitHits.key, hits: rateLimitHits.hits });
	const byKey = new Map(rows.map((row) => [row.key, row.hits]));
	return keys.map((key) => byKey.get(key) ?? 0);
}

/** Counts one hit for `who`; throws `too_many_requests` once the window's limit is passed. */
export async function hitRateLimit(db: Executor, limit: RateLimit, who: string, now: Date): Promise<void> {
	const [hits = 0] = await countHits(db, [`${limit.name}:${who}`], windowStartOf(now, limit.windowSeconds));
	if (hits > limit.limit) throw new AppError('too_many_requests');
}

/** Forgets windows that ended more than a day ago (housekeeping). */
export async function pruneRateLimitHits(db: Executor, now: Date): Promise<number> {
	const deleted = await db
		.delete(rateLimitHits)
		.where(lt(rateLimitHits.windowStart, new Date(now.getTime() - DAY_MS)))
		.returning({ key: rateLimitHits.key });
	return deleted.length;
}
