/**
 * Actors, commitments, activities and the contribution matrix (issue 12 §4–5): every use case ×
 * role (backbone lead; partner editor on their own actor's items and on another's; viewer;
 * outsider → not found), another initiative's ids (Z3), stale revisions (409), and the
 * delete-actor flow (move or delete the activities; nothing lost silently).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { parseForm } from '../http/forms.ts';
import { ActivitySchema, AddActorSchema, UpdateActorContactSchema } from '../../schemas/initiatives-activities.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { addActivity, deleteActivity, getActivities, getActivity, getContributionMatrix, updateActivity } from './activities.usecases.ts';
import {
	addActor,
	addCommitment,
	deleteActor,
	deleteCommitment,
	getActor,
	getActorDeletion,
	getActors,
	updateActor,
	updateActorContact,
	updateCommitment
} from './actors.usecases.ts';
import { addTestActor, createTestInitiative, type TestInitiative } from './initiatives.fixtures.ts';
import {
	agendaEndorsements,
	initiativeActivities,
	initiativeCommitments,
	initiativeGoals,
	initiativeRelations
} from './initiatives.table.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
/** world's goals: a long-term goal L with sub-goals S1, S2; other's goal */
let goals: { L: string; S1: string; S2: string; foreign: string };
const as = (actor: Actor) => contextFor(database.db, actor);

async function expectCode(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
	if (fields) expect((caught as AppError).fields).toMatchObject(fields);
}

async function insertGoal(initiativeId: string, title: string, parentId: string | null = null, position = 0) {
	const [row] = await database.db
		.insert(initiativeGoals)
		.values({ initiativeId, title, parentId, position })
		.returning({ id: initiativeGoals.id });
	return row.id;
}

const activity = (actorId: string, extra: Partial<Parameters<typeof addActivity>[2]> = {}) => ({
	actorId,
	title: `Aktivitet ${crypto.randomUUID().slice(0, 6)}`,
	description: '',
	goalIds: [] as string[],
	status: 'planned' as const,
	startsOn: '2026-01-01',
	endsOn: '2026-06-30',
	...extra
});

const actorFields = { name: '', role: 'partner' as const, contactName: '', contactEmail: '' };

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Unge i job');
	other = await createTestInitiative(database.db, 'Et andet initiativ');
	const L = await insertGoal(world.id, 'Flere unge i job', null, 0);
	goals = {
		L,
		S1: await insertGoal(world.id, 'Mentorordning', L, 0),
		S2: await insertGoal(world.id, 'Praktikpladser', L, 1),
		foreign: await insertGoal(other.id, 'Fremmed mål')
	};
});
afterAll(async () => {
	await database.dispose();
});

