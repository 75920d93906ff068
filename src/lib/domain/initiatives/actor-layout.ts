/**
 * A deterministic layout for the actor map, computed on the server so the map shows without
 * JavaScript. Each connected component is laid out on its own with ForceAtlas2
 * (graphology-layout-forceatlas2) from fixed initial positions — a circle in sorted-id order
 * (graphology-layout's circular) — for a fixed number of iterations; ForceAtlas2 without the
 * Barnes–Hut approximation uses no randomness, so the same graph always gives the same picture,
 * whatever order its actors and relations arrive in. Components are then packed apart, in rows,
 * so silos are visibly separate, and isolated actors get a row of their own at the bottom.
 */
import type Graph from 'graphology';
import circular from 'graphology-layout/circular.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { orderedComponents } from './actor-graph.ts';

/** The drawing's width in viewBox units; the height follows from the content. */
export const MAP_WIDTH = 1000;
/** ForceAtlas2 iterations per component: enough for 100 actors to settle, fixed so the picture is stable. */
export const LAYOUT_ITERATIONS = 300;
const MARGIN = 16;
/** Room around a cluster for the labels under its nodes and the cluster's own caption. */
const CLUSTER_PADDING = { x: 64, top: 34, bottom: 34 };
const CLUSTER_GAP = 16;
/** Room for a caption such as "Silo 12 · 3 aktører". */
const MIN_CLUSTER_WIDTH = 190;
/** A cluster of n actors gets a square of about UNIT·√n units for its nodes. */
const UNIT = 92;
const ISOLATED_STEP = { x: 124, y: 64 };
/** Distance between neighbours in a small cluster, so their labels (up to 22 characters) do not overlap. */
const LABEL_ROOM = 125;

export function nodeRadius(degree: number): number {
	return round(7 + 3.2 * Math.sqrt(degree));
}

export interface Point {
	x: number;
	y: number;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ActorMapLayout {
	width: number;
	height: number;
	positions: Map<string, Point>;
	/** One box per component of two or more actors, keyed by the component's actor ids (the same order as orderedComponents). */
	clusterBoxes: { actorIds: string[]; box: Box }[];
	/** The row of isolated actors, when there are any. */
	isolatedBox: Box | null;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** ForceAtlas2 positions of one component, shifted to start at (0, 0) and scaled to its square. */
function layoutComponent(graph: Graph, ids: string[]): { positions: Map<string, Point>; width: number; height: number } {
	const sub = graph.copy();
	const inComponent = new Set(ids);
	sub.forEachNode((id) => {
		if (!inComponent.has(id)) sub.dropNode(id);
	});
	if (ids.length === 2) {
		// Two actors: side by side; a force layout has nothing to decide.
		return {
			positions: new Map([
				[ids[0], { x: 0, y: 0 }],
				[ids[1], { x: LABEL_ROOM, y: 0 }]
			]),
			width: LABEL_ROOM,
			height: 0
		};
	}
	circular.assign(sub, { scale: 10 * Math.sqrt(ids.length) });
	const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: false };
	const forces = forceAtlas2(sub, { iterations: LAYOUT_ITERATIONS, settings });
	// Lie the component on its side when it came out taller than wide: rows of clusters fill a wide page better.
	const isTall = (() => {
		const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
		return spread(ids.map((id) => forces[id].y)) > spread(ids.map((id) => forces[id].x));
	})();
	const raw: Record<string, Point> = Object.fromEntries(ids.map((id) => [id, isTall ? { x: forces[id].y, y: forces[id].x } : forces[id]]));
	const xs = ids.map((id) => raw[id].x);
	const ys = ids.map((id) => raw[id].y);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const span = Math.max(maxX - minX, maxY - minY) || 1;
	// Small clusters get room for their labels side by side; larger ones an area that grows with their size.
	const scale = Math.max(UNIT * Math.sqrt(ids.length), LABEL_ROOM * Math.min(ids.length - 1, 3)) / span;
	const positions = new Map<string, Point>();
	for (const id of ids) positions.set(id, { x: (raw[id].x - minX) * scale, y: (raw[id].y - minY) * scale });
	return { positions, width: (maxX - minX) * scale, height: (maxY - minY) * scale };
}

/**
 * Lays out the graph built by buildActorGraph (an undirected simple graph whose nodes were added
 * in sorted-id order). Coordinates are rounded to a tenth of a unit.
 */
export function layoutActorGraph(graph: Graph): ActorMapLayout {
	const components = orderedComponents(graph);
	const clusters = components.filter((ids) => ids.length > 1);
	const isolated = components.filter((ids) => ids.length === 1).map(([id]) => id);
	const positions = new Map<string, Point>();
	const clusterBoxes: ActorMapLayout['clusterBoxes'] = [];

	// Shelf packing: clusters left to right in the order of the components (largest first), a new row when full.
	let cursorX = MARGIN;
	let cursorY = MARGIN;
	let rowHeight = 0;
	const innerWidth = MAP_WIDTH - 2 * MARGIN;
	for (const ids of clusters) {
		const laid = layoutComponent(graph, ids);
		const fit = Math.min(1, (innerWidth - 2 * CLUSTER_PADDING.x) / Math.max(laid.width, 1));
		// At least wide enough for the cluster's caption; the nodes are centred in the box.
		const width = Math.max(laid.width * fit + 2 * CLUSTER_PADDING.x, MIN_CLUSTER_WIDTH);
		const inset = (width - laid.width * fit) / 2;
		const height = laid.height * fit + CLUSTER_PADDING.top + CLUSTER_PADDING.bottom;
		if (cursorX > MARGIN && cursorX + width > MAP_WIDTH - MARGIN) {
			cursorX = MARGIN;
			cursorY += rowHeight + CLUSTER_GAP;
			rowHeight = 0;
		}
		for (const [id, point] of laid.positions) {
			positions.set(id, {
				x: round(cursorX + inset + point.x * fit),
				y: round(cursorY + CLUSTER_PADDING.top + point.y * fit)
			});
		}
		clusterBoxes.push({ actorIds: ids, box: { x: round(cursorX), y: round(cursorY), width: round(width), height: round(height) } });
		cursorX += width + CLUSTER_GAP;
		rowHeight = Math.max(rowHeight, height);
	}
	let bottom = clusters.length ? cursorY + rowHeight : MARGIN;

	let isolatedBox: Box | null = null;
	if (isolated.length) {
		const top = clusters.length ? bottom + CLUSTER_GAP : MARGIN;
		const perRow = Math.max(1, Math.floor((innerWidth - CLUSTER_PADDING.x) / ISOLATED_STEP.x));
		const rows = Math.ceil(isolated.length / perRow);
		isolated.forEach((id, position) => {
			positions.set(id, {
				x: round(MARGIN + CLUSTER_PADDING.x + (position % perRow) * ISOLATED_STEP.x),
				y: round(top + CLUSTER_PADDING.top + Math.floor(position / perRow) * ISOLATED_STEP.y)
			});
		});
		const height = CLUSTER_PADDING.top + (rows - 1) * ISOLATED_STEP.y + CLUSTER_PADDING.bottom;
		isolatedBox = { x: MARGIN, y: round(top), width: innerWidth, height: round(height) };
		bottom = top + height;
	}
	return { width: MAP_WIDTH, height: round(bottom + MARGIN), positions, clusterBoxes, isolatedBox };
}
