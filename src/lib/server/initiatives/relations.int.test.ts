import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { addTestActor, createTestInitiative, type TestInitiative } from './initiatives.fixtures.ts';
import { setArchived } from './initiatives.usecases.ts';
import { createRelation, deleteRelation, getActorMap, type RelationInput, updateRelation } from './relations.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
/** A third actor in `world`, so relations have somewhere to go. */
let thirdActorId: string;
const as = (actor: TestInitiative['lead']) => contextFor(database.db, actor);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	if (caught === undefined) return undefined;
	if (!(caught instanceof AppError)) throw caught;
	return caught.code;
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Kortets initiativ');
	other = await createTestInitiative(database.db, 'Et andet initiativ');
	thirdActorId = await addTestActor(database.db, world.id, { name: 'Tredje Forening', sector: 'civil_society' });
});
afterAll(async () => {
	await database.dispose();
});

describe('relations: create, edit, delete', () => {
	it('the backbone lead adds a relation; the map shows it with metrics, and the change is audited', async () => {
		const { id } = await createRelation(as(world.lead), world.slug, {
			fromActorId: world.otherActorId,
			toActorId: world.ownActorId,
			kind: 'funds',
			note: '  Driftstilskud  '
		});
		const map = await getActorMap(as(world.viewer), world.slug);
		expect(map.relations).toEqual([
			expect.objectContaining({ id, fromName: 'Anden Fond', toName: 'Egen Kommune', kind: 'funds', note: 'Driftstilskud', revision: 1 })
		]);
		const degrees = Object.fromEntries(map.view.nodes.map((node) => [node.name, node.degree]));
		expect(degrees).toEqual({ 'Anden Fond': 1, 'Egen Kommune': 1, 'Tredje Forening': 0 });
		expect(map.view.isolated.map((node) => node.name)).toEqual(['Tredje Forening']);
		expect(map.view.edges).toHaveLength(1);
		const audit = await findAuditEntries(database.db, { action: 'initiative.relation_created' });
		expect(audit[0]).toMatchObject({ targetId: id, initiativeId: world.id });
		await deleteRelation(as(world.lead), world.slug, { id });
	});

	it('edits a relation at its revision; a stale revision is a 409 and changes nothing; confirmRevision saves over it', async () => {
		const { id } = await createRelation(as(world.lead), world.slug, {
			fromActorId: world.ownActorId,
			toActorId: thirdActorId,
			kind: 'collaborates',
			note: ''
		});
		const base = { id, fromActorId: world.ownActorId, toActorId: thirdActorId, kind: 'shares_data' as const, note: 'Data om unge' };
		await updateRelation(as(world.lead), world.slug, { ...base, revision: 1 });
		expect(await codeOf(updateRelation(as(world.lead), world.slug, { ...base, note: 'Min tekst', revision: 1 }))).toBe('stale_revision');
		let relation = (await getActorMap(as(world.lead), world.slug)).relations.find((entry) => entry.id === id)!;
		expect(relation).toMatchObject({ kind: 'shares_data', note: 'Data om unge', revision: 2 });
		await updateRelation(as(world.lead), world.slug, { ...base, note: 'Min tekst', revision: 1, confirmRevision: 2 });
		relation = (await getActorMap(as(world.lead), world.slug)).relations.find((entry) => entry.id === id)!;
		expect(relation).toMatchObject({ note: 'Min tekst', revision: 3 });
		const audit = await findAuditEntries(database.db, { action: 'initiative.relation_updated' });
		expect(audit.filter((entry) => entry.targetId === id)).toHaveLength(2);
		await deleteRelation(as(world.lead), world.slug, { id });
		expect((await getActorMap(as(world.lead), world.slug)).relations.find((entry) => entry.id === id)).toBeUndefined();
		expect((await findAuditEntries(database.db, { action: 'initiative.relation_deleted' }))[0]).toMatchObject({ targetId: id });
	});

	it('the same kind between the same actors in the same direction is refused with a field message; the other direction is a new relation', async () => {
		const input = { fromActorId: world.ownActorId, toActorId: world.otherActorId, kind: 'reports_to' as const, note: '' };
		const { id } = await createRelation(as(world.lead), world.slug, input);
		const caught = await createRelation(as(world.lead), world.slug, input).catch((error: unknown) => error);
		expect(caught).toBeInstanceOf(AppError);
		expect((caught as AppError).fields).toEqual({ kind: 'field_relation_exists' });
		const reverse = await createRelation(as(world.lead), world.slug, {
			...input,
			fromActorId: world.otherActorId,
			toActorId: world.ownActorId
		});
		await deleteRelation(as(world.lead), world.slug, { id });
		await deleteRelation(as(world.lead), world.slug, { id: reverse.id });
	});

	it('a relation from an actor to itself is refused', async () => {
		const caught = await createRelation(as(world.lead), world.slug, {
			fromActorId: world.ownActorId,
			toActorId: world.ownActorId,
			kind: 'collaborates',
			note: ''
		}).catch((error: unknown) => error);
		expect((caught as AppError).fields).toEqual({ toActorId: 'field_relation_same_actor' });
	});

	it('an archived initiative is read-only', async () => {
		await setArchived(as(world.lead), world.slug, true);
		try {
			expect(
				await codeOf(
					createRelation(as(world.lead), world.slug, { fromActorId: world.ownActorId, toActorId: thirdActorId, kind: 'funds', note: '' })
				)
			).toBe('archived');
			expect((await getActorMap(as(world.lead), world.slug)).fromActors).toEqual([]);
		} finally {
			await setArchived(as(world.lead), world.slug, false);
		}
	});
});

