/**
 * What changed between two versions of a content record: the revision history shows it. Fields
 * are compared by value (lists as a whole, object keys in any order — the database's jsonb does
 * not keep them), in the order of the newer record.
 */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function stableStringify(value: unknown): string {
	return JSON.stringify(value, (_key, inner) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

function sameValue(a: unknown, b: unknown): boolean {
	return stableStringify(a) === stableStringify(b);
}

export function diffContent(before: object | null, after: object): FieldChange[] {
	const previous = (before ?? {}) as Record<string, unknown>;
	const next = after as Record<string, unknown>;
	const fields = [...new Set([...Object.keys(next), ...Object.keys(previous)])];
	return fields
		.filter((field) => !sameValue(previous[field], next[field]))
		.map((field) => ({ field, before: previous[field], after: next[field] }));
}

export function changedFields(before: object | null, after: object): string[] {
	return diffContent(before, after).map((change) => change.field);
}
