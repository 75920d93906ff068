/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
import { readConfig } from '../src/lib/server/config/config.ts';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client.ts';

const config = readConfig();
try {
	const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
	try {
		await migrateDatabase(handle);
		console.log(`Migrations applied (${handle.kind}).`);
	} finally {
		await handle.close();
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
