import { diffContent } from '../../domain/learning/diff.ts';

/** One row of a revision history page: who, when, what, and the changed values before → after. */
export interface RevisionView {
	revision: number;
	action: string;
	restoredFrom: number | null;
	actorName: string | null;
	createdAt: Date;
	changes: { field: string; before: string; after: string }[];
}

/** A content value as readable text for the history (lists one item per line, Danish/English labelled). */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.length ? value.map((item) => `• ${describeInline(item)}`).join('\n') : '—';
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if ('da' in record && 'en' in record && Object.keys(record).length === 2) {
			return `DA: ${describeInline(record.da)}\nEN: ${describeInline(record.en)}`;
		}
		return describeInline(value);
	}
	return String(value);
}

function describeInline(value: unknown): string {
	if (value === null || value === undefined || value === '') return '—';
	if (typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return value.map(describeInline).join(', ');
	const record = value as Record<string, unknown>;
	if ('da' in record && 'en' in record && Object.keys(record).length === 2) {
		return record.en ? `${describeInline(record.da)} / ${describeInline(record.en)}` : describeInline(record.da);
	}
	return Object.values(record)
		.map(describeInline)
		.filter((part) => part !== '—')
		.join(' · ');
}

/** Revisions newest first, each with its changes against the one before it. */
export function buildRevisionViews(
	revisions: {
		revision: number;
		action: string;
		restoredFrom: number | null;
		actorName: string | null;
		createdAt: Date;
		content: unknown;
	}[]
): RevisionView[] {
	const byNumber = new Map(revisions.map((row) => [row.revision, row]));
	return revisions.map((row) => {
		const previous = byNumber.get(row.revision - 1);
		// The first version has nothing to compare with: it is the whole record, not a change.
		const changes = previous
			? diffContent(previous.content as object, row.content as object).map((change) => ({
					field: change.field,
					before: describeValue(change.before),
					after: describeValue(change.after)
				}))
			: [];
		return {
			revision: row.revision,
			action: row.action,
			restoredFrom: row.restoredFrom,
			actorName: row.actorName,
			createdAt: row.createdAt,
			changes
		};
	});
}
