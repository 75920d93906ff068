/**
 * `npm run db:seed`: applies migrations, then loads or updates the reference content (principles,
 * lessons, the seven cases, testimonies) and, unless DEMO_CONTENT=false, the demo organisations and the demo initiative.
 * Records a person has edited are never overwritten. The server does the same at every start.
 */
import { readConfig } from '../src/lib/server/config/config.ts';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client.ts';
import { seedDemoContent } from '../src/lib/server/demo/seed.ts';
import { seedLearningContent } from '../src/lib/server/learning/seed.ts';

const config = readConfig();
try {
	const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
	try {
		await migrateDatabase(handle);
		const learning = await seedLearningContent(handle.db);
		console.log(
			`Learning content: ${learning.added} added, ${learning.updated} updated from the seed, ${learning.keptEdits} kept as edited.`
		);
		if (config.DEMO_CONTENT) {
			const demo = await seedDemoContent(handle.db);
			console.log(`Demo organisations: ${demo.organisationsAdded} added; demo initiative: ${demo.initiativesAdded} added.`);
		}
	} finally {
		await handle.close();
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
