/**
 * The cockpit (issue 12 item 8): the five conditions with their states, what is missing, the phase,
 * the runway, the readiness gaps inherited from the assessment (closed or not) and the recent
 * changes; and the initiative's history from the audit log. Everyone in the initiative reads both.
 */
import { evaluateConditions } from '../../domain/initiatives/conditions.ts';
import { type HistoryKind, historyKindOf, historyTargetOf } from '../../domain/initiatives/history.ts';
import { isGapClosed } from '../../domain/initiatives/readiness.ts';
import { computeRunway, RUNWAY_WARNING_MONTHS } from '../../domain/initiatives/runway.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { measuredIndicators } from '../measurement/dashboard.ts';
import { requireInitiative } from './access.ts';
import { findInitiativeHistory, readConditionData } from './cockpit.repository.ts';
import { findInitiativeById } from './initiatives.repository.ts';
import { todayOf } from './initiatives.usecases.ts';

export const RECENT_CHANGES = 10;
export const HISTORY_PAGE_SIZE = 25;

type HistoryRow = Awaited<ReturnType<typeof findInitiativeHistory>>[number];

/** An entry as members see it: who, what, when. No IP, no request id, no raw details. */
function describeEntry(row: HistoryRow) {
	return {
		id: row.id,
		at: row.at,
		action: row.action,
		kind: historyKindOf(row.action),
		target: historyTargetOf(row.details ?? {}),
		/** null for a person since deleted; `bySystem` when no person did it (the demo content, a job). */
		actorName: row.actorName ?? null,
		bySystem: row.actorUserId === null
	};
}

export type HistoryEntryView = ReturnType<typeof describeEntry>;

export async function getCockpit(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const today = todayOf(ctx);
	const [initiative, data, recent, indicators] = await Promise.all([
		findInitiativeById(ctx.db, scope.id),
		readConditionData(ctx.db, scope.id),
		findInitiativeHistory(ctx.db, scope.id, { limit: RECENT_CHANGES }),
		measuredIndicators(ctx.db, scope.id, today)
	]);
	if (!initiative) throw new AppError('not_found');
	const runway = computeRunway(data.funding, today);
	const conditions = evaluateConditions({
		problemStatement: initiative.problemStatement,
		vision: initiative.vision,
		agendaVersion: initiative.agendaVersion,
		goals: data.goals,
		actors: data.actors,
		endorsements: data.endorsements,
		commitments: data.commitments,
		activities: data.activities,
		backbone: {
			hasOrganisation: initiative.backboneActorId !== null,
			staffCount: data.staffCount,
			governanceCount: data.governanceCount,
			fundingCount: data.funding.length,
			runway
		},
		indicators
	});
	const runwayCovers = runway.months >= RUNWAY_WARNING_MONTHS;
	return {
		scope,
		today,
		initiative: {
			slug: initiative.slug,
			name: initiative.name,
			phase: initiative.phase,
			areas: initiative.areas,
			problemStatement: initiative.problemStatement,
			vision: initiative.vision,
			targetGroup: initiative.targetGroup,
			assessmentId: initiative.assessmentId,
			groupRoundId: initiative.groupRoundId,
			assessmentOutcome: initiative.assessmentOutcome,
			readinessGaps: initiative.readinessGaps
		},
		conditions,
		runway,
		funding: { count: data.funding.length, totalAmountDkk: data.funding.reduce((sum, f) => sum + f.amountDkk, 0) },
		gapsClosed: Object.fromEntries(initiative.readinessGaps.map((gap) => [gap.key, isGapClosed(gap, runwayCovers)])),
		recentChanges: recent.map(describeEntry)
	};
}

/** One page of the initiative's history, newest first, optionally one kind of change; `before` pages back. */
export async function listInitiativeHistory(ctx: UseCaseContext, slug: string, query: { kind?: HistoryKind; before?: number }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const rows = await findInitiativeHistory(ctx.db, scope.id, { kind: query.kind, beforeId: query.before, limit: HISTORY_PAGE_SIZE + 1 });
	const entries = rows.slice(0, HISTORY_PAGE_SIZE).map(describeEntry);
	return {
		scope,
		entries,
		/** The id to page back from, when there are older entries. */
		nextBefore: rows.length > HISTORY_PAGE_SIZE ? entries[entries.length - 1].id : null
	};
}