describe('actors', () => {
	it('the backbone lead adds one from the register (name and sector come along) and one on the fly, audited', async () => {
		const org = await createOrganisation(contextFor(database.db, SYSTEM_ADMIN), { name: 'Erhvervshus Syd', sector: 'business' });
		const fromRegister = await addActor(as(world.lead), world.slug, { ...actorFields, organisationId: org.id, name: 'ignored' });
		const onTheFly = await addActor(as(world.lead), world.slug, {
			...actorFields,
			name: 'Ungdomsskolen',
			sector: 'public',
			role: 'working_group',
			contactName: 'Kim Berg',
			contactEmail: 'kim@ungdomsskolen.dk'
		});
		const { actors, register } = await getActors(as(world.lead), world.slug);
		expect(actors.find((a) => a.id === fromRegister.id)).toMatchObject({
			name: 'Erhvervshus Syd',
			sector: 'business',
			organisationId: org.id
		});
		expect(actors.find((a) => a.id === onTheFly.id)).toMatchObject({
			name: 'Ungdomsskolen',
			role: 'working_group',
			contactName: 'Kim Berg',
			contactEmail: 'kim@ungdomsskolen.dk'
		});
		// an organisation already in the initiative is not offered again
		expect(register.some((o) => o.id === org.id)).toBe(false);
		const audit = await findAuditEntries(database.db, { action: 'initiative.actor_created' });
		expect(audit.filter((e) => e.initiativeId === world.id).map((e) => e.targetId)).toEqual(
			expect.arrayContaining([fromRegister.id, onTheFly.id])
		);
	});

	it('refuses a name already used in the initiative (any case) and a missing name or sector, with field messages', async () => {
		await expectCode(addActor(as(world.lead), world.slug, { ...actorFields, name: 'EGEN KOMMUNE', sector: 'public' }), 'invalid_input', {
			name: 'field_actor_name_taken'
		});
		await expectCode(addActor(as(world.lead), world.slug, { ...actorFields }), 'invalid_input', {
			name: 'field_actor_name_or_organisation',
			sector: 'field_required'
		});
		// the same name in another initiative is fine
		await addActor(as(other.lead), other.slug, { ...actorFields, name: 'Egen kommune 2', sector: 'public' });
		const { actors } = await getActors(as(world.lead), world.slug);
		await expectCode(
			updateActor(as(world.lead), world.slug, {
				...actorFields,
				id: world.otherActorId,
				name: 'egen kommune',
				sector: 'foundation',
				revision: actors.find((a) => a.id === world.otherActorId)?.revision ?? 0
			}),
			'invalid_input',
			{ name: 'field_actor_name_taken' }
		);
	});

	it('the contact is a name and a valid work e-mail only (P1)', () => {
		const form = new FormData();
		form.set('name', 'Foreningen');
		form.set('sector', 'civil_society');
		form.set('contactEmail', 'ikke en mail');
		const parsed = parseForm(AddActorSchema, form);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.failure.errors.contactEmail).toBe('field_email_invalid');
		expect(Object.keys(UpdateActorContactSchema.shape).sort()).toEqual(['confirmRevision', 'contactEmail', 'contactName', 'revision']);
	});

	it('only the backbone lead adds, edits and deletes actors; members read; an outsider gets not found', async () => {
		for (const member of [world.lead, world.editor, world.viewer]) {
			expect((await getActors(as(member), world.slug)).actors.length).toBeGreaterThanOrEqual(2);
			expect((await getActor(as(member), world.slug, world.ownActorId)).actor.name).toBe('Egen Kommune');
		}
		const { actor } = await getActor(as(world.lead), world.slug, world.otherActorId);
		const input = { ...actorFields, id: actor.id, name: actor.name, sector: actor.sector, revision: actor.revision };
		for (const member of [world.editor, world.viewer]) {
			await expectCode(addActor(as(member), world.slug, { ...actorFields, name: 'Ny', sector: 'public' }), 'forbidden');
			await expectCode(updateActor(as(member), world.slug, input), 'forbidden');
			await expectCode(getActorDeletion(as(member), world.slug, actor.id), 'forbidden');
			await expectCode(deleteActor(as(member), world.slug, { id: actor.id, activities: 'delete' }), 'forbidden');
		}
		await expectCode(getActors(as(world.outsider), world.slug), 'not_found');
		await expectCode(getActor(as(world.outsider), world.slug, actor.id), 'not_found');
		await expectCode(addActor(as(world.outsider), world.slug, { ...actorFields, name: 'Ny', sector: 'public' }), 'not_found');
		await expectCode(updateActor(as(world.outsider), world.slug, input), 'not_found');
		await expectCode(deleteActor(as(world.outsider), world.slug, { id: actor.id }), 'not_found');
	});

	it('another initiative’s actor ids answer not found for every role (Z3), also through this initiative’s address', async () => {
		for (const member of [world.lead, world.editor, world.viewer, world.outsider]) {
			await expectCode(getActor(as(member), world.slug, other.ownActorId), 'not_found');
		}
		await expectCode(getActor(as(world.lead), world.slug, 'not-a-uuid'), 'not_found');
		const input = { ...actorFields, id: other.ownActorId, name: 'Kapret', sector: 'public' as const, revision: 1 };
		await expectCode(updateActor(as(world.lead), world.slug, input), 'not_found');
		await expectCode(updateActorContact(as(world.lead), world.slug, { ...input, contactName: 'X' }), 'not_found');
		await expectCode(getActorDeletion(as(world.lead), world.slug, other.ownActorId), 'not_found');
		await expectCode(deleteActor(as(world.lead), world.slug, { id: other.ownActorId }), 'not_found');
		// and the other initiative's actor is untouched
		expect((await getActor(as(other.lead), other.slug, other.ownActorId)).actor.name).toBe('Egen Kommune');
	});

	it('the backbone lead edits an actor; a stale revision is a 409 and writes nothing; a confirmed save goes through', async () => {
		const id = await addTestActor(database.db, world.id, { name: 'Rettes', sector: 'knowledge' });
		const { actor } = await getActor(as(world.lead), world.slug, id);
		const base = { ...actorFields, id, name: actor.name, sector: actor.sector, revision: actor.revision };
		await updateActor(as(world.lead), world.slug, { ...base, role: 'steering_group' });
		await expectCode(updateActor(as(world.lead), world.slug, { ...base, name: 'Rettet af to' }), 'stale_revision');
		expect((await getActor(as(world.lead), world.slug, id)).actor).toMatchObject({ name: 'Rettes', role: 'steering_group' });
		const now = (await getActor(as(world.lead), world.slug, id)).actor;
		await updateActor(as(world.lead), world.slug, { ...base, name: 'Rettet af to', confirmRevision: now.revision });
		expect((await getActor(as(world.lead), world.slug, id)).actor.name).toBe('Rettet af to');
	});

	it('a partner editor edits their own actor’s contact, not another actor’s; a viewer none', async () => {
		const own = (await getActor(as(world.editor), world.slug, world.ownActorId)).actor;
		expect((await getActor(as(world.editor), world.slug, world.ownActorId)).canEditOwn).toBe(true);
		expect((await getActor(as(world.editor), world.slug, world.otherActorId)).canEditOwn).toBe(false);
		const contact = { contactName: 'Sara Holm', contactEmail: 'sara@kommune.dk' };
		await updateActorContact(as(world.editor), world.slug, { ...contact, id: own.id, revision: own.revision });
		expect((await getActor(as(world.viewer), world.slug, own.id)).actor).toMatchObject(contact);
		const theirs = (await getActor(as(world.lead), world.slug, world.otherActorId)).actor;
		await expectCode(
			updateActorContact(as(world.editor), world.slug, { ...contact, id: theirs.id, revision: theirs.revision }),
			'forbidden'
		);
		await expectCode(updateActorContact(as(world.viewer), world.slug, { ...contact, id: own.id, revision: own.revision + 1 }), 'forbidden');
		await expectCode(
			updateActorContact(as(world.outsider), world.slug, { ...contact, id: own.id, revision: own.revision + 1 }),
			'not_found'
		);
		// stale: the revision the editor opened is gone
		await expectCode(
			updateActorContact(as(world.editor), world.slug, { ...contact, id: own.id, revision: own.revision }),
			'stale_revision'
		);
		// the lead may edit any actor's contact
		await updateActorContact(as(world.lead), world.slug, { ...contact, id: theirs.id, revision: theirs.revision });
		expect((await getActor(as(world.lead), world.slug, theirs.id)).actor.contactName).toBe('Sara Holm');
		// the editor cannot change the actor's other fields
		await expectCode(
			updateActor(as(world.editor), world.slug, {
				...actorFields,
				id: own.id,
				name: 'Omdøbt',
				sector: 'public',
				revision: own.revision + 1
			}),
			'forbidden'
		);
	});
});

