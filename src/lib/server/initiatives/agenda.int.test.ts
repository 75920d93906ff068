import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import {
	createGoal,
	createStrategy,
	deleteGoal,
	deleteStrategy,
	endorseAgenda,
	getAgenda,
	getAgendaHistory,
	getGoalDeletion,
	moveGoal,
	moveStrategy,
	updateAgendaTexts,
	updateGoal,
	updateStrategy
} from './agenda.usecases.ts';
import { addTestActor, createTestInitiative, type TestInitiative } from './initiatives.fixtures.ts';
import {
	activityGoals,
	agendaVersions,
	commitmentGoals,
	initiativeActivities,
	initiativeCommitments,
	initiativeGoals,
	initiativeStrategies
} from './initiatives.table.ts';
import { getInitiative, updateInitiativeSettings } from './initiatives.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
/** another initiative, with a goal, a strategy and a partner actor of its own (Z3) */
let elsewhere: TestInitiative & { goalId: string; strategyId: string };
/** a second partner actor of `world`, not the editor's */
let thirdActorId: string;
const as = (actor: TestInitiative['lead']) => contextFor(database.db, actor);

async function expectCode(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught, `expected ${code}`).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
}

const goalRow = async (id: string) => (await database.db.select().from(initiativeGoals).where(eq(initiativeGoals.id, id)))[0];
const strategyRow = async (id: string) => (await database.db.select().from(initiativeStrategies).where(eq(initiativeStrategies.id, id)))[0];
const versionOf = async (slug: string) => (await getAgenda(as(world.lead), slug)).agendaVersion;

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Fælles agenda');
	thirdActorId = await addTestActor(database.db, world.id, { name: 'Tredje Forening', sector: 'civil_society' });
	const other = await createTestInitiative(database.db, 'Andet initiativ');
	const goal = await createGoal(contextFor(database.db, other.lead), other.slug, { title: 'Deres mål', description: '' });
	const strategy = await createStrategy(contextFor(database.db, other.lead), other.slug, {
		goalId: goal?.id as string,
		text: 'Deres strategi'
	});
	elsewhere = { ...other, goalId: goal?.id as string, strategyId: strategy?.id as string };
});
afterAll(async () => {
	await database.dispose();
});

