/**
 * Loads the principles, the seven lessons, the seven cases and the paraphrased testimonies.
 * Idempotent and safe to run on every start (and by `npm run seed`):
 * - a record that does not exist yet is added (a deleted one stays deleted);
 * - a record nobody has edited follows the seed when the seed text changes (a new revision);
 * - a record a person has edited is left alone, whatever the seed says.
 */
import { sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../db/locks.ts';
import type { Executor } from '../db/client.ts';
import { fillMissingFoldedSearch, findCaseBySlug, insertCase, updateCaseContent } from './cases.repository.ts';
import { findPage, insertPage, updatePageContent } from './pages.repository.ts';
import { setSeedHash } from './revisions.repository.ts';
import { findTestimony, insertTestimony, updateTestimonyContent } from './testimonies.repository.ts';
import type { RevisionEntity } from './learning.table.ts';
import { SEED_CASES } from './seed-content/cases.ts';
import { SEED_PAGES } from './seed-content/pages.ts';
import { SEED_TESTIMONIES } from './seed-content/testimonies.ts';
import { contentHash, saveFirstVersion, saveVersion } from './versions.ts';

export interface SeedCounts {
	added: number;
	updated: number;
	/** edited by a person, so the seed left them as they are */
	keptEdits: number;
}

interface Existing<T> {
	id: string;
	content: T;
	revision: number;
	seedHash: string | null;
	userEdited: boolean;
}

async function seedOne<T extends object>(
	tx: Executor,
	counts: SeedCounts,
	spec: {
		entityType: RevisionEntity;
		existing: Existing<T> | undefined;
		content: T;
		insert: (hash: string) => Promise<{ id: string }>;
		/** writes the seed's content to the existing record's row */
		update: (id: string, revision: number, hash: string) => Promise<boolean>;
	}
) {
	const hash = contentHash(spec.content);
	const { existing } = spec;
	if (!existing) {
		const row = await spec.insert(hash);
		await saveFirstVersion(tx, {
			entityType: spec.entityType,
			entityId: row.id,
			content: spec.content,
			action: 'seeded',
			actorUserId: null
		});
		counts.added++;
		return;
	}
	if (existing.seedHash === hash) return;
	// an edited record, or one a person made (its address happens to be a seeded one), is theirs
	if (existing.userEdited || existing.seedHash === null) {
		counts.keptEdits++;
		return;
	}
	const saved = await saveVersion(tx, {
		entityType: spec.entityType,
		record: existing,
		next: spec.content,
		action: 'seeded',
		actorUserId: null,
		now: new Date(),
		write: (revision) => spec.update(existing.id, revision, hash)
	});
	if (saved) counts.updated++;
	// the seed changed in a way that leaves the content as it is: only remember the new hash
	else await setSeedHash(tx, spec.entityType, existing.id, hash);
}

/** A seeded testimony's stable key: its source and who it is attributed to. */
export function testimonySeedKey(testimony: { sourceUrl: string; attribution: { da: string } }): string {
	return `${testimony.sourceUrl}#${testimony.attribution.da}`;
}

export async function seedLearningContent(db: Executor): Promise<SeedCounts> {
	const counts: SeedCounts = { added: 0, updated: 0, keptEdits: 0 };
	await db.transaction(async (tx) => {
		// Two app servers starting at once: the second waits and then finds everything seeded.
		await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.learningSeed})`);
		const now = new Date();
		for (const page of SEED_PAGES) {
			await seedOne(tx, counts, {
				entityType: 'page',
				existing: await findPage(tx, { kind: page.kind, key: page.key }),
				content: page,
				insert: (hash) => insertPage(tx, page, hash),
				update: (id, revision, hash) =>
					updatePageContent(tx, id, { content: page, revision, updatedBy: null, userEdited: false, seedHash: hash, now })
			});
		}
		for (const content of SEED_CASES) {
			await seedOne(tx, counts, {
				entityType: 'case',
				existing: await findCaseBySlug(tx, content.slug, { includeDeleted: true }),
				content,
				insert: (hash) => insertCase(tx, { content, status: 'published', createdBy: null, seedHash: hash }),
				update: (id, revision, hash) =>
					updateCaseContent(tx, id, { content, revision, updatedBy: null, userEdited: false, seedHash: hash, now })
			});
		}
		await fillMissingFoldedSearch(tx);
		for (const content of SEED_TESTIMONIES) {
			const seedKey = testimonySeedKey(content);
			await seedOne(tx, counts, {
				entityType: 'testimony',
				existing: await findTestimony(tx, { seedKey, includeDeleted: true }),
				content,
				insert: (hash) => insertTestimony(tx, { content, createdBy: null, seedKey, seedHash: hash }),
				update: (id, revision, hash) =>
					updateTestimonyContent(tx, id, { content, revision, updatedBy: null, userEdited: false, seedHash: hash, now })
			});
		}
	});
	return counts;
}