describe('commitments', () => {
	it('a partner editor adds, edits and deletes their own actor’s commitments, linked to goals; not another actor’s', async () => {
		const { id } = await addCommitment(as(world.editor), world.slug, {
			actorId: world.ownActorId,
			text: 'To mentorer',
			goalIds: [goals.S1]
		});
		let mine = (await getActor(as(world.editor), world.slug, world.ownActorId)).commitments.find((c) => c.id === id);
		expect(mine).toMatchObject({ text: 'To mentorer', goalIds: [goals.S1] });
		await updateCommitment(as(world.editor), world.slug, {
			id,
			text: 'Tre mentorer',
			goalIds: [goals.S1, goals.S2],
			revision: mine?.revision ?? 0
		});
		mine = (await getActor(as(world.editor), world.slug, world.ownActorId)).commitments.find((c) => c.id === id);
		expect(mine?.text).toBe('Tre mentorer');
		expect(mine?.goalIds.sort()).toEqual([goals.S1, goals.S2].sort());
		// stale
		await expectCode(updateCommitment(as(world.editor), world.slug, { id, text: 'Fire', goalIds: [], revision: 1 }), 'stale_revision');

		await expectCode(addCommitment(as(world.editor), world.slug, { actorId: world.otherActorId, text: 'Penge', goalIds: [] }), 'forbidden');
		const theirs = await addCommitment(as(world.lead), world.slug, { actorId: world.otherActorId, text: 'Penge', goalIds: [] });
		await expectCode(
			updateCommitment(as(world.editor), world.slug, { id: theirs.id, text: 'Mine nu', goalIds: [], revision: 1 }),
			'forbidden'
		);
		await expectCode(deleteCommitment(as(world.editor), world.slug, { id: theirs.id }), 'forbidden');

		for (const reader of [world.viewer]) {
			await expectCode(addCommitment(as(reader), world.slug, { actorId: world.ownActorId, text: 'x', goalIds: [] }), 'forbidden');
			await expectCode(updateCommitment(as(reader), world.slug, { id, text: 'x', goalIds: [], revision: 2 }), 'forbidden');
			await expectCode(deleteCommitment(as(reader), world.slug, { id }), 'forbidden');
		}
		await expectCode(addCommitment(as(world.outsider), world.slug, { actorId: world.ownActorId, text: 'x', goalIds: [] }), 'not_found');
		await expectCode(deleteCommitment(as(world.outsider), world.slug, { id }), 'not_found');

		await deleteCommitment(as(world.editor), world.slug, { id });
		expect((await getActor(as(world.editor), world.slug, world.ownActorId)).commitments.some((c) => c.id === id)).toBe(false);
		await deleteCommitment(as(world.lead), world.slug, { id: theirs.id });
		const audit = await findAuditEntries(database.db, { action: 'initiative.commitment_deleted' });
		expect(audit.filter((e) => e.initiativeId === world.id)).toHaveLength(2);
	});

	it('never links a goal of another initiative (field message), and another initiative’s commitment is not found', async () => {
		await expectCode(
			addCommitment(as(world.lead), world.slug, { actorId: world.ownActorId, text: 'x', goalIds: [goals.S1, goals.foreign] }),
			'invalid_input',
			{ goalIds: 'field_goal_unknown' }
		);
		await expectCode(addCommitment(as(world.lead), world.slug, { actorId: other.ownActorId, text: 'x', goalIds: [] }), 'not_found');
		const foreign = await addCommitment(as(other.lead), other.slug, { actorId: other.ownActorId, text: 'Deres', goalIds: [goals.foreign] });
		for (const member of [world.lead, world.editor]) {
			await expectCode(updateCommitment(as(member), world.slug, { id: foreign.id, text: 'x', goalIds: [], revision: 1 }), 'not_found');
			await expectCode(deleteCommitment(as(member), world.slug, { id: foreign.id }), 'not_found');
		}
		const [row] = await database.db.select().from(initiativeCommitments).where(eq(initiativeCommitments.id, foreign.id));
		expect(row.text).toBe('Deres');
	});
});

