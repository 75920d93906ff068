import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { listMyInitiatives } from '../initiatives/initiatives.usecases.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { createFirstAdmin, isSetupNeeded } from './auth.usecases.ts';

// A file of its own: set-up needs a database without any account, and in a shared one whichever test
// creates an account first would end the set-up (and make this test depend on running first).
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const PASSWORD = 'Rødgrød med fløde 2026';
const anonymous = () => contextFor(database.db, ANONYMOUS);

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

describe('first administrator (setup)', () => {
	it('creates the first admin once and refuses a second set-up; the demo initiative loaded before gets them as its lead at once', async () => {
		expect(await isSetupNeeded(database.db)).toBe(true);
		await seedDemoContent(database.db);
		const first = await createFirstAdmin(anonymous(), { email: 'Forste@Example.org', name: 'Første', password: PASSWORD });
		expect(first.user.platformRole).toBe('admin');
		expect(first.user.email).toBe('forste@example.org');
		expect(await isSetupNeeded(database.db)).toBe(false);
		const { initiatives } = await listMyInitiatives(contextFor(database.db, { userId: first.user.id, platformRole: 'admin' }));
		expect(initiatives.map((i) => i.role)).toEqual(['backbone_lead']);
		await expect(createFirstAdmin(anonymous(), { email: 'other@example.org', name: 'X', password: PASSWORD })).rejects.toMatchObject({
			code: 'setup_done'
		});
	});
});
