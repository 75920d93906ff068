import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { createAssessment } from '../assessments/assessments.usecases.ts';
import { closeGroupRound, openGroupRound } from '../assessments/group-rounds.usecases.ts';
import { newPerson } from '../initiatives/initiatives.fixtures.ts';
import { startInitiative } from '../initiatives/initiatives.usecases.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { getMyStartPage, START_PAGE_LIMIT } from './start.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const admin = () => contextFor(database.db, SYSTEM_ADMIN);

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

const initiative = (name: string) => ({
	name,
	slug: '',
	areas: ['101'],
	problemStatement: 'Et problem',
	vision: '',
	values: '',
	targetGroup: '',
	visibility: 'private' as const
});

describe('Min side (the start page after sign-in)', () => {
	it("lists my organisations' assessments and rounds (open first) and my initiatives, newest first, a few of each with the totals", async () => {
		const mine = (await createOrganisation(admin(), { name: 'Odense Kommune', sector: 'public' })).id;
		const theirs = (await createOrganisation(admin(), { name: 'Fonden Fremmed', sector: 'foundation' })).id;
		const me = await newPerson(database.db, 'member', mine);
		const colleague = await newPerson(database.db, 'member', mine);
		const stranger = await newPerson(database.db, 'member', theirs);
		const as = (actor: typeof me) => contextFor(database.db, actor);

		for (let n = 1; n <= START_PAGE_LIMIT + 2; n += 1)
			await createAssessment(as(colleague), { organisationId: mine, title: `Vurdering ${n}` });
		await createAssessment(as(stranger), { organisationId: theirs, title: 'Ikke min' });
		const closed = await openGroupRound(as(me), { organisationId: mine, focusProblem: 'Lukket runde' });
		await closeGroupRound(as(me), closed.id);
		const open = await openGroupRound(as(colleague), { organisationId: mine, focusProblem: 'Åben runde' });
		await openGroupRound(as(stranger), { organisationId: theirs, focusProblem: 'Fremmed runde' });
		await startInitiative(as(me), initiative('Første initiativ'));
		await startInitiative(as(me), initiative('Andet initiativ'));
		await startInitiative(as(stranger), initiative('Fremmed initiativ'));

		const page = await getMyStartPage(as(me));
		expect(page.organisations.map((o) => o.name)).toEqual(['Odense Kommune']);
		expect(page.assessments.total).toBe(START_PAGE_LIMIT + 2);
		expect(page.assessments.items).toHaveLength(START_PAGE_LIMIT);
		expect(page.assessments.items[0]?.title).toBe(`Vurdering ${START_PAGE_LIMIT + 2}`);
		expect(page.assessments.items.every((a) => a.organisationName === 'Odense Kommune')).toBe(true);
		// the open round comes first although the closed one is older only by a moment
		expect(page.rounds.items.map((r) => [r.focusProblem, r.status])).toEqual([
			['Åben runde', 'open'],
			['Lukket runde', 'closed']
		]);
		expect(page.rounds).toMatchObject({ total: 2, open: 1 });
		expect(page.rounds.items[0]?.id).toBe(open.id);
		// the initiative changed last comes first (the initiatives list itself is by name)
		expect(page.initiatives.items.map((i) => i.name)).toEqual(['Andet initiativ', 'Første initiativ']);
		expect(page.initiatives.items.every((i) => i.role === 'backbone_lead')).toBe(true);
	});

	it('a person with no organisation gets empty lists, not an error; nobody signed out gets one', async () => {
		const loner = await newPerson(database.db, 'member');
		const page = await getMyStartPage(contextFor(database.db, loner));
		expect(page).toMatchObject({
			organisations: [],
			assessments: { items: [], total: 0 },
			rounds: { items: [], total: 0, open: 0 },
			initiatives: { items: [], total: 0, archivedCount: 0 }
		});
		await expect(getMyStartPage(contextFor(database.db, ANONYMOUS))).rejects.toMatchObject({ code: 'forbidden' });
	});
});