describe('activities', () => {
	it('a partner editor adds, edits and deletes their own actor’s activities; the lead any; a viewer none', async () => {
		const { id } = await addActivity(
			as(world.editor),
			world.slug,
			activity(world.ownActorId, { goalIds: [goals.S1], title: 'Mentorforløb' })
		);
		const loaded = await getActivity(as(world.viewer), world.slug, id);
		expect(loaded.activity).toMatchObject({ title: 'Mentorforløb', goalIds: [goals.S1], status: 'planned' });
		expect(loaded.canEdit).toBe(false);
		expect((await getActivity(as(world.editor), world.slug, id)).canEdit).toBe(true);
		await updateActivity(as(world.editor), world.slug, {
			...activity(world.ownActorId, { title: 'Mentorforløb', status: 'running', goalIds: [goals.S1, goals.S2] }),
			id,
			revision: loaded.activity.revision
		});
		expect((await getActivity(as(world.lead), world.slug, id)).activity).toMatchObject({ status: 'running' });
		// the editor cannot give their activity to another actor, nor add one for another actor
		await expectCode(
			updateActivity(as(world.editor), world.slug, { ...activity(world.otherActorId), id, revision: loaded.activity.revision + 1 }),
			'forbidden'
		);
		await expectCode(addActivity(as(world.editor), world.slug, activity(world.otherActorId)), 'forbidden');
		const theirs = await addActivity(as(world.lead), world.slug, activity(world.otherActorId));
		await expectCode(
			updateActivity(as(world.editor), world.slug, { ...activity(world.ownActorId), id: theirs.id, revision: 1 }),
			'forbidden'
		);
		await expectCode(
			updateActivity(as(world.editor), world.slug, { ...activity(world.otherActorId), id: theirs.id, revision: 1 }),
			'forbidden'
		);
		await expectCode(deleteActivity(as(world.editor), world.slug, { id: theirs.id }), 'forbidden');
		// the lead edits anyone's
		await updateActivity(as(world.lead), world.slug, {
			...activity(world.otherActorId, { title: 'Fondens møde' }),
			id: theirs.id,
			revision: 1
		});
		for (const reader of [world.viewer]) {
			await expectCode(addActivity(as(reader), world.slug, activity(world.ownActorId)), 'forbidden');
			await expectCode(updateActivity(as(reader), world.slug, { ...activity(world.ownActorId), id, revision: 2 }), 'forbidden');
			await expectCode(deleteActivity(as(reader), world.slug, { id }), 'forbidden');
		}
		for (const fn of [
			() => getActivities(as(world.outsider), world.slug),
			() => getActivity(as(world.outsider), world.slug, id),
			() => addActivity(as(world.outsider), world.slug, activity(world.ownActorId)),
			() => updateActivity(as(world.outsider), world.slug, { ...activity(world.ownActorId), id, revision: 2 }),
			() => deleteActivity(as(world.outsider), world.slug, { id })
		])
			await expectCode(fn(), 'not_found');
		await deleteActivity(as(world.editor), world.slug, { id });
		await expectCode(getActivity(as(world.editor), world.slug, id), 'not_found');
		await deleteActivity(as(world.lead), world.slug, { id: theirs.id });
	});

	it('two people saving the same activity: one 409, nothing of the second written', async () => {
		const { id } = await addActivity(as(world.lead), world.slug, activity(world.ownActorId, { title: 'Fælles' }));
		const { activity: opened } = await getActivity(as(world.lead), world.slug, id);
		await updateActivity(as(world.editor), world.slug, {
			...activity(world.ownActorId, { title: 'Editorens' }),
			id,
			revision: opened.revision
		});
		await expectCode(
			updateActivity(as(world.lead), world.slug, { ...activity(world.ownActorId, { title: 'Lederens' }), id, revision: opened.revision }),
			'stale_revision'
		);
		expect((await getActivity(as(world.lead), world.slug, id)).activity.title).toBe('Editorens');
		await deleteActivity(as(world.lead), world.slug, { id });
	});

	it('Z3: another initiative’s actor, activity or goal never crosses over', async () => {
		await expectCode(addActivity(as(world.lead), world.slug, activity(other.ownActorId)), 'not_found');
		await expectCode(addActivity(as(world.lead), world.slug, activity(world.ownActorId, { goalIds: [goals.foreign] })), 'invalid_input', {
			goalIds: 'field_goal_unknown'
		});
		await expectCode(addActivity(as(world.editor), world.slug, activity(world.ownActorId, { goalIds: [goals.foreign] })), 'invalid_input', {
			goalIds: 'field_goal_unknown'
		});
		const foreign = await addActivity(as(other.lead), other.slug, activity(other.ownActorId, { goalIds: [goals.foreign], title: 'Deres' }));
		for (const member of [world.lead, world.editor, world.viewer, world.outsider]) {
			await expectCode(getActivity(as(member), world.slug, foreign.id), 'not_found');
		}
		for (const member of [world.lead, world.editor]) {
			await expectCode(updateActivity(as(member), world.slug, { ...activity(world.ownActorId), id: foreign.id, revision: 1 }), 'not_found');
			await expectCode(deleteActivity(as(member), world.slug, { id: foreign.id }), 'not_found');
		}
		// moving one's own activity to another initiative's actor is not found, not a cross-initiative link
		const mine = await addActivity(as(world.lead), world.slug, activity(world.ownActorId));
		await expectCode(updateActivity(as(world.lead), world.slug, { ...activity(other.ownActorId), id: mine.id, revision: 1 }), 'not_found');
		await deleteActivity(as(world.lead), world.slug, { id: mine.id });
		expect((await getActivity(as(other.lead), other.slug, foreign.id)).activity.title).toBe('Deres');
		expect((await getActivities(as(world.lead), world.slug)).activities.some((a) => a.id === foreign.id)).toBe(false);
	});

	it('the end is not before the start (a field message), and the list filters by status, actor and goal', async () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({ actorId: world.ownActorId, title: 'Omvendt', startsOn: '2026-05-01', endsOn: '2026-04-30' }))
			form.set(k, v);
		const parsed = parseForm(ActivitySchema, form);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.failure.errors).toEqual({ endsOn: 'field_activity_end_before_start' });

		const a = await addActivity(as(world.lead), world.slug, activity(world.ownActorId, { status: 'running', goalIds: [goals.S1] }));
		const b = await addActivity(as(world.lead), world.slug, activity(world.otherActorId, { status: 'done', goalIds: [goals.S2] }));
		const ids = async (filter: Parameters<typeof getActivities>[2]) =>
			(await getActivities(as(world.viewer), world.slug, filter)).activities.map((x) => x.id).sort();
		expect(await ids({ status: 'running' })).toEqual([a.id]);
		expect(await ids({ actorId: world.otherActorId })).toEqual([b.id]);
		expect(await ids({ goalId: goals.S2 })).toEqual([b.id]);
		expect(await ids({ goalId: goals.foreign })).toEqual([]);
		expect(await ids({})).toEqual([a.id, b.id].sort());
		// what each person may add: the lead any actor, the editor their own, the viewer none
		expect((await getActivities(as(world.lead), world.slug)).ownableActors.length).toBeGreaterThanOrEqual(2);
		expect((await getActivities(as(world.editor), world.slug)).ownableActors.map((x) => x.id)).toEqual([world.ownActorId]);
		expect((await getActivities(as(world.viewer), world.slug)).ownableActors).toEqual([]);
		await deleteActivity(as(world.lead), world.slug, { id: a.id });
		await deleteActivity(as(world.lead), world.slug, { id: b.id });
	});
});

