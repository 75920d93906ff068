import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { DEMO_INITIATIVE_SLUG } from '../demo/initiative.ts';
import { seedDemoContent } from '../demo/seed.ts';
import { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { addFundingSource, addGovernanceBody, addStaff, getBackbone, setBackboneOrganisation } from './backbone.usecases.ts';
import { getCockpit, HISTORY_PAGE_SIZE, listInitiativeHistory } from './cockpit.usecases.ts';
import { createTestInitiative, newPerson, type TestInitiative } from './initiatives.fixtures.ts';
import {
	agendaVersions,
	initiativeActors,
	initiativeGoals,
	initiativeMembers,
	initiativeRelations,
	initiatives,
	initiativeStrategies
} from './initiatives.table.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
const TODAY = '2026-12-02';
const as = (actor: Actor) => contextFor(database.db, actor, { now: () => new Date(`${TODAY}T10:00:00Z`) });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	if (caught === undefined) return undefined;
	if (!(caught instanceof AppError)) throw caught;
	return caught.code;
}

const statesOf = (cockpit: Awaited<ReturnType<typeof getCockpit>>) =>
	Object.fromEntries(cockpit.conditions.map((c) => [c.condition, c.state]));

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Cockpittet');
	other = await createTestInitiative(database.db, 'Naboinitiativet');
});
afterAll(async () => {
	await database.dispose();
});

describe('the cockpit', () => {
	it('every member reads it; an outsider and a member of another initiative get not_found', async () => {
		for (const member of [world.lead, world.editor, world.viewer])
			expect((await getCockpit(as(member), world.slug)).scope.id).toBe(world.id);
		for (const stranger of [world.outsider, other.lead, other.editor, other.viewer])
			expect(await codeOf(getCockpit(as(stranger), world.slug))).toBe('not_found');
	});

	it('computes the states from the data, and the backbone comes in place with a 12-month runway', async () => {
		let cockpit = await getCockpit(as(world.viewer), world.slug);
		// the fixture has a problem statement only: the agenda is begun, nothing else is
		expect(statesOf(cockpit)).toEqual({
			agenda: 'in_progress',
			measurement: 'not_started',
			activities: 'not_started',
			communication: 'not_measured',
			backbone: 'not_started'
		});
		const revision = (await getBackbone(as(world.lead), world.slug)).backbone.revision;
		await setBackboneOrganisation(as(world.lead), world.slug, { actorId: world.ownActorId, revision });
		await addStaff(as(world.lead), world.slug, { name: 'Koordinator', role: 'Koordinator', fte: 1 });
		await addGovernanceBody(as(world.lead), world.slug, { name: 'Styregruppe', kind: 'steering_group', members: '', mandate: '' });
		const { id } = await addFundingSource(as(world.lead), world.slug, {
			actorId: null,
			kind: 'public',
			amountDkk: 100_000,
			startsOn: '2026-01-01',
			endsOn: '2027-11-30'
		});
		cockpit = await getCockpit(as(world.viewer), world.slug);
		const backbone = cockpit.conditions.find((c) => c.condition === 'backbone');
		expect(backbone?.state).toBe('in_progress');
		expect(backbone?.missing).toEqual([{ key: 'backbone_runway', months: expect.any(Number), endsOn: '2027-11-30', needed: 12 }]);
		expect(cockpit.runway.isShort).toBe(true);
		// a second source that starts the day after the first ends carries it past twelve months
		await addFundingSource(as(world.lead), world.slug, {
			actorId: null,
			kind: 'private',
			amountDkk: 1,
			startsOn: '2027-12-01',
			endsOn: '2028-03-31'
		});
		cockpit = await getCockpit(as(world.viewer), world.slug);
		expect(statesOf(cockpit).backbone).toBe('in_place');
		expect(cockpit.runway).toMatchObject({ endsOn: '2028-03-31', isShort: false });
		expect(cockpit.funding).toEqual({ count: 2, totalAmountDkk: 100_001 });
		expect(id).toBeTruthy();
	});

	it('closes the inherited resources gap when the runway covers twelve months, and not before', async () => {
		const lead = await newPerson(database.db);
		const fresh = await createTestInitiative(database.db, 'Med forudsætninger');
		await database.db
			.update(initiatives)
			.set({
				readinessGaps: [
					{ key: 'step4.resources12Months', answer: 'no', closedAt: null, closedNote: null },
					{ key: 'step4.champions', answer: 'unknown', closedAt: null, closedNote: null }
				]
			})
			.where(eq(initiatives.id, fresh.id));
		expect((await getCockpit(as(fresh.lead), fresh.slug)).gapsClosed).toEqual({
			'step4.resources12Months': false,
			'step4.champions': false
		});
		await addFundingSource(as(fresh.lead), fresh.slug, {
			actorId: null,
			kind: 'public',
			amountDkk: 5,
			startsOn: '2026-01-01',
			endsOn: '2028-12-31'
		});
		expect((await getCockpit(as(fresh.lead), fresh.slug)).gapsClosed).toEqual({
			'step4.resources12Months': true,
			'step4.champions': false
		});
		expect(await codeOf(getCockpit(as(lead), fresh.slug))).toBe('not_found');
	});

	it('shows the ten most recent changes with the person’s name, and never an IP or a request id', async () => {
		const cockpit = await getCockpit(as(world.editor), world.slug);
		expect(cockpit.recentChanges.length).toBeLessThanOrEqual(10);
		expect(cockpit.recentChanges[0]).toMatchObject({
			action: 'initiative.funding_created',
			actorName: 'Test Person',
			bySystem: false,
			kind: 'backbone'
		});
		for (const entry of cockpit.recentChanges)
			expect(Object.keys(entry).sort()).toEqual(['action', 'actorName', 'at', 'bySystem', 'id', 'kind', 'target']);
		expect(JSON.stringify(cockpit)).not.toContain('127.0.0.1');
	});
});

