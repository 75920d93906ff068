import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { addCandidateProblem, createAssessment, saveStep } from '../assessments/assessments.usecases.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { findInitiativeScope, requireInitiative } from './access.ts';
import { createTestInitiative, newPerson, type TestInitiative } from './initiatives.fixtures.ts';
import {
	changePhase,
	getInitiative,
	getInitiativeFrame,
	listMyInitiatives,
	setArchived,
	setGapClosed,
	startInitiative,
	updateInitiativeSettings
} from './initiatives.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
const as = (actor: TestInitiative['lead']) => contextFor(database.db, actor);

const fields = {
	name: 'Hjem til unge',
	slug: '',
	areas: ['101', '147'],
	problemStatement: 'Unge hjemløse',
	vision: 'Ingen unge på gaden',
	values: '',
	targetGroup: '18-24-årige',
	visibility: 'private' as const
};

async function expectCode(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Fælles initiativ');
});
afterAll(async () => {
	await database.dispose();
});

describe('starting an initiative', () => {
	it('makes the starter its backbone lead, with a slug from the name and a first phase entry, audited', async () => {
		const lead = await newPerson(database.db);
		const { slug } = await startInitiative(as(lead), fields);
		expect(slug).toBe('hjem-til-unge');
		const { scope, initiative, phaseHistory } = await getInitiative(as(lead), slug);
		expect(scope.role).toBe('backbone_lead');
		expect(initiative).toMatchObject({ name: 'Hjem til unge', areas: ['147', '101'], phase: 'assess_readiness', visibility: 'private' });
		expect(phaseHistory).toHaveLength(1);
		const audit = await findAuditEntries(database.db, { action: 'initiative.created' });
		expect(audit.some((entry) => entry.initiativeId === initiative.id)).toBe(true);
		// the same name again gets the next free address
		const second = await startInitiative(as(lead), fields);
		expect(second.slug).toBe('hjem-til-unge-2');
	});

	it('refuses a taken address with a field message, and nobody signed out may start one', async () => {
		const lead = await newPerson(database.db);
		await expectCode(startInitiative(as(lead), { ...fields, slug: world.slug }), 'invalid_input');
		await expectCode(startInitiative(contextFor(database.db, ANONYMOUS), fields), 'forbidden');
	});

	it('from a finished assessment carries over the focus problem, outcome and readiness gaps, and links back', async () => {
		const org = await createOrganisation(contextFor(database.db, SYSTEM_ADMIN), { name: 'Kommune X', sector: 'public' });
		const person = await newPerson(database.db, 'member', org.id);
		const { id } = await createAssessment(as(person), { organisationId: org.id, title: 'Unge og job' });
		const ref = { id };
		// an unfinished assessment cannot be the start
		await expectCode(startInitiative(as(person), { ...fields, assessmentId: id }), 'invalid_input');
		await addCandidateProblem(as(person), ref, {
			title: 'Unge uden job',
			ratings: { dramaticImprovement: 5, contextualChange: 4, urgentNeed: 5 }
		});
		await saveStep(as(person), ref, 1, { direction: 'next' });
		await saveStep(as(person), ref, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } });
		await saveStep(as(person), ref, 3, {
			direction: 'next',
			answers: {
				'step3.complexity': 'yes',
				'step3.scale': 'yes',
				'step3.fragmented': 'yes',
				'step3.multipleSectors': 'yes',
				'step3.endUsersAffected': 'yes'
			}
		});
		await saveStep(as(person), ref, 4, {
			direction: 'next',
			answers: {
				'step4.champions': 'yes',
				'step4.resources12Months': 'no',
				'step4.positiveExperience': 'unknown',
				'step4.burningPlatform': 'yes'
			}
		});
		const { slug } = await startInitiative(as(person), { ...fields, problemStatement: '', name: 'Fra vurdering', assessmentId: id });
		const { initiative } = await getInitiative(as(person), slug);
		expect(initiative).toMatchObject({
			assessmentId: id,
			focusProblem: 'Unge uden job',
			problemStatement: 'Unge uden job',
			assessmentOutcome: 'NOT_YET_READY'
		});
		expect(initiative.readinessGaps.map((g) => [g.key, g.answer])).toEqual([
			['step4.resources12Months', 'no'],
			['step4.positiveExperience', 'unknown']
		]);
		await setGapClosed(as(person), slug, { key: 'step4.positiveExperience', note: 'Erfaring fra Bo trygt', closed: true });
		const closed = (await getInitiative(as(person), slug)).initiative.readinessGaps.find((g) => g.key === 'step4.positiveExperience');
		expect(closed).toMatchObject({ closedNote: 'Erfaring fra Bo trygt' });
		await expectCode(setGapClosed(as(person), slug, { key: 'step2.multipleActors', note: 'x', closed: true }), 'not_found');
		// someone outside the organisation does not learn it exists
		const stranger = await newPerson(database.db);
		await expectCode(startInitiative(as(stranger), { ...fields, assessmentId: id }), 'not_found');
	});
});

