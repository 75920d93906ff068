/**
 * Test fixtures of the initiative area (integration tests only): people, an initiative with members
 * in each role, actors. Members and actors are written directly, so a test of one part does not
 * depend on the use cases of another.
 */
import { eq } from 'drizzle-orm';
import type { InitiativeRole } from '../../domain/initiatives/model.ts';
import type { Actor, PlatformRole } from '../../domain/policy/policy.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import type { Database } from '../db/client.ts';
import { contextFor, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { inviteUser } from '../users/users.usecases.ts';
import { startInitiative } from './initiatives.usecases.ts';
import { initiativeActors, initiativeMembers, initiatives } from './initiatives.table.ts';

export async function newPerson(
	db: Database,
	platformRole: Exclude<PlatformRole, 'anonymous'> = 'member',
	organisationId?: string
): Promise<Actor> {
	const { user } = await inviteUser(contextFor(db, SYSTEM_ADMIN), {
		email: `${crypto.randomUUID()}@example.org`,
		name: 'Test Person',
		platformRole,
		organisationId,
		locale: 'da'
	});
	return { userId: user.id, platformRole };
}

export async function addTestActor(
	db: Database,
	initiativeId: string,
	values: { name: string; sector?: Sector; role?: (typeof initiativeActors.$inferInsert)['role'] }
): Promise<string> {
	const [row] = await db
		.insert(initiativeActors)
		.values({ initiativeId, name: values.name, sector: values.sector ?? 'public', role: values.role ?? 'partner' })
		.returning({ id: initiativeActors.id });
	return row.id;
}

export async function addTestMember(
	db: Database,
	initiativeId: string,
	person: Actor,
	role: InitiativeRole,
	actorId: string | null = null
) {
	await db.insert(initiativeMembers).values({ initiativeId, userId: person.userId as string, role, actorId });
}

export interface TestInitiative {
	id: string;
	slug: string;
	lead: Actor;
	/** a partner editor acting for `ownActorId` */
	editor: Actor;
	viewer: Actor;
	/** signed in, member of nothing here */
	outsider: Actor;
	ownActorId: string;
	otherActorId: string;
}

/** An initiative with a backbone lead, a partner editor (acting for one of two actors), a viewer, and an outsider. */
export async function createTestInitiative(db: Database, name = `Initiativ ${crypto.randomUUID().slice(0, 8)}`): Promise<TestInitiative> {
	const lead = await newPerson(db);
	const { slug } = await startInitiative(contextFor(db, lead), {
		name,
		slug: '',
		areas: ['101'],
		problemStatement: 'Unge uden uddannelse',
		vision: '',
		values: '',
		targetGroup: '',
		visibility: 'private'
	});
	const [row] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug)).limit(1);
	const ownActorId = await addTestActor(db, row.id, { name: 'Egen Kommune', sector: 'public' });
	const otherActorId = await addTestActor(db, row.id, { name: 'Anden Fond', sector: 'foundation', role: 'funder' });
	const editor = await newPerson(db);
	const viewer = await newPerson(db);
	const outsider = await newPerson(db);
	await addTestMember(db, row.id, editor, 'partner_editor', ownActorId);
	await addTestMember(db, row.id, viewer, 'viewer');
	return { id: row.id, slug, lead, editor, viewer, outsider, ownActorId, otherActorId };
}
