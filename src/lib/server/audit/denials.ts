/**
 * L1 + V5: refusals (access denied, sign-in blocked) go to the append-only audit log in bounded
 * volume. Anyone can cause them, so one row per request would let a script fill a year's log.
 *
 * Each refusal is counted per (what was refused, who: the user, else the address) and hour, in the
 * shared counter table (so every app server counts together). A row is written for the 1st, 10th,
 * 100th … refusal of that key in the hour, each with its running count, the request id and the
 * address. Past DENIALS_RECORDED_ONE_BY_ONE refusals of the same thing in the hour (from everyone
 * together), single actors are no longer recorded one by one; rows carry the total instead, at the
 * 1,000th, 10,000th … So a flood of 100,000 refusals of one thing in one hour writes 6 rows from
 * one address, and at most 100 + 3 from any number of addresses. (A page view the request hook
 * denied also refuses the use cases its page calls: those are not written again, see context.ts.)
 */
import type { Executor } from '../db/client.ts';
import { countHits, windowStartOf } from '../limits/rate-limit.ts';
import { type AuditEntry, appendAuditEntry } from './audit.repository.ts';

export const DENIAL_WINDOW_SECONDS = 3600;
/** Refusals of one thing per hour (from everyone) recorded per actor; beyond it, only totals. */
export const DENIALS_RECORDED_ONE_BY_ONE = 100;

export interface Denial extends AuditEntry {
	/** What was refused, the aggregation key: e.g. "GET /account/export" or "user.list". */
	refused: string;
}

/** 1, 10, 100, 1000 … */
export function isRecordedCount(count: number): boolean {
	if (count < 1) return false;
	let n = count;
	while (n % 10 === 0) n /= 10;
	return n === 1;
}

/** Records a refusal in bounded volume (see above); returns whether a row was written. */
export async function recordDenial(db: Executor, denial: Denial, now = new Date()): Promise<boolean> {
	const { refused, ...entry } = denial;
	const who = entry.actorUserId ? `user:${entry.actorUserId}` : `ip:${entry.ip ?? 'unknown'}`;
	const windowStart = windowStartOf(now, DENIAL_WINDOW_SECONDS);
	const prefix = `audit:${entry.action}:${refused}`;
	const [byWho = 0, byEveryone = 0] = await countHits(db, [`${prefix}:${who}`, `${prefix}:*`], windowStart);
	const oneByOne = byEveryone <= DENIALS_RECORDED_ONE_BY_ONE;
	const count = oneByOne ? byWho : byEveryone;
	if (!isRecordedCount(count) || (!oneByOne && byEveryone < 1000)) return false;
	await appendAuditEntry(db, {
		...entry,
		details: {
			...entry.details,
			repeated: {
				count,
				from: oneByOne ? (entry.actorUserId ? 'actor' : 'address') : 'everyone',
				windowStart: windowStart.toISOString(),
				windowSeconds: DENIAL_WINDOW_SECONDS
			}
		}
	});
	return true;
}
