import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { ADVISORY_LOCKS } from '../db/locks.ts';
import type { Executor } from '../db/client.ts';
import { sessions } from '../auth/auth.table.ts';
import { memberships, organisations } from '../organisations/organisations.table.ts';
import { users, type UserRow } from './users.table.ts';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
	const [row] = await db
		.select()
		.from(users)
		.where(sql`lower(${users.email}) = ${normaliseEmail(email)}`)
		.limit(1);
	return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
	const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
	return row;
}

export async function countUsers(db: Executor): Promise<number> {
	const [row] = await db.select({ n: count() }).from(users);
	return row?.n ?? 0;
}

export async function countActiveAdmins(db: Executor): Promise<number> {
	const [row] = await db.select({ n: count() }).from(users).where(sql`${users.platformRole} = 'admin' and ${users.status} = 'active'`);
	return row?.n ?? 0;
}

/**
 * Counts active administrators inside a transaction that is about to remove one (role change,
 * disabling, account deletion). The advisory lock serialises those transactions, so two of them at
 * once cannot each see another admin and together leave none.
 */
export async function countActiveAdminsForChange(tx: Executor): Promise<number> {
	await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.adminChanges})`);
	return countActiveAdmins(tx);
}

export async function insertUser(
	db: Executor,
	values: Pick<UserRow, 'email' | 'name' | 'platformRole' | 'status' | 'locale'> & { passwordHash: string | null }
): Promise<UserRow> {
	const [row] = await db
		.insert(users)
		.values({ ...values, email: normaliseEmail(values.email) })
		.returning();
	if (!row) throw new Error('insert returned no row');
	return row;
}

export async function updateUser(
	db: Executor,
	id: string,
	values: Partial<Pick<UserRow, 'name' | 'locale' | 'passwordHash' | 'status' | 'platformRole'>>
): Promise<void> {
	await db
		.update(users)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(users.id, id));
}

export async function listUsersWithOrganisations(db: Executor) {
	const rows = await db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			platformRole: users.platformRole,
			status: users.status,
			createdAt: users.createdAt,
			organisationName: organisations.name,
			lastSeenAt: sql<Date | null>`(select max(${sessions.lastSeenAt}) from ${sessions} where ${sessions.userId} = ${users.id})`
		})
		.from(users)
		.leftJoin(memberships, eq(memberships.userId, users.id))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.orderBy(asc(users.email), asc(organisations.name));
	const byId = new Map<string, Omit<(typeof rows)[number], 'organisationName'> & { organisations: string[] }>();
	for (const { organisationName, ...user } of rows) {
		const entry = byId.get(user.id) ?? { ...user, organisations: [] };
		if (organisationName) entry.organisations.push(organisationName);
		byId.set(user.id, entry);
	}
	return [...byId.values()];
}

/** Active people with one of these platform roles (e.g. who reviews cases). */
export async function listActiveUsersWithRoles(db: Executor, roles: readonly UserRow['platformRole'][]) {
	return db
		.select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
		.from(users)
		.where(and(inArray(users.platformRole, [...roles]), eq(users.status, 'active')))
		.orderBy(asc(users.email));
}
