import { describe, expect, it } from 'vitest';
import {
	type ActivitiesConditionInput,
	activitiesCondition,
	analyseContribution,
	type ContributionActor,
	type ContributionGoal,
	goalsInTreeOrder,
	goalsNeedingActivity,
	MIN_SECTORS
} from './contribution.ts';

const goal = (id: string, parentId: string | null = null, position = 0): ContributionGoal => ({
	id,
	parentId,
	title: `Mål ${id}`,
	position
});
const actor = (id: string, sector: ContributionActor['sector'], role: ContributionActor['role'] = 'partner'): ContributionActor => ({
	id,
	name: `Aktør ${id}`,
	sector,
	role
});

// L1 has two sub-goals S1, S2; L2 has none (so it needs an activity itself).
const goals = [goal('S2', 'L1', 2), goal('L2', null, 2), goal('S1', 'L1', 1), goal('L1', null, 1)];
const actors = [actor('kommune', 'public'), actor('fond', 'foundation', 'funder'), actor('forening', 'civil_society')];

describe('goals in tree order', () => {
	it('puts each long-term goal before its sub-goals, by position, with the depth', () => {
		expect(goalsInTreeOrder(goals).map(({ goal, depth }) => `${goal.id}:${depth}`)).toEqual(['L1:0', 'S1:1', 'S2:1', 'L2:0']);
	});

	it('shows a goal whose parent is unknown as a long-term goal rather than losing it', () => {
		expect(goalsInTreeOrder([goal('X', 'gone')]).map(({ goal }) => goal.id)).toEqual(['X']);
	});

	it('needing an activity: the sub-goals, and a long-term goal only when it has no sub-goals', () => {
		expect(goalsNeedingActivity(goals).map((g) => g.id)).toEqual(['S1', 'S2', 'L2']);
	});
});

describe('the contribution matrix', () => {
	it('counts commitments and activities per goal and actor, active ones apart', () => {
		const analysis = analyseContribution({
			goals,
			actors,
			commitments: [
				{ actorId: 'kommune', goalIds: ['S1', 'S2'] },
				{ actorId: 'kommune', goalIds: ['S1'] }
			],
			activities: [
				{ actorId: 'forening', goalIds: ['S1'], status: 'running' },
				{ actorId: 'forening', goalIds: ['S1'], status: 'done' }
			]
		});
		const s1 = analysis.rows.find((r) => r.goal.id === 'S1');
		expect(s1?.cells).toEqual([
			{ actorId: 'kommune', commitments: 2, activities: 0, activeActivities: 0 },
			{ actorId: 'fond', commitments: 0, activities: 0, activeActivities: 0 },
			{ actorId: 'forening', commitments: 0, activities: 2, activeActivities: 1 }
		]);
		expect(analysis.rows.map((r) => r.needsActivity)).toEqual([false, true, true, true]);
	});

	it('flags goals without a planned or running activity — done and stopped ones do not count', () => {
		const analysis = analyseContribution({
			goals,
			actors,
			commitments: [],
			activities: [
				{ actorId: 'kommune', goalIds: ['S1'], status: 'planned' },
				{ actorId: 'kommune', goalIds: ['S2'], status: 'done' },
				{ actorId: 'kommune', goalIds: ['L2'], status: 'stopped' },
				// an activity on the long-term goal L1 does not cover its sub-goals
				{ actorId: 'kommune', goalIds: ['L1'], status: 'running' }
			]
		});
		expect(analysis.goalsWithoutActivity.map((g) => g.id)).toEqual(['S2', 'L2']);
	});

	it('flags partner actors without a commitment, but not funders', () => {
		const analysis = analyseContribution({ goals, actors, commitments: [{ actorId: 'kommune', goalIds: [] }], activities: [] });
		expect(analysis.actorsWithoutCommitment.map((a) => a.id)).toEqual(['forening']);
	});

	it('names the sectors of the six that are missing, and needs at least MIN_SECTORS', () => {
		expect(MIN_SECTORS).toBe(3);
		const two = analyseContribution({ goals, actors: actors.slice(0, 2), commitments: [], activities: [] });
		expect(two.missingSectors).toEqual(['civil_society', 'business', 'knowledge', 'citizen_group']);
		expect(two.hasEnoughSectors).toBe(false);
		const three = analyseContribution({ goals, actors, commitments: [], activities: [] });
		expect(three.sectorsPresent).toEqual(['public', 'foundation', 'civil_society']);
		expect(three.hasEnoughSectors).toBe(true);
	});

	it('handles 60 actors × 30 goals', () => {
		const many = Array.from({ length: 60 }, (_, i) => actor(`a${i}`, (['public', 'business', 'knowledge'] as const)[i % 3]));
		const tree = Array.from({ length: 30 }, (_, i) => goal(`g${i}`, i < 5 ? null : `g${i % 5}`, i));
		const analysis = analyseContribution({
			goals: tree,
			actors: many,
			commitments: many.map((a, i) => ({ actorId: a.id, goalIds: [`g${i % 30}`] })),
			activities: tree.slice(5).map((g, i) => ({ actorId: `a${i}`, goalIds: [g.id], status: 'running' as const }))
		});
		expect(analysis.rows).toHaveLength(30);
		expect(analysis.rows.every((r) => r.cells.length === 60)).toBe(true);
		expect(analysis.goalsWithoutActivity).toEqual([]);
		expect(analysis.actorsWithoutCommitment).toEqual([]);
	});
});

