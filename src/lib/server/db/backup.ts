/**
 * R3: one command writes a consistent backup, one restores it (docs/decisions/0006-backup-restore.md).
 *
 * Embedded (PGlite): the data directory as a gzipped tarball (PGlite's `dumpDataDir`), taken under
 * the data-directory lock (R3b), so it is refused while the server runs. A restore loads the tarball
 * into a staging directory beside `pgdata`, migrates it, and only then swaps it in.
 *
 * PostgreSQL (DATABASE_URL): `pg_dump --format=custom`; a restore streams `pg_restore`'s script into
 * `psql` inside one transaction, so a broken file or a failed statement leaves the database as it was.
 *
 * Both restores refuse a database that already holds something unless `force` is set, and then replace
 * it whole; both run the migrations afterwards, so an older backup comes up to date. Messages name the
 * database by its address without the password (L2).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type DatabaseHandle, migrateDatabase, openDatabase } from './client.ts';
import { acquireDataDirLock } from './lock.ts';

export type BackupErrorCode =
	| 'file_missing'
	| 'file_exists'
	| 'file_invalid'
	| 'wrong_kind'
	| 'nothing_to_back_up'
	| 'target_not_empty'
	| 'database_in_use'
	| 'tool_missing'
	| 'tool_too_old'
	| 'tool_failed';

export class BackupError extends Error {
	readonly code: BackupErrorCode;
	constructor(code: BackupErrorCode, message: string) {
		super(message);
		this.code = code;
	}
}

/** Where the data lives: the same settings the server reads (`DATABASE_URL` wins over `DATA_DIR`). */
export interface BackupTarget {
	databaseUrl?: string;
	dataDir: string;
	sharedBuffersMb?: number;
}

export interface BackupOptions {
	/** backup: overwrite an existing file; restore: replace a database that is not empty */
	force?: boolean;
	/** Where to look for pg_dump, pg_restore and psql before PATH (tests point this at an empty folder). */
	pgBinDirs?: readonly string[];
	/** Search PATH and Debian's /usr/lib/postgresql/<n>/bin too (default true). */
	searchSystemPath?: boolean;
}

export interface BackupReport {
	kind: 'pglite' | 'postgres';
	file: string;
	bytes: number;
	durationMs: number;
	/** The database, as safe to print: a directory, or the address without its password. */
	database: string;
	/** e.g. `pg_dump 15.18` */
	tool?: string;
}

