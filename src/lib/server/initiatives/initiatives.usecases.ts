/**
 * The initiative itself: start one (from scratch, or from a finished assessment or group round),
 * list mine, read, change its settings, its phase and its readiness gaps, archive and unarchive.
 * Members, the agenda, actors, activities, the map and the backbone have their own use cases.
 */
import { normaliseAreas } from '../../domain/initiatives/areas.ts';
import type { Phase, ReadinessGap, Visibility } from '../../domain/initiatives/model.ts';
import { closeGap, readinessGapsFrom, reopenGap } from '../../domain/initiatives/readiness.ts';
import { slugify } from '../../domain/organisations/slug.ts';
import { getAssessment } from '../assessments/assessments.usecases.ts';
import { getGroupRoundReport } from '../assessments/group-rounds.usecases.ts';
import { nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative } from './access.ts';
import { saveAgendaVersion } from './agenda-versions.ts';
import { recordInitiativeChange } from './changes.ts';
import {
	countArchivedOf,
	findInitiativeById,
	insertInitiative,
	insertMember,
	insertPhaseChange,
	isSlugTaken,
	listInitiativesOf,
	listPhaseHistory,
	updateInitiative,
	updateInitiativeAt
} from './initiatives.repository.ts';
import type { InitiativeRow } from './initiatives.table.ts';

export interface InitiativeFields {
	name: string;
	slug: string;
	areas: string[];
	problemStatement: string;
	vision: string;
	values: string;
	targetGroup: string;
	visibility: Visibility;
}

export function todayOf(ctx: Pick<UseCaseContext, 'now'>): string {
	return nowOf(ctx).toISOString().slice(0, 10);
}

export async function listMyInitiatives(ctx: UseCaseContext, options: { archived?: boolean } = {}) {
	await requireAccess(ctx, 'initiatives.list');
	const userId = ctx.actor.userId as string;
	const [initiatives, archivedCount] = await Promise.all([
		listInitiativesOf(ctx.db, userId, options.archived ?? false),
		countArchivedOf(ctx.db, userId)
	]);
	return { initiatives, archivedCount };
}

/** What starting from an assessment or a group round carries over. */
export interface InitiativeSource {
	kind: 'assessment' | 'group_round';
	id: string;
	title: string;
	focusProblem: string | null;
	outcome: string | null;
	readinessGaps: ReadinessGap[];
}

/** A finished assessment or group round of one of the person's organisations (else not found, Z3). */
export async function getInitiativeSource(
	ctx: UseCaseContext,
	ref: { assessmentId?: string; groupRoundId?: string }
): Promise<InitiativeSource | null> {
	if (ref.assessmentId) {
		const assessment = await getAssessment(ctx, { id: ref.assessmentId });
		if (!assessment.isComplete) throw new AppError('invalid_input', { form: 'field_initiative_source_unfinished' });
		return {
			kind: 'assessment',
			id: assessment.id,
			title: assessment.title,
			focusProblem: assessment.focusProblem?.title ?? null,
			outcome: assessment.result.outcome,
			readinessGaps: readinessGapsFrom(assessment.answers)
		};
	}
	if (ref.groupRoundId) {
		const report = await getGroupRoundReport(ctx, ref.groupRoundId);
		if (report.combined.respondents === 0) throw new AppError('invalid_input', { form: 'field_initiative_source_unfinished' });
		return {
			kind: 'group_round',
			id: report.round.id,
			title: report.round.focusProblem,
			focusProblem: report.round.focusProblem,
			outcome: report.combined.result.outcome,
			readinessGaps: readinessGapsFrom(report.combined.combinedAnswers)
		};
	}
	return null;
}

/** A free address from the name: "hjem-til-alle", else "hjem-til-alle-2" … */
async function freeSlug(ctx: UseCaseContext, name: string): Promise<string> {
	const base = slugify(name) || 'initiativ';
	for (let n = 1; n < 1000; n += 1) {
		const candidate = n === 1 ? base : `${base.slice(0, 55)}-${n}`;
		if (!(await isSlugTaken(ctx.db, candidate))) return candidate;
	}
	throw new AppError('conflict');
}

/** Starts an initiative; the person who starts it is its first backbone lead. */
export async function startInitiative(
	ctx: UseCaseContext,
	input: InitiativeFields & { assessmentId?: string; groupRoundId?: string }
): Promise<{ slug: string }> {
	await requireAccess(ctx, 'initiatives.create');
	const source = await getInitiativeSource(ctx, input);
	const slug = input.slug || (await freeSlug(ctx, input.name));
	if (input.slug && (await isSlugTaken(ctx.db, input.slug))) throw new AppError('invalid_input', { slug: 'field_slug_taken' });
	const userId = ctx.actor.userId as string;
	const today = todayOf(ctx);
	const row = await ctx.db.transaction(async (tx) => {
		const created = await insertInitiative(tx, {
			slug,
			name: input.name,
			areas: normaliseAreas(input.areas),
			problemStatement: input.problemStatement || (source?.focusProblem ?? ''),
			vision: input.vision,
			values: input.values,
			targetGroup: input.targetGroup,
			visibility: input.visibility,
			assessmentId: source?.kind === 'assessment' ? source.id : null,
			groupRoundId: source?.kind === 'group_round' ? source.id : null,
			focusProblem: source?.focusProblem ?? null,
			assessmentOutcome: source?.outcome ?? null,
			readinessGaps: source?.readinessGaps ?? [],
			createdBy: userId
		});
		if (!created) throw new AppError('invalid_input', { slug: 'field_slug_taken' }); // taken in the meantime
		await insertMember(tx, { initiativeId: created.id, userId, role: 'backbone_lead' });
		await insertPhaseChange(tx, { initiativeId: created.id, phase: created.phase, startedOn: today, changedBy: userId });
		await recordInitiativeChange(tx, ctx, created.id, {
			action: 'initiative.created',
			details: { name: created.name, ...(source ? { source: source.kind, sourceId: source.id } : {}) }
		});
		return created;
	});
	return { slug: row.slug };
}

