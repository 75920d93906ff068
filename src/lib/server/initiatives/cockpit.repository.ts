/**
 * The cockpit's and the history's reads: straight from the tables of every part of the initiative
 * (goals, endorsements, actors, commitments, activities, backbone), so the condition states are
 * computed from the data as it is. Every query filters on the initiative's id (Z3).
 */
import { and, asc, count, desc, eq, like, lt, or, type SQL } from 'drizzle-orm';
import { HISTORY_KIND_PREFIXES, type HistoryKind } from '../../domain/initiatives/history.ts';
import { auditLog } from '../audit/audit.table.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../users/users.table.ts';
import {
	activityGoals,
	agendaEndorsements,
	backboneStaff,
	fundingSources,
	governanceBodies,
	initiativeActivities,
	initiativeActors,
	initiativeCommitments,
	initiativeGoals
} from './initiatives.table.ts';

export async function readConditionData(db: Executor, initiativeId: string) {
	const [goals, actors, endorsements, commitments, activities, links, staff, bodies, funding] = await Promise.all([
		db
			.select({ id: initiativeGoals.id, parentId: initiativeGoals.parentId, title: initiativeGoals.title })
			.from(initiativeGoals)
			.where(eq(initiativeGoals.initiativeId, initiativeId))
			.orderBy(asc(initiativeGoals.position), asc(initiativeGoals.createdAt)),
		db
			.select({ id: initiativeActors.id, name: initiativeActors.name, sector: initiativeActors.sector, role: initiativeActors.role })
			.from(initiativeActors)
			.where(eq(initiativeActors.initiativeId, initiativeId))
			.orderBy(asc(initiativeActors.name)),
		db
			.select({ actorId: agendaEndorsements.actorId, agendaVersion: agendaEndorsements.agendaVersion })
			.from(agendaEndorsements)
			.where(eq(agendaEndorsements.initiativeId, initiativeId)),
		db
			.select({ actorId: initiativeCommitments.actorId })
			.from(initiativeCommitments)
			.where(eq(initiativeCommitments.initiativeId, initiativeId)),
		db
			.select({ id: initiativeActivities.id, status: initiativeActivities.status })
			.from(initiativeActivities)
			.where(eq(initiativeActivities.initiativeId, initiativeId)),
		db
			.select({ activityId: activityGoals.activityId, goalId: activityGoals.goalId })
			.from(activityGoals)
			.innerJoin(initiativeActivities, eq(initiativeActivities.id, activityGoals.activityId))
			.where(eq(initiativeActivities.initiativeId, initiativeId)),
		db.select({ n: count() }).from(backboneStaff).where(eq(backboneStaff.initiativeId, initiativeId)),
		db.select({ n: count() }).from(governanceBodies).where(eq(governanceBodies.initiativeId, initiativeId)),
		db
			.select({ startsOn: fundingSources.startsOn, endsOn: fundingSources.endsOn, amountDkk: fundingSources.amountDkk })
			.from(fundingSources)
			.where(eq(fundingSources.initiativeId, initiativeId))
	]);
	const goalsOf = new Map<string, string[]>();
	for (const link of links) goalsOf.set(link.activityId, [...(goalsOf.get(link.activityId) ?? []), link.goalId]);
	return {
		goals,
		actors,
		endorsements,
		commitments,
		activities: activities.map((a) => ({ status: a.status, goalIds: goalsOf.get(a.id) ?? [] })),
		staffCount: staff[0]?.n ?? 0,
		governanceCount: bodies[0]?.n ?? 0,
		funding
	};
}

/** `_` is a wildcard in LIKE: escaped, so `phase_` means the text "phase_". */
const likePrefix = (prefix: string) => `initiative.${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function kindCondition(kind: HistoryKind): SQL | undefined {
	return or(
		...HISTORY_KIND_PREFIXES[kind].map((prefix) =>
			prefix.endsWith('_') ? like(auditLog.action, likePrefix(prefix)) : eq(auditLog.action, `initiative.${prefix}`)
		)
	);
}

export interface HistoryQuery {
	kind?: HistoryKind;
	/** Keyset paging: entries older than this id. */
	beforeId?: number;
	limit: number;
}

/** The initiative's audit entries, newest first, with the acting person's name. Never the IP or request id. */
export async function findInitiativeHistory(db: Executor, initiativeId: string, query: HistoryQuery) {
	const conditions: (SQL | undefined)[] = [eq(auditLog.initiativeId, initiativeId)];
	if (query.kind) conditions.push(kindCondition(query.kind));
	if (query.beforeId) conditions.push(lt(auditLog.id, query.beforeId));
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			targetType: auditLog.targetType,
			details: auditLog.details,
			actorUserId: auditLog.actorUserId,
			actorName: users.name
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorUserId))
		.where(and(...conditions))
		.orderBy(desc(auditLog.id))
		.limit(query.limit);
}
