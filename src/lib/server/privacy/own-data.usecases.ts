/**
 * P2: a person downloads everything the platform holds about them, and can delete their account.
 * Content they wrote (cases, assessments, revisions) stays, with its author removed; the audit log
 * keeps its entries (without name or e-mail) until the retention deletes them.
 */
import { requireOwnPassword } from '../auth/auth.usecases.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { listOwnInitiativeData } from '../initiatives/members.repository.ts';
import { listInitiativesLedOnlyBy, refuseHeadlessInitiatives } from '../initiatives/members.usecases.ts';
import { refuseRemovingLastAdmin } from '../users/users.usecases.ts';
import { collectOwnData, deleteUserRow } from './own-data.repository.ts';

export async function exportOwnData(ctx: UseCaseContext) {
	await requireAccess(ctx, 'account.export');
	const userId = ctx.actor.userId;
	if (!userId) throw new AppError('forbidden');
	const data = await collectOwnData(ctx.db, userId);
	if (!data.profile) throw new AppError('not_found');
	const initiatives = await listOwnInitiativeData(ctx.db, userId, data.profile.email);
	await auditFromContext(ctx.db, ctx, { action: 'account.export', subjectUserId: userId });
	return {
		about: 'Samspil: the personal data held about one person (GDPR art. 15 and 20)',
		exportedAt: nowOf(ctx).toISOString(),
		...data,
		initiativeMemberships: initiatives.memberships,
		initiativeInvitationsToMe: initiatives.invitations
	};
}

/**
 * What stops the account from being deleted now: the initiatives where the person is the only
 * backbone lead (an initiative is never left without one; they hand the role on first).
 */
export async function getAccountDeletionBlockers(ctx: UseCaseContext) {
	await requireAccess(ctx, 'account.delete');
	const userId = ctx.actor.userId;
	if (!userId) throw new AppError('forbidden');
	return { lastLeadOf: await listInitiativesLedOnlyBy(ctx.db, userId) };
}

/** Deletes the signed-in person's account after they confirm with their password. */
export async function deleteOwnAccount(ctx: UseCaseContext, input: { password: string }): Promise<void> {
	await requireAccess(ctx, 'account.delete');
	const user = await requireOwnPassword(ctx, input.password, { failedAction: 'account.delete_failed', field: 'password' });
	await ctx.db.transaction(async (tx) => {
		await refuseRemovingLastAdmin(tx, user, { password: 'account_delete_last_admin' });
		await refuseHeadlessInitiatives(tx, user.id, 'password');
		await deleteUserRow(tx, user.id, user.email);
		await auditFromContext(tx, ctx, { action: 'account.delete', subjectUserId: user.id, details: { platformRole: user.platformRole } });
	});
}
