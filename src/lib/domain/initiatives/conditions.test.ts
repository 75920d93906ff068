import { describe, expect, it } from 'vitest';
import {
	activitiesCondition,
	agendaCondition,
	backboneCondition,
	type ConditionsInput,
	ENDORSEMENT_SHARE,
	endorsementsNeeded,
	evaluateConditions,
	type MeasuredIndicator,
	measurementCondition,
	MIN_SECTORS
} from './conditions.ts';
import type { Runway } from './runway.ts';

const LONG_RUNWAY: Runway = { months: 14, endsOn: '2028-01-31', isShort: false };
const SHORT_RUNWAY: Runway = { months: 9.5, endsOn: '2027-09-15', isShort: true };

const empty: ConditionsInput = {
	problemStatement: '',
	vision: '',
	agendaVersion: 0,
	goals: [],
	actors: [],
	endorsements: [],
	commitments: [],
	activities: [],
	backbone: {
		hasOrganisation: false,
		staffCount: 0,
		governanceCount: 0,
		fundingCount: 0,
		runway: { months: 0, endsOn: null, isShort: true }
	},
	indicators: []
};

const goals = [
	{ id: 'g1', parentId: null, title: 'Flere unge i uddannelse' },
	{ id: 's1', parentId: 'g1', title: 'Mentorordning' },
	{ id: 's2', parentId: 'g1', title: 'Praktikpladser' }
];
const actors = [
	{ id: 'a1', name: 'Kommunen', sector: 'public' as const, role: 'backbone' as const },
	{ id: 'a2', name: 'Foreningen', sector: 'civil_society' as const, role: 'partner' as const },
	{ id: 'a3', name: 'Virksomheden', sector: 'business' as const, role: 'steering_group' as const },
	{ id: 'f1', name: 'Fonden', sector: 'foundation' as const, role: 'funder' as const }
];

/** Everything in place for every condition that is measured. */
const full: ConditionsInput = {
	problemStatement: 'Unge uden uddannelse',
	vision: 'Alle unge i gang',
	agendaVersion: 3,
	goals,
	actors,
	endorsements: [
		{ actorId: 'a1', agendaVersion: 3 },
		{ actorId: 'a2', agendaVersion: 3 }
	],
	commitments: [{ actorId: 'a1' }, { actorId: 'a2' }, { actorId: 'a3' }],
	activities: [
		{ status: 'running', goalIds: ['s1'] },
		{ status: 'planned', goalIds: ['s2', 'g1'] }
	],
	backbone: { hasOrganisation: true, staffCount: 2, governanceCount: 1, fundingCount: 2, runway: LONG_RUNWAY },
	indicators: []
};

describe('the thresholds', () => {
	it('are the rule of initiatives.md', () => {
		expect(ENDORSEMENT_SHARE).toBeCloseTo(2 / 3, 10);
		expect(MIN_SECTORS).toBe(3);
	});

	it('count endorsements needed in whole actors, two thirds rounded up', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 9].map(endorsementsNeeded)).toEqual([1, 2, 2, 3, 4, 4, 5, 6]);
	});
});

describe('every condition with nothing in the initiative', () => {
	it('is not started, or not measured yet for the areas that come later', () => {
		expect(evaluateConditions(empty).map((r) => [r.condition, r.state])).toEqual([
			['agenda', 'not_started'],
			['measurement', 'not_started'],
			['activities', 'not_started'],
			['communication', 'not_measured'],
			['backbone', 'not_started']
		]);
	});

	it('says what is missing for the agenda and the backbone', () => {
		expect(agendaCondition(empty).missing.map((m) => m.key)).toEqual([
			'agenda_problem',
			'agenda_vision',
			'agenda_goal_tree',
			'agenda_no_partners'
		]);
		expect(backboneCondition(empty).missing.map((m) => m.key)).toEqual([
			'backbone_organisation',
			'backbone_staff',
			'backbone_governance',
			'backbone_no_funding'
		]);
	});
});

