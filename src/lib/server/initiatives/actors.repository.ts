/**
 * Queries for the actors of an initiative and their commitments. Every query filters on the
 * initiative's id, so an id of another initiative finds nothing (Z3).
 */
import { and, asc, count, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { organisations } from '../organisations/organisations.table.ts';
import {
	agendaEndorsements,
	commitmentGoals,
	fundingSources,
	initiativeActivities,
	initiativeActors,
	initiativeCommitments,
	initiativeGoals,
	initiativeMembers,
	initiativeRelations,
	initiatives
} from './initiatives.table.ts';

export type ActorInsert = typeof initiativeActors.$inferInsert;

export async function listActorsOf(db: Executor, initiativeId: string) {
	return db
		.select({
			id: initiativeActors.id,
			organisationId: initiativeActors.organisationId,
			name: initiativeActors.name,
			sector: initiativeActors.sector,
			role: initiativeActors.role,
			contactName: initiativeActors.contactName,
			contactEmail: initiativeActors.contactEmail,
			revision: initiativeActors.revision
		})
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(sql`lower(${initiativeActors.name})`));
}

export async function findActorIn(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(initiativeActors)
		.where(and(eq(initiativeActors.initiativeId, initiativeId), eq(initiativeActors.id, id)))
		.limit(1);
	return row;
}

/** Names are unique per initiative, whatever their case. */
export async function isActorNameTaken(db: Executor, initiativeId: string, name: string, exceptId?: string): Promise<boolean> {
	const [row] = await db
		.select({ id: initiativeActors.id })
		.from(initiativeActors)
		.where(
			and(
				eq(initiativeActors.initiativeId, initiativeId),
				sql`lower(${initiativeActors.name}) = lower(${name})`,
				exceptId ? ne(initiativeActors.id, exceptId) : undefined
			)
		)
		.limit(1);
	return row !== undefined;
}

export async function insertActor(db: Executor, values: ActorInsert) {
	const [row] = await db.insert(initiativeActors).values(values).onConflictDoNothing().returning();
	return row;
}

