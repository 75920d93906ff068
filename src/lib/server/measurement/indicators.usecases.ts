/**
 * An initiative's indicators (issue 13 § 1–2): list and read (every member), define from a blank
 * definition or as a copy of a template, change with a revision, delete (asking first when approved
 * values would go with it), the baseline and the targets (the backbone lead, `initiative.manage`).
 * The responsible actor and the linked goals must be the initiative's own: never a cross-initiative link.
 */
import { findTemplate, templateToDefinition } from '../../domain/measurement/templates.ts';
import { type IndicatorDefinition, indicatorDefinitionSchema, MAX_TARGETS_PER_INDICATOR } from '../../domain/measurement/schemas.ts';
import type { NumberLocale } from '../../domain/measurement/numbers.ts';
import type { UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative } from '../initiatives/access.ts';
import { listActorsOf } from '../initiatives/actors.repository.ts';
import { listGoalOptions } from '../initiatives/actors.usecases.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import { todayOf } from '../initiatives/initiatives.usecases.ts';
import { measurementSummary } from './dashboard.ts';
import {
	countApprovedObservations,
	countObservations,
	deleteIndicatorRow,
	deleteTargetRow,
	findActorIn,
	findIndicatorRow,
	goalIdsIn,
	insertIndicatorRow,
	insertTargetRow,
	listGoalLinks,
	listIndicatorRows,
	listTargetRows,
	listUsedCategories,
	nextIndicatorPosition,
	recentApprovedRows,
	replaceGoalLinks,
	touchIndicator,
	updateIndicatorAt
} from './indicators.repository.ts';
import type { IndicatorRow } from './measurement.table.ts';

export type IndicatorInput = IndicatorDefinition & { isKey?: boolean };

export interface TargetView {
	id: string;
	value: string;
	date: string;
	note: string;
}

export function describeIndicator(row: IndicatorRow, goalIds: string[], targets: TargetView[]) {
	return {
		id: row.id,
		name: row.name,
		definition: row.definition,
		kind: row.kind,
		polarity: row.polarity,
		frequency: row.frequency,
		unit: row.unit,
		unitLabel: row.unitLabel,
		source: row.source,
		reportingDelayDays: row.reportingDelayDays,
		validMin: row.validMin,
		validMax: row.validMax,
		responsibleActorId: row.responsibleActorId,
		dimensions: row.dimensions,
		isKey: row.isKey,
		position: row.position,
		baseline: row.baselineValue !== null && row.baselineDate !== null ? { value: row.baselineValue, date: row.baselineDate } : null,
		templateKey: row.templateKey,
		goalIds,
		targets,
		revision: row.revision,
		updatedAt: row.updatedAt
	};
}

export type IndicatorView = ReturnType<typeof describeIndicator>;

async function describeRows(db: Executor, initiativeId: string, rows: IndicatorRow[]): Promise<IndicatorView[]> {
	const ids = rows.map((row) => row.id);
	const [links, targets] = await Promise.all([listGoalLinks(db, ids), listTargetRows(db, initiativeId, ids)]);
	return rows.map((row) =>
		describeIndicator(
			row,
			links.filter((link) => link.indicatorId === row.id).map((link) => link.goalId),
			targets
				.filter((target) => target.indicatorId === row.id)
				.map((target) => ({ id: target.id, value: target.value, date: target.targetDate, note: target.note }))
		)
	);
}

/** The indicator of this initiative, else `not_found` (an id of another initiative too, Z3). */
export async function loadIndicator(db: Executor, scope: Pick<InitiativeScope, 'id'>, indicatorId: string): Promise<IndicatorRow> {
	const row = await findIndicatorRow(db, scope.id, indicatorId);
	if (!row) throw new AppError('not_found');
	return row;
}

export async function listIndicators(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const rows = await listIndicatorRows(ctx.db, scope.id);
	return { scope, indicators: await describeRows(ctx.db, scope.id, rows) };
}

export async function getIndicator(ctx: UseCaseContext, slug: string, indicatorId: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const row = await loadIndicator(ctx.db, scope, indicatorId);
	const [indicator] = await describeRows(ctx.db, scope.id, [row]);
	return { scope, indicator };
}