describe('the "Forpligtende aktiviteter" condition', () => {
	const complete: ActivitiesConditionInput = {
		goals,
		actors,
		commitments: [
			{ actorId: 'kommune', goalIds: ['S1'] },
			{ actorId: 'forening', goalIds: ['S2'] }
		],
		activities: [
			{ actorId: 'kommune', goalIds: ['S1', 'L2'], status: 'running' },
			{ actorId: 'forening', goalIds: ['S2'], status: 'planned' }
		]
	};

	it('is in place when every goal needing one has an activity, every partner has a commitment and 3 sectors take part', () => {
		const result = activitiesCondition(complete);
		expect(result).toMatchObject({
			state: 'in_place',
			goalsWithoutActivity: [],
			actorsWithoutCommitment: [],
			sectorsPresent: 3,
			sectorsShort: 0,
			missingSectors: ['business', 'knowledge', 'citizen_group']
		});
	});

	it('is in progress, naming what is missing, when one rule fails', () => {
		const noSubGoalActivity = activitiesCondition({ ...complete, activities: complete.activities.slice(0, 1) });
		expect(noSubGoalActivity.state).toBe('in_progress');
		expect(noSubGoalActivity.goalsWithoutActivity).toEqual([{ id: 'S2', title: 'Mål S2' }]);

		const uncommitted = activitiesCondition({ ...complete, commitments: complete.commitments.slice(0, 1) });
		expect(uncommitted.state).toBe('in_progress');
		expect(uncommitted.actorsWithoutCommitment).toEqual([{ id: 'forening', name: 'Aktør forening' }]);

		const twoSectors = activitiesCondition({
			...complete,
			actors: [actor('kommune', 'public'), actor('forening', 'public')]
		});
		expect(twoSectors.state).toBe('in_progress');
		expect(twoSectors.sectorsShort).toBe(2);
	});

	it('is not started when there is no activity and no commitment', () => {
		expect(activitiesCondition({ goals, actors, commitments: [], activities: [] }).state).toBe('not_started');
		expect(activitiesCondition({ goals: [], actors: [], commitments: [], activities: [] })).toMatchObject({
			state: 'not_started',
			hasNoGoals: true,
			sectorsShort: MIN_SECTORS
		});
	});

	it('is not in place without any goal, even if everything else holds', () => {
		const result = activitiesCondition({ ...complete, goals: [], activities: [] });
		expect(result.hasNoGoals).toBe(true);
		expect(result.state).toBe('in_progress');
	});
});
