import type { Executor } from '../db/client.ts';
import { insertOrganisation } from '../organisations/organisations.repository.ts';
import { seedDemoInitiative } from './initiative.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';

/**
 * Loads demo content: the organisations and one fictional initiative. Idempotent: rows are keyed by
 * slug and never overwritten, so running it again (every start does) adds only what is new and keeps
 * users' edits. `today` anchors the demo initiative's dates (its funding, phases and activities).
 */
export async function seedDemoContent(
	db: Executor,
	today: string = new Date().toISOString().slice(0, 10)
): Promise<{ organisationsAdded: number; initiativesAdded: number }> {
	let organisationsAdded = 0;
	let initiativesAdded = 0;
	await db.transaction(async (tx) => {
		for (const organisation of DEMO_ORGANISATIONS) {
			if (await insertOrganisation(tx, organisation)) organisationsAdded++;
		}
		if (await seedDemoInitiative(tx, today)) initiativesAdded++;
	});
	return { organisationsAdded, initiativesAdded };
}
