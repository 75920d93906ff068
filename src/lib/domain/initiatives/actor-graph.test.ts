import { describe, expect, it } from 'vitest';
import { buildActorGraph, computeActorMetrics, type GraphActor, type GraphRelation } from './actor-graph.ts';

const actor = (id: string, sector: GraphActor['sector'] = 'public'): GraphActor => ({ id, name: id.toUpperCase(), sector });
const tie = (from: string, to: string, kind: GraphRelation['kind'] = 'collaborates'): GraphRelation => ({ from, to, kind });
const byId = (metrics: ReturnType<typeof computeActorMetrics>) => new Map(metrics.actors.map((entry) => [entry.id, entry]));

describe('computeActorMetrics on small known graphs', () => {
	it('a star: the centre has degree n−1 and betweenness 1, the leaves 1 and 0', () => {
		const actors = ['c', 'l1', 'l2', 'l3', 'l4'].map((id) => actor(id));
		const metrics = computeActorMetrics(actors, [
			tie('c', 'l1'),
			tie('l2', 'c', 'funds'),
			tie('c', 'l3', 'reports_to'),
			tie('l4', 'c', 'shares_data')
		]);
		const m = byId(metrics);
		expect(m.get('c')).toMatchObject({ degree: 4, betweenness: 1, component: 1, isIsolated: false });
		for (const leaf of ['l1', 'l2', 'l3', 'l4']) expect(m.get(leaf)).toMatchObject({ degree: 1, betweenness: 0 });
		expect(metrics.components).toHaveLength(1);
		expect(metrics.hasSilos).toBe(false);
		expect(metrics.isolated).toEqual([]);
	});

	it('a path a–b–c–d: ends degree 1, middle degree 2, normalised betweenness 2/3 in the middle', () => {
		const actors = ['a', 'b', 'c', 'd'].map((id) => actor(id));
		const m = byId(computeActorMetrics(actors, [tie('a', 'b'), tie('b', 'c'), tie('c', 'd')]));
		expect([...m.values()].map((entry) => entry.degree)).toEqual([1, 2, 2, 1]);
		// b lies on a–c and a–d: 2 of the (4−1)(4−2)/2 = 3 pairs not involving b.
		expect(m.get('b')!.betweenness).toBeCloseTo(2 / 3, 10);
		expect(m.get('c')!.betweenness).toBeCloseTo(2 / 3, 10);
		expect(m.get('a')!.betweenness).toBe(0);
	});

	it('a directed relation counts as a tie on the undirected graph (reports to, funds)', () => {
		const actors = ['a', 'b', 'c'].map((id) => actor(id));
		const m = byId(computeActorMetrics(actors, [tie('a', 'b', 'reports_to'), tie('c', 'b', 'funds')]));
		// On a directed graph b would lie on no path (a→b←c); undirected it lies between a and c.
		expect(m.get('b')!.betweenness).toBe(1);
		expect(m.get('b')!.degree).toBe(2);
	});

	it('two components and an isolated actor: silos, each component named by its actors, largest first', () => {
		const actors = [actor('x', 'business'), actor('y'), actor('a'), actor('b'), actor('c'), actor('lone', 'citizen_group')];
		const metrics = computeActorMetrics(actors, [tie('x', 'y'), tie('a', 'b'), tie('b', 'c')]);
		expect(metrics.hasSilos).toBe(true);
		expect(metrics.components.map((component) => component.actorNames)).toEqual([['A', 'B', 'C'], ['X', 'Y'], ['LONE']]);
		expect(metrics.clusters.map((component) => component.index)).toEqual([1, 2]);
		expect(metrics.isolated.map((entry) => entry.id)).toEqual(['lone']);
		const m = byId(metrics);
		expect(m.get('lone')).toMatchObject({ degree: 0, betweenness: 0, component: 3, isIsolated: true });
		expect(m.get('x')!.component).toBe(2);
		expect(m.get('c')!.component).toBe(1);
	});

	it('an isolated actor alone is one component: no silos', () => {
		const metrics = computeActorMetrics([actor('only')], []);
		expect(metrics.hasSilos).toBe(false);
		expect(metrics.isolated).toHaveLength(1);
		expect(metrics.actors[0]).toMatchObject({ degree: 0, betweenness: 0, component: 1 });
	});

	it('no actors: no components, no silos', () => {
		const metrics = computeActorMetrics([], []);
		expect(metrics).toMatchObject({ actors: [], components: [], hasSilos: false });
	});

	it('parallel relations and both directions count once for degree and betweenness', () => {
		const actors = ['a', 'b', 'c'].map((id) => actor(id));
		const plain = computeActorMetrics(actors, [tie('a', 'b'), tie('b', 'c')]);
		const doubled = computeActorMetrics(actors, [
			tie('a', 'b'),
			tie('b', 'a'),
			tie('a', 'b', 'funds'),
			tie('b', 'a', 'reports_to'),
			tie('b', 'c', 'shares_data'),
			tie('b', 'c', 'shares_data')
		]);
		expect(doubled.actors.map((entry) => [entry.id, entry.degree, entry.betweenness])).toEqual(
			plain.actors.map((entry) => [entry.id, entry.degree, entry.betweenness])
		);
		expect(byId(doubled).get('a')!.degree).toBe(1);
		expect(buildActorGraph(actors, [tie('a', 'b'), tie('b', 'a'), tie('a', 'b', 'funds')]).size).toBe(1);
		expect(doubled.relationCount).toBe(6);
	});

	it('a relation of an actor to itself adds no tie', () => {
		const metrics = computeActorMetrics([actor('a'), actor('b')], [tie('a', 'a')]);
		expect(metrics.actors.map((entry) => entry.degree)).toEqual([0, 0]);
		expect(metrics.hasSilos).toBe(true);
	});

	it('a relation to an actor that is not on the map is an error, not a silent drop', () => {
		expect(() => computeActorMetrics([actor('a')], [tie('a', 'ghost')])).toThrow(/not on the map/);
	});

	it('the order the actors and relations arrive in changes nothing', () => {
		const actors = ['d', 'a', 'c', 'b', 'e'].map((id) => actor(id));
		const relations = [tie('a', 'b'), tie('c', 'd'), tie('b', 'c'), tie('e', 'a', 'funds')];
		expect(computeActorMetrics([...actors].reverse(), [...relations].reverse())).toEqual(computeActorMetrics(actors, relations));
	});
});