/** Saves only if nobody saved since `revision`; undefined when stale (or not in this initiative). */
export async function updateActorAt(
	db: Executor,
	initiativeId: string,
	id: string,
	revision: number,
	values: Partial<Pick<ActorInsert, 'name' | 'sector' | 'role' | 'contactName' | 'contactEmail'>>
) {
	const [row] = await db
		.update(initiativeActors)
		.set({ ...values, revision: sql`${initiativeActors.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(initiativeActors.initiativeId, initiativeId), eq(initiativeActors.id, id), eq(initiativeActors.revision, revision)))
		.returning();
	return row;
}

export async function deleteActorIn(db: Executor, initiativeId: string, id: string) {
	const rows = await db
		.delete(initiativeActors)
		.where(and(eq(initiativeActors.initiativeId, initiativeId), eq(initiativeActors.id, id)))
		.returning({ id: initiativeActors.id });
	return rows.length;
}

/** What depends on an actor: what goes with it when it is deleted, and what only loses the link. */
export interface ActorDependents {
	activities: number;
	commitments: number;
	relations: number;
	endorsements: number;
	/** members acting for this actor: they stay members, without an actor */
	members: number;
	/** funding sources given by this actor: they stay, without the giver */
	fundingSources: number;
	/** the actor is the initiative's backbone organisation */
	isBackbone: boolean;
}

export async function countActorDependents(db: Executor, initiativeId: string, actorId: string): Promise<ActorDependents> {
	const countOf = async (
		table: typeof initiativeActivities | typeof initiativeCommitments | typeof agendaEndorsements | typeof fundingSources
	) => {
		const [row] = await db
			.select({ n: count() })
			.from(table)
			.where(and(eq(table.initiativeId, initiativeId), eq(table.actorId, actorId)));
		return row?.n ?? 0;
	};
	const [relations] = await db
		.select({ n: count() })
		.from(initiativeRelations)
		.where(
			and(
				eq(initiativeRelations.initiativeId, initiativeId),
				or(eq(initiativeRelations.fromActorId, actorId), eq(initiativeRelations.toActorId, actorId))
			)
		);
	const [members] = await db
		.select({ n: count() })
		.from(initiativeMembers)
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.actorId, actorId)));
	const [backbone] = await db
		.select({ id: initiatives.id })
		.from(initiatives)
		.where(and(eq(initiatives.id, initiativeId), eq(initiatives.backboneActorId, actorId)));
	return {
		activities: await countOf(initiativeActivities),
		commitments: await countOf(initiativeCommitments),
		relations: relations?.n ?? 0,
		endorsements: await countOf(agendaEndorsements),
		members: members?.n ?? 0,
		fundingSources: await countOf(fundingSources),
		isBackbone: backbone !== undefined
	};
}

export async function moveActivitiesBetween(db: Executor, initiativeId: string, fromActorId: string, toActorId: string) {
	const rows = await db
		.update(initiativeActivities)
		.set({ actorId: toActorId, revision: sql`${initiativeActivities.revision} + 1`, updatedAt: new Date() })
		.where(and(eq(initiativeActivities.initiativeId, initiativeId), eq(initiativeActivities.actorId, fromActorId)))
		.returning({ id: initiativeActivities.id });
	return rows.length;
}

export async function deleteActivitiesOf(db: Executor, initiativeId: string, actorId: string) {
	const rows = await db
		.delete(initiativeActivities)
		.where(and(eq(initiativeActivities.initiativeId, initiativeId), eq(initiativeActivities.actorId, actorId)))
		.returning({ id: initiativeActivities.id });
	return rows.length;
}

/** The organisations register, for picking a partner: name and sector. */
export async function listRegisterOrganisations(db: Executor) {
	return db
		.select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
		.from(organisations)
		.orderBy(asc(organisations.name));
}

export async function findRegisterOrganisation(db: Executor, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
		.from(organisations)
		.where(eq(organisations.id, id))
		.limit(1);
	return row;
}

/** The goal tree, read only here (the agenda part edits it). */
export async function listGoalsForContribution(db: Executor, initiativeId: string) {
	return db
		.select({
			id: initiativeGoals.id,
			parentId: initiativeGoals.parentId,
			title: initiativeGoals.title,
			position: initiativeGoals.position
		})
		.from(initiativeGoals)
		.where(eq(initiativeGoals.initiativeId, initiativeId));
}

/** The ids among `ids` that are goals of this initiative. */
export async function findGoalIdsIn(db: Executor, initiativeId: string, ids: readonly string[]): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const rows = await db
		.select({ id: initiativeGoals.id })
		.from(initiativeGoals)
		.where(and(eq(initiativeGoals.initiativeId, initiativeId), inArray(initiativeGoals.id, [...ids])));
	return new Set(rows.map((r) => r.id));
}

// Commitments

export async function listCommitmentsOf(db: Executor, initiativeId: string, actorId?: string) {
	const rows = await db
		.select({
			id: initiativeCommitments.id,
			actorId: initiativeCommitments.actorId,
			text: initiativeCommitments.text,
			revision: initiativeCommitments.revision,
			goalId: commitmentGoals.goalId
		})
		.from(initiativeCommitments)
		.leftJoin(commitmentGoals, eq(commitmentGoals.commitmentId, initiativeCommitments.id))
		.where(and(eq(initiativeCommitments.initiativeId, initiativeId), actorId ? eq(initiativeCommitments.actorId, actorId) : undefined))
		.orderBy(asc(initiativeCommitments.createdAt), asc(initiativeCommitments.id));
	const byId = new Map<string, { id: string; actorId: string; text: string; revision: number; goalIds: string[] }>();
	for (const row of rows) {
		const item = byId.get(row.id) ?? { id: row.id, actorId: row.actorId, text: row.text, revision: row.revision, goalIds: [] };
		if (row.goalId) item.goalIds.push(row.goalId);
		byId.set(row.id, item);
	}
	return [...byId.values()];
}

export async function findCommitmentIn(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(initiativeCommitments)
		.where(and(eq(initiativeCommitments.initiativeId, initiativeId), eq(initiativeCommitments.id, id)))
		.limit(1);
	return row;
}

export async function insertCommitment(db: Executor, values: { initiativeId: string; actorId: string; text: string }) {
	const [row] = await db.insert(initiativeCommitments).values(values).returning();
	return row;
}

export async function updateCommitmentAt(db: Executor, initiativeId: string, id: string, revision: number, text: string) {
	const [row] = await db
		.update(initiativeCommitments)
		.set({ text, revision: sql`${initiativeCommitments.revision} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(initiativeCommitments.initiativeId, initiativeId),
				eq(initiativeCommitments.id, id),
				eq(initiativeCommitments.revision, revision)
			)
		)
		.returning();
	return row;
}

export async function setCommitmentGoals(db: Executor, commitmentId: string, goalIds: readonly string[]) {
	await db.delete(commitmentGoals).where(eq(commitmentGoals.commitmentId, commitmentId));
	if (goalIds.length > 0) await db.insert(commitmentGoals).values(goalIds.map((goalId) => ({ commitmentId, goalId })));
}

export async function deleteCommitmentIn(db: Executor, initiativeId: string, id: string) {
	await db.delete(initiativeCommitments).where(and(eq(initiativeCommitments.initiativeId, initiativeId), eq(initiativeCommitments.id, id)));
}

/** Unique violations come from pg and PGlite alike with SQLSTATE 23505, sometimes wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth += 1) {
		if ((e as { code?: unknown }).code === '23505') return true;
	}
	return false;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL that is not a uuid finds nothing (rather than a database error). */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}
