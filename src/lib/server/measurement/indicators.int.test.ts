import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_TEMPLATES } from '../../domain/measurement/templates.ts';
import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { AppError } from '../http/errors.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { initiativeGoals } from '../initiatives/initiatives.table.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import {
	addTarget,
	createIndicator,
	createIndicatorFromTemplate,
	deleteIndicator,
	getIndicator,
	getIndicatorForEdit,
	getIndicatorPage,
	indicatorFormOptions,
	type IndicatorInput,
	listIndicators,
	removeTarget,
	setBaseline,
	updateIndicator
} from './indicators.usecases.ts';
import { observations } from './measurement.table.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let goalId: string;
let otherGoalId: string;
let otherIndicatorId: string;
const as = (actor: Actor) => contextFor(database.db, actor);

async function expectCode(promise: Promise<unknown>, code: string, field?: string) {
	const caught = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	expect(caught).toBeInstanceOf(AppError);
	expect((caught as AppError).code).toBe(code);
	if (field) expect(Object.keys((caught as AppError).fields)).toContain(field);
}

const blank = (overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
	name: 'Unge i uddannelse',
	definition: 'Andel af 18-24-årige i uddannelse eller job',
	kind: 'population',
	polarity: 'higher_is_better',
	frequency: 'quarter',
	unit: 'percent',
	unitLabel: '',
	source: 'Danmarks Statistik',
	reportingDelayDays: 30,
	validMin: undefined,
	validMax: undefined,
	responsibleActorId: undefined,
	goalIds: [],
	dimensions: [
		{
			key: 'koen',
			label: 'Køn',
			categories: [
				{ key: 'k', label: 'Kvinde' },
				{ key: 'm', label: 'Mand' }
			]
		}
	],
	...overrides
});

async function addGoal(initiativeId: string, title: string) {
	const [row] = await database.db.insert(initiativeGoals).values({ initiativeId, title }).returning({ id: initiativeGoals.id });
	return row.id;
}

beforeAll(async () => {
	database = await createTestDatabase();
	world = await createTestInitiative(database.db, 'Målinger');
	other = await createTestInitiative(database.db, 'Andet initiativ');
	goalId = await addGoal(world.id, 'Flere unge i uddannelse');
	otherGoalId = await addGoal(other.id, 'Et andet mål');
	otherIndicatorId = (await createIndicator(as(other.lead), other.slug, blank({ name: 'Andet' }))).id;
});
afterAll(async () => {
	await database.dispose();
});

