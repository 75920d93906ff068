/**
 * How the actor map tells sectors and relation kinds apart. Every sector has a colour with at
 * least 3:1 contrast on the map's white and light backgrounds (WCAG 1.4.11, tested) and a shape of
 * its own, so the sector can be read without telling colours apart; every relation kind has a
 * line style, and the directed kinds an arrowhead.
 */
import type { RelationKind } from '#lib/domain/initiatives/actor-graph.ts';
import type { Sector } from '#lib/domain/organisations/sectors.ts';

export type SectorShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'triangle-down';

export const SECTOR_STYLE: Record<Sector, { colour: string; shape: SectorShape }> = {
	public: { colour: '#1f5fa8', shape: 'circle' },
	foundation: { colour: '#b35c00', shape: 'square' },
	civil_society: { colour: '#1d7a3a', shape: 'diamond' },
	business: { colour: '#7b3fa0', shape: 'triangle' },
	knowledge: { colour: '#b8326b', shape: 'hexagon' },
	citizen_group: { colour: '#00757a', shape: 'triangle-down' }
};

/** The backgrounds the map's marks sit on: the page and the cluster boxes. */
export const MAP_BACKGROUNDS = ['#ffffff', '#f3f6f6'] as const;
export const EDGE_COLOUR = '#4a4a4a';
export const ISOLATED_COLOUR = '#a3001b';

export const RELATION_STYLE: Record<RelationKind, { dash: string | null; width: number }> = {
	collaborates: { dash: null, width: 1.4 },
	shares_data: { dash: '2 3', width: 1.6 },
	funds: { dash: null, width: 2.4 },
	reports_to: { dash: '7 4', width: 1.6 }
};

const r1 = (value: number) => Math.round(value * 10) / 10;

function polygon(x: number, y: number, radius: number, corners: number, rotation: number): string {
	const points = Array.from({ length: corners }, (_, index) => {
		const angle = rotation + (index * 2 * Math.PI) / corners;
		return `${r1(x + radius * Math.cos(angle))} ${r1(y + radius * Math.sin(angle))}`;
	});
	return `M${points.join('L')}Z`;
}

/** SVG path data of a sector's shape centred on (x, y), of about the same area as a circle of the given radius. */
export function shapePath(shape: SectorShape, x: number, y: number, radius: number): string {
	switch (shape) {
		case 'circle':
			return `M${r1(x - radius)} ${r1(y)}a${r1(radius)} ${r1(radius)} 0 1 0 ${r1(2 * radius)} 0a${r1(radius)} ${r1(radius)} 0 1 0 ${r1(-2 * radius)} 0Z`;
		case 'square': {
			const half = radius * 0.89;
			return `M${r1(x - half)} ${r1(y - half)}h${r1(2 * half)}v${r1(2 * half)}h${r1(-2 * half)}Z`;
		}
		case 'diamond':
			return polygon(x, y, radius * 1.25, 4, -Math.PI / 2);
		case 'triangle':
			return polygon(x, y + radius * 0.2, radius * 1.35, 3, -Math.PI / 2);
		case 'triangle-down':
			return polygon(x, y - radius * 0.2, radius * 1.35, 3, Math.PI / 2);
		case 'hexagon':
			return polygon(x, y, radius * 1.1, 6, 0);
	}
}

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((start) => {
			const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
			return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high + 0.05) / (low + 0.05);
}