describe('members only (Z3)', () => {
	it('an outsider, a signed-out person and an unknown slug all get not_found / forbidden, never the initiative', async () => {
		await expectCode(getInitiative(as(world.outsider), world.slug), 'not_found');
		await expectCode(getInitiativeFrame(as(world.outsider), world.slug), 'not_found');
		await expectCode(getInitiative(as(world.lead), 'findes-ikke'), 'not_found');
		await expectCode(getInitiative(contextFor(database.db, ANONYMOUS), world.slug), 'forbidden');
		expect(await findInitiativeScope(database.db, world.slug, world.outsider.userId as string)).toBeNull();
		expect(await findInitiativeScope(database.db, "x' or 1=1 --", world.lead.userId as string)).toBeNull();
	});

	it("a page view's membership read is handed on for the same slug only, and the role still decides", async () => {
		const viewed = await findInitiativeScope(database.db, world.slug, world.viewer.userId as string);
		expect(viewed).toMatchObject({ slug: world.slug, role: 'viewer', archived: false, phase: expect.any(String) });
		// the frame is built from the handed-on read: no query (a database that refuses every use proves it)
		const noDatabase = new Proxy({} as typeof database.db, {
			get() {
				throw new Error('the database was used');
			}
		});
		const viewerView = { ...contextFor(noDatabase, world.viewer), viewedInitiative: viewed };
		expect(await getInitiativeFrame(viewerView, world.slug)).toMatchObject({ slug: world.slug, role: 'viewer' });
		// the role held decides what the handed-on read allows (forbidden is audited, so with the real database)
		await expectCode(requireInitiative({ ...as(world.viewer), viewedInitiative: viewed }, world.slug, 'initiative.manage'), 'forbidden');
		expect(await requireInitiative({ ...as(world.lead), viewedInitiative: null }, world.slug, 'initiative.manage')).toMatchObject({
			role: 'backbone_lead'
		});
		// another slug is read again: the outsider's view of this initiative does not open another one
		const outsiderView = {
			...as(world.outsider),
			viewedInitiative: { ...(viewed as NonNullable<typeof viewed>), slug: 'andet-initiativ' }
		};
		await expectCode(getInitiativeFrame(outsiderView, world.slug), 'not_found');
	});

	it('a platform admin gets no role in an initiative by being admin', async () => {
		const admin = await newPerson(database.db, 'admin');
		await expectCode(getInitiative(as(admin), world.slug), 'not_found');
	});

	it('every member reads; only the backbone lead changes settings, phase, gaps and archive', async () => {
		for (const member of [world.lead, world.editor, world.viewer]) {
			expect((await getInitiative(as(member), world.slug)).initiative.name).toBe('Fælles initiativ');
		}
		const { initiative } = await getInitiative(as(world.lead), world.slug);
		const input = { ...fields, name: 'Fælles initiativ', slug: world.slug, revision: initiative.revision };
		for (const member of [world.editor, world.viewer]) {
			await expectCode(updateInitiativeSettings(as(member), world.slug, input), 'forbidden');
			await expectCode(changePhase(as(member), world.slug, { phase: 'initiate_action', startedOn: '2026-01-01', note: '' }), 'forbidden');
			await expectCode(setArchived(as(member), world.slug, true), 'forbidden');
			await expectCode(setGapClosed(as(member), world.slug, { key: 'step4.champions', note: 'x', closed: true }), 'forbidden');
		}
		for (const stranger of [world.outsider]) {
			await expectCode(updateInitiativeSettings(as(stranger), world.slug, input), 'not_found');
			await expectCode(setArchived(as(stranger), world.slug, true), 'not_found');
		}
		const denials = await findAuditEntries(database.db, { action: 'access.denied', personId: world.viewer.userId as string });
		expect(denials.length).toBeGreaterThan(0);
	});

	it('lists only the initiatives a person belongs to', async () => {
		expect((await listMyInitiatives(as(world.viewer))).initiatives.map((i) => i.slug)).toEqual([world.slug]);
		expect((await listMyInitiatives(as(world.outsider))).initiatives).toEqual([]);
	});
});

