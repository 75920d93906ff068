import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry } from '../audit/audit.repository.ts';
import { createAssessment } from '../assessments/assessments.usecases.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { seedLearningContent } from '../learning/seed.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { contextFor, createEmptyPostgresDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { createAdministratorWithPassword, inviteUser } from '../users/users.usecases.ts';
import { BackupError, type BackupTarget, backupDatabase, checkPgToolVersion, parsePgToolMajor, restoreDatabase } from './backup.ts';
import { type DatabaseHandle, findMigrationsFolder, migrateDatabase, openDatabase } from './client.ts';
import { DataDirLockedError } from './lock.ts';

/**
 * R3: back up, restore into an empty database, compare. On the embedded database by default; on
 * PostgreSQL (pg_dump / pg_restore) when TEST_DATABASE_URL is set, like the rest of the integration suite.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const onPostgres = Boolean(serverUrl);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-backup-'));
const run = promisify(execFile);

/** An empty database to back up from or restore into: a new data directory, or a new database on the server. */
interface Place {
	target: BackupTarget;
	open(): Promise<DatabaseHandle>;
	dispose(): Promise<void>;
}
const places: Place[] = [];

async function newEmptyPlace(): Promise<Place> {
	const dataDir = fs.mkdtempSync(path.join(workDir, 'data-'));
	let place: Place;
	if (serverUrl) {
		const { url, drop } = await createEmptyPostgresDatabase(serverUrl);
		place = { target: { databaseUrl: url, dataDir }, open: () => openDatabase({ databaseUrl: url }), dispose: drop };
	} else {
		place = { target: { dataDir }, open: () => openDatabase({ dataDir }), dispose: async () => {} };
	}
	places.push(place);
	return place;
}

async function withOpen<T>(place: Place, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
	const handle = await place.open();
	try {
		return await work(handle);
	} finally {
		await handle.close();
	}
}

async function rows<T = Record<string, unknown>>(handle: DatabaseHandle, query: string): Promise<T[]> {
	const result = await handle.db.execute(sql.raw(query));
	return (result as unknown as { rows: T[] }).rows;
}

/** Tables whose content is compared row by row (the order makes the comparison independent of storage order). */
const KEY_TABLES: Record<string, string> = {
	users: 'id',
	organisations: 'id',
	memberships: 'user_id, organisation_id',
	assessments: 'id',
	assessment_revisions: 'id',
	learning_cases: 'id',
	learning_pages: 'id',
	audit_log: 'id'
};

async function snapshot(handle: DatabaseHandle) {
	const tables = await rows<{ name: string }>(
		handle,
		`select table_schema || '.' || table_name as name from information_schema.tables
		 where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`
	);
	const counts: Record<string, number> = {};
	for (const { name } of tables) {
		counts[name] = (await rows<{ n: number }>(handle, `select count(*)::int as n from ${name}`))[0].n;
	}
	const content: Record<string, unknown[]> = {};
	for (const [table, order] of Object.entries(KEY_TABLES)) content[table] = await rows(handle, `select * from ${table} order by ${order}`);
	return { counts, content };
}

const journalEntries = (): { tag: string }[] =>
	JSON.parse(fs.readFileSync(path.join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')).entries;

/** A copy of the migrations folder with only the first `count` migrations: a database as an older Samspil left it. */
function olderMigrationsFolder(count: number): string {
	const folder = fs.mkdtempSync(path.join(workDir, 'migrations-'));
	const journal = JSON.parse(fs.readFileSync(path.join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8'));
	journal.entries = journal.entries.slice(0, count);
	fs.mkdirSync(path.join(folder, 'meta'));
	fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
	for (const { tag } of journal.entries) fs.copyFileSync(path.join(findMigrationsFolder(), `${tag}.sql`), path.join(folder, `${tag}.sql`));
	return folder;
}

let source: Place;
let sourceSnapshot: Awaited<ReturnType<typeof snapshot>>;
const backupFile = path.join(workDir, onPostgres ? 'samspil.pgdump' : 'samspil.tar.gz');

beforeAll(async () => {
	source = await newEmptyPlace();
	await withOpen(source, async (handle) => {
		await migrateDatabase(handle);
		await seedLearningContent(handle.db);
		await seedDemoContent(handle.db);
		const admin = contextFor(handle.db, SYSTEM_ADMIN);
		await createAdministratorWithPassword(admin, {
			email: 'admin@example.org',
			name: 'Åse Admin',
			password: 'en lang og god adgangssætning'
		});
		const organisation = await createOrganisation(admin, { name: 'Backup Kommune', sector: 'public' });
		const { user } = await inviteUser(admin, {
			email: 'member@example.org',
			name: 'Mette Medlem',
			platformRole: 'member',
			organisationId: organisation.id,
			locale: 'da'
		});
		const member = contextFor(handle.db, { userId: user.id, platformRole: 'member' });
		await createAssessment(member, { organisationId: organisation.id, title: 'Ensomhed blandt ældre' });
		sourceSnapshot = await snapshot(handle);
	});
	await backupDatabase(source.target, backupFile);
});

afterAll(async () => {
	for (const place of places) await place.dispose();
	fs.rmSync(workDir, { recursive: true, force: true });
});

describe('R3 backup and restore', () => {
	it('restores into an empty database: every table has the same number of rows, key tables the same content', async () => {
		expect(Object.keys(sourceSnapshot.counts)).toContain('drizzle.__drizzle_migrations');
		expect(sourceSnapshot.counts['public.users']).toBe(2);
		expect(sourceSnapshot.counts['public.organisations']).toBeGreaterThan(10);
		expect(sourceSnapshot.counts['public.assessments']).toBe(1);
		expect(sourceSnapshot.counts['public.learning_cases']).toBeGreaterThan(0);
		expect(sourceSnapshot.counts['public.audit_log']).toBeGreaterThan(0);

		const target = await newEmptyPlace();
		const report = await restoreDatabase(target.target, backupFile);
		expect(report).toMatchObject({
			kind: onPostgres ? 'postgres' : 'pglite',
			replaced: false,
			migrationsInBackup: journalEntries().length,
			migrationsApplied: 0
		});
		expect(report.bytes).toBe(fs.statSync(backupFile).size);

		const restored = await withOpen(target, snapshot);
		expect(restored.counts).toEqual(sourceSnapshot.counts);
		for (const table of Object.keys(KEY_TABLES)) expect(restored.content[table], table).toEqual(sourceSnapshot.content[table]);
	});

	it('keeps the audit log append-only after a restore (the trigger comes back with the data)', async () => {
		const target = await newEmptyPlace();
		await restoreDatabase(target.target, backupFile);
		await withOpen(target, async (handle) => {
			await expect(handle.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
			await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
			await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
			await appendAuditEntry(handle.db, { actorUserId: null, action: 'after.restore' });
			const [{ n }] = await rows<{ n: number }>(handle, 'select count(*)::int as n from audit_log');
			expect(n).toBe(sourceSnapshot.counts['public.audit_log'] + 1);
		});
	});

	it('refuses to overwrite a database that holds data without --force, and with it replaces that database whole', async () => {
		const target = await newEmptyPlace();
		await restoreDatabase(target.target, backupFile);
		await withOpen(target, async (handle) => {
			await createOrganisation(contextFor(handle.db, SYSTEM_ADMIN), { name: 'Kun i målet', sector: 'civil_society' });
		});
		const refusal = await restoreDatabase(target.target, backupFile).catch((error) => error);
		expect(refusal).toBeInstanceOf(BackupError);
		expect(refusal).toMatchObject({ code: 'target_not_empty', message: expect.stringMatching(/--force/) });
		await withOpen(target, async (handle) => {
			expect((await snapshot(handle)).counts['public.organisations']).toBe(sourceSnapshot.counts['public.organisations'] + 1);
		});

		const report = await restoreDatabase(target.target, backupFile, { force: true });
		expect(report.replaced).toBe(true);
		const restored = await withOpen(target, snapshot);
		expect(restored.counts).toEqual(sourceSnapshot.counts);
		expect(restored.content.organisations).toEqual(sourceSnapshot.content.organisations);
	});

	it('refuses a missing, foreign or damaged file with a clear message and leaves the database as it was', async () => {
		const target = await newEmptyPlace();
		await restoreDatabase(target.target, backupFile);

		await expect(restoreDatabase(target.target, path.join(workDir, 'nope.backup'), { force: true })).rejects.toMatchObject({
			code: 'file_missing',
			message: expect.stringMatching(/does not exist/)
		});
		const garbage = path.join(workDir, 'garbage.backup');
		fs.writeFileSync(garbage, 'this is not a backup at all');
		await expect(restoreDatabase(target.target, garbage, { force: true })).rejects.toMatchObject({
			code: 'file_invalid',
			message: expect.stringMatching(/not a Samspil backup/)
		});
		// The other kind's format: a pg_dump archive for the embedded database, a tarball for PostgreSQL.
		const foreign = path.join(workDir, 'foreign.backup');
		fs.writeFileSync(foreign, onPostgres ? zlib.gzipSync('tar') : Buffer.from('PGDMP\u0001\u000e'));
		await expect(restoreDatabase(target.target, foreign, { force: true })).rejects.toMatchObject({ code: 'wrong_kind' });
		// The first half of a real backup: it starts right, so only reading it whole finds the damage.
		const truncated = path.join(workDir, 'truncated.backup');
		const whole = fs.readFileSync(backupFile);
		fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
		await expect(restoreDatabase(target.target, truncated, { force: true })).rejects.toMatchObject({
			code: 'file_invalid',
			message: expect.stringMatching(/left as it was|Nothing was changed/)
		});

		const after = await withOpen(target, snapshot);
		expect(after.counts).toEqual(sourceSnapshot.counts);
		expect(after.content.users).toEqual(sourceSnapshot.content.users);
	});

	it('brings an older backup up to date: the migrations it lacks run after the restore', async () => {
		const older = await newEmptyPlace();
		const kept = 3;
		await withOpen(older, async (handle) => {
			await migrateDatabase(handle, olderMigrationsFolder(kept));
			// written as that older Samspil would have: today's use cases write columns its tables lack
			await rows(handle, "insert into organisations (slug, name, sector) values ('fra-foer', 'Fra før læringsdelen', 'public')");
		});
		const file = path.join(workDir, onPostgres ? 'older.pgdump' : 'older.tar.gz');
		await backupDatabase(older.target, file);

		const target = await newEmptyPlace();
		const report = await restoreDatabase(target.target, file);
		expect(report).toMatchObject({ migrationsInBackup: kept, migrationsApplied: journalEntries().length - kept });
		await withOpen(target, async (handle) => {
			expect(await rows(handle, 'select name from organisations')).toEqual([{ name: 'Fra før læringsdelen' }]);
			expect(await rows(handle, 'select count(*)::int as n from learning_cases')).toEqual([{ n: 0 }]);
		});
	});

	it('does not overwrite an existing backup file without --force', async () => {
		const before = fs.readFileSync(backupFile);
		await expect(backupDatabase(source.target, backupFile)).rejects.toMatchObject({
			code: 'file_exists',
			message: expect.stringMatching(/--force/)
		});
		expect(fs.readFileSync(backupFile).equals(before)).toBe(true);
	});

	it('prints file, size and duration from the commands, and never the database password (L2)', async () => {
		const file = path.join(workDir, onPostgres ? 'cli.pgdump' : 'cli.tar.gz');
		const target = await newEmptyPlace();
		const envFor = (place: Place) => ({
			...process.env,
			DATABASE_URL: place.target.databaseUrl ?? '',
			DATA_DIR: place.target.dataDir,
			INIT_CWD: workDir
		});
		const backup = await run(process.execPath, ['scripts/backup.ts', path.basename(file)], { env: envFor(source) });
		expect(backup.stdout).toMatch(new RegExp(`written to ${file.replaceAll('.', '\\.')}: [\\d.]+ (KiB|MiB) in [\\d.]+ (ms|s)\\.`));
		const restore = await run(process.execPath, ['scripts/restore.ts', file], { env: envFor(target) });
		expect(restore.stdout).toMatch(
			/Restored .* \([\d.]+ (KiB|MiB)\) into .* in [\d.]+ (ms|s)\. Migrations: \d+ in the backup, 0 applied now\./
		);

		const password = serverUrl ? decodeURIComponent(new URL(serverUrl).password) : '';
		for (const output of [backup.stdout, backup.stderr, restore.stdout, restore.stderr]) {
			if (password) expect(output).not.toContain(password);
		}
		if (serverUrl) {
			// A wrong password is reported as refused, without echoing it.
			const wrong = new URL(target.target.databaseUrl!);
			wrong.password = 'not-the-password-4711';
			const failed = await run(process.execPath, ['scripts/backup.ts', path.join(workDir, 'never.pgdump')], {
				env: { ...envFor(target), DATABASE_URL: wrong.toString() }
			}).catch((error: { code: number; stdout: string; stderr: string }) => error);
			expect(failed).toMatchObject({ code: 1 });
			expect(`${failed.stdout}${failed.stderr}`).not.toContain('not-the-password-4711');
		}
	});
});

describe.skipIf(onPostgres)('R3b backup and restore of the embedded database respect the data-directory lock', () => {
	it('refuses both while another opener holds the directory (the running server)', async () => {
		const handle = await source.open();
		try {
			await expect(backupDatabase(source.target, path.join(workDir, 'locked.tar.gz'))).rejects.toBeInstanceOf(DataDirLockedError);
			await expect(restoreDatabase(source.target, backupFile, { force: true })).rejects.toBeInstanceOf(DataDirLockedError);
			const cli = await run(process.execPath, ['scripts/backup.ts', path.join(workDir, 'locked-cli.tar.gz')], {
				env: { ...process.env, DATABASE_URL: '', DATA_DIR: source.target.dataDir }
			}).catch((error: { code: number; stderr: string }) => error);
			expect(cli).toMatchObject({ code: 1, stderr: expect.stringMatching(/in use by another Samspil process \(pid \d+\)/) });
		} finally {
			await handle.close();
		}
		expect(fs.existsSync(path.join(workDir, 'locked.tar.gz'))).toBe(false);
	});

	it('says there is nothing to back up in a data directory without a database, instead of creating one', async () => {
		const empty = fs.mkdtempSync(path.join(workDir, 'empty-'));
		await expect(backupDatabase({ dataDir: empty }, path.join(workDir, 'empty.tar.gz'))).rejects.toMatchObject({
			code: 'nothing_to_back_up'
		});
		expect(fs.existsSync(path.join(empty, 'pgdata'))).toBe(false);
	});
});

describe.skipIf(!onPostgres)('R3 on PostgreSQL: client tools and open connections', () => {
	it('refuses with a clear message when pg_dump is missing or older than the server', async () => {
		const noTools = fs.mkdtempSync(path.join(workDir, 'bin-'));
		await expect(
			backupDatabase(source.target, path.join(workDir, 'x.pgdump'), { pgBinDirs: [noTools], searchSystemPath: false })
		).rejects.toMatchObject({ code: 'tool_missing', message: expect.stringMatching(/pg_dump was not found/) });

		const oldTools = fs.mkdtempSync(path.join(workDir, 'bin-'));
		fs.writeFileSync(path.join(oldTools, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n', { mode: 0o755 });
		await expect(
			backupDatabase(source.target, path.join(workDir, 'x.pgdump'), { pgBinDirs: [oldTools], searchSystemPath: false })
		).rejects.toMatchObject({
			code: 'tool_too_old',
			message: expect.stringMatching(/pg_dump is version 9, older than the PostgreSQL \d+ server/)
		});
	});

	it('refuses to restore while another connection uses the database (a running app server)', async () => {
		const target = await newEmptyPlace();
		const appServer = await target.open();
		try {
			await appServer.ping();
			await expect(restoreDatabase(target.target, backupFile)).rejects.toMatchObject({
				code: 'database_in_use',
				message: expect.stringMatching(/other connection\(s\) are open .* Stop the Samspil servers/)
			});
		} finally {
			await appServer.close();
		}
		await withOpen(target, async (handle) => {
			expect(await rows(handle, `select count(*)::int as n from information_schema.tables where table_schema = 'public'`)).toEqual([
				{ n: 0 }
			]);
		});
	});
});

describe('R3 tool versions', () => {
	it('reads the major version and refuses a tool older than the server', () => {
		expect(parsePgToolMajor('pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)')).toBe(15);
		expect(parsePgToolMajor('pg_restore (PostgreSQL) 17.2')).toBe(17);
		expect(parsePgToolMajor('something else')).toBeUndefined();
		expect(() => checkPgToolVersion('pg_dump', 15, 16)).toThrow(/pg_dump is version 15, older than the PostgreSQL 16 server/);
		expect(() => checkPgToolVersion('pg_dump', 16, 16)).not.toThrow();
		expect(() => checkPgToolVersion('pg_dump', 17, 16)).not.toThrow();
		expect(() => checkPgToolVersion('pg_dump', undefined, 16)).toThrow(/Could not tell the version/);
	});
});
