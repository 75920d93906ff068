import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { getAssessmentForExport, startSelfCheck } from '../assessments/assessments.usecases.ts';
import { insertAssessment } from '../assessments/assessments.repository.ts';
import { countRecentFailures, recordSignInFailure } from '../auth/auth.repository.ts';
import { runHousekeeping } from '../housekeeping.ts';
import { requestPasswordResetSoon } from '../mail/reset-mail.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { costlyRequestLimits, hitRateLimit, windowStartOf } from './rate-limit.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const from = (ip: string, now = new Date()) => contextFor(database.db, ANONYMOUS, { ip, now: () => now });

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

async function code(promise: Promise<unknown>): Promise<string | null> {
	try {
		await promise;
		return null;
	} catch (error) {
		return (error as { code: string }).code;
	}
}

describe('V5: costly requests are limited per address, in the database', () => {
	it('limits password reset requests per address, whatever e-mail they name (a flood cannot fill the queue)', async () => {
		const { limit } = costlyRequestLimits().resetRequest;
		expect(limit).toBe(20);
		const now = new Date('2026-11-27T12:00:10Z');
		const results = await Promise.all(
			Array.from({ length: limit + 5 }, (_, i) =>
				code(requestPasswordResetSoon(from('10.9.9.9', now), { email: `nobody-${i}@example.org` }))
			)
		);
		expect(results.filter((result) => result === null)).toHaveLength(limit);
		expect(results.filter((result) => result === 'too_many_requests')).toHaveLength(5);
		expect(await code(requestPasswordResetSoon(from('10.9.9.8', now), { email: 'nobody@example.org' }))).toBeNull();
	});

	it('counts hits per key and window, and refuses the one over the limit', async () => {
		const limit = { name: 'test', limit: 3, windowSeconds: 60 };
		const now = new Date('2026-11-27T10:00:10Z');
		for (let i = 0; i < 3; i++) await hitRateLimit(database.db, limit, '10.0.0.1', now);
		expect(await code(hitRateLimit(database.db, limit, '10.0.0.1', now))).toBe('too_many_requests');
		// another address, or the next window, starts again
		expect(await code(hitRateLimit(database.db, limit, '10.0.0.2', now))).toBeNull();
		expect(await code(hitRateLimit(database.db, limit, '10.0.0.1', new Date('2026-11-27T10:01:00Z')))).toBeNull();
		expect(windowStartOf(now, 60).toISOString()).toBe('2026-11-27T10:00:00.000Z');
	});

	it('holds under simultaneous hits (one upsert each, no lost counts)', async () => {
		const limit = { name: 'burst', limit: 10, windowSeconds: 3600 };
		const now = new Date('2026-11-27T11:00:00Z');
		const results = await Promise.all(Array.from({ length: 15 }, () => code(hitRateLimit(database.db, limit, '10.0.0.9', now))));
		expect(results.filter((result) => result === null)).toHaveLength(10);
		expect(results.filter((result) => result === 'too_many_requests')).toHaveLength(5);
	});

	it('limits starting self-checks and making PDFs (defaults: 30 an hour, 30 per 10 minutes)', async () => {
		const limits = costlyRequestLimits();
		expect(limits.selfCheckStart.limit).toBe(30);
		const now = new Date('2026-11-27T12:00:00Z');
		let token = '';
		for (let i = 0; i < 30; i++) ({ token } = await startSelfCheck(from('192.0.2.7', now)));
		expect(await code(startSelfCheck(from('192.0.2.7', now)))).toBe('too_many_requests');
		expect(await code(startSelfCheck(from('192.0.2.8', now)))).toBeNull();
		for (let i = 0; i < 30; i++) await getAssessmentForExport(from('192.0.2.7', now), { token }, 'pdf');
		expect(await code(getAssessmentForExport(from('192.0.2.7', now), { token }, 'pdf'))).toBe('too_many_requests');
		// CSV is cheap and not limited
		expect(await code(getAssessmentForExport(from('192.0.2.7', now), { token }, 'csv'))).toBeNull();
	});
});

describe('housekeeping', () => {
	it('deletes expired self-checks and old rate-limit windows, keeps the rest', async () => {
		const now = new Date('2027-01-01T00:00:00Z');
		// an old limiter window and an old sign-in failure of this test's own
		await hitRateLimit(database.db, { name: 'old', limit: 5, windowSeconds: 60 }, '10.0.0.3', new Date('2026-12-01T00:00:00Z'));
		await recordSignInFailure(database.db, 'gone@example.org', '10.0.0.3', new Date('2026-12-01T00:00:00Z'));
		await insertAssessment(database.db, { tokenHash: 'expired-self-check', expiresAt: new Date('2026-12-31T00:00:00Z') });
		await insertAssessment(database.db, { tokenHash: 'valid-self-check', expiresAt: new Date('2027-12-31T00:00:00Z') });
		const done = await runHousekeeping(database.db, { auditRetentionDays: 365, now });
		expect(done.selfChecksDeleted).toBeGreaterThanOrEqual(1);
		expect(done.rateLimitWindowsDeleted).toBeGreaterThan(0);
		expect(done.authRowsDeleted).toBeGreaterThanOrEqual(1);
		expect(await countRecentFailures(database.db, new Date(0), { email: 'gone@example.org' })).toBe(0);
		const again = await runHousekeeping(database.db, { auditRetentionDays: 365, now });
		expect(again).toEqual({ auditEntriesDeleted: 0, selfChecksDeleted: 0, rateLimitWindowsDeleted: 0, authRowsDeleted: 0 });
	});
});
