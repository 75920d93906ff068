/**
 * Queries for the binding activities of an initiative. Every query filters on the initiative's id
 * (Z3).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ActivityStatus } from '../../domain/initiatives/model.ts';
import type { Executor } from '../db/client.ts';
import { isUuid } from './actors.repository.ts';
import { activityGoals, initiativeActivities } from './initiatives.table.ts';

export type ActivityInsert = typeof initiativeActivities.$inferInsert;

export interface ActivityFilter {
	status?: ActivityStatus;
	actorId?: string;
	goalId?: string;
}

export interface ActivityListItem {
	id: string;
	actorId: string;
	title: string;
	description: string;
	status: ActivityStatus;
	startsOn: string | null;
	endsOn: string | null;
	revision: number;
	goalIds: string[];
}

export async function listActivitiesOf(db: Executor, initiativeId: string, filter: ActivityFilter = {}): Promise<ActivityListItem[]> {
	const goalMatch = filter.goalId
		? inArray(
				initiativeActivities.id,
				db.select({ id: activityGoals.activityId }).from(activityGoals).where(eq(activityGoals.goalId, filter.goalId))
			)
		: undefined;
	const rows = await db
		.select({
			id: initiativeActivities.id,
			actorId: initiativeActivities.actorId,
			title: initiativeActivities.title,
			description: initiativeActivities.description,
			status: initiativeActivities.status,
			startsOn: initiativeActivities.startsOn,
			endsOn: initiativeActivities.endsOn,
			revision: initiativeActivities.revision,
			goalId: activityGoals.goalId
		})
		.from(initiativeActivities)
		.leftJoin(activityGoals, eq(activityGoals.activityId, initiativeActivities.id))
		.where(
			and(
				eq(initiativeActivities.initiativeId, initiativeId),
				filter.status ? eq(initiativeActivities.status, filter.status) : undefined,
				filter.actorId ? eq(initiativeActivities.actorId, filter.actorId) : undefined,
				goalMatch
			)
		)
		.orderBy(
			asc(sql`coalesce(${initiativeActivities.startsOn}, '9999-12-31')`),
			asc(sql`lower(${initiativeActivities.title})`),
			asc(initiativeActivities.id)
		);
	const byId = new Map<string, ActivityListItem>();
	for (const { goalId, ...row } of rows) {
		const item = byId.get(row.id) ?? { ...row, goalIds: [] };
		if (goalId) item.goalIds.push(goalId);
		byId.set(row.id, item);
	}
	return [...byId.values()];
}

export async function findActivityIn(db: Executor, initiativeId: string, id: string) {
	if (!isUuid(id)) return undefined;
	const [row] = await db
		.select()
		.from(initiativeActivities)
		.where(and(eq(initiativeActivities.initiativeId, initiativeId), eq(initiativeActivities.id, id)))
		.limit(1);
	if (!row) return undefined;
	const goals = await db.select({ goalId: activityGoals.goalId }).from(activityGoals).where(eq(activityGoals.activityId, id));
	return { ...row, goalIds: goals.map((g) => g.goalId) };
}

export async function insertActivity(db: Executor, values: ActivityInsert) {
	const [row] = await db.insert(initiativeActivities).values(values).returning();
	return row;
}

export async function updateActivityAt(
	db: Executor,
	initiativeId: string,
	id: string,
	revision: number,
	values: Pick<ActivityInsert, 'actorId' | 'title' | 'description' | 'status' | 'startsOn' | 'endsOn'>
) {
	const [row] = await db
		.update(initiativeActivities)
		.set({ ...values, revision: sql`${initiativeActivities.revision} + 1`, updatedAt: new Date() })
		.where(
			and(eq(initiativeActivities.initiativeId, initiativeId), eq(initiativeActivities.id, id), eq(initiativeActivities.revision, revision))
		)
		.returning();
	return row;
}

export async function setActivityGoals(db: Executor, activityId: string, goalIds: readonly string[]) {
	await db.delete(activityGoals).where(eq(activityGoals.activityId, activityId));
	if (goalIds.length > 0) await db.insert(activityGoals).values(goalIds.map((goalId) => ({ activityId, goalId })));
}

export async function deleteActivityIn(db: Executor, initiativeId: string, id: string) {
	await db.delete(initiativeActivities).where(and(eq(initiativeActivities.initiativeId, initiativeId), eq(initiativeActivities.id, id)));
}
