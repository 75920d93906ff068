import { describe, expect, it } from 'vitest';
import { type GraphActor, type GraphRelation } from './actor-graph.ts';
import { buildActorGraph } from './actor-graph.ts';
import { layoutActorGraph, MAP_WIDTH } from './actor-layout.ts';
import { buildActorMapView } from './actor-map.ts';
import { generateActorGraph } from './actor-map.fixtures.ts';

const actor = (id: string): GraphActor => ({ id, name: `Actor ${id}`, sector: 'public' });
const tie = (from: string, to: string, kind: GraphRelation['kind'] = 'collaborates'): GraphRelation => ({ from, to, kind });

function shuffled<T>(items: readonly T[], seed: number): T[] {
	const copy = [...items];
	let state = seed;
	for (let i = copy.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) % 2147483648;
		const j = state % (i + 1);
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

const coordinates = (actors: GraphActor[], relations: GraphRelation[]) =>
	[...layoutActorGraph(buildActorGraph(actors, relations)).positions.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe('layoutActorGraph', () => {
	const { actors, relations } = generateActorGraph({ actors: 60, relations: 200, seed: 7 });

	it('the same graph twice gives identical coordinates', () => {
		expect(coordinates(actors, relations)).toEqual(coordinates(actors, relations));
	});

	it('the same graph in another order gives identical coordinates', () => {
		expect(coordinates(shuffled(actors, 3), shuffled(relations, 5))).toEqual(coordinates(actors, relations));
	});

	it('a different graph gives a different picture (the layout is not ignoring its input)', () => {
		expect(coordinates(actors, relations.slice(1))).not.toEqual(coordinates(actors, relations));
	});

	it('every actor lies inside the view box', () => {
		const layout = layoutActorGraph(buildActorGraph(actors, relations));
		expect(layout.width).toBe(MAP_WIDTH);
		for (const point of layout.positions.values()) {
			expect(point.x).toBeGreaterThan(0);
			expect(point.x).toBeLessThan(layout.width);
			expect(point.y).toBeGreaterThan(0);
			expect(point.y).toBeLessThan(layout.height);
		}
	});

	it('separate components get boxes that do not overlap, with each actor inside its own box; isolated actors below them', () => {
		const view = buildActorMapView(['a', 'b', 'c', 'd', 'x', 'y', 'z', 'lone1', 'lone2'].map(actor), [
			tie('a', 'b'),
			tie('b', 'c'),
			tie('c', 'd'),
			tie('d', 'a'),
			tie('x', 'y'),
			tie('y', 'z', 'funds')
		]);
		expect(view.clusters).toHaveLength(2);
		const [first, second] = view.clusters.map((cluster) => cluster.box);
		const overlaps =
			first.x < second.x + second.width &&
			second.x < first.x + first.width &&
			first.y < second.y + second.height &&
			second.y < first.y + first.height;
		expect(overlaps).toBe(false);
		for (const cluster of view.clusters) {
			for (const id of cluster.actorIds) {
				const node = view.nodes.find((entry) => entry.id === id)!;
				expect(node.x).toBeGreaterThan(cluster.box.x);
				expect(node.x).toBeLessThan(cluster.box.x + cluster.box.width);
				expect(node.y).toBeGreaterThan(cluster.box.y);
				expect(node.y).toBeLessThan(cluster.box.y + cluster.box.height);
			}
		}
		expect(view.isolated.map((node) => node.id)).toEqual(['lone1', 'lone2']);
		expect(view.isolatedBox!.y).toBeGreaterThanOrEqual(Math.max(first.y + first.height, second.y + second.height));
	});

	it('no two actors of a cluster share a spot', () => {
		const view = buildActorMapView(actors, relations);
		for (const a of view.nodes) {
			for (const b of view.nodes) {
				if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(4);
			}
		}
	});
});

describe('buildActorMapView', () => {
	it('draws one edge per relation, directed kinds marked, parallel relations on distinct curves', () => {
		const view = buildActorMapView(['a', 'b', 'c'].map(actor), [
			tie('a', 'b'),
			tie('b', 'a', 'funds'),
			tie('a', 'b', 'reports_to'),
			tie('b', 'c', 'shares_data')
		]);
		expect(view.edges).toHaveLength(4);
		expect(view.edges.filter((edge) => edge.isDirected).map((edge) => edge.kind)).toEqual(['funds', 'reports_to']);
		const pairPaths = view.edges.filter((edge) => edge.to !== 'c' && edge.from !== 'c').map((edge) => edge.path);
		expect(new Set(pairPaths).size).toBe(3);
		// A single relation is a straight line; parallel ones bend.
		expect(view.edges.find((edge) => edge.kind === 'shares_data')!.path).toMatch(/^M[\d. ]+L[\d. ]+$/);
		expect(pairPaths.filter((path) => path.includes('Q'))).toHaveLength(2);
	});

	it('node size grows with degree', () => {
		const view = buildActorMapView(['c', 'l1', 'l2', 'l3'].map(actor), [tie('c', 'l1'), tie('c', 'l2'), tie('c', 'l3')]);
		const radius = (id: string) => view.nodes.find((node) => node.id === id)!.radius;
		expect(radius('c')).toBeGreaterThan(radius('l1'));
	});

	it('names the brokers: the actors with the highest betweenness, none on a graph without one', () => {
		const path = buildActorMapView(['a', 'b', 'c'].map(actor), [tie('a', 'b'), tie('b', 'c')]);
		expect(path.brokers.map((node) => node.id)).toEqual(['b']);
		const pair = buildActorMapView(['a', 'b'].map(actor), [tie('a', 'b')]);
		expect(pair.brokers).toEqual([]);
	});
});

describe('clusters in the view', () => {
	it('name a cluster by its actors, most connected first', () => {
		const view = buildActorMapView(['a', 'b', 'c', 'd'].map(actor), [tie('a', 'd'), tie('b', 'd'), tie('c', 'd'), tie('a', 'b')]);
		expect(view.clusters[0].namesByDegree).toEqual(['Actor d', 'Actor a', 'Actor b', 'Actor c']);
	});
});

describe('generateActorGraph', () => {
	it('gives the asked number of relations, none repeated (kind, direction, pair), and always silos and isolated actors', () => {
		const { actors, relations } = generateActorGraph({ actors: 60, relations: 200, seed: 7 });
		expect(actors).toHaveLength(60);
		expect(relations).toHaveLength(200);
		expect(new Set(relations.map((relation) => `${relation.from} ${relation.to} ${relation.kind}`)).size).toBe(200);
		const view = buildActorMapView(actors, relations);
		expect(view.clusters).toHaveLength(3);
		expect(view.isolated).toHaveLength(3);
	});
});
