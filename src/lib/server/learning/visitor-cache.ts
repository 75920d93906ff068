/**
 * The learning pages' view models as a signed-out visitor sees them, kept per content version.
 *
 * Building a case or lesson page costs several queries and work on large JSON documents; for a
 * visitor it is the same for everybody until the content changes. The database counts every change
 * to a case, page or testimony (`learning_content_version`, bumped by a trigger in the writing
 * transaction, migration 0009), so one cheap query per request tells whether what is kept is still
 * current — also when another app server saved it. Signed-in people (who may see drafts and edit
 * buttons) always get a freshly built model.
 *
 * A model is built once per version even when many requests ask at the same moment (the promise is
 * kept), and a failed build is not kept. Kept models are shared between requests: never change one.
 */
import { eq } from 'drizzle-orm';
import { type Database, rawAccessOf } from '../db/client.ts';
import type { UseCaseContext } from '../context.ts';
import { learningContentVersion } from './learning.table.ts';

/** Distinct models kept at most (pages × locales, plus the case searches visitors run); the oldest go first. */
export const VISITOR_CACHE_ENTRIES = 300;

interface Kept {
	version: number;
	models: Map<string, Promise<unknown>>;
	/** Embedded database: its count of finished calls just before `version` was read. */
	readAtCalls?: number;
}

/** Per database handle: tests open many databases in one process. */
const kept = new WeakMap<Database, Kept>();

const VERSION_QUERY = 'select version from learning_content_version where id = 1';

/** The content version, or null when the row is missing (the cache is then not used). */
export async function readContentVersion(db: Database): Promise<number | null> {
	const raw = rawAccessOf(db);
	if (raw) {
		const [row] = await raw.query<{ version: string | number }>('learning-content-version', VERSION_QUERY);
		return row ? Number(row.version) : null;
	}
	const [row] = await db
		.select({ version: learningContentVersion.version })
		.from(learningContentVersion)
		.where(eq(learningContentVersion.id, 1));
	return row ? row.version : null;
}

/**
 * The current content version. On the embedded database, which only this process can change, the
 * version read last is still current when no call on the database has finished since just before
 * that read — so under read-only traffic the version is not read again.
 */
async function currentVersion(db: Database): Promise<{ version: number | null; calls?: number }> {
	const calls = rawAccessOf(db)?.finishedCalls?.();
	const entry = kept.get(db);
	if (calls !== undefined && entry?.readAtCalls === calls) return { version: entry.version, calls };
	if (calls !== undefined) return { version: await readContentVersion(db), calls };
	return { version: await freshSharedRead(db, () => readContentVersion(db)) };
}

interface Reads {
	/** The read on its way, sent before anyone now waiting asked. */
	sent: Promise<unknown> | null;
	/** The read that goes out once `sent` is back, shared by everyone who asked meanwhile. */
	next: Promise<unknown> | null;
}

const reads = new WeakMap<object, Reads>();

/**
 * `read()`, shared by everyone who asks while a read for the same key is on its way — but never a
 * read sent before the caller asked: they wait for the next one, which goes out when the one on its
 * way is back. So every change committed before a caller asked is seen, and ten concurrent callers
 * make one or two reads instead of ten. Used for the content version on PostgreSQL, where other app
 * servers may change the content.
 */
export function freshSharedRead<T>(key: object, read: () => Promise<T>): Promise<T> {
	let state = reads.get(key);
	if (!state) {
		state = { sent: null, next: null };
		reads.set(key, state);
	}
	const own = state;
	if (!own.sent) return send(own, read);
	if (!own.next) {
		const settled = own.sent.then(
			() => undefined,
			() => undefined
		);
		own.next = settled.then(() => {
			own.next = null;
			return send(own, read);
		});
	}
	return own.next as Promise<T>;
}

function send<T>(state: Reads, read: () => Promise<T>): Promise<T> {
	const sent = read();
	state.sent = sent;
	const done = () => {
		if (state.sent === sent) state.sent = null;
	};
	sent.then(done, done);
	return sent;
}

/**
 * `build()`'s result for this key at the current content version: kept for signed-out visitors,
 * built every time for everyone else. `key` must name everything the model depends on besides
 * the content and the actor (page, slug, locale, filters).
 */
export async function forVisitors<T>(ctx: UseCaseContext, key: string, build: () => Promise<T>): Promise<T> {
	// only the signed-out visitor's view is kept (a system actor without a user id may be an admin)
	if (ctx.actor.userId !== null || ctx.actor.platformRole !== 'anonymous') return build();
	const { version, calls } = await currentVersion(ctx.db);
	if (version === null) return build();
	let entry = kept.get(ctx.db);
	// a request that read an older version than another one already did: build, keep nothing
	if (entry && version < entry.version) return build();
	if (!entry || entry.version !== version) {
		entry = { version, models: new Map() };
		kept.set(ctx.db, entry);
	}
	if (calls !== undefined) entry.readAtCalls = calls;
	const models = entry.models;
	const found = models.get(key);
	if (found) {
		// most recently used last, so the oldest are the first to go
		models.delete(key);
		models.set(key, found);
		return found as Promise<T>;
	}
	const building = build();
	models.set(key, building);
	if (models.size > VISITOR_CACHE_ENTRIES) models.delete(models.keys().next().value as string);
	building.catch(() => {
		if (models.get(key) === building) models.delete(key);
	});
	return building;
}
