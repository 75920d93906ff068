/**
 * Rules about an initiative's members and invitations (issue 12 item 2). Pure: no I/O.
 */
import type { InitiativeRole } from '../policy/policy.ts';

/** How long an invitation link works; sending it again makes a new link with a new period. */
export const INVITATION_DAYS = 14;

export type InvitationState = 'open' | 'accepted' | 'revoked' | 'expired';

/** Accepted and revoked are final; otherwise the link is open until it expires. */
export function invitationState(
	invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
	now: Date
): InvitationState {
	if (invitation.acceptedAt) return 'accepted';
	if (invitation.revokedAt) return 'revoked';
	if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
	return 'open';
}

/**
 * An initiative always has a backbone lead: a change that would take the role from its last lead
 * (another role, removal, leaving, deleting the account) is refused. `next` is the member's role
 * after the change, null when they leave.
 */
export function leavesNoLead(leadCount: number, currentRole: InitiativeRole, next: InitiativeRole | null): boolean {
	return currentRole === 'backbone_lead' && next !== 'backbone_lead' && leadCount <= 1;
}

/** A partner editor edits only the items of the actor they act for, so they must act for one. */
export function needsActor(role: InitiativeRole): boolean {
	return role === 'partner_editor';
}
