import path from 'node:path';
import { ADVISORY_LOCKS } from './locks.ts';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** Both drivers share this surface; code outside this folder only sees it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	/** Runs a trivial query; used by /healthz. */
	ping(): Promise<void>;
	close(): Promise<void>;
	/** Embedded only: a gzipped tarball of the data directory, taken after a checkpoint (R3 backups). */
	dumpDataDir?(): Promise<Blob>;
	/** PostgreSQL only: the connection pool (migrations take a session lock on one of its connections). */
	pool?: pg.Pool;
	/** Embedded only: the PGlite instance (the job queue runs on it through pg-boss's adapter). */
	pglite?: PGlite;
}

/** A database below Drizzle, for the few hot reads that must cost as little as possible (the visitors' cache). */
export interface RawAccess {
	/**
	 * The rows of one read-only query; `name` lets PostgreSQL keep it prepared (so one name must
	 * always carry the same text). Embedded: not counted in `finishedCalls`, so never a write.
	 */
	query<T>(name: string, text: string, params?: unknown[]): Promise<T[]>;
	/** Embedded only: how many calls on the database have finished so far. */
	finishedCalls?(): number;
}

const rawAccess = new WeakMap<Database, RawAccess>();

/** The raw access of a database opened by `openDatabase` (undefined for a transaction). */
export function rawAccessOf(db: Executor): RawAccess | undefined {
	return rawAccess.get(db as Database);
}

/**
 * On PostgreSQL, node-postgres' own connection under a Drizzle transaction, for what Drizzle does
 * not speak (COPY); undefined on the embedded database. Drizzle keeps it on the transaction's session
 * without publishing it: the integration tests on PostgreSQL fail if an upgrade moves it.
 */
export function postgresClientOf(tx: Transaction): pg.PoolClient | undefined {
	const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
	return client instanceof pg.Client ? (client as pg.PoolClient) : undefined;
}

export interface OpenOptions {
	databaseUrl?: string;
	/** Embedded data directory; omit for an in-memory database (tests). */
	dataDir?: string;
	sharedBuffersMb?: number;
	/** Embedded only: start from this tarball of a data directory (from `dumpDataDir`); the directory must not hold a database yet. */
	loadDataDir?: Blob;
	/** Open even if another process holds the lock — never set this outside tests of the lock itself. */
	skipLock?: boolean;
}

/** The migrations folder: `SAMSPIL_MIGRATIONS_DIR`, else `./drizzle` under the working directory (the repo root, for `npm start` and the scripts). */
export function findMigrationsFolder(): string {
	return path.resolve(process.env.SAMSPIL_MIGRATIONS_DIR ?? 'drizzle');
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
		const db = drizzlePg(pool, { schema }) as unknown as Database;
		rawAccess.set(db, {
			query: async <T>(name: string, text: string, params?: unknown[]) => (await pool.query({ name, text, values: params })).rows as T[]
		});
		return {
			db,
			kind: 'postgres',
			ping: async () => {
				await pool.query('select 1');
			},
			close: () => pool.end(),
			pool
		};
	}
	const dataDir = options.dataDir ? path.join(options.dataDir, 'pgdata') : undefined;
	const release = options.dataDir && !options.skipLock ? acquireDataDirLock(options.dataDir) : () => {};
	let client: PGlite;
	try {
		client = await PGlite.create({
			dataDir,
			loadDataDir: options.loadDataDir,
			// Memory: PostgreSQL's default 128 MB of shared buffers is far more than a small app needs.
			postgresqlconf: [`shared_buffers = ${options.sharedBuffersMb ?? 16}MB`],
			// initdb (first start only) sizes its trial runs by this too, instead of PostgreSQL's 128 MB: ~50 MiB less at its peak
			initDbStartParams: ['--set', `shared_buffers=${options.sharedBuffersMb ?? 16}MB`]
		});
	} catch (error) {
		release();
		throw error;
	}
	const plainQuery = client.query.bind(client);
	let finishedCalls = 0;
	// Every call on the instance is counted when it has finished (a transaction when it committed or
	// rolled back): only this process can change the embedded database, so while the count stands
	// still, nothing in it has changed.
	for (const method of ['query', 'exec', 'transaction'] as const) {
		const original = client[method].bind(client) as (...args: unknown[]) => Promise<unknown>;
		(client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
			original(...args).finally(() => {
				finishedCalls++;
			});
	}
	const db = drizzlePglite(client, { schema }) as unknown as Database;
	rawAccess.set(db, {
		query: async <T>(_name: string, text: string, params?: unknown[]) => (await plainQuery<T>(text, params)).rows,
		finishedCalls: () => finishedCalls
	});
	let closed = false;
	return {
		db,
		kind: 'pglite',
		pglite: client,
		ping: async () => {
			await client.query('select 1');
		},
		dumpDataDir: async () => {
			// A checkpoint first writes every committed change into the data files, so the copy needs no WAL replay to be whole.
			await client.query('checkpoint');
			return client.dumpDataDir('gzip');
		},
		close: async () => {
			if (closed) return;
			closed = true;
			try {
				await client.close();
			} finally {
				release();
			}
		}
	};
}

export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder = findMigrationsFolder()): Promise<void> {
	if (handle.pool) {
		// R4: app servers starting together would race to create the same tables; a session-level
		// advisory lock on one connection makes the others wait and then find nothing left to do.
		const client = await handle.pool.connect();
		try {
			await client.query('select pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
			await migratePg(drizzlePg(client, { schema }) as never, { migrationsFolder });
		} finally {
			await client.query('select pg_advisory_unlock($1)', [ADVISORY_LOCKS.migrations]).catch(() => {});
			client.release();
		}
	} else {
		await migratePglite(handle.db as never, { migrationsFolder });
	}
}