describe('relations: roles (every cell) and isolation (Z3)', () => {
	const fromOwn = (): RelationInput => ({ fromActorId: world.ownActorId, toActorId: thirdActorId, kind: 'collaborates', note: '' });
	const fromOther = (): RelationInput => ({ fromActorId: world.otherActorId, toActorId: thirdActorId, kind: 'collaborates', note: '' });

	it('view: every member reads the map; an outsider gets not found', async () => {
		for (const person of [world.lead, world.editor, world.viewer])
			expect(await codeOf(getActorMap(as(person), world.slug))).toBeUndefined();
		expect(await codeOf(getActorMap(as(world.outsider), world.slug))).toBe('not_found');
		expect(await codeOf(getActorMap(as(other.lead), world.slug))).toBe('not_found');
	});

	it('create: lead any actor; partner editor only from their own actor; viewer forbidden; outsider not found', async () => {
		const fromOwnByEditor = await createRelation(as(world.editor), world.slug, fromOwn());
		expect(await codeOf(createRelation(as(world.editor), world.slug, fromOther()))).toBe('forbidden');
		const fromOtherByLead = await createRelation(as(world.lead), world.slug, fromOther());
		expect(await codeOf(createRelation(as(world.viewer), world.slug, { ...fromOwn(), kind: 'funds' }))).toBe('forbidden');
		expect(await codeOf(createRelation(as(world.outsider), world.slug, { ...fromOwn(), kind: 'funds' }))).toBe('not_found');
		const map = await getActorMap(as(world.editor), world.slug);
		expect(map.fromActors.map((actor) => actor.id)).toEqual([world.ownActorId]);
		expect(Object.fromEntries(map.relations.map((relation) => [relation.id, relation.canEdit]))).toEqual({
			[fromOwnByEditor.id]: true,
			[fromOtherByLead.id]: false
		});
		expect((await getActorMap(as(world.viewer), world.slug)).fromActors).toEqual([]);
		await deleteRelation(as(world.lead), world.slug, { id: fromOwnByEditor.id });
		await deleteRelation(as(world.lead), world.slug, { id: fromOtherByLead.id });
	});

	it('edit and delete: partner editor only relations from their own actor, and cannot move one to another actor; viewer forbidden', async () => {
		const own = await createRelation(as(world.lead), world.slug, fromOwn());
		const others = await createRelation(as(world.lead), world.slug, fromOther());
		const edit = (id: string, input: ReturnType<typeof fromOwn>) => ({ id, ...input, note: 'ændret', revision: 1 });
		expect(await codeOf(updateRelation(as(world.editor), world.slug, edit(others.id, fromOther())))).toBe('forbidden');
		// nor take another actor's relation over by moving its start to their own actor
		expect(await codeOf(updateRelation(as(world.editor), world.slug, edit(others.id, { ...fromOwn(), kind: 'funds' })))).toBe('forbidden');
		expect(await codeOf(updateRelation(as(world.editor), world.slug, edit(own.id, fromOther())))).toBe('forbidden');
		expect(await codeOf(updateRelation(as(world.viewer), world.slug, edit(own.id, fromOwn())))).toBe('forbidden');
		expect(await codeOf(updateRelation(as(world.editor), world.slug, edit(own.id, fromOwn())))).toBeUndefined();
		expect(await codeOf(deleteRelation(as(world.editor), world.slug, { id: others.id }))).toBe('forbidden');
		expect(await codeOf(deleteRelation(as(world.viewer), world.slug, { id: own.id }))).toBe('forbidden');
		expect(await codeOf(deleteRelation(as(world.editor), world.slug, { id: own.id }))).toBeUndefined();
		expect(await codeOf(updateRelation(as(world.lead), world.slug, { ...edit(others.id, fromOther()), revision: 1 }))).toBeUndefined();
		expect(await codeOf(deleteRelation(as(world.lead), world.slug, { id: others.id }))).toBeUndefined();
	});

	it("another initiative's relation and actor ids answer not found, for every role", async () => {
		const otherThird = await addTestActor(database.db, other.id, { name: 'Fremmed Forening' });
		const foreign = await createRelation(as(other.lead), other.slug, {
			fromActorId: other.ownActorId,
			toActorId: otherThird,
			kind: 'collaborates',
			note: ''
		});
		for (const person of [world.lead, world.editor, world.viewer]) {
			const foreignEdit = {
				id: foreign.id,
				fromActorId: world.ownActorId,
				toActorId: thirdActorId,
				kind: 'funds' as const,
				note: '',
				revision: 1
			};
			const expected = person === world.viewer ? 'forbidden' : 'not_found';
			expect(await codeOf(updateRelation(as(person), world.slug, foreignEdit)), 'update').toBe(expected);
			expect(await codeOf(deleteRelation(as(person), world.slug, { id: foreign.id })), 'delete').toBe(expected);
			// An actor of the other initiative, on either end
			expect(
				await codeOf(
					createRelation(as(person), world.slug, { fromActorId: world.ownActorId, toActorId: otherThird, kind: 'funds', note: '' })
				),
				'create to a foreign actor'
			).toBe(expected);
			expect(
				await codeOf(
					createRelation(as(person), world.slug, { fromActorId: other.ownActorId, toActorId: thirdActorId, kind: 'funds', note: '' })
				),
				'create from a foreign actor'
			).toBe(expected);
		}
		// The other initiative's relation is untouched.
		expect((await getActorMap(as(other.lead), other.slug)).relations.map((relation) => relation.id)).toEqual([foreign.id]);
		expect((await getActorMap(as(world.lead), world.slug)).relations.map((relation) => relation.id)).not.toContain(foreign.id);
	});
});

describe('the map view', () => {
	it('is computed once per graph: the same graph gives the same view, a changed graph a new one', async () => {
		const first = (await getActorMap(as(world.lead), world.slug)).view;
		expect((await getActorMap(as(world.viewer), world.slug)).view).toBe(first);
		const { id } = await createRelation(as(world.lead), world.slug, {
			fromActorId: world.ownActorId,
			toActorId: thirdActorId,
			kind: 'shares_data',
			note: ''
		});
		const changed = (await getActorMap(as(world.lead), world.slug)).view;
		expect(changed).not.toBe(first);
		expect(changed.edges).toHaveLength(first.edges.length + 1);
		await deleteRelation(as(world.lead), world.slug, { id });
		expect((await getActorMap(as(world.lead), world.slug)).view).toEqual(first);
	});
});
