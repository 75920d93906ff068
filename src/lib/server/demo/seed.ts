import type { Executor } from '../db/client.ts';
import { insertOrganisation } from '../organisations/organisations.repository.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';

/**
 * Loads demo content. Idempotent: rows are keyed by slug and never overwritten, so running it
 * again (every start does) adds only what is new and keeps users' edits.
 */
export async function seedDemoContent(db: Executor): Promise<{ organisationsAdded: number }> {
	let organisationsAdded = 0;
	await db.transaction(async (tx) => {
		for (const organisation of DEMO_ORGANISATIONS) {
			if (await insertOrganisation(tx, organisation)) organisationsAdded++;
		}
	});
	return { organisationsAdded };
}
