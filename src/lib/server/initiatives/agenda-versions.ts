/**
 * Agenda versions (initiatives.md): each saved change of the problem statement, vision, goals or
 * strategies makes a new version holding the whole agenda as it then stood, so endorsements name
 * what was endorsed and the history can show what changed. A version is one read of the goal tree
 * and one insert (a burst of small edits makes a version each; a snapshot of a realistic agenda —
 * tens of goals and strategies — is a few kilobytes).
 */
import { nowOf, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { bumpAgendaVersion, insertAgendaVersion, listGoals, listStrategies, lockAgenda } from './agenda.repository.ts';
import type { AgendaSnapshot } from './initiatives.table.ts';

export async function readAgendaSnapshot(tx: Executor, initiativeId: string): Promise<AgendaSnapshot> {
	// one after another: a transaction runs its queries on one connection
	const texts = await lockAgenda(tx, initiativeId);
	const goals = await listGoals(tx, initiativeId);
	const strategies = await listStrategies(tx, initiativeId);
	return {
		problemStatement: texts?.problemStatement ?? '',
		vision: texts?.vision ?? '',
		goals: goals.map((g) => ({ id: g.id, parentId: g.parentId, title: g.title, description: g.description, position: g.position })),
		strategies: strategies.map((s) => ({ id: s.id, goalId: s.goalId, text: s.text, position: s.position }))
	};
}

/** Writes the agenda as it stands now as the next version, inside the caller's transaction; returns its number. */
export async function saveAgendaVersion(tx: Executor, ctx: UseCaseContext, initiativeId: string): Promise<number> {
	const snapshot = await readAgendaSnapshot(tx, initiativeId);
	const version = await bumpAgendaVersion(tx, initiativeId);
	await insertAgendaVersion(tx, { initiativeId, version, snapshot, createdBy: ctx.actor.userId, createdAt: nowOf(ctx) });
	return version;
}
