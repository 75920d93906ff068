/**
 * API tokens (issue 13 § 7): one row per token, only its SHA-256 kept. Every query of a list or a
 * change filters on `initiative_id` (Z3); the bearer lookup goes by the hash alone (the token is the
 * key) and the caller then checks the token's initiative against the address.
 */
import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { initiativeActors, initiativeMembers, initiatives } from '../initiatives/initiatives.table.ts';
import { users } from '../users/users.table.ts';
import { isUuid } from './indicators.repository.ts';
import { apiTokens } from './measurement.table.ts';

export type ApiTokenInsert = typeof apiTokens.$inferInsert;

export async function insertApiTokenRow(db: Executor, values: ApiTokenInsert) {
	const [row] = await db.insert(apiTokens).values(values).returning();
	return row;
}

/** The initiative's tokens, newest first, with the reporting actor's and the creator's names. */
export async function listApiTokenRows(db: Executor, initiativeId: string, options: { createdBy?: string } = {}) {
	return db
		.select({
			token: apiTokens,
			actorName: initiativeActors.name,
			createdByName: users.name
		})
		.from(apiTokens)
		.leftJoin(initiativeActors, eq(initiativeActors.id, apiTokens.actorId))
		.leftJoin(users, eq(users.id, apiTokens.createdBy))
		.where(and(eq(apiTokens.initiativeId, initiativeId), options.createdBy ? eq(apiTokens.createdBy, options.createdBy) : undefined))
		.orderBy(desc(apiTokens.createdAt));
}

export async function findApiTokenRow(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(apiTokens)
		.where(and(eq(apiTokens.id, id), eq(apiTokens.initiativeId, initiativeId)))
		.limit(1);
	return row;
}

/** Marks the token revoked, once: undefined when it was already revoked (or is not the initiative's). */
export async function revokeApiTokenRow(db: Executor, initiativeId: string, id: string, at: Date) {
	const [row] = await db
		.update(apiTokens)
		.set({ revokedAt: at })
		.where(and(eq(apiTokens.id, id), eq(apiTokens.initiativeId, initiativeId), isNull(apiTokens.revokedAt)))
		.returning();
	return row;
}

/**
 * The token with this hash, its initiative's slug, and what the request needs to act as its creator: the creator's
 * platform role and status, and whether they are still a member of the token's initiative.
 */
export async function findApiTokenByHash(db: Executor, tokenHash: string) {
	const [row] = await db
		.select({
			token: apiTokens,
			initiativeSlug: initiatives.slug,
			creatorRole: users.platformRole,
			creatorStatus: users.status,
			memberRole: initiativeMembers.role
		})
		.from(apiTokens)
		.innerJoin(initiatives, eq(initiatives.id, apiTokens.initiativeId))
		.leftJoin(users, eq(users.id, apiTokens.createdBy))
		.leftJoin(
			initiativeMembers,
			and(eq(initiativeMembers.initiativeId, apiTokens.initiativeId), eq(initiativeMembers.userId, apiTokens.createdBy))
		)
		.where(eq(apiTokens.tokenHash, tokenHash))
		.limit(1);
	return row;
}

/** Last used: written at most once a minute per token, so a busy client does not write on every call. */
export async function touchApiToken(db: Executor, id: string, at: Date): Promise<void> {
	await db
		.update(apiTokens)
		.set({ lastUsedAt: at })
		.where(
			and(
				eq(apiTokens.id, id),
				or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`${at.toISOString()}::timestamptz - interval '1 minute'`))
			)
		);
}

/** The initiative's actors, by name (the actors a submit token may report for). */
export async function listActorChoices(db: Executor, initiativeId: string) {
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(initiativeActors.name));
}
