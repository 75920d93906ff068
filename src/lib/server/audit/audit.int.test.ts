import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../organisations/organisations.repository.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { appendAuditEntry, findAuditEntries } from './audit.repository.ts';
import { auditLog } from './audit.table.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

describe('L1 audit log', () => {
	it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
		await appendAuditEntry(database.db, { actorUserId: null, action: 'test.event', requestId: 'r1' });
		await expect(database.db.update(auditLog).set({ action: 'tampered' })).rejects.toThrow();
		await expect(database.db.delete(auditLog)).rejects.toThrow();
		await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
		const [entry] = await findAuditEntries(database.db, { action: 'test.event' });
		expect(entry).toMatchObject({ action: 'test.event', requestId: 'r1' });
		expect(entry?.at).toBeInstanceOf(Date);
	});

	it('answers per person: what they did and what concerned them', async () => {
		const person = crypto.randomUUID();
		await appendAuditEntry(database.db, { actorUserId: person, action: 'x.did' });
		await appendAuditEntry(database.db, { actorUserId: null, subjectUserId: person, action: 'x.about' });
		await appendAuditEntry(database.db, { actorUserId: crypto.randomUUID(), action: 'x.other' });
		const entries = await findAuditEntries(database.db, { personId: person });
		expect(entries.map((e) => e.action).sort()).toEqual(['x.about', 'x.did']);
	});
});

describe('R1 transactions', () => {
	it('a failure midway leaves nothing behind', async () => {
		const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
		await expect(
			database.db.transaction(async (tx) => {
				await insertOrganisation(tx, { slug: 'halfway', name: 'Halfway', sector: 'business' });
				await appendAuditEntry(tx, { actorUserId: null, action: 'organisation.created', targetId: 'halfway' });
				throw new Error('injected failure');
			})
		).rejects.toThrow('injected failure');
		const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(organisations);
		expect(after[0]?.n).toBe(before[0]?.n);
		expect(await findAuditEntries(database.db, { action: 'organisation.created' })).toEqual([]);
	});
});