describe('the goal tree', () => {
	it('the lead adds long-term goals, sub-goals and strategies; each change is a new agenda version, audited', async () => {
		const before = await versionOf(world.slug);
		const a = await createGoal(as(world.lead), world.slug, { title: 'Flere unge i uddannelse', description: 'Inden 2030' });
		const b = await createGoal(as(world.lead), world.slug, { title: 'Færre unge på ydelse', description: '' });
		const a1 = await createGoal(as(world.lead), world.slug, { parentId: a?.id, title: 'Mentorordning', description: '' });
		const a2 = await createGoal(as(world.lead), world.slug, { parentId: a?.id, title: 'Brobygning', description: '' });
		await createStrategy(as(world.lead), world.slug, { goalId: a?.id as string, text: 'Fælles visitation' });
		await createStrategy(as(world.lead), world.slug, { goalId: a1?.id as string, text: 'Frivillige mentorer' });
		const agenda = await getAgenda(as(world.viewer), world.slug);
		expect(agenda.tree.map((g) => g.title)).toEqual(['Flere unge i uddannelse', 'Færre unge på ydelse']);
		expect(agenda.tree[0]?.children.map((g) => g.id)).toEqual([a1?.id, a2?.id]);
		expect(agenda.tree[0]?.strategies.map((s) => s.text)).toEqual(['Fælles visitation']);
		expect(agenda.tree[0]?.children[0]?.strategies.map((s) => s.text)).toEqual(['Frivillige mentorer']);
		expect(agenda.tree[1]?.id).toBe(b?.id);
		expect(agenda.agendaVersion).toBe(before + 6);
		const versions = await database.db.select().from(agendaVersions).where(eq(agendaVersions.initiativeId, world.id));
		expect(versions.map((v) => v.version).sort((x, y) => x - y)).toEqual(Array.from({ length: before + 6 }, (_, i) => i + 1));
		const latest = versions.find((v) => v.version === before + 6);
		expect(latest?.snapshot.goals).toHaveLength(4);
		expect(latest?.snapshot.strategies).toHaveLength(2);
		const audit = await findAuditEntries(database.db, { action: 'initiative.goal_created' });
		expect(audit.filter((entry) => entry.initiativeId === world.id)).toHaveLength(4);
	});

	it('two levels: a sub-goal cannot have sub-goals', async () => {
		const parent = await createGoal(as(world.lead), world.slug, { title: 'Overordnet', description: '' });
		const child = await createGoal(as(world.lead), world.slug, { parentId: parent?.id, title: 'Delmål', description: '' });
		await expectCode(createGoal(as(world.lead), world.slug, { parentId: child?.id, title: 'For dybt', description: '' }), 'invalid_input');
		await deleteGoal(as(world.lead), world.slug, { goalId: parent?.id as string, revision: 1, confirm: 'yes' });
	});

	it('an edit keeps the goal id (commitments and activities link to it) and makes a version; an unchanged save makes none', async () => {
		const goal = await createGoal(as(world.lead), world.slug, { title: 'Bolig til alle', description: '' });
		const id = goal?.id as string;
		const v = await versionOf(world.slug);
		await updateGoal(as(world.lead), world.slug, { goalId: id, title: 'Bolig til alle unge', description: 'Ny tekst', revision: 1 });
		expect(await goalRow(id)).toMatchObject({ id, title: 'Bolig til alle unge', revision: 2 });
		expect(await versionOf(world.slug)).toBe(v + 1);
		await updateGoal(as(world.lead), world.slug, { goalId: id, title: 'Bolig til alle unge', description: 'Ny tekst', revision: 2 });
		expect(await versionOf(world.slug)).toBe(v + 1);
		await deleteGoal(as(world.lead), world.slug, { goalId: id, revision: 2 });
	});

	it('reorders with up/down among siblings, refusing a move against an order that changed meanwhile', async () => {
		const lead = await createTestInitiative(database.db, 'Rækkefølge');
		const ctx = contextFor(database.db, lead.lead);
		const ids = [];
		for (const title of ['A', 'B', 'C']) ids.push((await createGoal(ctx, lead.slug, { title, description: '' }))?.id as string);
		const [a, b, c] = ids as [string, string, string];
		await moveGoal(ctx, lead.slug, { id: c, direction: 'up', neighbourId: b });
		expect((await getAgenda(ctx, lead.slug)).tree.map((g) => g.title)).toEqual(['A', 'C', 'B']);
		// a second person, still seeing A B C, clicks "C up" too: refused, not moved twice
		await expectCode(moveGoal(ctx, lead.slug, { id: c, direction: 'up', neighbourId: b }), 'stale_revision');
		await moveGoal(ctx, lead.slug, { id: a, direction: 'down', neighbourId: c });
		expect((await getAgenda(ctx, lead.slug)).tree.map((g) => g.title)).toEqual(['C', 'A', 'B']);
		// the first cannot move up
		await expectCode(moveGoal(ctx, lead.slug, { id: c, direction: 'up', neighbourId: a }), 'stale_revision');
		// strategies too
		const s1 = (await createStrategy(ctx, lead.slug, { goalId: a, text: 'Første' }))?.id as string;
		const s2 = (await createStrategy(ctx, lead.slug, { goalId: a, text: 'Anden' }))?.id as string;
		await moveStrategy(ctx, lead.slug, { id: s2, direction: 'up', neighbourId: s1 });
		expect((await getAgenda(ctx, lead.slug)).tree[1]?.strategies.map((s) => s.text)).toEqual(['Anden', 'Første']);
		await expectCode(moveStrategy(ctx, lead.slug, { id: s2, direction: 'up', neighbourId: s1 }), 'stale_revision');
		const history = await getAgendaHistory(ctx, lead.slug);
		expect(history.versions[0]?.changes).toEqual([
			{ kind: 'strategies_reordered', goal: 'A', before: ['Første', 'Anden'], after: ['Anden', 'Første'] }
		]);
	});

	it('strategies are edited and deleted at their revision', async () => {
		const goal = await createGoal(as(world.lead), world.slug, { title: 'Strategimål', description: '' });
		const s = (await createStrategy(as(world.lead), world.slug, { goalId: goal?.id as string, text: 'Oprindelig' }))?.id as string;
		await updateStrategy(as(world.lead), world.slug, { strategyId: s, text: 'Ny', revision: 1 });
		await expectCode(updateStrategy(as(world.lead), world.slug, { strategyId: s, text: 'Gammel side', revision: 1 }), 'stale_revision');
		expect((await strategyRow(s))?.text).toBe('Ny');
		await expectCode(deleteStrategy(as(world.lead), world.slug, { strategyId: s, revision: 1 }), 'stale_revision');
		await deleteStrategy(as(world.lead), world.slug, { strategyId: s, revision: 2 });
		expect(await strategyRow(s)).toBeUndefined();
		await deleteGoal(as(world.lead), world.slug, { goalId: goal?.id as string, revision: 1 });
	});
});