describe('defining indicators', () => {
	it('the backbone lead creates one from a blank definition, linked to goals and a responsible actor, audited', async () => {
		const { id } = await createIndicator(
			as(world.lead),
			world.slug,
			blank({ responsibleActorId: world.ownActorId, goalIds: [goalId], isKey: true })
		);
		const { indicator } = await getIndicator(as(world.viewer), world.slug, id);
		expect(indicator).toMatchObject({
			name: 'Unge i uddannelse',
			unit: 'percent',
			responsibleActorId: world.ownActorId,
			goalIds: [goalId],
			isKey: true,
			templateKey: null,
			baseline: null,
			revision: 1
		});
		expect(indicator.dimensions[0].categories.map((c) => c.key)).toEqual(['k', 'm']);
		const audit = await findAuditEntries(database.db, { action: 'initiative.indicator_created' });
		expect(audit.some((entry) => entry.initiativeId === world.id && entry.targetId === id)).toBe(true);
	});

	it('copies a template (never a reference): the copy changes alone', async () => {
		const template = INDICATOR_TEMPLATES[0];
		const { id } = await createIndicatorFromTemplate(as(world.lead), world.slug, { templateKey: template.key, locale: 'da' });
		const { indicator } = await getIndicator(as(world.lead), world.slug, id);
		expect(indicator).toMatchObject({
			name: template.name.da,
			kind: template.kind,
			frequency: template.frequency,
			templateKey: template.key
		});
		expect(indicator.dimensions.map((d) => d.key)).toEqual(template.dimensions.map((d) => d.key));
		await updateIndicator(as(world.lead), world.slug, id, {
			...blank({ name: 'Egen udgave', dimensions: [] }),
			revision: indicator.revision
		});
		expect(INDICATOR_TEMPLATES[0].name.da).toBe(template.name.da);
		expect(INDICATOR_TEMPLATES[0].dimensions).toEqual(template.dimensions);
		await expectCode(
			createIndicatorFromTemplate(as(world.lead), world.slug, { templateKey: 'no-such-template', locale: 'da' }),
			'invalid_input',
			'templateKey'
		);
	});

	it('refuses a responsible actor or a goal of another initiative with a field error', async () => {
		await expectCode(
			createIndicator(as(world.lead), world.slug, blank({ responsibleActorId: other.ownActorId })),
			'invalid_input',
			'responsibleActorId'
		);
		await expectCode(createIndicator(as(world.lead), world.slug, blank({ goalIds: [goalId, otherGoalId] })), 'invalid_input', 'goalIds');
		const { id } = await createIndicator(as(world.lead), world.slug, blank());
		await expectCode(
			updateIndicator(as(world.lead), world.slug, id, { ...blank({ goalIds: [otherGoalId] }), revision: 1 }),
			'invalid_input',
			'goalIds'
		);
	});

	it('only the backbone lead defines, changes and deletes; partner editors and viewers read; outsiders find nothing', async () => {
		for (const person of [world.editor, world.viewer]) await expectCode(createIndicator(as(person), world.slug, blank()), 'forbidden');
		await expectCode(createIndicator(as(world.outsider), world.slug, blank()), 'not_found');
		const template = INDICATOR_TEMPLATES[0].key;
		await expectCode(createIndicatorFromTemplate(as(world.editor), world.slug, { templateKey: template, locale: 'da' }), 'forbidden');
		const { id } = await createIndicator(as(world.lead), world.slug, blank({ name: 'Til roller' }));
		for (const person of [world.editor, world.viewer]) {
			await expectCode(updateIndicator(as(person), world.slug, id, { ...blank(), revision: 1 }), 'forbidden');
			await expectCode(deleteIndicator(as(person), world.slug, id), 'forbidden');
			await expectCode(
				setBaseline(as(person), world.slug, id, { baseline: { value: '10', date: '2025-12-31' }, revision: 1 }),
				'forbidden'
			);
			await expectCode(addTarget(as(person), world.slug, id, { value: '50', date: '2027-12-31' }), 'forbidden');
			const { indicators } = await listIndicators(as(person), world.slug);
			expect(indicators.some((i) => i.id === id)).toBe(true);
		}
		await expectCode(listIndicators(as(world.outsider), world.slug), 'not_found');
		await expectCode(getIndicator(as(world.outsider), world.slug, id), 'not_found');
		await expectCode(updateIndicator(as(world.outsider), world.slug, id, { ...blank(), revision: 1 }), 'not_found');
		await expectCode(deleteIndicator(as(world.outsider), world.slug, id), 'not_found');
	});

	it('Z3: another initiative’s indicator is not found for every role, and lists never show it', async () => {
		for (const person of [world.lead, world.editor, world.viewer]) {
			await expectCode(getIndicator(as(person), world.slug, otherIndicatorId), 'not_found');
			const { indicators } = await listIndicators(as(person), world.slug);
			expect(indicators.some((i) => i.id === otherIndicatorId)).toBe(false);
		}
		await expectCode(getIndicator(as(world.lead), world.slug, 'not-a-uuid'), 'not_found');
		await expectCode(updateIndicator(as(world.lead), world.slug, otherIndicatorId, { ...blank(), revision: 1 }), 'not_found');
		await expectCode(deleteIndicator(as(world.lead), world.slug, otherIndicatorId, { confirm: true }), 'not_found');
		await expectCode(setBaseline(as(world.lead), world.slug, otherIndicatorId, { baseline: null, revision: 1 }), 'not_found');
		await expectCode(addTarget(as(world.lead), world.slug, otherIndicatorId, { value: '1', date: '2027-01-01' }), 'not_found');
		const { indicator } = await getIndicator(as(other.lead), other.slug, otherIndicatorId);
		expect(indicator.revision).toBe(1);
		expect(indicator.targets).toEqual([]);
	});
});

