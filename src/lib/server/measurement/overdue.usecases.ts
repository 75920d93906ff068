/**
 * The overdue list of one initiative (`/maaling/forsinket`): every period whose report is past its
 * due date with nothing approved or waiting, with the responsible actor and the reminders sent.
 * Everyone in the initiative reads it; a partner editor sees their own actor's reports first.
 */
import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import { overdueReports } from '../../domain/measurement/overdue.ts';
import { todayIso } from '../../domain/measurement/periods.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import { requireInitiative } from '../initiatives/access.ts';
import { initiativeActors } from '../initiatives/initiatives.table.ts';
import { indicators, measurementReminders, observations } from './measurement.table.ts';
import { scheduleOf } from './reminders.ts';

export interface OverdueRow {
	indicatorId: string;
	indicatorName: string;
	isKey: boolean;
	period: string;
	dueDate: string;
	daysOverdue: number;
	actorId: string | null;
	actorName: string | null;
	/** Reminders mailed for this period so far, and the latest one's time. */
	remindersSent: number;
	lastReminderAt: Date | null;
	/** The row belongs to the person's own actor (a partner editor's). */
	own: boolean;
}

export async function listOverdueReports(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const today = todayIso(nowOf(ctx));
	const rows = await ctx.db
		.select({
			id: indicators.id,
			name: indicators.name,
			isKey: indicators.isKey,
			frequency: indicators.frequency,
			reportingDelayDays: indicators.reportingDelayDays,
			baselineDate: indicators.baselineDate,
			createdAt: indicators.createdAt,
			actorId: indicators.responsibleActorId,
			actorName: initiativeActors.name
		})
		.from(indicators)
		.leftJoin(initiativeActors, and(eq(initiativeActors.id, indicators.responsibleActorId), eq(initiativeActors.initiativeId, scope.id)))
		.where(eq(indicators.initiativeId, scope.id))
		.orderBy(asc(indicators.position), asc(indicators.name));
	if (rows.length === 0) return { scope, today, rows: [] as OverdueRow[], ownActorId: scope.actorId };
	const reported = await ctx.db
		.selectDistinct({ indicatorId: observations.indicatorId, period: observations.period })
		.from(observations)
		.where(and(eq(observations.initiativeId, scope.id), inArray(observations.state, ['approved', 'submitted'])));
	const reportedBy = Map.groupBy(reported, (r) => r.indicatorId);
	const sent = await ctx.db
		.select({
			indicatorId: measurementReminders.indicatorId,
			period: measurementReminders.period,
			count: count(),
			last: max(measurementReminders.sentAt)
		})
		.from(measurementReminders)
		.where(
			inArray(
				measurementReminders.indicatorId,
				rows.map((r) => r.id)
			)
		)
		.groupBy(measurementReminders.indicatorId, measurementReminders.period);
	const sentBy = new Map(sent.map((s) => [`${s.indicatorId}|${s.period}`, s]));
	const overdue: OverdueRow[] = [];
	for (const row of rows) {
		const done = (reportedBy.get(row.id) ?? []).map((r) => r.period);
		for (const report of overdueReports(scheduleOf(row), done, today)) {
			const reminders = sentBy.get(`${row.id}|${report.key}`);
			overdue.push({
				indicatorId: row.id,
				indicatorName: row.name,
				isKey: row.isKey,
				period: report.key,
				dueDate: report.dueDate,
				daysOverdue: report.daysOverdue,
				actorId: row.actorId,
				actorName: row.actorName,
				remindersSent: reminders?.count ?? 0,
				lastReminderAt: reminders?.last ? new Date(reminders.last) : null,
				own: scope.role === 'partner_editor' && scope.actorId !== null && row.actorId === scope.actorId
			});
		}
	}
	// a partner editor's own actor first; then the longest overdue first
	overdue.sort(
		(a, b) => Number(b.own) - Number(a.own) || b.daysOverdue - a.daysOverdue || a.indicatorName.localeCompare(b.indicatorName, 'da')
	);
	return { scope, today, rows: overdue, ownActorId: scope.actorId };
}