describe('settings, phase and archive', () => {
	it('two people saving the same settings: the second gets 409 and nothing of theirs is written; a confirmed save after seeing it goes through', async () => {
		const { initiative } = await getInitiative(as(world.lead), world.slug);
		const base = { ...fields, name: initiative.name, slug: initiative.slug, revision: initiative.revision };
		await updateInitiativeSettings(as(world.lead), world.slug, { ...base, vision: 'Første' });
		await expectCode(updateInitiativeSettings(as(world.lead), world.slug, { ...base, vision: 'Anden' }), 'stale_revision');
		expect((await getInitiative(as(world.lead), world.slug)).initiative.vision).toBe('Første');
		// saving again with the same stale revision is refused again: never a silent overwrite
		await expectCode(updateInitiativeSettings(as(world.lead), world.slug, { ...base, vision: 'Anden' }), 'stale_revision');
		const now = (await getInitiative(as(world.lead), world.slug)).initiative;
		await updateInitiativeSettings(as(world.lead), world.slug, { ...base, vision: 'Anden', confirmRevision: now.revision });
		expect((await getInitiative(as(world.lead), world.slug)).initiative.vision).toBe('Anden');
	});

	it('keeps a dated phase history', async () => {
		await changePhase(as(world.lead), world.slug, { phase: 'initiate_action', startedOn: '2026-03-01', note: 'Styregruppen er nedsat' });
		const { initiative, phaseHistory } = await getInitiative(as(world.lead), world.slug);
		expect(initiative.phase).toBe('initiate_action');
		expect(phaseHistory.find((entry) => entry.phase === 'initiate_action')).toMatchObject({
			startedOn: '2026-03-01',
			note: 'Styregruppen er nedsat'
		});
	});

	it('an archived initiative is read-only until it is unarchived, and drops out of the active list', async () => {
		const lead = await newPerson(database.db);
		const { slug } = await startInitiative(as(lead), { ...fields, name: 'Til arkivet' });
		await setArchived(as(lead), slug, true);
		expect((await getInitiativeFrame(as(lead), slug)).archived).toBe(true);
		await expectCode(changePhase(as(lead), slug, { phase: 'initiate_action', startedOn: '2026-03-01', note: '' }), 'archived');
		expect((await listMyInitiatives(as(lead))).initiatives).toEqual([]);
		expect((await listMyInitiatives(as(lead), { archived: true })).initiatives.map((i) => i.slug)).toEqual([slug]);
		await setArchived(as(lead), slug, false);
		await changePhase(as(lead), slug, { phase: 'initiate_action', startedOn: '2026-03-01', note: '' });
	});
});
