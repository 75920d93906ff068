import { describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase } from '../testing/test-db.ts';
import { migrateDatabase, openDatabase } from './client.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('R4: app servers starting together on one PostgreSQL database', () => {
	it('migrate an empty database once, without racing each other', async () => {
		const target = await createEmptyPostgresDatabase(serverUrl ?? '');
		const handles = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: target.url })));
		try {
			const results = await Promise.allSettled(handles.map((handle) => migrateDatabase(handle)));
			expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
			const [{ n }] = (await handles[0].pool?.query('select count(*)::int as n from drizzle.__drizzle_migrations'))?.rows ?? [{ n: 0 }];
			const expected = (await import('node:fs')).readdirSync('drizzle').filter((file) => file.endsWith('.sql')).length;
			expect(n).toBe(expected);
		} finally {
			await Promise.all(handles.map((handle) => handle.close()));
			await target.drop();
		}
	});
});