describe('the common agenda', () => {
	it('is in place with problem, vision, a goal with a sub-goal and two thirds of the partners (not funders) endorsing the current version', () => {
		const result = agendaCondition(full);
		expect(result.state).toBe('in_place');
		// a3 has not endorsed: said, but it does not hold the condition back
		expect(result.missing).toEqual([{ key: 'agenda_endorsements', endorsed: 2, partners: 3, needed: 2, actors: ['Virksomheden'] }]);
	});

	it('is in progress when any element exists', () => {
		expect(agendaCondition({ ...empty, problemStatement: 'Et problem' }).state).toBe('in_progress');
		expect(agendaCondition({ ...empty, vision: 'En vision' }).state).toBe('in_progress');
		expect(agendaCondition({ ...empty, goals: [goals[0]] }).state).toBe('in_progress');
	});

	it('needs a sub-goal under a long-term goal', () => {
		const result = agendaCondition({ ...full, goals: [goals[0]] });
		expect(result.state).toBe('in_progress');
		expect(result.missing.map((m) => m.key)).toContain('agenda_goal_tree');
	});

	it('is held back by a missing problem or vision', () => {
		expect(agendaCondition({ ...full, problemStatement: '  ' }).state).toBe('in_progress');
		expect(agendaCondition({ ...full, vision: '' }).missing.map((m) => m.key)).toContain('agenda_vision');
	});

	it('counts an endorsement of an earlier version as not given, and names who has not endorsed', () => {
		const result = agendaCondition({
			...full,
			endorsements: [
				{ actorId: 'a1', agendaVersion: 3 },
				{ actorId: 'a2', agendaVersion: 2 }
			]
		});
		expect(result.state).toBe('in_progress');
		expect(result.missing).toEqual([
			{ key: 'agenda_endorsements', endorsed: 1, partners: 3, needed: 2, actors: ['Foreningen', 'Virksomheden'] }
		]);
	});

	it('does not count a funder among the partners, nor its endorsement', () => {
		const result = agendaCondition({
			...full,
			endorsements: [
				{ actorId: 'a1', agendaVersion: 3 },
				{ actorId: 'f1', agendaVersion: 3 }
			]
		});
		expect(result.state).toBe('in_progress');
		expect(result.missing[0]).toMatchObject({ endorsed: 1, partners: 3 });
	});

	it('cannot be in place without partner actors', () => {
		const result = agendaCondition({ ...full, actors: [actors[3]], endorsements: [] });
		expect(result.state).toBe('in_progress');
		expect(result.missing.map((m) => m.key)).toEqual(['agenda_no_partners']);
	});
});

describe('binding activities', () => {
	it('is in place when every sub-goal has a planned or running activity, every partner a commitment and three sectors take part', () => {
		expect(activitiesCondition(full)).toEqual({ condition: 'activities', state: 'in_place', missing: [] });
	});

	it('names sub-goals with only done or stopped activities', () => {
		const result = activitiesCondition({
			...full,
			activities: [
				{ status: 'done', goalIds: ['s1'] },
				{ status: 'stopped', goalIds: ['s2'] },
				{ status: 'running', goalIds: ['g1'] }
			]
		});
		expect(result.state).toBe('in_progress');
		expect(result.missing).toEqual([{ key: 'activities_goals_without_activity', goals: ['Mentorordning', 'Praktikpladser'] }]);
	});

	it('names partner actors without a commitment (a funder needs none)', () => {
		const result = activitiesCondition({ ...full, commitments: [{ actorId: 'a1' }, { actorId: 'a2' }] });
		expect(result.state).toBe('in_progress');
		expect(result.missing).toEqual([{ key: 'activities_actors_without_commitment', actors: ['Virksomheden'] }]);
	});

	it('needs three of the six sectors', () => {
		const twoSectors = actors.map((a) => ({ ...a, sector: a.id === 'a3' || a.id === 'f1' ? ('public' as const) : a.sector }));
		const result = activitiesCondition({ ...full, actors: twoSectors });
		expect(result.state).toBe('in_progress');
		expect(result.missing).toEqual([
			{ key: 'activities_sectors', present: 2, needed: 3, missing: ['foundation', 'business', 'knowledge', 'citizen_group'] }
		]);
	});

	it('is in progress with only a commitment; without goals it is never in place; a long-term goal without sub-goals needs its own activity (as in the matrix)', () => {
		expect(activitiesCondition({ ...empty, commitments: [{ actorId: 'a1' }] }).state).toBe('in_progress');
		const noGoals = activitiesCondition({ ...full, goals: [] });
		expect(noGoals.state).toBe('in_progress');
		expect(noGoals.missing.map((m) => m.key)).toEqual(['activities_no_sub_goals']);
		const leafLongTerm = activitiesCondition({ ...full, goals: [...goals, { id: 'g9', parentId: null, title: 'Nyt mål' }] });
		expect(leafLongTerm.state).toBe('in_progress');
		expect(leafLongTerm.missing.map((m) => m.key)).toEqual(['activities_goals_without_activity']);
	});
});

