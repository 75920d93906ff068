/**
 * A generated partnership for tests, the benchmark and screenshots: `actors` actors across the six
 * sectors and `relations` relations of every kind, from a seeded generator so every run gets the
 * same graph. Two small groups are kept apart from the rest and a few actors get no relation, so the
 * map always has silos and isolated actors to show.
 */
import { SECTORS } from '../organisations/sectors.ts';
import { type GraphActor, type GraphRelation, RELATION_KINDS } from './actor-graph.ts';

const NAMES = [
	'Kommune',
	'Fond',
	'Forening',
	'Virksomhed',
	'Universitet',
	'Borgergruppe',
	'Region',
	'Netværk',
	'Skole',
	'Klub',
	'Center',
	'Råd'
];

export function generateActorGraph(options: { actors: number; relations: number; seed?: number }): {
	actors: GraphActor[];
	relations: GraphRelation[];
} {
	let state = options.seed ?? 1;
	const next = () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const actors: GraphActor[] = Array.from({ length: options.actors }, (_, index) => ({
		id: `actor-${String(index + 1).padStart(3, '0')}`,
		name: `${NAMES[index % NAMES.length]} ${index + 1}`,
		sector: SECTORS[index % SECTORS.length]
	}));
	// The last three actors stay isolated; two small groups of three before them form their own clusters.
	const isolatedCount = Math.min(3, actors.length);
	const connected = actors.slice(0, actors.length - isolatedCount);
	const groupSize = connected.length >= 12 ? 3 : 0;
	const main = connected.slice(0, connected.length - 2 * groupSize);
	const groups = [connected.slice(main.length, main.length + groupSize), connected.slice(main.length + groupSize)];
	const relations: GraphRelation[] = [];
	// One relation per kind, direction and pair, as the database keeps them.
	const seen = new Set<string>();
	const add = (relation: GraphRelation) => {
		const key = `${relation.from} ${relation.to} ${relation.kind}`;
		if (seen.has(key)) return;
		seen.add(key);
		relations.push(relation);
	};
	for (const group of groups) {
		for (let i = 1; i < group.length; i++) add({ from: group[i - 1].id, to: group[i].id, kind: pick(RELATION_KINDS), note: null });
	}
	// A spanning chain keeps the main group in one piece; the rest are random ties within it, a few hubs favoured.
	for (let i = 1; i < main.length; i++) {
		add({ from: main[Math.floor(next() * i)].id, to: main[i].id, kind: pick(RELATION_KINDS), note: null });
	}
	while (relations.length < options.relations && main.length > 1) {
		const from = next() < 0.3 ? main[Math.floor(next() * Math.min(5, main.length))] : pick(main);
		const to = pick(main);
		if (from.id === to.id) continue;
		add({ from: from.id, to: to.id, kind: pick(RELATION_KINDS), note: next() < 0.2 ? `Aftale ${relations.length}` : null });
	}
	return { actors, relations };
}