export interface RestoreReport extends BackupReport {
	/** The database held data and was replaced (`force`). */
	replaced: boolean;
	/** Migrations the backup already had, and those run after the restore to bring it up to date. */
	migrationsInBackup: number;
	migrationsApplied: number;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from('PGDMP');

export async function backupDatabase(target: BackupTarget, file: string, options: BackupOptions = {}): Promise<BackupReport> {
	const absolute = path.resolve(file);
	if (fs.existsSync(absolute) && !options.force) {
		throw new BackupError('file_exists', `${absolute} already exists. Choose another file name, or add --force to overwrite it.`);
	}
	fs.mkdirSync(path.dirname(absolute), { recursive: true });
	return target.databaseUrl ? backupPostgres(target.databaseUrl, absolute, options) : backupPglite(target, absolute);
}

export async function restoreDatabase(target: BackupTarget, file: string, options: BackupOptions = {}): Promise<RestoreReport> {
	const absolute = path.resolve(file);
	const kind = readBackupKind(absolute);
	if (target.databaseUrl) {
		if (kind === 'pglite') {
			throw new BackupError(
				'wrong_kind',
				`${absolute} is a backup of the embedded database. Restore it without DATABASE_URL (into DATA_DIR), not into a PostgreSQL server.`
			);
		}
		return restorePostgres(target.databaseUrl, absolute, options);
	}
	if (kind === 'postgres') {
		throw new BackupError(
			'wrong_kind',
			`${absolute} is a PostgreSQL backup (pg_dump). Set DATABASE_URL to the PostgreSQL database to restore it into.`
		);
	}
	return restorePglite(target, absolute, options);
}

/** Tells the two formats apart by their first bytes; anything else is refused before the database is touched. */
function readBackupKind(file: string): 'pglite' | 'postgres' {
	let head: Buffer;
	try {
		const fd = fs.openSync(file, 'r');
		try {
			head = Buffer.alloc(5);
			head = head.subarray(0, fs.readSync(fd, head, 0, 5, 0));
		} finally {
			fs.closeSync(fd);
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new BackupError('file_missing', `${file} does not exist.`);
		if (code === 'EISDIR') throw new BackupError('file_invalid', `${file} is a directory, not a backup file.`);
		throw error;
	}
	if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'pglite';
	if (head.equals(PG_DUMP_MAGIC)) return 'postgres';
	throw new BackupError(
		'file_invalid',
		`${file} is not a Samspil backup (neither an embedded-database tarball nor a pg_dump archive). Nothing was changed.`
	);
}

// ---------------------------------------------------------------- embedded database (PGlite)

function pgdataOf(dataDir: string): string {
	return path.join(dataDir, 'pgdata');
}

function hasDatabase(pgdata: string): boolean {
	return fs.existsSync(path.join(pgdata, 'PG_VERSION'));
}

async function backupPglite(target: BackupTarget, file: string): Promise<BackupReport> {
	const started = performance.now();
	const pgdata = pgdataOf(target.dataDir);
	// Opening a directory without a database would create an empty one: say so instead.
	if (!hasDatabase(pgdata)) {
		throw new BackupError('nothing_to_back_up', `There is no embedded database in ${pgdata}: nothing to back up. Is DATA_DIR right?`);
	}
	// Takes the data-directory lock (R3b): refused with a clear message while the server runs.
	const handle = await openDatabase({ dataDir: target.dataDir, sharedBuffersMb: target.sharedBuffersMb });
	let tarball: Buffer;
	try {
		const dump = await handle.dumpDataDir!();
		tarball = Buffer.from(await dump.arrayBuffer());
	} finally {
		await handle.close();
	}
	writeFileAtomically(file, tarball);
	return { kind: 'pglite', file, bytes: tarball.length, durationMs: performance.now() - started, database: pgdata };
}

function writeFileAtomically(file: string, data: Buffer) {
	const partial = `${file}.partial-${process.pid}`;
	try {
		const fd = fs.openSync(partial, 'w', 0o600);
		try {
			fs.writeSync(fd, data);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.renameSync(partial, file);
	} catch (error) {
		fs.rmSync(partial, { force: true });
		throw error;
	}
}

/**
 * Checks the whole tarball before anything is replaced: gzip's checksum covers every byte, the tar
 * headers carry their own, and a data directory has a PG_VERSION file.
 */
function readPgliteTarball(file: string): { tar: Buffer; pgVersion: string } {
	let tar: Buffer;
	try {
		tar = zlib.gunzipSync(fs.readFileSync(file));
	} catch {
		throw new BackupError('file_invalid', `${file} is damaged or incomplete (it does not decompress). Nothing was changed.`);
	}
	let pgVersion: string | undefined;
	for (const entry of listTarEntries(tar, file)) {
		if (entry.name.replace(/^\.?\//, '') === 'PG_VERSION') pgVersion = entry.data.toString('utf8').trim();
	}
	if (!pgVersion) {
		throw new BackupError('file_invalid', `${file} is a tarball but not of a database directory (no PG_VERSION). Nothing was changed.`);
	}
	return { tar, pgVersion };
}

function* listTarEntries(tar: Buffer, file: string): Generator<{ name: string; data: Buffer }> {
	const damaged = () => new BackupError('file_invalid', `${file} is damaged (a tar header is broken). Nothing was changed.`);
	let offset = 0;
	while (offset + 512 <= tar.length) {
		const header = tar.subarray(offset, offset + 512);
		if (header.every((byte) => byte === 0)) return;
		const field = (start: number, length: number) => header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
		const checksum = Number.parseInt(field(148, 8).trim(), 8);
		let sum = 0;
		for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
		if (checksum !== sum) throw damaged();
		const size = Number.parseInt(field(124, 12).trim() || '0', 8);
		const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
		const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
		const dataStart = offset + 512;
		if (!Number.isInteger(size) || dataStart + size > tar.length) throw damaged();
		yield { name, data: tar.subarray(dataStart, dataStart + size) };
		offset = dataStart + Math.ceil(size / 512) * 512;
	}
}

async function restorePglite(target: BackupTarget, file: string, options: BackupOptions): Promise<RestoreReport> {
	const started = performance.now();
	const bytes = fs.statSync(file).size;
	const { tar } = readPgliteTarball(file);
	const pgdata = pgdataOf(target.dataDir);
	// R3b: the same lock as the server and the other commands, held until the new directory is in place.
	const release = acquireDataDirLock(target.dataDir);
	let staging: string | undefined;
	try {
		staging = fs.mkdtempSync(path.join(target.dataDir, '.restore-'));
		const replaced = fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0;
		if (replaced && !options.force) {
			throw new BackupError(
				'target_not_empty',
				`${pgdata} already holds a database. Restore into an empty DATA_DIR, or add --force to replace that database with the backup.`
			);
		}
		let migrations: { inBackup: number; applied: number };
		let handle: DatabaseHandle | undefined;
		try {
			handle = await openDatabase({
				dataDir: staging,
				loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }),
				sharedBuffersMb: target.sharedBuffersMb
			});
			migrations = await migrateAndCount(handle);
		} catch (error) {
			if (error instanceof BackupError) throw error;
			throw new BackupError(
				'file_invalid',
				`${file} could not be opened as a database (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`
			);
		} finally {
			await handle?.close();
		}
		// Swap: the old directory is moved aside before the new one takes its name, then deleted.
		const old = `${pgdata}.replaced-${process.pid}`;
		fs.rmSync(old, { recursive: true, force: true });
		if (fs.existsSync(pgdata)) fs.renameSync(pgdata, old);
		fs.renameSync(path.join(staging, 'pgdata'), pgdata);
		fs.rmSync(old, { recursive: true, force: true });
		return {
			kind: 'pglite',
			file,
			bytes,
			durationMs: performance.now() - started,
			database: pgdata,
			replaced,
			migrationsInBackup: migrations.inBackup,
			migrationsApplied: migrations.applied
		};
	} finally {
		if (staging) fs.rmSync(staging, { recursive: true, force: true });
		release();
	}
}

async function countAppliedMigrations(handle: DatabaseHandle): Promise<number> {
	const result = await handle.db.execute<{ n: number }>(
		sql`select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
			else (select count(*)::int from drizzle.__drizzle_migrations) end as n`
	);
	return Number((result as unknown as { rows: { n: number }[] }).rows[0].n);
}

async function migrateAndCount(handle: DatabaseHandle): Promise<{ inBackup: number; applied: number }> {
	const inBackup = await countAppliedMigrations(handle);
	await migrateDatabase(handle);
	return { inBackup, applied: (await countAppliedMigrations(handle)) - inBackup };
}

// ---------------------------------------------------------------- PostgreSQL

/** The address without its password, for messages and logs (L2). */
export function redactDatabaseUrl(databaseUrl: string): string {
	const url = new URL(databaseUrl);
	url.password = '';
	url.searchParams.delete('password');
	return url.toString();
}

/** The password goes to the tools through PGPASSWORD, never on their command line (visible in `ps`). */
function toolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv; secret: string } {
	const url = new URL(databaseUrl);
	const secret = decodeURIComponent(url.password) || url.searchParams.get('password') || '';
	const env: NodeJS.ProcessEnv = { ...process.env };
	if (secret) env.PGPASSWORD = secret;
	return { dbname: redactDatabaseUrl(databaseUrl), env, secret };
}

/** `pg_dump (PostgreSQL) 15.18 (Debian …)` → 15 */
export function parsePgToolMajor(versionOutput: string): number | undefined {
	const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
	return match ? Number(match[1]) : undefined;
}

/** pg_dump must be at least the server's major version; so must pg_restore for what pg_dump wrote. */
export function checkPgToolVersion(tool: string, toolMajor: number | undefined, serverMajor: number): void {
	if (toolMajor === undefined) {
		throw new BackupError('tool_failed', `Could not tell the version of ${tool} (its --version output is unexpected).`);
	}
	if (toolMajor < serverMajor) {
		throw new BackupError(
			'tool_too_old',
			`${tool} is version ${toolMajor}, older than the PostgreSQL ${serverMajor} server. ` +
				`Install the client tools of version ${serverMajor} or newer (Debian: apt-get install postgresql-client-${serverMajor}) and put them first on PATH.`
		);
	}
}

function findPgTool(name: string, options: BackupOptions): string {
	const dirs = [...(options.pgBinDirs ?? [])];
	if (options.searchSystemPath !== false) {
		dirs.push(...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean));
		// Debian/Ubuntu keep every installed version here, the newest last after sorting.
		const debian = '/usr/lib/postgresql';
		if (fs.existsSync(debian)) {
			const versions = fs
				.readdirSync(debian)
				.filter((v) => /^\d+$/.test(v))
				.sort((a, b) => Number(b) - Number(a));
			dirs.push(...versions.map((v) => path.join(debian, v, 'bin')));
		}
	}
	for (const dir of dirs) {
		const candidate = path.join(dir, name);
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			if (fs.statSync(candidate).isFile()) return candidate;
		} catch {
			// not here
		}
	}
	throw new BackupError(
		'tool_missing',
		`${name} was not found. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client) and put their bin folder on PATH.`
	);
}