describe('who may do what', () => {
	it('a partner editor and a viewer read the agenda but may not change it; an outsider gets not_found', async () => {
		const goal = await createGoal(as(world.lead), world.slug, { title: 'Rollemål', description: '' });
		const goalId = goal?.id as string;
		const strategyId = (await createStrategy(as(world.lead), world.slug, { goalId, text: 'Rollestrategi' }))?.id as string;
		const texts = (await getAgenda(as(world.lead), world.slug)).texts;
		// thunks: each attempt starts only when awaited (no rejection waits unhandled)
		const attempts = (who: TestInitiative['lead']) => [
			() => updateAgendaTexts(as(who), world.slug, { problemStatement: 'x', vision: 'y', revision: texts.revision }),
			() => createGoal(as(who), world.slug, { title: 'Nyt', description: '' }),
			() => createGoal(as(who), world.slug, { parentId: goalId, title: 'Nyt', description: '' }),
			() => updateGoal(as(who), world.slug, { goalId, title: 'Ændret', description: '', revision: 1 }),
			() => moveGoal(as(who), world.slug, { id: goalId, direction: 'up', neighbourId: goalId }),
			() => getGoalDeletion(as(who), world.slug, goalId),
			() => deleteGoal(as(who), world.slug, { goalId, revision: 1, confirm: 'yes' }),
			() => createStrategy(as(who), world.slug, { goalId, text: 'Ny' }),
			() => updateStrategy(as(who), world.slug, { strategyId, text: 'Ændret', revision: 1 }),
			() => moveStrategy(as(who), world.slug, { id: strategyId, direction: 'up', neighbourId: strategyId }),
			() => deleteStrategy(as(who), world.slug, { strategyId, revision: 1 })
		];
		for (const member of [world.editor, world.viewer]) {
			expect((await getAgenda(as(member), world.slug)).tree.some((g) => g.id === goalId)).toBe(true);
			expect((await getAgendaHistory(as(member), world.slug)).versions.length).toBeGreaterThan(0);
			for (const attempt of attempts(member)) await expectCode(attempt(), 'forbidden');
		}
		await expectCode(getAgenda(as(world.outsider), world.slug), 'not_found');
		await expectCode(getAgendaHistory(as(world.outsider), world.slug), 'not_found');
		for (const attempt of attempts(world.outsider)) await expectCode(attempt(), 'not_found');
		expect(await goalRow(goalId)).toMatchObject({ title: 'Rollemål', revision: 1 });
		expect((await getAgenda(as(world.viewer), world.slug)).canManage).toBe(false);
		expect((await getAgenda(as(world.lead), world.slug)).canManage).toBe(true);
		await deleteGoal(as(world.lead), world.slug, { goalId, revision: 1, confirm: 'yes' });
	});

	it('Z3: a goal, strategy or actor of another initiative is not_found for every role, and nothing there changes', async () => {
		const { goalId, strategyId, ownActorId: foreignActor } = elsewhere;
		for (const who of [world.lead, world.editor, world.viewer, world.outsider]) {
			await expectCode(createGoal(as(who), world.slug, { parentId: goalId, title: 'Snig', description: '' }), 'not_found');
			await expectCode(updateGoal(as(who), world.slug, { goalId, title: 'Snig', description: '', revision: 1 }), 'not_found');
			await expectCode(moveGoal(as(who), world.slug, { id: goalId, direction: 'up', neighbourId: goalId }), 'not_found');
			await expectCode(getGoalDeletion(as(who), world.slug, goalId), 'not_found');
			await expectCode(deleteGoal(as(who), world.slug, { goalId, revision: 1, confirm: 'yes' }), 'not_found');
			await expectCode(createStrategy(as(who), world.slug, { goalId, text: 'Snig' }), 'not_found');
			await expectCode(updateStrategy(as(who), world.slug, { strategyId, text: 'Snig', revision: 1 }), 'not_found');
			await expectCode(moveStrategy(as(who), world.slug, { id: strategyId, direction: 'up', neighbourId: strategyId }), 'not_found');
			await expectCode(deleteStrategy(as(who), world.slug, { strategyId, revision: 1 }), 'not_found');
			await expectCode(
				endorseAgenda(as(who), world.slug, { actorId: foreignActor, agendaVersion: 1, signatoryName: 'X', endorsedOn: '2026-11-01' }),
				'not_found'
			);
			// not a uuid at all (a route parameter)
			await expectCode(getGoalDeletion(as(who), world.slug, 'ikke-et-id'), 'not_found');
		}
		expect(await goalRow(goalId)).toMatchObject({ title: 'Deres mål', revision: 1 });
		expect(await strategyRow(strategyId)).toMatchObject({ text: 'Deres strategi', revision: 1 });
	});
});

