/**
 * `npm run backup -- <file> [--force]` (R3): writes a consistent backup of the configured database.
 * Embedded database: a tarball of DATA_DIR/pgdata, taken with the data directory locked — stop the
 * server first. PostgreSQL (DATABASE_URL): pg_dump's custom format, while the servers keep running.
 * `--force` overwrites an existing file. See docs/decisions/0006-backup-restore.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/server/config/config.ts';
import { backupDatabase, formatBytes, formatDuration } from '../src/lib/server/db/backup.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
	console.error('Usage: npm run backup -- <file> [--force]');
	process.exit(2);
}
// npm runs scripts in the project folder; a relative file name means the folder the command was typed in.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);

try {
	const config = readConfig();
	const report = await backupDatabase(
		{ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, sharedBuffersMb: config.PGLITE_SHARED_BUFFERS_MB },
		file,
		{ force: values.force }
	);
	const source = report.kind === 'pglite' ? `embedded database ${report.database}` : `PostgreSQL ${report.database} (${report.tool})`;
	console.log(`Backup of ${source} written to ${report.file}: ${formatBytes(report.bytes)} in ${formatDuration(report.durationMs)}.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