interface ToolRun {
	code: number | null;
	stderr: string;
}

function hideSecret(text: string, secret: string): string {
	return secret ? text.split(secret).join('***') : text;
}

async function toolVersion(executable: string): Promise<{ major: number | undefined; text: string }> {
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn(executable, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
		});
		child.on('error', reject);
		child.on('close', () => resolve(out));
	});
	const version = /\(PostgreSQL\)\s+([\d.]+)/.exec(output)?.[1];
	return { major: parsePgToolMajor(output), text: `${path.basename(executable)} ${version ?? '?'}` };
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

async function serverMajor(client: pg.Client): Promise<number> {
	const { rows } = await client.query<{ v: string }>(`select current_setting('server_version_num') as v`);
	return Math.floor(Number(rows[0].v) / 10000);
}

async function backupPostgres(databaseUrl: string, file: string, options: BackupOptions): Promise<BackupReport> {
	const started = performance.now();
	const pgDump = findPgTool('pg_dump', options);
	const version = await toolVersion(pgDump);
	const major = await withClient(databaseUrl, serverMajor);
	checkPgToolVersion('pg_dump', version.major, major);
	const { dbname, env, secret } = toolConnection(databaseUrl);
	const partial = `${file}.partial-${process.pid}`;
	// pg_dump reads everything in one repeatable-read snapshot: consistent while the servers keep running.
	const run = await new Promise<ToolRun>((resolve, reject) => {
		const child = spawn(pgDump, ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${dbname}`], {
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stderr }));
	});
	if (run.code !== 0) {
		fs.rmSync(partial, { force: true });
		throw new BackupError('tool_failed', `pg_dump failed: ${hideSecret(run.stderr.trim(), secret)}`);
	}
	fs.renameSync(partial, file);
	return {
		kind: 'postgres',
		file,
		bytes: fs.statSync(file).size,
		durationMs: performance.now() - started,
		database: dbname,
		tool: version.text
	};
}

/** Objects outside PostgreSQL's own schemas; zero means nothing would be overwritten. */
async function countUserObjects(client: pg.Client): Promise<number> {
	const { rows } = await client.query<{ n: number }>(`
		with user_schemas as (
			select oid, nspname from pg_namespace
			where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\\_%'
		)
		select
			(select count(*) from pg_class where relnamespace in (select oid from user_schemas))
			+ (select count(*) from pg_proc where pronamespace in (select oid from user_schemas))
			+ (select count(*) from pg_type t where typnamespace in (select oid from user_schemas) and typtype in ('e', 'd', 'r', 'm'))
			+ (select count(*) from user_schemas where nspname <> 'public') as n`);
	return Number(rows[0].n);
}

async function countOtherSessions(client: pg.Client): Promise<number> {
	const { rows } = await client.query<{ n: number }>(
		`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
	);
	return rows[0].n;
}

/** With --force: every schema but PostgreSQL's own goes, then an empty `public` — the database is replaced whole. */
const DROP_EVERYTHING = `
DO $samspil$
DECLARE s text;
BEGIN
	FOR s IN SELECT nspname FROM pg_namespace
		WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
	LOOP
		EXECUTE format('DROP SCHEMA %I CASCADE', s);
	END LOOP;
END
$samspil$;
CREATE SCHEMA public;
`;

async function restorePostgres(databaseUrl: string, file: string, options: BackupOptions): Promise<RestoreReport> {
	const started = performance.now();
	const bytes = fs.statSync(file).size;
	const pgRestore = findPgTool('pg_restore', options);
	const psql = findPgTool('psql', options);
	const version = await toolVersion(pgRestore);
	const { dbname, env, secret } = toolConnection(databaseUrl);
	const replaced = await withClient(databaseUrl, async (client) => {
		checkPgToolVersion('pg_restore', version.major, await serverMajor(client));
		const others = await countOtherSessions(client);
		if (others > 0) {
			throw new BackupError(
				'database_in_use',
				`${others} other connection(s) are open to ${dbname}. Stop the Samspil servers (and anything else using it) before restoring.`
			);
		}
		const objects = await countUserObjects(client);
		if (objects > 0 && !options.force) {
			throw new BackupError(
				'target_not_empty',
				`${dbname} is not empty (${objects} tables, functions, types or schemas). ` +
					'Restore into an empty database, or add --force to replace everything in it with the backup.'
			);
		}
		return objects > 0;
	});

	// One transaction from the first DROP to the last row: psql stops at the first error
	// (ON_ERROR_STOP), and COMMIT is sent only after pg_restore has read the whole archive without fault.
	const run = await new Promise<{ restore: ToolRun; psql: ToolRun }>((resolve, reject) => {
		const sqlClient = spawn(psql, ['-X', '--quiet', '--no-password', '-v', 'ON_ERROR_STOP=1', `--dbname=${dbname}`], {
			// Only warnings and errors: the NOTICEs of DROP … CASCADE would bury the message that matters.
			env: { ...env, PGOPTIONS: `${env.PGOPTIONS ?? ''} -c client_min_messages=warning`.trim() },
			stdio: ['pipe', 'ignore', 'pipe']
		});
		const reader = spawn(pgRestore, ['--no-owner', '--no-privileges', '--file=-', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let psqlErr = '';
		let restoreErr = '';
		let restoreResult: ToolRun | undefined;
		let psqlResult: ToolRun | undefined;
		const finish = () => {
			if (restoreResult && psqlResult) resolve({ restore: restoreResult, psql: psqlResult });
		};
		sqlClient.stderr.on('data', (chunk) => {
			psqlErr += chunk;
		});
		reader.stderr.on('data', (chunk) => {
			restoreErr += chunk;
		});
		// psql may stop early on an error; pg_restore then writes into a closed pipe. Both are reported below.
		sqlClient.stdin.on('error', () => {});
		reader.stdout.on('error', () => {});
		sqlClient.on('error', reject);
		reader.on('error', reject);
		sqlClient.stdin.write(`BEGIN;\n${replaced ? DROP_EVERYTHING : ''}`);
		reader.stdout.pipe(sqlClient.stdin, { end: false });
		reader.on('close', (code) => {
			restoreResult = { code, stderr: restoreErr };
			// Without COMMIT, psql's session ends with the transaction open, and PostgreSQL rolls it back.
			sqlClient.stdin.end(code === 0 ? '\nCOMMIT;\n' : '\n');
			finish();
		});
		sqlClient.on('close', (code) => {
			psqlResult = { code, stderr: psqlErr };
			finish();
		});
	});
	if (run.restore.code !== 0 || run.psql.code !== 0) {
		const damaged = run.restore.code !== 0;
		const detail = hideSecret((damaged ? run.restore.stderr : run.psql.stderr).trim().split('\n').slice(0, 5).join('\n'), secret);
		throw new BackupError(
			damaged ? 'file_invalid' : 'tool_failed',
			`${damaged ? `${file} could not be read whole` : 'The restore failed'}; the database was left as it was.\n${detail || `pg_restore exit ${run.restore.code}, psql exit ${run.psql.code}`}`
		);
	}

	const handle = await openDatabase({ databaseUrl });
	let migrations: { inBackup: number; applied: number };
	try {
		migrations = await migrateAndCount(handle);
	} finally {
		await handle.close();
	}
	return {
		kind: 'postgres',
		file,
		bytes,
		durationMs: performance.now() - started,
		database: dbname,
		tool: version.text,
		replaced,
		migrationsInBackup: migrations.inBackup,
		migrationsApplied: migrations.applied
	};
}

// ---------------------------------------------------------------- reporting

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatDuration(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