describe('deleting an actor', () => {
	async function actorWithEverything(name: string) {
		const id = await addTestActor(database.db, world.id, { name, sector: 'civil_society' });
		await addCommitment(as(world.lead), world.slug, { actorId: id, text: 'Frivillige', goalIds: [goals.S1] });
		const first = await addActivity(as(world.lead), world.slug, activity(id, { goalIds: [goals.S1] }));
		const second = await addActivity(as(world.lead), world.slug, activity(id, { goalIds: [goals.S2], status: 'running' }));
		await database.db
			.insert(initiativeRelations)
			.values({ initiativeId: world.id, fromActorId: id, toActorId: world.ownActorId, kind: 'collaborates' });
		await database.db
			.insert(agendaEndorsements)
			.values({ initiativeId: world.id, actorId: id, agendaVersion: 1, signatoryName: 'Formand', endorsedOn: '2026-02-01' });
		return { id, activityIds: [first.id, second.id].sort() };
	}

	it('the confirmation counts what goes with it; without a choice about its activities nothing is deleted', async () => {
		const { id } = await actorWithEverything('Frivilligcentret');
		const { dependents, others } = await getActorDeletion(as(world.lead), world.slug, id);
		expect(dependents).toMatchObject({ activities: 2, commitments: 1, relations: 1, endorsements: 1 });
		expect(others.some((o) => o.id === id)).toBe(false);
		await expectCode(deleteActor(as(world.lead), world.slug, { id }), 'invalid_input', { activities: 'field_actor_delete_choice' });
		await expectCode(deleteActor(as(world.lead), world.slug, { id, activities: 'move' }), 'invalid_input', {
			moveTo: 'field_actor_move_target'
		});
		await expectCode(deleteActor(as(world.lead), world.slug, { id, activities: 'move', moveTo: id }), 'invalid_input', {
			moveTo: 'field_actor_move_target'
		});
		// moving to another initiative's actor is refused: never a cross-initiative link
		await expectCode(deleteActor(as(world.lead), world.slug, { id, activities: 'move', moveTo: other.ownActorId }), 'invalid_input', {
			moveTo: 'field_actor_move_target'
		});
		expect((await getActor(as(world.lead), world.slug, id)).actor.name).toBe('Frivilligcentret');
		expect((await getActivities(as(world.lead), world.slug, { actorId: id })).activities).toHaveLength(2);
	});

	it('moving: the activities (with their goals) now belong to the chosen actor; commitments, relations, endorsements go', async () => {
		const { id, activityIds } = await actorWithEverything('Idrætsforeningen');
		await deleteActor(as(world.lead), world.slug, { id, activities: 'move', moveTo: world.otherActorId });
		await expectCode(getActor(as(world.lead), world.slug, id), 'not_found');
		const moved = (await getActivities(as(world.lead), world.slug, { actorId: world.otherActorId })).activities.filter((a) =>
			activityIds.includes(a.id)
		);
		expect(moved.map((a) => a.id).sort()).toEqual(activityIds);
		expect(moved.flatMap((a) => a.goalIds).sort()).toEqual([goals.S1, goals.S2].sort());
		for (const table of [initiativeCommitments, agendaEndorsements] as const)
			expect(await database.db.select().from(table).where(eq(table.actorId, id))).toEqual([]);
		expect(await database.db.select().from(initiativeRelations).where(eq(initiativeRelations.fromActorId, id))).toEqual([]);
		const [entry] = (await findAuditEntries(database.db, { action: 'initiative.actor_deleted' })).filter((e) => e.targetId === id);
		expect(entry.details).toMatchObject({ activitiesMoved: 2, movedTo: world.otherActorId, commitments: 1, relations: 1, endorsements: 1 });
		for (const activityId of activityIds) await deleteActivity(as(world.lead), world.slug, { id: activityId });
	});

	it('deleting them too: the actor and its activities are gone, nothing else', async () => {
		const { id, activityIds } = await actorWithEverything('Lokalrådet');
		const before = (await getActivities(as(world.lead), world.slug)).activities.length;
		await deleteActor(as(world.lead), world.slug, { id, activities: 'delete' });
		const rest = await database.db
			.select({ id: initiativeActivities.id })
			.from(initiativeActivities)
			.where(eq(initiativeActivities.actorId, id));
		expect(rest).toEqual([]);
		expect((await getActivities(as(world.lead), world.slug)).activities.length).toBe(before - activityIds.length);
		expect((await getActor(as(world.lead), world.slug, world.ownActorId)).actor.name).toBe('Egen Kommune');
	});

	it('an actor without activities is deleted without the question', async () => {
		const id = await addTestActor(database.db, world.id, { name: 'Uden aktiviteter', sector: 'knowledge' });
		await deleteActor(as(world.lead), world.slug, { id });
		await expectCode(getActor(as(world.lead), world.slug, id), 'not_found');
	});
});

