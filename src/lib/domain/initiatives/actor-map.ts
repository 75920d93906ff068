/**
 * The actor map as the page draws it: metrics (actor-graph.ts) and positions (actor-layout.ts)
 * joined into one view, with the geometry of every relation. Built on the server, drawn by
 * components/initiatives/ActorMap.svelte; types only cross to the component.
 */
import type { Sector } from '../organisations/sectors.ts';
import {
	type ActorComponent,
	type ActorMetrics,
	buildActorGraph,
	computeActorMetrics,
	type GraphActor,
	type GraphRelation,
	isDirectedRelation,
	type RelationKind
} from './actor-graph.ts';
import { type Box, layoutActorGraph, nodeRadius, type Point } from './actor-layout.ts';

export interface ActorMapNode extends ActorMetrics, Point {
	radius: number;
}

export interface ActorMapEdge {
	from: string;
	to: string;
	kind: RelationKind;
	note: string | null;
	isDirected: boolean;
	/** SVG path data, trimmed to the nodes' edges so an arrowhead touches its target. */
	path: string;
}

export interface ActorMapCluster extends ActorComponent {
	box: Box;
	/** The cluster's actors, most connected first: a large cluster is named by its first few. */
	namesByDegree: string[];
}

export interface ActorMapView {
	width: number;
	height: number;
	nodes: ActorMapNode[];
	edges: ActorMapEdge[];
	clusters: ActorMapCluster[];
	isolated: ActorMapNode[];
	isolatedBox: Box | null;
	hasSilos: boolean;
	/** The actors with the highest betweenness above zero (ties included): the brokers between the others. */
	brokers: ActorMapNode[];
}

/** Parallel relations between one pair are drawn as curves this many units apart. */
const PARALLEL_SPACING = 16;

const round = (value: number) => Math.round(value * 10) / 10;

function edgePath(from: Point & { radius: number }, to: Point & { radius: number }, bend: number, isDirected: boolean): string {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	// The control point sits `bend` units to the left of the line from `from` to `to`.
	const control = { x: (from.x + to.x) / 2 - (dy / length) * bend, y: (from.y + to.y) / 2 + (dx / length) * bend };
	const towards = (point: Point, target: Point, distance: number): Point => {
		const ex = target.x - point.x;
		const ey = target.y - point.y;
		const d = Math.hypot(ex, ey) || 1;
		return { x: point.x + (ex / d) * distance, y: point.y + (ey / d) * distance };
	};
	const start = towards(from, control, from.radius);
	const end = towards(to, control, to.radius + (isDirected ? 2 : 0));
	const p = (point: Point) => `${round(point.x)} ${round(point.y)}`;
	return bend === 0 ? `M${p(start)}L${p(end)}` : `M${p(start)}Q${p(control)} ${p(end)}`;
}

export function buildActorMapView(actors: readonly GraphActor[], relations: readonly GraphRelation[]): ActorMapView {
	const metrics = computeActorMetrics(actors, relations);
	const layout = layoutActorGraph(buildActorGraph(actors, relations));
	const nodes = metrics.actors.map((actor): ActorMapNode => {
		const point = layout.positions.get(actor.id)!;
		return { ...actor, x: point.x, y: point.y, radius: nodeRadius(actor.degree) };
	});
	const nodeById = new Map(nodes.map((node) => [node.id, node]));

	// Relations between the same two actors (either direction) fan out around the straight line,
	// in a fixed order so the drawing does not depend on the order they were loaded in.
	const pairKey = (relation: GraphRelation) =>
		relation.from < relation.to ? `${relation.from} ${relation.to}` : `${relation.to} ${relation.from}`;
	const sorted = relations
		.filter((relation) => relation.from !== relation.to)
		.map((relation) => ({ relation, key: `${pairKey(relation)} ${relation.kind} ${relation.from} ${relation.note ?? ''}` }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ relation }) => relation);
	const byPair = new Map<string, GraphRelation[]>();
	for (const relation of sorted) {
		const key = pairKey(relation);
		byPair.set(key, [...(byPair.get(key) ?? []), relation]);
	}
	const edges: ActorMapEdge[] = [];
	for (const group of byPair.values()) {
		group.forEach((relation, position) => {
			const isDirected = isDirectedRelation(relation.kind);
			// Offsets are measured against the pair's canonical direction (lower id first), so a relation
			// drawn the other way round flips its sign to land on the same side.
			const offset = (position - (group.length - 1) / 2) * PARALLEL_SPACING;
			const bend = relation.from < relation.to ? offset : -offset;
			const from = nodeById.get(relation.from)!;
			const to = nodeById.get(relation.to)!;
			edges.push({
				from: relation.from,
				to: relation.to,
				kind: relation.kind,
				note: relation.note ?? null,
				isDirected,
				path: edgePath(from, to, bend, isDirected)
			});
		});
	}

	const boxByFirstId = new Map(layout.clusterBoxes.map((cluster) => [cluster.actorIds[0], cluster.box]));
	const topBetweenness = Math.max(0, ...nodes.map((node) => node.betweenness));
	return {
		width: layout.width,
		height: layout.height,
		nodes,
		edges,
		clusters: metrics.clusters.map((cluster) => ({
			...cluster,
			box: boxByFirstId.get(cluster.actorIds[0])!,
			// actorIds are in name order and the sort is stable, so equal degrees stay in name order.
			namesByDegree: [...cluster.actorIds]
				.sort((a, b) => nodeById.get(b)!.degree - nodeById.get(a)!.degree)
				.map((id) => nodeById.get(id)!.name)
		})),
		isolated: nodes.filter((node) => node.isIsolated),
		isolatedBox: layout.isolatedBox,
		hasSilos: metrics.hasSilos,
		brokers: topBetweenness > 0 ? nodes.filter((node) => node.betweenness >= topBetweenness - 1e-9) : []
	};
}

export type { GraphActor, GraphRelation, RelationKind, Sector };
