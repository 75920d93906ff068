import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import {
	addFundingSource,
	addGovernanceBody,
	addStaff,
	deleteFundingSource,
	deleteGovernanceBody,
	deleteStaff,
	getBackbone,
	setBackboneOrganisation,
	updateFundingSource,
	updateGovernanceBody,
	updateStaff
} from './backbone.usecases.ts';
import { createTestInitiative, type TestInitiative } from './initiatives.fixtures.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
const TODAY = new Date('2026-12-02T10:00:00Z');
const as = (actor: Actor) => contextFor(database.db, actor, { now: () => TODAY });

const staffInput = { name: 'Mette Sekretariat', role: 'Koordinator', fte: 0.8 };
const bodyInput = { name: 'Styregruppen', kind: 'steering_group' as const, members: 'Kommunen\nFonden', mandate: 'Beslutter retning' };
const fundingInput = (actorId: string | null = null) => ({
	actorId,
	kind: 'philanthropic' as const,
	amountDkk: 1_500_000,
	startsOn: '2026-01-01',
	endsOn: '2027-06-30',
	note: ''
});

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
	world = await createTestInitiative(database.db, 'Sekretariatet');
	other = await createTestInitiative(database.db, 'Et andet initiativ');
});
afterAll(async () => {
	await database.dispose();
});

describe('reading the backbone page', () => {
	it('every member reads it; an outsider gets not_found', async () => {
		for (const member of [world.lead, world.editor, world.viewer]) {
			const page = await getBackbone(as(member), world.slug);
			expect(page.canManage).toBe(member === world.lead);
		}
		expect(await codeOf(getBackbone(as(world.outsider), world.slug))).toBe('not_found');
		// a member of another initiative is an outsider here
		expect(await codeOf(getBackbone(as(other.lead), world.slug))).toBe('not_found');
	});
});

describe('who may change it: the backbone lead only', () => {
	it('refuses every change to a partner editor and a viewer (forbidden) and to an outsider (not_found)', async () => {
		const { id: staffId } = await addStaff(as(world.lead), world.slug, staffInput);
		const { id: bodyId } = await addGovernanceBody(as(world.lead), world.slug, bodyInput);
		const { id: fundingId } = await addFundingSource(as(world.lead), world.slug, fundingInput());
		// thunks: each change runs only when the one before it has answered
		const changes = (actor: Actor): (() => Promise<unknown>)[] => [
			() => setBackboneOrganisation(as(actor), world.slug, { actorId: world.ownActorId, revision: 1 }),
			() => addStaff(as(actor), world.slug, staffInput),
			() => updateStaff(as(actor), world.slug, { ...staffInput, id: staffId, revision: 1 }),
			() => deleteStaff(as(actor), world.slug, { id: staffId, revision: 1 }),
			() => addGovernanceBody(as(actor), world.slug, bodyInput),
			() => updateGovernanceBody(as(actor), world.slug, { ...bodyInput, id: bodyId, revision: 1 }),
			() => deleteGovernanceBody(as(actor), world.slug, { id: bodyId, revision: 1 }),
			// the editor's own actor as the funder does not make the source theirs
			() => addFundingSource(as(actor), world.slug, fundingInput(world.ownActorId)),
			() => updateFundingSource(as(actor), world.slug, { ...fundingInput(world.ownActorId), id: fundingId, revision: 1 }),
			() => deleteFundingSource(as(actor), world.slug, { id: fundingId, revision: 1 })
		];
		for (const [actor, expected] of [
			[world.editor, 'forbidden'],
			[world.viewer, 'forbidden'],
			[world.outsider, 'not_found']
		] as const) {
			const codes = [];
			for (const change of changes(actor)) codes.push(await codeOf(change()));
			expect(codes, `as ${expected}`).toEqual(Array(10).fill(expected));
		}
		// nothing changed
		const page = await getBackbone(as(world.viewer), world.slug);
		expect(page.staff.map((s) => s.revision)).toEqual([1]);
		expect(page.governance).toHaveLength(1);
		expect(page.funding).toHaveLength(1);
		expect(page.backbone.actorId).toBeNull();
		await deleteStaff(as(world.lead), world.slug, { id: staffId, revision: 1 });
		await deleteGovernanceBody(as(world.lead), world.slug, { id: bodyId, revision: 1 });
		await deleteFundingSource(as(world.lead), world.slug, { id: fundingId, revision: 1 });
	});
});

