/**
 * Queries for an initiative's members and invitations. Every query names the initiative (Z3): an
 * id of another initiative finds nothing. Invitations are found by the SHA-256 of their token.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { InitiativeRole } from '../../domain/initiatives/model.ts';
import type { Executor } from '../db/client.ts';
import { ADVISORY_LOCKS } from '../db/locks.ts';
import { users } from '../users/users.table.ts';
import { initiativeActors, initiativeInvitations, initiativeMembers, initiatives } from './initiatives.table.ts';

/**
 * Serialises every change to one initiative's members (role change, removal, leaving, accepting,
 * account deletion) inside the caller's transaction, so two of them cannot both count two leads
 * and together leave none.
 */
export async function lockMembers(tx: Executor, initiativeId: string): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.initiativeMembers}, hashtext(${initiativeId}))`);
}

export async function countLeads(db: Executor, initiativeId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(initiativeMembers)
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.role, 'backbone_lead')));
	return row?.n ?? 0;
}

export async function listMembersOf(db: Executor, initiativeId: string) {
	return db
		.select({
			userId: initiativeMembers.userId,
			name: users.name,
			email: users.email,
			role: initiativeMembers.role,
			actorId: initiativeMembers.actorId,
			actorName: initiativeActors.name,
			since: initiativeMembers.createdAt
		})
		.from(initiativeMembers)
		.innerJoin(users, eq(users.id, initiativeMembers.userId))
		.leftJoin(
			initiativeActors,
			and(eq(initiativeActors.id, initiativeMembers.actorId), eq(initiativeActors.initiativeId, initiativeMembers.initiativeId))
		)
		.where(eq(initiativeMembers.initiativeId, initiativeId))
		.orderBy(sql`case ${initiativeMembers.role} when 'backbone_lead' then 0 when 'partner_editor' then 1 else 2 end`, asc(users.name));
}

export async function findMember(db: Executor, initiativeId: string, userId: string) {
	const [row] = await db
		.select()
		.from(initiativeMembers)
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, userId)))
		.limit(1);
	return row;
}

/** Changes a member's role and actor only if they are still what the form showed; undefined otherwise. */
export async function updateMemberIf(
	db: Executor,
	initiativeId: string,
	userId: string,
	expected: { role: InitiativeRole; actorId: string | null },
	values: { role: InitiativeRole; actorId: string | null }
) {
	const [row] = await db
		.update(initiativeMembers)
		.set(values)
		.where(
			and(
				eq(initiativeMembers.initiativeId, initiativeId),
				eq(initiativeMembers.userId, userId),
				eq(initiativeMembers.role, expected.role),
				expected.actorId === null ? isNull(initiativeMembers.actorId) : eq(initiativeMembers.actorId, expected.actorId)
			)
		)
		.returning();
	return row;
}

export async function deleteMember(db: Executor, initiativeId: string, userId: string) {
	const [row] = await db
		.delete(initiativeMembers)
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.userId, userId)))
		.returning();
	return row;
}

/** Adds a member; nothing happens when they already are one (their role stays). True when added. */
export async function addMemberIfAbsent(db: Executor, values: typeof initiativeMembers.$inferInsert): Promise<boolean> {
	const rows = await db.insert(initiativeMembers).values(values).onConflictDoNothing().returning({ userId: initiativeMembers.userId });
	return rows.length > 0;
}

export async function listActorsOf(db: Executor, initiativeId: string) {
	return db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(eq(initiativeActors.initiativeId, initiativeId))
		.orderBy(asc(initiativeActors.name));
}

export async function findActorOf(db: Executor, initiativeId: string, actorId: string) {
	const [row] = await db
		.select({ id: initiativeActors.id, name: initiativeActors.name })
		.from(initiativeActors)
		.where(and(eq(initiativeActors.initiativeId, initiativeId), eq(initiativeActors.id, actorId)))
		.limit(1);
	return row;
}

/** Invitations not accepted and not revoked (expired ones too: the lead may send them again). */
export async function listPendingInvitations(db: Executor, initiativeId: string) {
	return db
		.select({
			id: initiativeInvitations.id,
			email: initiativeInvitations.email,
			role: initiativeInvitations.role,
			actorId: initiativeInvitations.actorId,
			actorName: initiativeActors.name,
			createdAt: initiativeInvitations.createdAt,
			expiresAt: initiativeInvitations.expiresAt,
			acceptedAt: initiativeInvitations.acceptedAt,
			revokedAt: initiativeInvitations.revokedAt
		})
		.from(initiativeInvitations)
		.leftJoin(
			initiativeActors,
			and(eq(initiativeActors.id, initiativeInvitations.actorId), eq(initiativeActors.initiativeId, initiativeInvitations.initiativeId))
		)
		.where(
			and(
				eq(initiativeInvitations.initiativeId, initiativeId),
				isNull(initiativeInvitations.acceptedAt),
				isNull(initiativeInvitations.revokedAt)
			)
		)
		.orderBy(asc(initiativeInvitations.createdAt));
}

export async function findInvitation(db: Executor, initiativeId: string, id: string) {
	const [row] = await db
		.select()
		.from(initiativeInvitations)
		.where(and(eq(initiativeInvitations.initiativeId, initiativeId), eq(initiativeInvitations.id, id)))
		.limit(1);
	return row;
}

/** A pending (not accepted, not revoked) invitation of this address to this initiative. */
export async function findPendingInvitationFor(db: Executor, initiativeId: string, email: string) {
	const [row] = await db
		.select({ id: initiativeInvitations.id, expiresAt: initiativeInvitations.expiresAt })
		.from(initiativeInvitations)
		.where(
			and(
				eq(initiativeInvitations.initiativeId, initiativeId),
				eq(initiativeInvitations.email, email),
				isNull(initiativeInvitations.acceptedAt),
				isNull(initiativeInvitations.revokedAt)
			)
		)
		.limit(1);
	return row;
}

export async function isMemberByEmail(db: Executor, initiativeId: string, email: string): Promise<boolean> {
	const [row] = await db
		.select({ userId: initiativeMembers.userId })
		.from(initiativeMembers)
		.innerJoin(users, eq(users.id, initiativeMembers.userId))
		.where(and(eq(initiativeMembers.initiativeId, initiativeId), sql`lower(${users.email}) = ${email}`))
		.limit(1);
	return row !== undefined;
}

export async function insertInvitation(db: Executor, values: typeof initiativeInvitations.$inferInsert) {
	const [row] = await db.insert(initiativeInvitations).values(values).returning();
	return row;
}

/** A new link for a pending invitation: the old token stops working at once. Undefined when no longer pending. */
export async function replaceInvitationToken(db: Executor, initiativeId: string, id: string, tokenHash: string, expiresAt: Date) {
	const [row] = await db
		.update(initiativeInvitations)
		.set({ tokenHash, expiresAt })
		.where(
			and(
				eq(initiativeInvitations.initiativeId, initiativeId),
				eq(initiativeInvitations.id, id),
				isNull(initiativeInvitations.acceptedAt),
				isNull(initiativeInvitations.revokedAt)
			)
		)
		.returning();
	return row;
}

export async function markInvitationRevoked(db: Executor, initiativeId: string, id: string, now: Date) {
	const [row] = await db
		.update(initiativeInvitations)
		.set({ revokedAt: now })
		.where(
			and(
				eq(initiativeInvitations.initiativeId, initiativeId),
				eq(initiativeInvitations.id, id),
				isNull(initiativeInvitations.acceptedAt),
				isNull(initiativeInvitations.revokedAt)
			)
		)
		.returning();
	return row;
}

/** The invitation behind a link, with what its page shows about the initiative. */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string) {
	const [row] = await db
		.select({
			invitation: initiativeInvitations,
			initiativeName: initiatives.name,
			initiativeSlug: initiatives.slug,
			actorName: initiativeActors.name
		})
		.from(initiativeInvitations)
		.innerJoin(initiatives, eq(initiatives.id, initiativeInvitations.initiativeId))
		.leftJoin(
			initiativeActors,
			and(eq(initiativeActors.id, initiativeInvitations.actorId), eq(initiativeActors.initiativeId, initiativeInvitations.initiativeId))
		)
		.where(eq(initiativeInvitations.tokenHash, tokenHash))
		.limit(1);
	return row;
}

/**
 * Marks an open invitation accepted by `userId`, in one statement: of two tabs accepting at once,
 * one gets the row, the other nothing (and then finds it accepted by the same person).
 */
export async function claimInvitation(db: Executor, tokenHash: string, userId: string, now: Date) {
	const [row] = await db
		.update(initiativeInvitations)
		.set({ acceptedAt: now, acceptedBy: userId })
		.where(
			and(
				eq(initiativeInvitations.tokenHash, tokenHash),
				isNull(initiativeInvitations.acceptedAt),
				isNull(initiativeInvitations.revokedAt),
				sql`${initiativeInvitations.expiresAt} > ${now.toISOString()}`
			)
		)
		.returning();
	return row;
}

/** The initiatives where this person is a backbone lead, with how many leads each has. */
export async function listLeadershipsOf(db: Executor, userId: string) {
	const mine = db
		.select({ initiativeId: initiativeMembers.initiativeId })
		.from(initiativeMembers)
		.where(and(eq(initiativeMembers.userId, userId), eq(initiativeMembers.role, 'backbone_lead')));
	return db
		.select({
			id: initiatives.id,
			slug: initiatives.slug,
			name: initiatives.name,
			leads: sql<number>`(select count(*)::int from ${initiativeMembers} m where m.initiative_id = ${initiatives.id} and m.role = 'backbone_lead')`
		})
		.from(initiatives)
		.where(inArray(initiatives.id, mine))
		.orderBy(asc(initiatives.id));
}

/** P2: the person's memberships and the invitations sent to their address. */
export async function listOwnInitiativeData(db: Executor, userId: string, email: string) {
	const [memberships, invitations] = await Promise.all([
		db
			.select({
				initiative: initiatives.name,
				slug: initiatives.slug,
				role: initiativeMembers.role,
				actsFor: initiativeActors.name,
				memberSince: initiativeMembers.createdAt
			})
			.from(initiativeMembers)
			.innerJoin(initiatives, eq(initiatives.id, initiativeMembers.initiativeId))
			.leftJoin(initiativeActors, eq(initiativeActors.id, initiativeMembers.actorId))
			.where(eq(initiativeMembers.userId, userId))
			.orderBy(asc(initiatives.name)),
		db
			.select({
				initiative: initiatives.name,
				role: initiativeInvitations.role,
				createdAt: initiativeInvitations.createdAt,
				expiresAt: initiativeInvitations.expiresAt,
				acceptedAt: initiativeInvitations.acceptedAt,
				revokedAt: initiativeInvitations.revokedAt
			})
			.from(initiativeInvitations)
			.innerJoin(initiatives, eq(initiatives.id, initiativeInvitations.initiativeId))
			.where(eq(initiativeInvitations.email, email.trim().toLowerCase()))
			.orderBy(asc(initiativeInvitations.createdAt))
	]);
	return { memberships, invitations };
}
