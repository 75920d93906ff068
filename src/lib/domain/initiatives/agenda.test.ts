import { describe, expect, it } from 'vitest';
import {
	type AgendaActor,
	type AgendaSnapshotView,
	buildGoalTree,
	diffAgenda,
	ENDORSEMENT_SHARE,
	type EndorsementRecord,
	endorsementOf,
	moveAmongSiblings,
	requiredEndorsements,
	summariseEndorsements
} from './agenda.ts';

const partner = (id: string): AgendaActor => ({ id, name: `Aktør ${id}`, role: 'partner' });
const funder = (id: string): AgendaActor => ({ id, name: `Fond ${id}`, role: 'funder' });
const endorsed = (actorId: string, agendaVersion: number): EndorsementRecord => ({
	actorId,
	agendaVersion,
	signatoryName: 'Signe Underskriver',
	endorsedOn: '2026-11-01'
});

describe('endorsement per actor', () => {
	it('is current, earlier or none, judged by the newest endorsement up to the current version', () => {
		const list = [endorsed('a', 1), endorsed('a', 3), endorsed('b', 2)];
		expect(endorsementOf(partner('a'), list, 3)).toMatchObject({ state: 'current', latest: { agendaVersion: 3 } });
		expect(endorsementOf(partner('b'), list, 3)).toMatchObject({ state: 'earlier', latest: { agendaVersion: 2 } });
		expect(endorsementOf(partner('c'), list, 3)).toMatchObject({ state: 'none', latest: null });
	});

	it('nothing can be endorsed before the first saved version', () => {
		expect(endorsementOf(partner('a'), [endorsed('a', 0)], 0).state).toBe('none');
	});
});

describe('the share of partners that endorsed the current version', () => {
	it('names the threshold as two thirds', () => {
		expect(ENDORSEMENT_SHARE).toBeCloseTo(2 / 3, 12);
		expect([0, 1, 2, 3, 4, 5, 6, 9, 10].map(requiredEndorsements)).toEqual([0, 1, 2, 2, 3, 4, 4, 6, 7]);
	});

	it('with no partner actors the threshold is not met (nobody has endorsed anything)', () => {
		const summary = summariseEndorsements([], [], 2);
		expect(summary).toMatchObject({ partnerCount: 0, endorsedCurrent: 0, share: 0, met: false, missing: [] });
		// only funders: still no partners
		expect(summariseEndorsements([funder('f')], [endorsed('f', 2)], 2)).toMatchObject({ partnerCount: 0, met: false });
	});

	it('exactly two thirds is enough; just under is not', () => {
		const actors = ['a', 'b', 'c'].map(partner);
		const exactly = summariseEndorsements(actors, [endorsed('a', 4), endorsed('b', 4)], 4);
		expect(exactly).toMatchObject({ partnerCount: 3, endorsedCurrent: 2, required: 2, met: true });
		expect(exactly.missing.map((row) => row.actor.id)).toEqual(['c']);
		const six = ['a', 'b', 'c', 'd', 'e', 'f'].map(partner);
		expect(
			summariseEndorsements(
				six,
				['a', 'b', 'c', 'd'].map((id) => endorsed(id, 1)),
				1
			).met
		).toBe(true);
		const under = summariseEndorsements(
			six,
			['a', 'b', 'c'].map((id) => endorsed(id, 1)),
			1
		);
		expect(under).toMatchObject({ endorsedCurrent: 3, required: 4, met: false, share: 0.5 });
		expect(under.missing.map((row) => row.actor.id)).toEqual(['d', 'e', 'f']);
	});

	it('funders are not counted, neither as endorsing nor as missing, and are listed last', () => {
		const actors = [funder('f'), partner('a'), partner('b')];
		const summary = summariseEndorsements(actors, [endorsed('f', 1), endorsed('a', 1)], 1);
		expect(summary).toMatchObject({ partnerCount: 2, endorsedCurrent: 1, required: 2, met: false });
		expect(summary.missing.map((row) => row.actor.id)).toEqual(['b']);
		expect(summary.rows.map((row) => [row.actor.id, row.counted])).toEqual([
			['a', true],
			['b', true],
			['f', false]
		]);
	});

	it('endorsements of an earlier version do not count, and show as earlier', () => {
		const actors = ['a', 'b', 'c'].map(partner);
		const summary = summariseEndorsements(actors, [endorsed('a', 2), endorsed('b', 2), endorsed('c', 3)], 3);
		expect(summary).toMatchObject({ endorsedCurrent: 1, met: false });
		expect(summary.missing.map((row) => [row.actor.id, row.state])).toEqual([
			['a', 'earlier'],
			['b', 'earlier']
		]);
	});
});