describe('the contribution matrix', () => {
	it('every member sees it; an outsider gets not found; the flags follow commitments and activities', async () => {
		const m = await createTestInitiative(database.db, 'Matrixen');
		const L = await insertGoal(m.id, 'Langsigtet');
		const S = await insertGoal(m.id, 'Delmål', L);
		for (const member of [m.lead, m.editor, m.viewer])
			expect((await getContributionMatrix(as(member), m.slug)).analysis.rows).toHaveLength(2);
		await expectCode(getContributionMatrix(as(m.outsider), m.slug), 'not_found');
		await expectCode(getContributionMatrix(as(world.lead), m.slug), 'not_found');

		let { analysis } = await getContributionMatrix(as(m.lead), m.slug);
		expect(analysis.goalsWithoutActivity.map((g) => g.id)).toEqual([S]);
		// the funder (otherActorId) needs no commitment; the partner does
		expect(analysis.actorsWithoutCommitment.map((a) => a.id)).toEqual([m.ownActorId]);
		expect(analysis.sectorsPresent).toEqual(['public', 'foundation']);
		expect(analysis.hasEnoughSectors).toBe(false);

		await addCommitment(as(m.editor), m.slug, { actorId: m.ownActorId, text: 'Vi stiller op', goalIds: [S] });
		await addActivity(as(m.editor), m.slug, activity(m.ownActorId, { goalIds: [S], status: 'running' }));
		await addActor(as(m.lead), m.slug, { ...actorFields, name: 'Forskerne', sector: 'knowledge', role: 'funder' });
		({ analysis } = await getContributionMatrix(as(m.viewer), m.slug));
		expect(analysis.goalsWithoutActivity).toEqual([]);
		expect(analysis.actorsWithoutCommitment).toEqual([]);
		expect(analysis.hasEnoughSectors).toBe(true);
		const row = analysis.rows.find((r) => r.goal.id === S);
		expect(row?.cells.find((c) => c.actorId === m.ownActorId)).toMatchObject({ commitments: 1, activities: 1, activeActivities: 1 });
	});
});
