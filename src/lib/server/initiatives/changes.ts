/**
 * Every change in an initiative is written to the audit log with the initiative's id (L1), so the
 * initiative's history (who changed what, when) can be read from there by its members.
 */
import { auditFromContext, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';

export interface InitiativeChange {
	/** e.g. `initiative.updated`, `initiative.goal_created` */
	action: string;
	targetType?: string;
	targetId?: string;
	/** What changed, for people: never personal data beyond names already shown in the initiative. */
	details?: Record<string, unknown>;
	subjectUserId?: string | null;
}

export async function recordInitiativeChange(
	db: Executor,
	ctx: UseCaseContext,
	initiativeId: string,
	change: InitiativeChange
): Promise<void> {
	await auditFromContext(db, ctx, {
		...change,
		initiativeId,
		targetType: change.targetType ?? 'initiative',
		targetId: change.targetId ?? initiativeId
	});
}