describe('the backbone', () => {
	it('is in place with an organisation, staff, a governance body and a runway of twelve months', () => {
		expect(backboneCondition(full)).toEqual({ condition: 'backbone', state: 'in_place', missing: [] });
		expect(
			backboneCondition({ ...full, backbone: { ...full.backbone, runway: { months: 12, endsOn: '2027-12-01', isShort: false } } }).state
		).toBe('in_place');
	});

	it('says the runway when it is under twelve months', () => {
		const result = backboneCondition({ ...full, backbone: { ...full.backbone, runway: SHORT_RUNWAY } });
		expect(result.state).toBe('in_progress');
		expect(result.missing).toEqual([{ key: 'backbone_runway', months: 9.5, endsOn: '2027-09-15', needed: 12 }]);
	});

	it('is in progress when any one element exists, and names each missing one', () => {
		for (const partial of [
			{ hasOrganisation: true },
			{ staffCount: 1 },
			{ governanceCount: 1 },
			{ fundingCount: 1, runway: LONG_RUNWAY }
		]) {
			const result = backboneCondition({ ...empty, backbone: { ...empty.backbone, ...partial } });
			expect(result.state, JSON.stringify(partial)).toBe('in_progress');
		}
		const noStaff = backboneCondition({ ...full, backbone: { ...full.backbone, staffCount: 0 } });
		expect(noStaff.missing.map((m) => m.key)).toEqual(['backbone_staff']);
		const noBody = backboneCondition({ ...full, backbone: { ...full.backbone, governanceCount: 0 } });
		expect(noBody.missing.map((m) => m.key)).toEqual(['backbone_governance']);
		const noOrganisation = backboneCondition({ ...full, backbone: { ...full.backbone, hasOrganisation: false } });
		expect(noOrganisation.state).toBe('in_progress');
		expect(noOrganisation.missing.map((m) => m.key)).toEqual(['backbone_organisation']);
	});
});

describe('shared measurement', () => {
	const indicator = (overrides: Partial<MeasuredIndicator> = {}): MeasuredIndicator => ({
		name: 'Unge i uddannelse',
		isKey: true,
		hasTarget: true,
		hasRecentData: true,
		...overrides
	});
	const withIndicators = (indicators: MeasuredIndicator[]) => measurementCondition({ ...empty, indicators });

	it('is not started without an indicator, and says so', () => {
		expect(withIndicators([])).toEqual({ condition: 'measurement', state: 'not_started', missing: [{ key: 'measurement_no_indicators' }] });
	});

	it('is in place when one key indicator has a target ahead and recent approved data', () => {
		const result = withIndicators([indicator(), indicator({ name: 'Trivsel', isKey: false, hasTarget: false })]);
		expect(result.state).toBe('in_place');
		// the other indicator's missing target is still said
		expect(result.missing).toEqual([{ key: 'measurement_without_target', indicators: ['Trivsel'] }]);
	});

	it('is in progress when no key indicator has both a target and recent data', () => {
		expect(withIndicators([indicator({ hasTarget: false })]).state).toBe('in_progress');
		expect(withIndicators([indicator({ hasRecentData: false })]).state).toBe('in_progress');
		const noKey = withIndicators([indicator({ isKey: false })]);
		expect(noKey.state).toBe('in_progress');
		expect(noKey.missing).toEqual([{ key: 'measurement_no_key_indicator' }]);
		// a key indicator with a target and another with data do not add up to one that has both
		const split = withIndicators([indicator({ name: 'A', hasRecentData: false }), indicator({ name: 'B', hasTarget: false })]);
		expect(split.state).toBe('in_progress');
		expect(split.missing).toEqual([
			{ key: 'measurement_without_target', indicators: ['B'] },
			{ key: 'measurement_without_recent_data', indicators: ['A'] }
		]);
	});
});

describe('communication', () => {
	it('is never given a state before its area exists, however full the rest is', () => {
		const results = evaluateConditions({
			...full,
			indicators: [{ name: 'Unge i uddannelse', isKey: true, hasTarget: true, hasRecentData: true }]
		});
		expect(results.find((r) => r.condition === 'measurement')?.state).toBe('in_place');
		expect(results.find((r) => r.condition === 'communication')?.state).toBe('not_measured');
	});
});