describe('the goal tree', () => {
	const goal = (id: string, parentId: string | null, position: number) => ({ id, parentId, title: id, description: '', position });
	it('orders long-term goals and sub-goals by position, with their strategies', () => {
		const tree = buildGoalTree(
			[goal('b', null, 1), goal('a', null, 0), goal('a2', 'a', 1), goal('a1', 'a', 0)],
			[
				{ id: 's2', goalId: 'a', text: 'to', position: 1 },
				{ id: 's1', goalId: 'a', text: 'en', position: 0 },
				{ id: 's3', goalId: 'a1', text: 'tre', position: 0 }
			]
		);
		expect(tree.map((g) => g.id)).toEqual(['a', 'b']);
		expect(tree[0]?.children.map((g) => g.id)).toEqual(['a1', 'a2']);
		expect(tree[0]?.strategies.map((s) => s.id)).toEqual(['s1', 's2']);
		expect(tree[0]?.children[0]?.strategies.map((s) => s.id)).toEqual(['s3']);
	});

	it('moves one place among siblings, refuses a move against an order that changed meanwhile', () => {
		expect(moveAmongSiblings(['a', 'b', 'c'], 'c', 'up', 'b')).toEqual({ order: ['a', 'c', 'b'] });
		expect(moveAmongSiblings(['a', 'b', 'c'], 'a', 'down')).toEqual({ order: ['b', 'a', 'c'] });
		expect(moveAmongSiblings(['a', 'b', 'c'], 'a', 'up')).toBeNull();
		expect(moveAmongSiblings(['a', 'b', 'c'], 'x', 'up')).toBeNull();
		// someone already moved c above b: the person saw b above c, so the move is stale
		expect(moveAmongSiblings(['a', 'c', 'b'], 'c', 'up', 'b')).toEqual({ stale: true });
	});
});

describe('what changed between two versions', () => {
	const base: AgendaSnapshotView = {
		problemStatement: 'Unge uden uddannelse',
		vision: 'Alle unge i gang',
		goals: [
			{ id: 'g1', parentId: null, title: 'Flere i uddannelse', description: '', position: 0 },
			{ id: 'g2', parentId: null, title: 'Færre på ydelse', description: '', position: 1 },
			{ id: 's1', parentId: 'g1', title: 'Mentorer', description: '', position: 0 }
		],
		strategies: [{ id: 'st1', goalId: 'g1', text: 'Fælles visitation', position: 0 }]
	};

	it('the first version lists everything as added', () => {
		const changes = diffAgenda(null, base);
		expect(changes.map((c) => c.kind)).toEqual(['problem', 'vision', 'goal_added', 'goal_added', 'goal_added', 'strategy_added']);
		expect(changes[3]).toEqual({ kind: 'goal_added', goal: 'Mentorer', parent: 'Flere i uddannelse' });
	});

	it('an edit keeps the goal (same id): renamed, not removed and added', () => {
		const next = {
			...base,
			vision: 'Alle unge i job eller uddannelse',
			goals: base.goals.map((g) => (g.id === 'g2' ? { ...g, title: 'Færre unge på ydelse' } : g))
		};
		expect(diffAgenda(base, next)).toEqual([
			{ kind: 'vision', before: 'Alle unge i gang', after: 'Alle unge i job eller uddannelse' },
			{ kind: 'goal_renamed', before: 'Færre på ydelse', after: 'Færre unge på ydelse' }
		]);
	});

	it('reports reordering, removal and strategy changes', () => {
		const next: AgendaSnapshotView = {
			...base,
			goals: [
				{ id: 'g1', parentId: null, title: 'Flere i uddannelse', description: '', position: 1 },
				{ id: 'g2', parentId: null, title: 'Færre på ydelse', description: '', position: 0 }
			],
			strategies: [{ id: 'st1', goalId: 'g1', text: 'Fælles visitation og opfølgning', position: 0 }]
		};
		expect(diffAgenda(base, next)).toEqual([
			{ kind: 'goal_removed', goal: 'Mentorer', parent: 'Flere i uddannelse' },
			{
				kind: 'goals_reordered',
				parent: null,
				before: ['Flere i uddannelse', 'Færre på ydelse'],
				after: ['Færre på ydelse', 'Flere i uddannelse']
			},
			{ kind: 'strategy_changed', goal: 'Flere i uddannelse', before: 'Fælles visitation', after: 'Fælles visitation og opfølgning' }
		]);
	});

	it('an unchanged agenda has no changes', () => {
		expect(diffAgenda(base, structuredClone(base))).toEqual([]);
	});
});
