/**
 * Z1/Z3 for the initiative area: who is a member of which initiative, in which role, acting for
 * which actor. The request hook uses `findInitiativeScope` to gate a route; every use case starts
 * with `requireInitiative` (and `requireInitiativeItem` for an item owned by an actor), which read
 * the membership from the database themselves, except in a page view, where the hook's read for the
 * same person and slug is handed on (`UseCaseContext.viewedInitiative`). Someone who is not a
 * member learns nothing: an unknown slug and another initiative's slug both answer `not_found`.
 */
import { and, eq, type Placeholder, sql } from 'drizzle-orm';
import type { InitiativeRole, Phase } from '../../domain/initiatives/model.ts';
import type { Action, Actor } from '../../domain/policy/policy.ts';
import { requireAccess, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { preparedOn } from '../db/prepared.ts';
import { AppError } from '../http/errors.ts';
import { initiativeMembers, initiatives } from './initiatives.table.ts';

export interface InitiativeScope {
	id: string;
	slug: string;
	name: string;
	archived: boolean;
	phase: Phase;
	role: InitiativeRole;
	/** The initiative actor the person acts for (a partner editor edits only its items). */
	actorId: string | null;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

const scopeQuery = (db: Executor, slug: string | Placeholder, userId: string | Placeholder) =>
	db
		.select({
			id: initiatives.id,
			slug: initiatives.slug,
			name: initiatives.name,
			archivedAt: initiatives.archivedAt,
			phase: initiatives.phase,
			role: initiativeMembers.role,
			actorId: initiativeMembers.actorId
		})
		.from(initiatives)
		.innerJoin(initiativeMembers, and(eq(initiativeMembers.initiativeId, initiatives.id), eq(initiativeMembers.userId, userId)))
		.where(eq(initiatives.slug, slug))
		.limit(1);

/** Every initiative page reads it: prepared (db/prepared.ts). */
export async function findInitiativeScope(db: Executor, slug: string, userId: string): Promise<InitiativeScope | null> {
	if (!SLUG.test(slug)) return null;
	const prepared = preparedOn(db, 'initiative-scope', (on) =>
		scopeQuery(on, sql.placeholder('slug'), sql.placeholder('userId')).prepare('initiative_scope')
	);
	const [row] = prepared ? await prepared.execute({ slug, userId }) : await scopeQuery(db, slug, userId);
	if (!row) return null;
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		archived: row.archivedAt !== null,
		phase: row.phase,
		role: row.role,
		actorId: row.actorId
	};
}

/** The person as the policy sees them inside this initiative. */
export function actorIn(ctx: Pick<UseCaseContext, 'actor'>, scope: InitiativeScope): Actor {
	return {
		...ctx.actor,
		initiativeRoles: new Map([[scope.id, scope.role]]),
		initiativeActors: new Map([[scope.id, scope.actorId]])
	};
}

export interface RequireOptions {
	/** Unarchiving (and reading) is allowed on an archived initiative; nothing else changes it. */
	allowArchived?: boolean;
}

/**
 * The access check every initiative use case starts with: the person must be a member of the
 * initiative with the slug (else `not_found`, Z3), and their role there must hold the action (else
 * `forbidden`, audited). An archived initiative is read-only.
 */
export async function requireInitiative(
	ctx: UseCaseContext,
	slug: string,
	action: Action,
	options: RequireOptions = {}
): Promise<InitiativeScope> {
	const userId = ctx.actor.userId;
	const viewed = ctx.viewedInitiative;
	const scope = !userId ? null : viewed && viewed.slug === slug ? viewed : await findInitiativeScope(ctx.db, slug, userId);
	if (!scope) {
		await requireAccess(ctx, 'initiatives.list'); // signed out: forbidden (and audited) rather than not found
		throw new AppError('not_found');
	}
	// The owner check happens per item (requireInitiativeItem); here the role must hold the action at all.
	await requireAccess({ ...ctx, actor: actorIn(ctx, scope) }, action, { type: 'initiative', id: scope.id, actorId: scope.actorId });
	if (scope.archived && action !== 'initiative.view' && !options.allowArchived) throw new AppError('archived');
	return scope;
}

/**
 * For an item owned by an actor of the initiative (a commitment, an activity, an endorsement, a
 * data report): may the person act on it? A partner editor only on their own actor's items.
 */
export async function requireInitiativeItem(
	ctx: UseCaseContext,
	scope: InitiativeScope,
	action: Action,
	itemActorId: string | null
): Promise<void> {
	await requireAccess({ ...ctx, actor: actorIn(ctx, scope) }, action, { type: 'initiative', id: scope.id, actorId: itemActorId });
}
