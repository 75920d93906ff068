/**
 * `npm run restore -- <file> [--force]` (R3): restores a backup made by `npm run backup` into the
 * configured database, then runs the migrations so an older backup comes up to date.
 * A database that already holds data is refused unless `--force` is given; then it is replaced whole.
 * Embedded database: stop the server first (the data directory is locked). PostgreSQL: stop the app
 * servers; the restore runs in one transaction. See docs/decisions/0006-backup-restore.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/server/config/config.ts';
import { formatBytes, formatDuration, restoreDatabase } from '../src/lib/server/db/backup.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
	console.error('Usage: npm run restore -- <file> [--force]');
	process.exit(2);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);

try {
	const config = readConfig();
	const report = await restoreDatabase(
		{ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB },
		file,
		{ force: values.force }
	);
	const target = report.kind === 'pglite' ? `embedded database ${report.database}` : `PostgreSQL ${report.database} (${report.tool})`;
	console.log(
		`Restored ${report.file} (${formatBytes(report.bytes)}) into ${target}${report.replaced ? ', replacing what was there' : ''} ` +
			`in ${formatDuration(report.durationMs)}. Migrations: ${report.migrationsInBackup} in the backup, ${report.migrationsApplied} applied now.`
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
