/**
 * The actor map's metrics (spec: initiatives.md "Actor map metrics"), computed with graphology and
 * its well-kept metric libraries — no graph algorithm is written here, only the mapping of an
 * initiative's actors and relations onto an undirected simple graph and back.
 *
 * The rules: degree is the number of distinct neighbours (parallel relations and both directions
 * count once); betweenness centrality is normalised on the undirected graph (funds and reports to
 * are directed, but every relation is a tie); connected components are the clusters — more than one
 * component means silos; an actor of degree 0 is isolated.
 */
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { Sector } from '../organisations/sectors.ts';
import { DIRECTED_RELATION_KINDS, RELATION_KINDS, type RelationKind } from './model.ts';

export { DIRECTED_RELATION_KINDS, RELATION_KINDS, type RelationKind };

/** Funds and reports to have a direction (drawn with an arrow); the metrics treat every relation as a tie. */
export function isDirectedRelation(kind: RelationKind): boolean {
	return DIRECTED_RELATION_KINDS.includes(kind);
}

export interface GraphActor {
	id: string;
	name: string;
	sector: Sector;
}

export interface GraphRelation {
	from: string;
	to: string;
	kind: RelationKind;
	note?: string | null;
}

export interface ActorMetrics {
	id: string;
	name: string;
	sector: Sector;
	/** Distinct neighbours. */
	degree: number;
	/** Normalised betweenness on the undirected graph, 0…1. */
	betweenness: number;
	/** 1-based number of the actor's connected component (components ordered by size, then name). */
	component: number;
	isIsolated: boolean;
}

export interface ActorComponent {
	/** 1-based, ordered by size (largest first), then by the first actor's name. */
	index: number;
	/** Actor ids, ordered by name. */
	actorIds: string[];
	actorNames: string[];
}

export interface ActorGraphMetrics {
	/** In the order of the actors' names. */
	actors: ActorMetrics[];
	components: ActorComponent[];
	/** Components with two or more actors (isolated actors are listed on their own). */
	clusters: ActorComponent[];
	isolated: ActorMetrics[];
	/** More than one component: the partnership falls apart into silos. */
	hasSilos: boolean;
	relationCount: number;
}

const byName = (names: Map<string, string>) => (a: string, b: string) =>
	(names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'da') || (a < b ? -1 : a > b ? 1 : 0);

/** Ids in code-unit order, so the result never depends on the order the actors arrive in. */
export function sortedIds(ids: Iterable<string>): string[] {
	return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The undirected simple graph the metrics run on: one node per actor, one edge per pair of actors
 * with at least one relation. Nodes and edges are added in a fixed order (sorted ids), so the same
 * actors and relations in any order give the same graph. A relation to an unknown actor is an error
 * (the caller loaded a relation without its actors); a relation of an actor to itself adds no tie.
 */
export function buildActorGraph(actors: readonly GraphActor[], relations: readonly GraphRelation[]): Graph {
	const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	const known = new Map(actors.map((actor) => [actor.id, actor]));
	for (const id of sortedIds(known.keys())) {
		const actor = known.get(id)!;
		graph.addNode(id, { name: actor.name, sector: actor.sector });
	}
	const pairs = new Set<string>();
	const pairList: [string, string][] = [];
	for (const relation of relations) {
		if (!known.has(relation.from) || !known.has(relation.to)) {
			throw new Error(`Relation refers to an actor not on the map: ${relation.from} → ${relation.to}`);
		}
		if (relation.from === relation.to) continue;
		const [a, b] = relation.from < relation.to ? [relation.from, relation.to] : [relation.to, relation.from];
		const key = `${a}\u0000${b}`;
		if (pairs.has(key)) continue;
		pairs.add(key);
		pairList.push([a, b]);
	}
	pairList.sort(([a1, b1], [a2, b2]) => (a1 < a2 ? -1 : a1 > a2 ? 1 : b1 < b2 ? -1 : b1 > b2 ? 1 : 0));
	for (const [a, b] of pairList) graph.addEdge(a, b);
	return graph;
}

/** Components of the graph, each sorted by name, ordered by size (largest first) and then by the first name. */
export function orderedComponents(graph: Graph): string[][] {
	const names = new Map<string, string>();
	graph.forEachNode((id, attributes) => names.set(id, String(attributes.name ?? '')));
	const compare = byName(names);
	const components = connectedComponents(graph).map((component) => [...component].sort(compare));
	return components.sort((a, b) => b.length - a.length || compare(a[0], b[0]));
}

export function computeActorMetrics(actors: readonly GraphActor[], relations: readonly GraphRelation[]): ActorGraphMetrics {
	const graph = buildActorGraph(actors, relations);
	const betweenness = graph.order > 0 ? betweennessCentrality(graph, { normalized: true }) : {};
	const components = orderedComponents(graph).map(
		(actorIds, position): ActorComponent => ({
			index: position + 1,
			actorIds,
			actorNames: actorIds.map((id) => String(graph.getNodeAttribute(id, 'name')))
		})
	);
	const componentOf = new Map<string, number>();
	for (const component of components) for (const id of component.actorIds) componentOf.set(id, component.index);

	const names = new Map(actors.map((actor) => [actor.id, actor.name]));
	const metrics = sortedIds(names.keys())
		.sort(byName(names))
		.map((id): ActorMetrics => {
			const degree = graph.degree(id);
			const attributes = graph.getNodeAttributes(id);
			return {
				id,
				name: String(attributes.name),
				sector: attributes.sector as Sector,
				degree,
				betweenness: betweenness[id] ?? 0,
				component: componentOf.get(id)!,
				isIsolated: degree === 0
			};
		});
	return {
		actors: metrics,
		components,
		clusters: components.filter((component) => component.actorIds.length > 1),
		isolated: metrics.filter((actor) => actor.isIsolated),
		hasSilos: components.length > 1,
		relationCount: relations.length
	};
}