/** The responsible actor and the goals must belong to this initiative: else a field error. */
async function checkLinks(db: Executor, scope: InitiativeScope, input: Pick<IndicatorInput, 'responsibleActorId' | 'goalIds'>) {
	const fields: Record<string, string> = {};
	if (input.responsibleActorId && !(await findActorIn(db, scope.id, input.responsibleActorId)))
		fields.responsibleActorId = 'field_measurement_not_in_initiative';
	const goalIds = [...new Set(input.goalIds)];
	const known = await goalIdsIn(db, scope.id, goalIds);
	if (goalIds.some((id) => !known.has(id))) fields.goalIds = 'field_measurement_not_in_initiative';
	if (Object.keys(fields).length > 0) throw new AppError('invalid_input', fields);
	return goalIds;
}

function definitionValues(input: IndicatorInput) {
	return {
		name: input.name,
		definition: input.definition,
		kind: input.kind,
		polarity: input.polarity,
		frequency: input.frequency,
		unit: input.unit,
		unitLabel: input.unit === 'other' ? input.unitLabel : '',
		source: input.source,
		reportingDelayDays: input.reportingDelayDays,
		validMin: input.validMin ?? null,
		validMax: input.validMax ?? null,
		responsibleActorId: input.responsibleActorId ?? null,
		dimensions: input.dimensions.map((d) => ({ key: d.key, label: d.label, categories: d.categories.map((c) => ({ ...c })) })),
		...(input.isKey === undefined ? {} : { isKey: input.isKey })
	};
}

async function insertIndicator(ctx: UseCaseContext, scope: InitiativeScope, input: IndicatorInput, templateKey: string | null) {
	const goalIds = await checkLinks(ctx.db, scope, input);
	return ctx.db.transaction(async (tx) => {
		const row = await insertIndicatorRow(tx, {
			initiativeId: scope.id,
			...definitionValues(input),
			position: await nextIndicatorPosition(tx, scope.id),
			templateKey
		});
		await replaceGoalLinks(tx, row.id, goalIds);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_created',
			targetType: 'indicator',
			targetId: row.id,
			details: { name: row.name, ...(templateKey ? { templateKey } : {}) }
		});
		return { id: row.id };
	});
}

/** A new indicator from a blank definition (validated with `indicatorDefinitionSchema`). */
export async function createIndicator(ctx: UseCaseContext, slug: string, input: IndicatorInput): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return insertIndicator(ctx, scope, input, null);
}

/**
 * A new indicator as a copy of a library template, in the initiative's language: later changes to
 * the library do not reach it. Goals and the responsible actor may be given along.
 */
export async function createIndicatorFromTemplate(
	ctx: UseCaseContext,
	slug: string,
	input: { templateKey: string; locale: NumberLocale; responsibleActorId?: string; goalIds?: string[]; isKey?: boolean }
): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const template = findTemplate(input.templateKey);
	if (!template) throw new AppError('invalid_input', { templateKey: 'field_measurement_template_unknown' });
	const parsed = indicatorDefinitionSchema(input.locale).safeParse({
		...templateToDefinition(template, input.locale),
		responsibleActorId: input.responsibleActorId,
		goalIds: input.goalIds ?? []
	});
	if (!parsed.success) throw AppError.fromIssues(parsed.error.issues);
	return insertIndicator(ctx, scope, { ...parsed.data, isKey: input.isKey }, template.key);
}

/**
 * Values are stored under a category's code and in the indicator's periods: a change that would
 * leave stored values without their category or period is refused with a field message (rename a
 * category's label instead; keep the frequency). Values of any state count: the history keeps them.
 */