describe('revisions, baseline and targets', () => {
	it('a stale revision is refused (409) and changes nothing; confirmRevision saves over it', async () => {
		const { id } = await createIndicator(as(world.lead), world.slug, blank({ name: 'Revision' }));
		await updateIndicator(as(world.lead), world.slug, id, { ...blank({ name: 'Første' }), revision: 1 });
		await expectCode(updateIndicator(as(world.lead), world.slug, id, { ...blank({ name: 'Anden' }), revision: 1 }), 'stale_revision');
		await expectCode(
			setBaseline(as(world.lead), world.slug, id, { baseline: { value: '40', date: '2025-12-31' }, revision: 1 }),
			'stale_revision'
		);
		expect((await getIndicator(as(world.lead), world.slug, id)).indicator).toMatchObject({ name: 'Første', revision: 2, baseline: null });
		await updateIndicator(as(world.lead), world.slug, id, { ...blank({ name: 'Anden' }), revision: 1, confirmRevision: 2 });
		expect((await getIndicator(as(world.lead), world.slug, id)).indicator).toMatchObject({ name: 'Anden', revision: 3 });
		const audit = await findAuditEntries(database.db, { action: 'initiative.indicator_updated' });
		expect(audit.filter((entry) => entry.targetId === id)).toHaveLength(2);
	});

	it('sets and clears the baseline; adds targets (one per date) and removes them, each audited', async () => {
		const { id } = await createIndicator(as(world.lead), world.slug, blank({ name: 'Mål' }));
		await setBaseline(as(world.lead), world.slug, id, { baseline: { value: '41.5', date: '2025-12-31' }, revision: 1 });
		const first = await addTarget(as(world.lead), world.slug, id, { value: '50', date: '2027-12-31' });
		await addTarget(as(world.lead), world.slug, id, { value: '60', date: '2029-12-31', note: 'Langt sigt' });
		await expectCode(addTarget(as(world.lead), world.slug, id, { value: '55', date: '2027-12-31' }), 'invalid_input', 'date');
		let { indicator } = await getIndicator(as(world.viewer), world.slug, id);
		expect(indicator.baseline).toEqual({ value: '41.5', date: '2025-12-31' });
		expect(indicator.targets.map((t) => [t.value, t.date])).toEqual([
			['50', '2027-12-31'],
			['60', '2029-12-31']
		]);
		await removeTarget(as(world.lead), world.slug, id, first.id);
		await expectCode(removeTarget(as(world.lead), world.slug, id, first.id), 'not_found');
		await expectCode(removeTarget(as(world.editor), world.slug, id, indicator.targets[1].id), 'forbidden');
		await setBaseline(as(world.lead), world.slug, id, {
			baseline: null,
			revision: (await getIndicator(as(world.lead), world.slug, id)).indicator.revision
		});
		({ indicator } = await getIndicator(as(world.viewer), world.slug, id));
		expect(indicator.baseline).toBeNull();
		expect(indicator.targets).toHaveLength(1);
		for (const action of ['baseline_set', 'target_added', 'target_removed']) {
			const audit = await findAuditEntries(database.db, { action: `initiative.indicator_${action}` });
			expect(audit.some((entry) => entry.targetId === id)).toBe(true);
		}
	});

	it('deleting an indicator with approved values asks first, and deletes with confirmation; audited', async () => {
		const { id } = await createIndicator(as(world.lead), world.slug, blank({ name: 'Slet mig' }));
		await database.db.insert(observations).values({
			initiativeId: world.id,
			indicatorId: id,
			period: '2025-Q4',
			periodEnd: '2025-12-31',
			value: '12',
			state: 'approved'
		});
		await expectCode(deleteIndicator(as(world.lead), world.slug, id), 'conflict', 'confirm');
		expect((await getIndicator(as(world.lead), world.slug, id)).indicator.name).toBe('Slet mig');
		expect(await deleteIndicator(as(world.lead), world.slug, id, { confirm: true })).toEqual({ approvedValuesDeleted: 1 });
		await expectCode(getIndicator(as(world.lead), world.slug, id), 'not_found');
		const left = await database.db
			.select()
			.from(observations)
			.where(and(eq(observations.indicatorId, id)));
		expect(left).toHaveLength(0);
		const audit = await findAuditEntries(database.db, { action: 'initiative.indicator_deleted' });
		expect(audit.some((entry) => entry.targetId === id)).toBe(true);
		// one without approved values goes at once
		const plain = await createIndicator(as(world.lead), world.slug, blank({ name: 'Tom' }));
		expect(await deleteIndicator(as(world.lead), world.slug, plain.id)).toEqual({ approvedValuesDeleted: 0 });
	});
});