describe('problem statement and vision', () => {
	it('are saved at the initiative revision: a stale save is a 409 and writes nothing; confirming after seeing it goes through', async () => {
		const { texts, agendaVersion } = await getAgenda(as(world.lead), world.slug);
		await updateAgendaTexts(as(world.lead), world.slug, { problemStatement: 'Unge uden job', vision: 'Første', revision: texts.revision });
		await expectCode(
			updateAgendaTexts(as(world.lead), world.slug, { problemStatement: 'Unge uden job', vision: 'Anden', revision: texts.revision }),
			'stale_revision'
		);
		const now = await getAgenda(as(world.lead), world.slug);
		expect(now.texts.vision).toBe('Første');
		expect(now.agendaVersion).toBe(agendaVersion + 1);
		await updateAgendaTexts(as(world.lead), world.slug, {
			problemStatement: 'Unge uden job',
			vision: 'Anden',
			revision: texts.revision,
			confirmRevision: now.texts.revision
		});
		expect((await getAgenda(as(world.lead), world.slug)).texts.vision).toBe('Anden');
	});

	it('a change of them on the settings page is a new agenda version too', async () => {
		const { initiative } = await getInitiative(as(world.lead), world.slug);
		const v = initiative.agendaVersion;
		await updateInitiativeSettings(as(world.lead), world.slug, {
			name: initiative.name,
			slug: initiative.slug,
			areas: initiative.areas,
			problemStatement: initiative.problemStatement,
			vision: 'Fra indstillingerne',
			values: initiative.values,
			targetGroup: 'Unge',
			visibility: initiative.visibility,
			revision: initiative.revision
		});
		expect(await versionOf(world.slug)).toBe(v + 1);
		const history = await getAgendaHistory(as(world.viewer), world.slug);
		expect(history.versions[0]?.changes).toEqual([{ kind: 'vision', before: 'Anden', after: 'Fra indstillingerne' }]);
		// a settings change that leaves the agenda alone makes no version
		const again = (await getInitiative(as(world.lead), world.slug)).initiative;
		await updateInitiativeSettings(as(world.lead), world.slug, { ...again, targetGroup: 'Unge 18-24', revision: again.revision });
		expect(await versionOf(world.slug)).toBe(v + 1);
	});
});