async function refuseOrphans(db: Executor, initiativeId: string, before: IndicatorRow, input: IndicatorInput) {
	const fields: Record<string, string> = {};
	if (input.frequency !== before.frequency && (await countObservations(db, initiativeId, before.id)) > 0)
		fields.frequency = 'measurement_core_field_frequency_has_data';
	const kept = new Map(input.dimensions.map((d) => [d.key, new Set(d.categories.map((c) => c.key))]));
	const removedFrom = new Set<string>();
	const changed = before.dimensions.some((d) => !kept.has(d.key) || d.categories.some((c) => !kept.get(d.key)?.has(c.key)));
	if (changed)
		for (const used of await listUsedCategories(db, initiativeId, before.id))
			if (!kept.get(used.dimension)?.has(used.category)) removedFrom.add(used.dimension);
	for (const dimension of removedFrom) fields[`dimension:${dimension}`] = 'measurement_core_field_category_has_data';
	if (removedFrom.size > 0) fields.dimensions = 'measurement_core_field_category_has_data';
	if (Object.keys(fields).length > 0) throw new AppError('invalid_input', fields);
}

/** The definition form: a stale revision is a 409 (`stale_revision`); `confirmRevision` saves over it. */
export async function updateIndicator(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: IndicatorInput & { revision: number; confirmRevision?: number }
): Promise<{ revision: number }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const before = await loadIndicator(ctx.db, scope, indicatorId);
	const goalIds = await checkLinks(ctx.db, scope, input);
	return ctx.db.transaction(async (tx) => {
		await refuseOrphans(tx, scope.id, before, input);
		const row = await updateIndicatorAt(tx, scope.id, before.id, input.confirmRevision ?? input.revision, definitionValues(input));
		if (!row) throw new AppError('stale_revision');
		await replaceGoalLinks(tx, row.id, goalIds);
		const changed = (
			[
				'name',
				'definition',
				'kind',
				'polarity',
				'frequency',
				'unit',
				'unitLabel',
				'source',
				'reportingDelayDays',
				'validMin',
				'validMax',
				'responsibleActorId',
				'dimensions',
				'isKey'
			] as const
		).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(row[key]));
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_updated',
			targetType: 'indicator',
			targetId: row.id,
			details: { name: row.name, fields: changed }
		});
		return { revision: row.revision };
	});
}

/**
 * Deletes an indicator with its targets and every value. When approved values would go with it,
 * nothing happens unless `confirm` is given: the answer is a `conflict` whose `confirm` field says
 * so, and the page asks.
 */
export async function deleteIndicator(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: { confirm?: boolean } = {}
): Promise<{ approvedValuesDeleted: number }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return ctx.db.transaction(async (tx) => {
		const row = await loadIndicator(tx, scope, indicatorId);
		const approved = await countApprovedObservations(tx, scope.id, row.id);
		if (approved > 0 && !input.confirm) throw new AppError('conflict', { confirm: 'field_measurement_indicator_has_data' });
		if (!(await deleteIndicatorRow(tx, scope.id, row.id))) throw new AppError('not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_deleted',
			targetType: 'indicator',
			targetId: row.id,
			details: { name: row.name, approvedValues: approved }
		});
		return { approvedValuesDeleted: approved };
	});
}

/** Sets (or with `null`, clears) the baseline; competes with the definition form, so it takes the revision. */
export async function setBaseline(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: { baseline: { value: string; date: string } | null; revision: number; confirmRevision?: number }
): Promise<{ revision: number }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const before = await loadIndicator(ctx.db, scope, indicatorId);
	return ctx.db.transaction(async (tx) => {
		const row = await updateIndicatorAt(tx, scope.id, before.id, input.confirmRevision ?? input.revision, {
			baselineValue: input.baseline?.value ?? null,
			baselineDate: input.baseline?.date ?? null
		});
		if (!row) throw new AppError('stale_revision');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_baseline_set',
			targetType: 'indicator',
			targetId: row.id,
			details: {
				name: row.name,
				from: before.baselineValue === null ? null : { value: before.baselineValue, date: before.baselineDate },
				to: input.baseline
			}
		});
		return { revision: row.revision };
	});
}

