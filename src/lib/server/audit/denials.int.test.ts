/**
 * L1 + V5: anyone can cause refusals, so they reach the append-only audit log in bounded volume —
 * counted per (what, who, hour), a row at the 1st, 10th, 100th … — and the rows still say who, what,
 * when, from where, in which request, and how many.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { signIn } from '../auth/auth.usecases.ts';
import { exportOwnData } from '../privacy/own-data.usecases.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { findAuditEntries } from './audit.repository.ts';
import { DENIAL_WINDOW_SECONDS, DENIALS_RECORDED_ONE_BY_ONE, isRecordedCount, recordDenial } from './denials.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

interface Repeated {
	count: number;
	from: string;
	windowStart: string;
	windowSeconds: number;
}
const repeatedOf = (entry: { details: Record<string, unknown> }) => entry.details.repeated as Repeated;

async function denialsSince(action: string, afterId: number) {
	return (await findAuditEntries(database.db, { action, limit: 1000 })).filter((entry) => entry.id > afterId);
}
async function lastId() {
	return (await findAuditEntries(database.db, { limit: 1 }))[0]?.id ?? 0;
}

describe('L1/V5: refusals in bounded volume', () => {
	it('counts 1, 10, 100, 1000 …', () => {
		expect([1, 2, 9, 10, 11, 99, 100, 1000, 10_000, 100_000, 100_001].filter(isRecordedCount)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
	});

	it('writes 3 rows, not 300, for 300 anonymous attempts to export "their" data from one address', async () => {
		const before = await lastId();
		const now = new Date();
		for (let i = 0; i < 300; i++) {
			await expect(exportOwnData(contextFor(database.db, ANONYMOUS, { ip: '198.51.100.7', now: () => now }))).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		const rows = await denialsSince('access.denied', before);
		expect(rows.map((row) => repeatedOf(row).count)).toEqual([100, 10, 1]);
		// what an investigator needs: from where, what, which request, how many, in which hour
		const first = rows[2];
		expect(first).toMatchObject({ ip: '198.51.100.7', actorUserId: null, details: { action: 'account.export' } });
		expect(first?.requestId).toMatch(/^test-/);
		expect(repeatedOf(first as (typeof rows)[number])).toMatchObject({
			from: 'address',
			windowSeconds: DENIAL_WINDOW_SECONDS,
			windowStart: new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString()
		});
	});

	it('starts again in the next hour, and counts a signed-in person by account, not address', async () => {
		const before = await lastId();
		const hour = new Date('2026-12-01T10:00:00Z');
		const member = { userId: crypto.randomUUID(), platformRole: 'member' as const };
		for (const [ip, at] of [
			['10.0.0.1', hour],
			['10.0.0.2', new Date(hour.getTime() + 60_000)],
			['10.0.0.3', new Date(hour.getTime() + 3_600_000)]
		] as const) {
			await recordDenial(
				database.db,
				{
					actorUserId: member.userId,
					action: 'access.denied',
					refused: 'GET /admin',
					ip,
					requestId: `r-${ip}`,
					details: { route: '/admin' }
				},
				at
			);
		}
		const rows = await denialsSince('access.denied', before);
		expect(rows.map((row) => [row.ip, repeatedOf(row).count, repeatedOf(row).from])).toEqual([
			['10.0.0.3', 1, 'actor'],
			['10.0.0.1', 1, 'actor']
		]);
	});

	it(`records ${DENIALS_RECORDED_ONE_BY_ONE} addresses one by one, then only totals (a flood from many addresses)`, async () => {
		const before = await lastId();
		const at = new Date('2026-12-01T12:00:00Z');
		const total = 1_000;
		for (let i = 0; i < total; i++) {
			await recordDenial(
				database.db,
				{
					actorUserId: null,
					action: 'access.denied',
					refused: 'GET /account/export',
					ip: `10.1.${i >> 8}.${i & 255}`,
					requestId: `flood-${i}`
				},
				at
			);
		}
		const rows = await denialsSince('access.denied', before);
		expect(rows).toHaveLength(DENIALS_RECORDED_ONE_BY_ONE + 1);
		expect(rows[0]).toMatchObject({ requestId: `flood-${total - 1}` });
		expect(repeatedOf(rows[0] as (typeof rows)[number])).toMatchObject({ count: total, from: 'everyone' });
	}, 120_000);

	it('bounds blocked sign-ins the same way', async () => {
		const before = await lastId();
		const ctx = () => contextFor(database.db, ANONYMOUS, { ip: '198.51.100.8' });
		for (let i = 0; i < 10; i++) await signIn(ctx(), { email: 'nobody-flood@example.org', password: `guess ${i}` }).catch(() => undefined);
		for (let i = 0; i < 40; i++) {
			await expect(signIn(ctx(), { email: 'nobody-flood@example.org', password: `guess ${i}` })).rejects.toMatchObject({
				code: 'too_many_attempts'
			});
		}
		const blocked = await denialsSince('auth.sign_in_blocked', before);
		expect(blocked.map((row) => repeatedOf(row).count)).toEqual([10, 1]);
		expect(blocked[1]).toMatchObject({ ip: '198.51.100.8', details: { email: 'nobody-flood@example.org', accountFailures: 10 } });
	});
});
