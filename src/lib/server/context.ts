import type { Actor } from '../domain/policy/policy.ts';
import { type Action, can, type Resource } from '../domain/policy/policy.ts';
import type { Database, Executor } from './db/client.ts';
import type { InitiativeScope } from './initiatives/access.ts';
import { type AuditEntry, appendAuditEntry } from './audit/audit.repository.ts';
import { recordDenial } from './audit/denials.ts';
import { AppError } from './http/errors.ts';

/** What every use case is handed: the database, who is asking, and the request's trace. */
export interface UseCaseContext {
	db: Database;
	actor: Actor;
	requestId: string;
	ip: string;
	/** The session the request came with, if any (signing in again ends it, A5). */
	sessionId?: string | null;
	/** The request hook already wrote this request's denial (a denied page view still runs its page's load). */
	denialRecorded?: boolean;
	/**
	 * The membership the request hook read for this page view's initiative (GET and HEAD only: a
	 * form action may change it, so an action's use cases read it again). `requireInitiative` uses
	 * it instead of a second and third read for the layout and the page.
	 */
	viewedInitiative?: InitiativeScope | null;
	now?: () => Date;
}

export function nowOf(ctx: Pick<UseCaseContext, 'now'>): Date {
	return ctx.now ? ctx.now() : new Date();
}

/**
 * The single access check at the top of every use case (Z1), with the record when the action
 * depends on who owns it. A denial is written to the audit log (L1, in bounded volume:
 * audit/denials.ts) and raised as `forbidden`.
 */
export async function requireAccess(ctx: UseCaseContext, action: Action, resource?: Resource): Promise<void> {
	if (can(ctx.actor, action, resource)) return;
	await auditDenial(ctx, `${action} ${resource?.type ?? 'platform'}`, {
		...(resource && 'id' in resource ? { targetType: resource.type, targetId: resource.id } : {}),
		details: { action, resource: resource ?? { type: 'platform' } }
	});
	throw new AppError('forbidden');
}

async function auditDenial(ctx: UseCaseContext, refused: string, entry: Pick<AuditEntry, 'targetType' | 'targetId' | 'details'>) {
	if (ctx.denialRecorded) return;
	await recordDenial(ctx.db, { ...fromContext(ctx), action: 'access.denied', refused, ...entry }, nowOf(ctx));
}

/** An audit entry for what the context's actor did (L1): who, from where, in which request. */
export async function auditFromContext(
	db: Executor,
	ctx: UseCaseContext,
	entry: Omit<AuditEntry, 'actorUserId' | 'requestId' | 'ip'>
): Promise<void> {
	await appendAuditEntry(db, { ...fromContext(ctx), ...entry });
}

function fromContext(ctx: UseCaseContext) {
	return { actorUserId: ctx.actor.userId, requestId: ctx.requestId, ip: ctx.ip };
}