describe('deleting a goal others depend on', () => {
	it('says what would be affected and requires confirmation; commitments and activities stay, without the link', async () => {
		const goal = (await createGoal(as(world.lead), world.slug, { title: 'Afhængigt mål', description: '' }))?.id as string;
		const sub = (await createGoal(as(world.lead), world.slug, { parentId: goal, title: 'Afhængigt delmål', description: '' }))
			?.id as string;
		await createStrategy(as(world.lead), world.slug, { goalId: sub, text: 'Strategi under delmålet' });
		const [commitment] = await database.db
			.insert(initiativeCommitments)
			.values({ initiativeId: world.id, actorId: world.ownActorId, text: 'Vi stiller mentorer' })
			.returning();
		await database.db.insert(commitmentGoals).values({ commitmentId: commitment.id, goalId: sub });
		const [activity] = await database.db
			.insert(initiativeActivities)
			.values({ initiativeId: world.id, actorId: world.ownActorId, title: 'Mentorforløb' })
			.returning();
		await database.db.insert(activityGoals).values({ activityId: activity.id, goalId: goal });

		const impact = await getGoalDeletion(as(world.lead), world.slug, goal);
		expect(impact.subGoals.map((g) => g.title)).toEqual(['Afhængigt delmål']);
		expect(impact.strategies.map((s) => s.text)).toEqual(['Strategi under delmålet']);
		expect(impact.commitments).toEqual([{ id: commitment.id, text: 'Vi stiller mentorer', actorName: 'Egen Kommune' }]);
		expect(impact.activities).toEqual([{ id: activity.id, title: 'Mentorforløb', actorName: 'Egen Kommune' }]);
		expect(impact.needsConfirmation).toBe(true);

		await expectCode(deleteGoal(as(world.lead), world.slug, { goalId: goal, revision: 1 }), 'invalid_input');
		expect(await goalRow(goal)).toBeDefined();
		await deleteGoal(as(world.lead), world.slug, { goalId: goal, revision: 1, confirm: 'yes' });
		expect(await goalRow(goal)).toBeUndefined();
		expect(await goalRow(sub)).toBeUndefined();
		expect(await database.db.select().from(initiativeCommitments).where(eq(initiativeCommitments.id, commitment.id))).toHaveLength(1);
		expect(await database.db.select().from(commitmentGoals).where(eq(commitmentGoals.commitmentId, commitment.id))).toHaveLength(0);
		expect(await database.db.select().from(initiativeActivities).where(eq(initiativeActivities.id, activity.id))).toHaveLength(1);
		const [entry] = (await findAuditEntries(database.db, { action: 'initiative.goal_deleted' })).filter((e) => e.targetId === goal);
		expect(entry?.details).toMatchObject({ subGoals: 1, strategies: 1, commitmentsUnlinked: 1, activitiesUnlinked: 1 });
	});

	it('a goal nobody depends on needs no confirmation; a stale revision is refused', async () => {
		const goal = (await createGoal(as(world.lead), world.slug, { title: 'Alene', description: '' }))?.id as string;
		expect((await getGoalDeletion(as(world.lead), world.slug, goal)).needsConfirmation).toBe(false);
		await updateGoal(as(world.lead), world.slug, { goalId: goal, title: 'Alene nu', description: '', revision: 1 });
		await expectCode(deleteGoal(as(world.lead), world.slug, { goalId: goal, revision: 1 }), 'stale_revision');
		await deleteGoal(as(world.lead), world.slug, { goalId: goal, revision: 2 });
		expect(await goalRow(goal)).toBeUndefined();
	});
});

