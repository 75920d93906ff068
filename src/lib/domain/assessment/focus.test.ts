import { describe, expect, it } from 'vitest';
import { type CandidateProblem, rankProblems } from './evaluate.ts';
import { choiceAfterSubmit, choiceOnConfirm, resolveFocus } from './focus.ts';

const problem = (id: string, [d, c, u]: [number, number, number]): CandidateProblem => ({
	id,
	title: id,
	ratings: { dramaticImprovement: d, contextualChange: c, urgentNeed: u }
});
const traffic = problem('trafik', [2, 2, 2]);
const youth = problem('unge', [5, 4, 5]);
const loneliness = problem('ensomhed', [3, 3, 3]);

describe('resolveFocus', () => {
	it('defaults to the top-ranked problem, not the first one added', () => {
		const ranked = rankProblems([traffic, youth, loneliness]);
		expect(resolveFocus(ranked, null)).toEqual({ problem: ranked[0], isChosen: false, outranking: undefined });
		expect(resolveFocus(ranked, null).problem?.id).toBe('unge');
	});

	it('a default follows the ranking when a higher-ranked candidate is added', () => {
		expect(resolveFocus(rankProblems([traffic]), null).problem?.id).toBe('trafik');
		expect(resolveFocus(rankProblems([traffic, youth]), null).problem?.id).toBe('unge');
	});

	it('keeps an explicit choice and names the problem that outranks it', () => {
		const ranked = rankProblems([traffic, youth, loneliness]);
		const focus = resolveFocus(ranked, 'trafik');
		expect(focus.problem?.id).toBe('trafik');
		expect(focus.isChosen).toBe(true);
		expect(focus.outranking?.id).toBe('unge');
		expect(resolveFocus(ranked, 'unge').outranking).toBeUndefined();
	});

	it('a choice of a removed problem falls back to the default', () => {
		const ranked = rankProblems([traffic, loneliness]);
		expect(resolveFocus(ranked, 'unge')).toMatchObject({ isChosen: false, outranking: undefined });
		expect(resolveFocus(ranked, 'unge').problem?.id).toBe('ensomhed');
	});

	it('has no focus without candidates', () => {
		expect(resolveFocus([], null)).toEqual({ problem: undefined, isChosen: false, outranking: undefined });
		expect(resolveFocus([], 'trafik').problem).toBeUndefined();
	});
});

describe('choiceAfterSubmit (adding or removing without going on)', () => {
	const ranked = rankProblems([traffic, youth, loneliness]);

	it('the pre-selected default sent back unchanged is no choice', () => {
		expect(choiceAfterSubmit(ranked, null, 'unge')).toBeNull();
	});

	it('another radio than the default is a choice', () => {
		expect(choiceAfterSubmit(ranked, null, 'trafik')).toBe('trafik');
	});

	it('with a stored choice, what comes back is the choice (also the top-ranked one)', () => {
		expect(choiceAfterSubmit(ranked, 'trafik', 'trafik')).toBe('trafik');
		expect(choiceAfterSubmit(ranked, 'trafik', 'unge')).toBe('unge');
	});

	it('nothing or an unknown id keeps what is stored', () => {
		expect(choiceAfterSubmit(ranked, 'trafik', '')).toBe('trafik');
		expect(choiceAfterSubmit(ranked, 'trafik', 'nope')).toBe('trafik');
		expect(choiceAfterSubmit(ranked, null, undefined)).toBeNull();
		expect(choiceAfterSubmit(ranked, 'gone', undefined)).toBeNull();
	});
});

describe('choiceOnConfirm ("Næste")', () => {
	const ranked = rankProblems([traffic, youth, loneliness]);

	it('confirms the checked problem', () => {
		expect(choiceOnConfirm(ranked, null, 'ensomhed')).toBe('ensomhed');
		expect(choiceOnConfirm(ranked, null, 'unge')).toBe('unge');
	});

	it('without a checked problem it confirms the focus shown', () => {
		expect(choiceOnConfirm(ranked, null, '')).toBe('unge');
		expect(choiceOnConfirm(ranked, 'trafik', undefined)).toBe('trafik');
		expect(choiceOnConfirm([], null, 'unge')).toBeNull();
	});
});