/** Adds a target (value by date); one per date, at most MAX_TARGETS_PER_INDICATOR. */
export async function addTarget(
	ctx: UseCaseContext,
	slug: string,
	indicatorId: string,
	input: { value: string; date: string; note?: string }
): Promise<{ id: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return ctx.db.transaction(async (tx) => {
		const indicator = await loadIndicator(tx, scope, indicatorId);
		const existing = await listTargetRows(tx, scope.id, [indicator.id]);
		if (existing.length >= MAX_TARGETS_PER_INDICATOR) throw new AppError('invalid_input', { date: 'field_too_many_rows' });
		const row = await insertTargetRow(tx, {
			initiativeId: scope.id,
			indicatorId: indicator.id,
			value: input.value,
			targetDate: input.date,
			note: input.note ?? ''
		});
		if (!row) throw new AppError('invalid_input', { date: 'field_measurement_target_date_taken' });
		await touchIndicator(tx, scope.id, indicator.id);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_target_added',
			targetType: 'indicator',
			targetId: indicator.id,
			details: { name: indicator.name, value: row.value, date: row.targetDate }
		});
		return { id: row.id };
	});
}

export async function removeTarget(ctx: UseCaseContext, slug: string, indicatorId: string, targetId: string): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await ctx.db.transaction(async (tx) => {
		const indicator = await loadIndicator(tx, scope, indicatorId);
		const row = await deleteTargetRow(tx, scope.id, indicator.id, targetId);
		if (!row) throw new AppError('not_found');
		await touchIndicator(tx, scope.id, indicator.id);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.indicator_target_removed',
			targetType: 'indicator',
			targetId: indicator.id,
			details: { name: indicator.name, value: row.value, date: row.targetDate }
		});
	});
}

/** What the indicator form offers to choose from: the initiative's actors and its goal tree (backbone lead only). */
export async function indicatorFormOptions(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const [actors, goals] = await Promise.all([listActorsOf(ctx.db, scope.id), listGoalOptions(ctx, scope)]);
	return { scope, actors: actors.map((a) => ({ id: a.id, name: a.name })), goals };
}

/** The approved values shown on the indicator page: the newest periods, their total and single-category splits. */
export const INDICATOR_PAGE_PERIODS = 8;

/**
 * The indicator page: the definition with its goals' titles and the responsible actor's name, the
 * status (the dashboard's summary of this one indicator) and the approved values of the newest
 * INDICATOR_PAGE_PERIODS periods. Every member reads it.
 */
export async function getIndicatorPage(ctx: UseCaseContext, slug: string, indicatorId: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const row = await loadIndicator(ctx.db, scope, indicatorId);
	const today = todayOf(ctx);
	const [[indicator], [summary], values, actors, goals] = await Promise.all([
		describeRows(ctx.db, scope.id, [row]),
		measurementSummary(ctx.db, scope.id, today, { onlyIds: [row.id] }),
		recentApprovedRows(ctx.db, scope.id, row.id, INDICATOR_PAGE_PERIODS),
		listActorsOf(ctx.db, scope.id),
		listGoalOptions(ctx, scope)
	]);
	const periods = [...new Set(values.map((v) => v.period))];
	const table = periods.map((period) => {
		const own = values.filter((v) => v.period === period);
		return {
			period,
			total: own.find((v) => v.categoriesKey === '')?.value ?? null,
			/** categories key (`koen=k`) → value, for splits by one dimension */
			split: Object.fromEntries(
				own.filter((v) => v.categoriesKey !== '' && !v.categoriesKey.includes('|')).map((v) => [v.categoriesKey, v.value])
			)
		};
	});
	return {
		scope,
		today,
		indicator,
		summary,
		table,
		responsibleActor: actors.find((a) => a.id === row.responsibleActorId)?.name ?? null,
		goals: goals.filter((g) => indicator.goalIds.includes(g.id)).map((g) => g.title)
	};
}

/** The edit page (backbone lead): the indicator, what the form offers, and how many values a delete would take along. */
export async function getIndicatorForEdit(ctx: UseCaseContext, slug: string, indicatorId: string) {
	const { scope, actors, goals } = await indicatorFormOptions(ctx, slug);
	const row = await loadIndicator(ctx.db, scope, indicatorId);
	const [[indicator], approvedValues, allValues] = await Promise.all([
		describeRows(ctx.db, scope.id, [row]),
		countApprovedObservations(ctx.db, scope.id, row.id),
		countObservations(ctx.db, scope.id, row.id)
	]);
	return { scope, actors, goals, indicator, approvedValues, allValues };
}
