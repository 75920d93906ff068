import { and, asc, count, eq } from 'drizzle-orm';
import type { Sector } from '../../domain/organisations/sectors.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import { memberships, organisations } from './organisations.table.ts';

export async function listOrganisations(db: Executor) {
	return db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			sector: organisations.sector,
			memberCount: count(memberships.userId)
		})
		.from(organisations)
		.leftJoin(memberships, eq(memberships.organisationId, organisations.id))
		.groupBy(organisations.id)
		.orderBy(asc(organisations.name));
}

export async function findOrganisationById(db: Executor, id: string) {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
	return row;
}

export async function findOrganisationBySlug(db: Executor, slug: string) {
	const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
	return row;
}

export async function insertOrganisation(db: Executor, values: { slug: string; name: string; sector: Sector }) {
	const [row] = await db.insert(organisations).values(values).onConflictDoNothing().returning();
	return row;
}

export async function updateOrganisation(db: Executor, id: string, values: { name: string; sector: Sector }) {
	await db
		.update(organisations)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(organisations.id, id));
}

export async function addMembership(db: Executor, userId: string, organisationId: string) {
	await db.insert(memberships).values({ userId, organisationId }).onConflictDoNothing();
}

export async function removeMembership(db: Executor, userId: string, organisationId: string) {
	await db.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
}

export async function listMembers(db: Executor, organisationId: string) {
	return db
		.select({ id: users.id, email: users.email, name: users.name, status: users.status })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.email));
}
