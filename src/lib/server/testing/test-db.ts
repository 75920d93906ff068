import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Actor } from '../../domain/policy/policy.ts';
import type { UseCaseContext } from '../context.ts';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../db/client.ts';

/**
 * A fresh database with the real migrations, one per test file: in-memory PGlite, or — when
 * TEST_DATABASE_URL points at a PostgreSQL server — a new database created on that server and
 * dropped afterwards. CI runs the integration suite both ways.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) {
		const handle = await openDatabase({});
		await migrateDatabase(handle);
		return { ...handle, dispose: () => handle.close() };
	}
	const { url, drop } = await createEmptyPostgresDatabase(serverUrl);
	const handle = await openDatabase({ databaseUrl: url });
	await migrateDatabase(handle);
	return {
		...handle,
		dispose: async () => {
			// A connection still checked out would hold pool.end() (and the file's afterAll, 60 s) for ever:
			// wait a bounded time, say so, and let the forced drop end whatever is left.
			// the forced drop ends the connections still open: their "terminated" errors are expected then
			handle.pool?.on('error', () => {});
			const closed = await Promise.race([handle.close().then(() => true), sleep(45_000).then(() => false)]);
			if (!closed)
				console.warn(`test database ${new URL(url).pathname.slice(1)}: a connection was still in use after the tests; dropped with force`);
			await drop();
		}
	};
}

/** A new, empty database on the PostgreSQL server at `serverUrl` (no migrations), and a way to drop it. */
export async function createEmptyPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `samspil_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const dropper = new pg.Client({ connectionString: serverUrl });
			await dropper.connect();
			await dropper.query(`drop database if exists ${name} with (force)`);
			await dropper.end();
		}
	};
}

export function contextFor(db: DatabaseHandle['db'], actor: Actor, overrides: Partial<UseCaseContext> = {}): UseCaseContext {
	return { db, actor, requestId: `test-${crypto.randomUUID()}`, ip: '127.0.0.1', ...overrides };
}

export const SYSTEM_ADMIN: Actor = { userId: null, platformRole: 'admin' };
