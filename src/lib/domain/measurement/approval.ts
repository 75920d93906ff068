/**
 * Approval of reported values (measurement.md § Approval). A partner submits a value; the backbone
 * lead approves it or rejects it with a comment. An approved value is never edited: a correction is
 * a new submission for the same slot (indicator, period, categories), and only when that is
 * approved does the earlier approved value become `superseded`. The history keeps every version.
 * Who may submit or approve is the policy's business (the initiatives area), not this module's.
 */

export const APPROVAL_STATES = ['submitted', 'approved', 'rejected', 'superseded', 'withdrawn'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const APPROVAL_ACTIONS = ['approve', 'reject', 'withdraw'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** The longest comment a decision may carry. A rejection needs one. */
export const DECISION_COMMENT_MAX = 1000;

/** Which state each action leads to, from which state. Everything else is refused. */
const TRANSITIONS: Record<ApprovalAction, { from: ApprovalState; to: ApprovalState }> = {
	approve: { from: 'submitted', to: 'approved' },
	reject: { from: 'submitted', to: 'rejected' },
	withdraw: { from: 'submitted', to: 'withdrawn' }
};

export const canTransition = (from: ApprovalState, action: ApprovalAction): boolean => TRANSITIONS[action].from === from;

/** One version of a value in a slot's history, oldest first. */
export interface ObservationVersion {
	/** canonical decimal */
	value: string;
	state: ApprovalState;
	submittedAt: string;
	decidedAt?: string;
	comment?: string;
}

export type DecisionProblem = 'no_such_version' | 'not_submitted' | 'comment_required';

export type DecisionResult = { ok: true; history: ObservationVersion[] } | { ok: false; problem: DecisionProblem };

/** A new submission joins the history; an approved value stays counted until the new one is approved. */
export function submitVersion(history: readonly ObservationVersion[], value: string, at: string): ObservationVersion[] {
	return [...history, { value, state: 'submitted', submittedAt: at }];
}

/**
 * Decides on version `index`. Approving supersedes the slot's earlier approved version (so exactly
 * one is counted); rejecting needs a comment. Returns a new history; the given one is not changed.
 */
export function decideVersion(
	history: readonly ObservationVersion[],
	index: number,
	decision: { action: ApprovalAction; at: string; comment?: string }
): DecisionResult {
	const version = history[index];
	if (!version) return { ok: false, problem: 'no_such_version' };
	if (!canTransition(version.state, decision.action)) return { ok: false, problem: 'not_submitted' };
	const comment = decision.comment?.trim() ?? '';
	if (decision.action === 'reject' && comment === '') return { ok: false, problem: 'comment_required' };
	const next = history.map((v) => ({ ...v }));
	const to = TRANSITIONS[decision.action].to;
	if (to === 'approved') {
		for (const v of next) if (v.state === 'approved') v.state = 'superseded';
	}
	next[index] = { ...version, state: to, decidedAt: decision.at, ...(comment ? { comment } : {}) };
	return { ok: true, history: next };
}

/** The version that counts (status, dashboard, exports marked approved): the approved one, if any. */
export function countedVersion(history: readonly ObservationVersion[]): ObservationVersion | undefined {
	return history.find((v) => v.state === 'approved');
}

/** The version waiting for a decision, if any (the newest submitted one). */
export function pendingVersion(history: readonly ObservationVersion[]): ObservationVersion | undefined {
	return history.findLast((v) => v.state === 'submitted');
}
