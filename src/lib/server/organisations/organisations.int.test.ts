import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../domain/policy/policy.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { DEMO_ORGANISATIONS } from '../demo/organisations.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { inviteUser } from '../users/users.usecases.ts';
import {
	addOrganisationMember,
	createOrganisation,
	editOrganisation,
	getOrganisation,
	getOrganisations,
	removeOrganisationMember
} from './organisations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const admin = () => contextFor(database.db, SYSTEM_ADMIN);

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

describe('demo content', () => {
	it('loads the demo organisations once and never overwrites edits', async () => {
		expect((await seedDemoContent(database.db)).organisationsAdded).toBe(DEMO_ORGANISATIONS.length);
		const realdania = (await getOrganisations(admin())).find((o) => o.slug === 'realdania');
		await editOrganisation(admin(), { id: realdania?.id ?? '', name: 'Realdania (redigeret)', sector: 'foundation' });
		expect((await seedDemoContent(database.db)).organisationsAdded).toBe(0);
		const again = await getOrganisations(admin());
		expect(again).toHaveLength(DEMO_ORGANISATIONS.length);
		expect(again.find((o) => o.slug === 'realdania')?.name).toBe('Realdania (redigeret)');
	});
});

describe('organisations', () => {
	it('creates, refuses a duplicate name, edits, and manages members', async () => {
		const created = await createOrganisation(admin(), { name: 'Aarhus Kommune', sector: 'public' });
		await expect(createOrganisation(admin(), { name: 'aarhus kommune', sector: 'public' })).rejects.toMatchObject({
			fields: { name: 'organisation_exists' }
		});
		const { user } = await inviteUser(admin(), { email: 'partner@example.org', name: 'P', platformRole: 'member', locale: 'da' });
		await addOrganisationMember(admin(), { organisationId: created.id, email: 'Partner@Example.org' });
		await addOrganisationMember(admin(), { organisationId: created.id, email: 'partner@example.org' }); // idempotent
		expect((await getOrganisation(admin(), created.id)).members.map((m) => m.email)).toEqual(['partner@example.org']);
		await expect(addOrganisationMember(admin(), { organisationId: created.id, email: 'nobody@example.org' })).rejects.toMatchObject({
			fields: { email: 'user_not_found' }
		});
		await removeOrganisationMember(admin(), { organisationId: created.id, userId: user.id });
		expect((await getOrganisation(admin(), created.id)).members).toEqual([]);
	});

	it('answers not_found for an unknown id and forbidden for non-admins', async () => {
		await expect(getOrganisation(admin(), crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });
		const member: Actor = { userId: crypto.randomUUID(), platformRole: 'member' };
		for (const actor of [member, ANONYMOUS]) {
			await expect(getOrganisations(contextFor(database.db, actor))).rejects.toMatchObject({ code: 'forbidden' });
			await expect(createOrganisation(contextFor(database.db, actor), { name: 'Ny', sector: 'business' })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
	});
});
