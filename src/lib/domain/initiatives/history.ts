/**
 * The initiative's history (issue 12 item 8): which kinds of change a member can filter by, and
 * which audit actions belong to each. Actions are `initiative.<thing>_<verb>`; a kind is a set of
 * things. Pure.
 */
export const HISTORY_KINDS = ['initiative', 'agenda', 'actors', 'activities', 'map', 'backbone', 'members', 'measurement'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** The start of the action names (after `initiative.`) of each kind. */
export const HISTORY_KIND_PREFIXES: Record<HistoryKind, readonly string[]> = {
	initiative: ['created', 'updated', 'phase_', 'archived', 'unarchived', 'gap_'],
	agenda: ['agenda_', 'goal_', 'strategy_', 'endorsement_'],
	actors: ['actor_', 'commitment_', 'contact_'],
	activities: ['activity_'],
	map: ['relation_'],
	backbone: ['backbone_', 'staff_', 'governance_', 'funding_'],
	members: ['member_', 'invitation_'],
	measurement: ['indicator_', 'observation_', 'observations_', 'api_token_']
};

export function isHistoryKind(value: unknown): value is HistoryKind {
	return typeof value === 'string' && (HISTORY_KINDS as readonly string[]).includes(value);
}

/** The kind an audit action belongs to, or null for one outside them all. */
export function historyKindOf(action: string): HistoryKind | null {
	if (!action.startsWith('initiative.')) return null;
	const rest = action.slice('initiative.'.length);
	for (const kind of HISTORY_KINDS) {
		if (HISTORY_KIND_PREFIXES[kind].some((prefix) => (prefix.endsWith('_') ? rest.startsWith(prefix) : rest === prefix))) return kind;
	}
	return null;
}

/** What the entry changed, for people: a name or title the change recorded, if any. */
export function historyTargetOf(details: Record<string, unknown>): string {
	for (const key of ['name', 'title', 'actorName', 'goalTitle', 'text']) {
		const value = details[key];
		if (typeof value === 'string' && value.trim() !== '') return value.length > 120 ? `${value.slice(0, 119)}…` : value;
	}
	return '';
}