describe('the history', () => {
	it('pages back by keyset without overlap, filters by kind, and is for members only', async () => {
		for (let i = 0; i < HISTORY_PAGE_SIZE + 3; i++)
			await addStaff(as(other.lead), other.slug, { name: `Person ${i}`, role: 'Frivillig', fte: 0.1 });
		const first = await listInitiativeHistory(as(other.viewer), other.slug, {});
		expect(first.entries).toHaveLength(HISTORY_PAGE_SIZE);
		expect(first.entries[0]).toMatchObject({ action: 'initiative.staff_created', target: `Person ${HISTORY_PAGE_SIZE + 2}` });
		expect(first.nextBefore).not.toBeNull();
		const second = await listInitiativeHistory(as(other.viewer), other.slug, { before: first.nextBefore ?? undefined });
		// 28 staff entries and the initiative's creation
		expect(second.entries.map((e) => e.action)).toEqual([
			'initiative.staff_created',
			'initiative.staff_created',
			'initiative.staff_created',
			'initiative.created'
		]);
		expect(second.nextBefore).toBeNull();
		const ids = [...first.entries, ...second.entries].map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		// by kind
		const settings = await listInitiativeHistory(as(other.editor), other.slug, { kind: 'initiative' });
		expect(settings.entries.map((e) => e.action)).toEqual(['initiative.created']);
		const backbone = await listInitiativeHistory(as(other.editor), other.slug, { kind: 'backbone' });
		expect(backbone.entries.every((e) => e.kind === 'backbone')).toBe(true);
		expect((await listInitiativeHistory(as(other.editor), other.slug, { kind: 'map' })).entries).toEqual([]);
		// never another initiative's entries, never to outsiders
		expect(first.entries.some((e) => e.target === 'Koordinator')).toBe(false);
		for (const stranger of [other.outsider, world.lead, world.viewer])
			expect(await codeOf(listInitiativeHistory(as(stranger), other.slug, {}))).toBe('not_found');
	});
});

describe('the demo initiative', () => {
	it('is seeded once, fully worked, with the first platform admin as its backbone lead', async () => {
		const admin = await newPerson(database.db, 'admin');
		expect((await seedDemoContent(database.db, TODAY)).initiativesAdded).toBe(1);
		expect((await seedDemoContent(database.db, TODAY)).initiativesAdded).toBe(0);
		const [demo] = await database.db.select().from(initiatives).where(eq(initiatives.slug, DEMO_INITIATIVE_SLUG));
		const [{ n: actorCount }] = await database.db
			.select({ n: count() })
			.from(initiativeActors)
			.where(eq(initiativeActors.initiativeId, demo.id));
		const [{ n: relationCount }] = await database.db
			.select({ n: count() })
			.from(initiativeRelations)
			.where(eq(initiativeRelations.initiativeId, demo.id));
		expect([actorCount, relationCount]).toEqual([12, 25]);
		const members = await database.db.select().from(initiativeMembers).where(eq(initiativeMembers.initiativeId, demo.id));
		expect(members.map((m) => [m.userId, m.role])).toEqual([[admin.userId, 'backbone_lead']]);

		// the current agenda version's snapshot is the goal tree and strategies as they are
		const [current] = await database.db
			.select()
			.from(agendaVersions)
			.where(eq(agendaVersions.initiativeId, demo.id))
			.orderBy(agendaVersions.version)
			.offset(1);
		const goals = await database.db.select().from(initiativeGoals).where(eq(initiativeGoals.initiativeId, demo.id));
		const strategies = await database.db.select().from(initiativeStrategies).where(eq(initiativeStrategies.initiativeId, demo.id));
		expect(current.version).toBe(demo.agendaVersion);
		expect(new Set(current.snapshot.goals.map((g) => `${g.id}|${g.parentId}|${g.title}|${g.position}`))).toEqual(
			new Set(goals.map((g) => `${g.id}|${g.parentId}|${g.title}|${g.position}`))
		);
		expect(new Set(current.snapshot.strategies.map((s) => `${s.id}|${s.goalId}|${s.text}`))).toEqual(
			new Set(strategies.map((s) => `${s.id}|${s.goalId}|${s.text}`))
		);
		expect(goals.filter((g) => g.parentId === null)).toHaveLength(3);

		const cockpit = await getCockpit(as(admin), DEMO_INITIATIVE_SLUG);
		expect(statesOf(cockpit)).toEqual({
			agenda: 'in_progress',
			measurement: 'in_place',
			activities: 'in_progress',
			communication: 'not_measured',
			backbone: 'in_progress'
		});
		// nine months of runway: the warning shows, and the pledge after the gap does not count
		expect(cockpit.runway.months).toBeCloseTo(9, 0);
		expect(cockpit.runway.isShort).toBe(true);
		const agenda = cockpit.conditions.find((c) => c.condition === 'agenda');
		expect(agenda?.missing).toEqual([
			{
				key: 'agenda_endorsements',
				endorsed: 6,
				partners: 11,
				needed: 8,
				actors: expect.arrayContaining(['Forældrenetværket Fjordby', 'Fjordby Boligforening'])
			}
		]);
		const activities = cockpit.conditions.find((c) => c.condition === 'activities');
		expect(activities?.missing.map((m) => m.key)).toEqual(['activities_goals_without_activity', 'activities_actors_without_commitment']);
		expect(cockpit.recentChanges.map((e) => [e.action, e.bySystem])).toEqual([['initiative.created', true]]);
	});
});