describe('endorsement', () => {
	// a saved agenda to endorse, whichever tests ran before
	beforeAll(async () => {
		await createGoal(as(world.lead), world.slug, { title: 'Mål til godkendelse', description: '' });
	});
	const endorsement = (actorId: string, agendaVersion: number, signatoryName = 'Karen Kommune') => ({
		actorId,
		agendaVersion,
		signatoryName,
		endorsedOn: '2026-11-20'
	});

	it('a partner editor endorses for their own actor only; the lead for any partner actor; funders and viewers do not', async () => {
		const v = await versionOf(world.slug);
		await endorseAgenda(as(world.editor), world.slug, endorsement(world.ownActorId, v));
		// the rule this guards: `initiative.endorse` is granted to a partner editor on their own actor only
		await expectCode(endorseAgenda(as(world.editor), world.slug, endorsement(thirdActorId, v)), 'forbidden');
		await expectCode(endorseAgenda(as(world.viewer), world.slug, endorsement(world.ownActorId, v)), 'forbidden');
		await expectCode(endorseAgenda(as(world.outsider), world.slug, endorsement(world.ownActorId, v)), 'not_found');
		// the funder is not a partner: nobody endorses for it
		await expectCode(endorseAgenda(as(world.lead), world.slug, endorsement(world.otherActorId, v)), 'invalid_input');
		const agenda = await getAgenda(as(world.editor), world.slug);
		expect(agenda.endorsableActorIds).toEqual([world.ownActorId]);
		expect((await getAgenda(as(world.viewer), world.slug)).endorsableActorIds).toEqual([]);
		expect((await getAgenda(as(world.lead), world.slug)).endorsableActorIds.sort()).toEqual([world.ownActorId, thirdActorId].sort());
		const own = agenda.endorsements.rows.find((row) => row.actor.id === world.ownActorId);
		expect(own).toMatchObject({ state: 'current', latest: { signatoryName: 'Karen Kommune', endorsedOn: '2026-11-20', agendaVersion: v } });
		expect(agenda.endorsements).toMatchObject({ partnerCount: 2, endorsedCurrent: 1, required: 2, met: false });
		const audit = await findAuditEntries(database.db, { action: 'initiative.agenda_endorsed' });
		expect(audit.some((entry) => entry.targetId === world.ownActorId && entry.initiativeId === world.id)).toBe(true);
	});

	it('the page must show the current version: endorsing one the agenda has moved past is a 409', async () => {
		const v = await versionOf(world.slug);
		await expectCode(endorseAgenda(as(world.lead), world.slug, endorsement(thirdActorId, v - 1)), 'stale_revision');
	});

	it('after a later change the endorsement shows as given to an earlier version until it is renewed', async () => {
		const v = await versionOf(world.slug);
		await endorseAgenda(as(world.lead), world.slug, endorsement(thirdActorId, v, 'Tove Tredje'));
		expect((await getAgenda(as(world.lead), world.slug)).endorsements.met).toBe(true);
		await createGoal(as(world.lead), world.slug, { title: 'Et nyt mål efter godkendelsen', description: '' });
		const after = await getAgenda(as(world.viewer), world.slug);
		expect(after.agendaVersion).toBe(v + 1);
		expect(after.endorsements.rows.filter((row) => row.counted).map((row) => [row.actor.id, row.state, row.latest?.agendaVersion])).toEqual(
			[
				[world.ownActorId, 'earlier', v],
				[thirdActorId, 'earlier', v]
			]
		);
		expect(after.endorsements.met).toBe(false);
		await endorseAgenda(as(world.editor), world.slug, endorsement(world.ownActorId, v + 1, 'Karen Kommune'));
		const renewed = await getAgenda(as(world.viewer), world.slug);
		expect(renewed.endorsements.rows.find((row) => row.actor.id === world.ownActorId)?.state).toBe('current');
		expect(renewed.endorsements.missing.map((row) => row.actor.id)).toEqual([thirdActorId]);
		// the history names who endorsed which version
		const history = await getAgendaHistory(as(world.viewer), world.slug);
		expect(
			history.versions
				.find((row) => row.version === v)
				?.endorsedBy.map((e) => e.signatoryName)
				.sort()
		).toEqual(['Karen Kommune', 'Tove Tredje']);
		expect(history.versions[0]).toMatchObject({
			version: v + 1,
			changes: [{ kind: 'goal_added', goal: 'Et nyt mål efter godkendelsen', parent: null }]
		});
		expect(history.versions[0]?.createdByName).toBe('Test Person');
	});
});
