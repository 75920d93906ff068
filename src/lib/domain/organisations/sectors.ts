/** The sectors of collective impact actors (the seed's "mange aktører"). Keys are stable; labels live in messages. */
export const SECTORS = ['public', 'foundation', 'civil_society', 'business', 'knowledge', 'citizen_group'] as const;
export type Sector = (typeof SECTORS)[number];

export function isSector(value: unknown): value is Sector {
	return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}
