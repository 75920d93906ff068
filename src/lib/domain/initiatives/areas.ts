/**
 * Where an initiative works: one or more of Denmark's 98 municipalities and 5 regions, or the whole
 * country. Codes are Danmarks Statistik's (municipality 101…860, region 1081…1085); national is "DK".
 */
import { MUNICIPALITIES, REGIONS } from './areas.data.ts';

export { MUNICIPALITIES, REGIONS };

export const NATIONAL = 'DK';

export type AreaKind = 'national' | 'region' | 'municipality';

export interface Area {
	code: string;
	name: string;
	kind: AreaKind;
}

const BY_CODE = new Map<string, Area>([
	[NATIONAL, { code: NATIONAL, name: 'Hele Danmark', kind: 'national' }],
	...REGIONS.map((r) => [r.code, { code: r.code, name: r.name, kind: 'region' }] as const),
	...MUNICIPALITIES.map((m) => [m.code, { code: m.code, name: m.name, kind: 'municipality' }] as const)
]);

export function isAreaCode(code: unknown): code is string {
	return typeof code === 'string' && BY_CODE.has(code);
}

export function areaOf(code: string): Area | undefined {
	return BY_CODE.get(code);
}

/**
 * The areas as chosen, in a stable order (national, regions, municipalities by name), without
 * duplicates. National on its own stands for the whole country: combined with others it wins.
 */
export function normaliseAreas(codes: readonly string[]): string[] {
	const known = [...new Set(codes.filter(isAreaCode))];
	if (known.includes(NATIONAL)) return [NATIONAL];
	const rank = (a: Area) => (a.kind === 'region' ? 0 : 1);
	return known
		.map((c) => BY_CODE.get(c) as Area)
		.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'da'))
		.map((a) => a.code);
}

/** The municipalities of a region, by name. */
export function municipalitiesOf(regionCode: string) {
	return MUNICIPALITIES.filter((m) => m.regionCode === regionCode).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