describe('the backbone lead', () => {
	it('chooses the backbone organisation from the initiative actors, audited; a stale revision is a 409', async () => {
		const before = await getBackbone(as(world.lead), world.slug);
		await setBackboneOrganisation(as(world.lead), world.slug, { actorId: world.ownActorId, revision: before.backbone.revision });
		const after = await getBackbone(as(world.lead), world.slug);
		expect(after.backbone).toMatchObject({ actorId: world.ownActorId, actorName: 'Egen Kommune' });
		expect(await codeOf(setBackboneOrganisation(as(world.lead), world.slug, { actorId: null, revision: before.backbone.revision }))).toBe(
			'stale_revision'
		);
		expect((await getBackbone(as(world.lead), world.slug)).backbone.actorId).toBe(world.ownActorId);
		// after seeing the other version, a confirmed save goes through
		await setBackboneOrganisation(as(world.lead), world.slug, {
			actorId: world.otherActorId,
			revision: before.backbone.revision,
			confirmRevision: after.backbone.revision
		});
		expect((await getBackbone(as(world.lead), world.slug)).backbone.actorName).toBe('Anden Fond');
		const audit = await findAuditEntries(database.db, { action: 'initiative.backbone_set' });
		expect(audit.filter((e) => e.initiativeId === world.id)).toHaveLength(2);
	});

	it('adds, edits and deletes staff, each audited in the initiative history', async () => {
		const { id } = await addStaff(as(world.lead), world.slug, staffInput);
		await updateStaff(as(world.lead), world.slug, { id, revision: 1, name: 'Mette S.', role: 'Leder', fte: 1 });
		const page = await getBackbone(as(world.viewer), world.slug);
		expect(page.staff.find((s) => s.id === id)).toEqual({ id, name: 'Mette S.', role: 'Leder', fte: 1, revision: 2 });
		expect(await codeOf(updateStaff(as(world.lead), world.slug, { id, revision: 1, ...staffInput }))).toBe('stale_revision');
		expect(await codeOf(deleteStaff(as(world.lead), world.slug, { id, revision: 1 }))).toBe('stale_revision');
		await deleteStaff(as(world.lead), world.slug, { id, revision: 2 });
		expect((await getBackbone(as(world.lead), world.slug)).staff.some((s) => s.id === id)).toBe(false);
		for (const action of ['initiative.staff_created', 'initiative.staff_updated', 'initiative.staff_deleted']) {
			const entries = await findAuditEntries(database.db, { action });
			expect(
				entries.some((e) => e.initiativeId === world.id && e.targetId === id),
				action
			).toBe(true);
		}
	});

	it('adds, edits and deletes governance bodies; a stale revision is a 409 and keeps the other version', async () => {
		const { id } = await addGovernanceBody(as(world.lead), world.slug, bodyInput);
		await updateGovernanceBody(as(world.lead), world.slug, { ...bodyInput, id, revision: 1, mandate: 'Nyt mandat' });
		expect(await codeOf(updateGovernanceBody(as(world.lead), world.slug, { ...bodyInput, id, revision: 1, mandate: 'Gammelt' }))).toBe(
			'stale_revision'
		);
		expect((await getBackbone(as(world.lead), world.slug)).governance.find((g) => g.id === id)?.mandate).toBe('Nyt mandat');
		await deleteGovernanceBody(as(world.lead), world.slug, { id, revision: 2 });
		expect((await getBackbone(as(world.lead), world.slug)).governance).toEqual([]);
	});

	it('adds, edits and deletes funding, and the runway follows the periods, not the amounts', async () => {
		const { id } = await addFundingSource(as(world.lead), world.slug, fundingInput(world.otherActorId));
		let page = await getBackbone(as(world.viewer), world.slug);
		expect(page.runway).toMatchObject({ endsOn: '2027-06-30', isShort: true });
		expect(page.funding[0]).toMatchObject({ actorName: 'Anden Fond', amountDkk: 1_500_000 });
		expect(page.totalAmountDkk).toBe(1_500_000);
		// a bigger amount changes nothing; a longer period does
		await updateFundingSource(as(world.lead), world.slug, { ...fundingInput(world.otherActorId), id, revision: 1, amountDkk: 9_000_000 });
		expect((await getBackbone(as(world.lead), world.slug)).runway.endsOn).toBe('2027-06-30');
		await updateFundingSource(as(world.lead), world.slug, { ...fundingInput(null), id, revision: 2, endsOn: '2028-06-30' });
		page = await getBackbone(as(world.lead), world.slug);
		expect(page.runway).toMatchObject({ endsOn: '2028-06-30', isShort: false });
		// two people editing the same source: the second (still at revision 2) gets a 409, nothing of theirs is written
		expect(await codeOf(updateFundingSource(as(world.lead), world.slug, { ...fundingInput(null), id, revision: 2, amountDkk: 1 }))).toBe(
			'stale_revision'
		);
		expect((await getBackbone(as(world.lead), world.slug)).funding[0]).toMatchObject({
			amountDkk: 1_500_000,
			endsOn: '2028-06-30',
			revision: 3
		});
		expect(await codeOf(deleteFundingSource(as(world.lead), world.slug, { id, revision: 2 }))).toBe('stale_revision');
		await deleteFundingSource(as(world.lead), world.slug, { id, revision: 3 });
		expect((await getBackbone(as(world.lead), world.slug)).runway).toEqual({ months: 0, endsOn: null, isShort: true });
	});

	it('refuses a funding period that ends before it starts, and saves nothing', async () => {
		const code = await codeOf(
			addFundingSource(as(world.lead), world.slug, { ...fundingInput(), startsOn: '2027-01-01', endsOn: '2026-12-31' })
		);
		expect(code).toBe('invalid_input');
		expect((await getBackbone(as(world.lead), world.slug)).funding).toEqual([]);
	});
});