export function describeInitiative(row: InitiativeRow) {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		areas: row.areas,
		problemStatement: row.problemStatement,
		vision: row.vision,
		values: row.values,
		targetGroup: row.targetGroup,
		phase: row.phase,
		visibility: row.visibility,
		archivedAt: row.archivedAt,
		assessmentId: row.assessmentId,
		groupRoundId: row.groupRoundId,
		focusProblem: row.focusProblem,
		assessmentOutcome: row.assessmentOutcome,
		readinessGaps: row.readinessGaps,
		backboneActorId: row.backboneActorId,
		agendaVersion: row.agendaVersion,
		revision: row.revision,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt
	};
}

export type InitiativeView = ReturnType<typeof describeInitiative>;

async function loadRow(ctx: UseCaseContext, scope: InitiativeScope): Promise<InitiativeRow> {
	const row = await findInitiativeById(ctx.db, scope.id);
	if (!row) throw new AppError('not_found');
	return row;
}

export async function getInitiative(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const row = await loadRow(ctx, scope);
	return { scope, initiative: describeInitiative(row), phaseHistory: await listPhaseHistory(ctx.db, scope.id) };
}

/** The settings form. A stale revision is a 409; the person's text is kept by the form. */
export async function updateInitiativeSettings(
	ctx: UseCaseContext,
	slug: string,
	input: InitiativeFields & { revision: number; confirmRevision?: number }
): Promise<{ slug: string }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const newSlug = input.slug || scope.slug;
	if (newSlug !== scope.slug && (await isSlugTaken(ctx.db, newSlug, scope.id)))
		throw new AppError('invalid_input', { slug: 'field_slug_taken' });
	return ctx.db.transaction(async (tx) => {
		const before = await findInitiativeById(tx, scope.id);
		const row = await updateInitiativeAt(tx, scope.id, input.confirmRevision ?? input.revision, {
			slug: newSlug,
			name: input.name,
			areas: normaliseAreas(input.areas),
			problemStatement: input.problemStatement,
			vision: input.vision,
			values: input.values,
			targetGroup: input.targetGroup,
			visibility: input.visibility
		});
		if (!row || !before) throw new AppError('stale_revision');
		const changed = (['slug', 'name', 'areas', 'problemStatement', 'vision', 'values', 'targetGroup', 'visibility'] as const).filter(
			(key) => JSON.stringify(before[key]) !== JSON.stringify(row[key])
		);
		// the problem statement and vision are part of the common agenda: a change is a new agenda version
		const agendaVersion =
			changed.includes('problemStatement') || changed.includes('vision') ? await saveAgendaVersion(tx, ctx, scope.id) : undefined;
		await recordInitiativeChange(tx, ctx, scope.id, { action: 'initiative.updated', details: { fields: changed, agendaVersion } });
		return { slug: row.slug };
	});
}

export async function changePhase(ctx: UseCaseContext, slug: string, input: { phase: Phase; startedOn: string; note: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await ctx.db.transaction(async (tx) => {
		const before = await findInitiativeById(tx, scope.id);
		await updateInitiative(tx, scope.id, { phase: input.phase });
		await insertPhaseChange(tx, {
			initiativeId: scope.id,
			phase: input.phase,
			startedOn: input.startedOn,
			note: input.note,
			changedBy: ctx.actor.userId
		});
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.phase_changed',
			details: { from: before?.phase, to: input.phase, startedOn: input.startedOn }
		});
	});
}

export async function setArchived(ctx: UseCaseContext, slug: string, archived: boolean) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage', { allowArchived: true });
	if (scope.archived === archived) return;
	await ctx.db.transaction(async (tx) => {
		await updateInitiative(tx, scope.id, { archivedAt: archived ? nowOf(ctx) : null });
		await recordInitiativeChange(tx, ctx, scope.id, { action: archived ? 'initiative.archived' : 'initiative.unarchived' });
	});
}

/** The backbone lead closes an inherited readiness gap with a note saying how, or opens it again. */
export async function setGapClosed(ctx: UseCaseContext, slug: string, input: { key: string; note?: string; closed: boolean }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await ctx.db.transaction(async (tx) => {
		const row = await findInitiativeById(tx, scope.id);
		if (!row) throw new AppError('not_found');
		const gaps = input.closed
			? closeGap(row.readinessGaps, input.key, input.note ?? '', todayOf(ctx))
			: reopenGap(row.readinessGaps, input.key);
		if (!gaps) throw new AppError('not_found');
		await updateInitiative(tx, scope.id, { readinessGaps: gaps });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: input.closed ? 'initiative.gap_closed' : 'initiative.gap_reopened',
			details: { key: input.key }
		});
	});
}

/** What every page inside an initiative shows around itself: its name, phase, state and the person's role. */
export async function getInitiativeFrame(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	return { slug: scope.slug, name: scope.name, phase: scope.phase, archived: scope.archived, role: scope.role, actorId: scope.actorId };
}