describe('the pages of an indicator', () => {
	it('the indicator page: every member reads it with status, names and the newest approved values; outsiders and other initiatives find nothing', async () => {
		const { id } = await createIndicator(
			as(world.lead),
			world.slug,
			blank({ name: 'Side', responsibleActorId: world.ownActorId, goalIds: [goalId], frequency: 'year' })
		);
		const approved = (period: string, value: string, categories: Record<string, string> = {}) => ({
			initiativeId: world.id,
			indicatorId: id,
			period,
			periodEnd: `${period}-12-31`,
			value,
			categories,
			categoriesKey: Object.entries(categories)
				.map(([d, c]) => `${d}=${c}`)
				.join('|'),
			state: 'approved' as const
		});
		await database.db
			.insert(observations)
			.values([
				approved('2023', '40'),
				approved('2024', '42'),
				approved('2024', '44', { koen: 'k' }),
				approved('2024', '40', { koen: 'm' })
			]);
		await database.db.insert(observations).values({ ...approved('2025', '99'), state: 'submitted' });
		for (const person of [world.lead, world.editor, world.viewer]) {
			const view = await getIndicatorPage(as(person), world.slug, id);
			expect(view.indicator.name).toBe('Side');
			expect(view.responsibleActor).not.toBeNull();
			expect(view.goals).toEqual(['Flere unge i uddannelse']);
			expect(view.summary?.latest).toEqual({ period: '2024', value: '42' });
			// newest first; the waiting 2025 value is not in the approved table
			expect(view.table).toEqual([
				{ period: '2024', total: '42', split: { 'koen=k': '44', 'koen=m': '40' } },
				{ period: '2023', total: '40', split: {} }
			]);
		}
		await expectCode(getIndicatorPage(as(world.outsider), world.slug, id), 'not_found');
		await expectCode(getIndicatorPage(as(world.lead), world.slug, otherIndicatorId), 'not_found');
		await expectCode(getIndicatorPage(as(other.lead), other.slug, id), 'not_found');
	});

	it('the form options and the edit page are the backbone lead’s only', async () => {
		const { id } = await createIndicator(as(world.lead), world.slug, blank({ name: 'Redigér' }));
		const options = await indicatorFormOptions(as(world.lead), world.slug);
		expect(options.actors.map((a) => a.id)).toContain(world.ownActorId);
		expect(options.actors.map((a) => a.id)).not.toContain(other.ownActorId);
		expect(options.goals.map((g) => g.id)).toContain(goalId);
		const edit = await getIndicatorForEdit(as(world.lead), world.slug, id);
		expect(edit).toMatchObject({ approvedValues: 0, allValues: 0, indicator: { name: 'Redigér' } });
		for (const person of [world.editor, world.viewer]) {
			await expectCode(indicatorFormOptions(as(person), world.slug), 'forbidden');
			await expectCode(getIndicatorForEdit(as(person), world.slug, id), 'forbidden');
		}
		await expectCode(getIndicatorForEdit(as(world.outsider), world.slug, id), 'not_found');
		await expectCode(getIndicatorForEdit(as(world.lead), world.slug, otherIndicatorId), 'not_found');
	});
});

describe('changing dimensions and frequency never orphans stored values', () => {
	it('refuses removing a category or a dimension that has values, and allows renaming, adding and removing unused ones', async () => {
		const { id } = await createIndicator(
			as(world.lead),
			world.slug,
			blank({
				name: 'Opdelt',
				dimensions: [
					{
						key: 'koen',
						label: 'Køn',
						categories: [
							{ key: 'k', label: 'Kvinde' },
							{ key: 'm', label: 'Mand' },
							{ key: 'a', label: 'Andet' }
						]
					},
					{
						key: 'alder',
						label: 'Alder',
						categories: [
							{ key: 'unge', label: 'Unge' },
							{ key: 'voksne', label: 'Voksne' }
						]
					}
				]
			})
		);
		// a rejected value counts too: the history keeps it
		await database.db.insert(observations).values({
			initiativeId: world.id,
			indicatorId: id,
			period: '2026-Q1',
			periodEnd: '2026-03-31',
			value: '5',
			categories: { koen: 'k' },
			categoriesKey: 'koen=k',
			state: 'rejected'
		});
		let revision = 1;
		const gender = (categories: { key: string; label: string }[]) => ({ key: 'koen', label: 'Køn', categories });
		// removing the used category k: refused, on the dimension's field, nothing saved
		await expectCode(
			updateIndicator(as(world.lead), world.slug, id, {
				...blank({
					name: 'Opdelt',
					dimensions: [
						gender([
							{ key: 'm', label: 'Mand' },
							{ key: 'a', label: 'Andet' }
						])
					]
				}),
				revision
			}),
			'invalid_input',
			'dimension:koen'
		);
		// removing the whole used dimension: refused
		await expectCode(
			updateIndicator(as(world.lead), world.slug, id, { ...blank({ name: 'Opdelt', dimensions: [] }), revision }),
			'invalid_input',
			'dimensions'
		);
		// changing the frequency with values stored: refused
		await expectCode(
			updateIndicator(as(world.lead), world.slug, id, { ...blank({ name: 'Opdelt', frequency: 'month' }), revision }),
			'invalid_input',
			'frequency'
		);
		expect((await getIndicator(as(world.lead), world.slug, id)).indicator.revision).toBe(1);
		// renaming k, dropping the unused "a" and the unused dimension, adding a category: fine
		({ revision } = await updateIndicator(as(world.lead), world.slug, id, {
			...blank({
				name: 'Opdelt',
				dimensions: [
					gender([
						{ key: 'k', label: 'Kvinder' },
						{ key: 'm', label: 'Mænd' },
						{ key: 'x', label: 'Ikke oplyst' }
					])
				]
			}),
			revision
		}));
		const { indicator } = await getIndicator(as(world.viewer), world.slug, id);
		expect(indicator.dimensions).toEqual([
			gender([
				{ key: 'k', label: 'Kvinder' },
				{ key: 'm', label: 'Mænd' },
				{ key: 'x', label: 'Ikke oplyst' }
			])
		]);
		expect(revision).toBe(2);
	});
});