describe('another initiative’s ids (Z3)', () => {
	it('answer not_found for every role, and change nothing there', async () => {
		const { id: staffId } = await addStaff(as(other.lead), other.slug, staffInput);
		const { id: bodyId } = await addGovernanceBody(as(other.lead), other.slug, bodyInput);
		const { id: fundingId } = await addFundingSource(as(other.lead), other.slug, fundingInput());
		// the lead of this initiative, naming the other's items through this initiative's address
		const attempts: (() => Promise<unknown>)[] = [
			() => updateStaff(as(world.lead), world.slug, { ...staffInput, id: staffId, revision: 1 }),
			() => deleteStaff(as(world.lead), world.slug, { id: staffId, revision: 1 }),
			() => updateGovernanceBody(as(world.lead), world.slug, { ...bodyInput, id: bodyId, revision: 1 }),
			() => deleteGovernanceBody(as(world.lead), world.slug, { id: bodyId, revision: 1 }),
			() => updateFundingSource(as(world.lead), world.slug, { ...fundingInput(), id: fundingId, revision: 1 }),
			() => deleteFundingSource(as(world.lead), world.slug, { id: fundingId, revision: 1 }),
			// another initiative's actor as backbone organisation or funder
			() => setBackboneOrganisation(as(world.lead), world.slug, { actorId: other.ownActorId, revision: 99 }),
			() => addFundingSource(as(world.lead), world.slug, fundingInput(other.otherActorId)),
			// unknown and malformed ids
			() => updateStaff(as(world.lead), world.slug, { ...staffInput, id: crypto.randomUUID(), revision: 1 }),
			() => deleteFundingSource(as(world.lead), world.slug, { id: 'not-a-uuid', revision: 1 }),
			() => addFundingSource(as(world.lead), world.slug, fundingInput('not-a-uuid'))
		];
		for (const attempt of attempts) expect(await codeOf(attempt())).toBe('not_found');
		// the other initiative's items through their own address, by people who are not members there
		for (const stranger of [world.lead, world.editor, world.viewer, world.outsider]) {
			expect(await codeOf(updateStaff(as(stranger), other.slug, { ...staffInput, id: staffId, revision: 1 }))).toBe('not_found');
			expect(await codeOf(deleteFundingSource(as(stranger), other.slug, { id: fundingId, revision: 1 }))).toBe('not_found');
			expect(await codeOf(getBackbone(as(stranger), other.slug))).toBe('not_found');
		}
		const theirs = await getBackbone(as(other.lead), other.slug);
		expect(theirs.staff.map((s) => [s.name, s.revision])).toEqual([[staffInput.name, 1]]);
		expect(theirs.governance).toHaveLength(1);
		expect(theirs.funding).toHaveLength(1);
	});
});
