import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allYes, answersArb, withAnswers } from './answers.fixtures.ts';
import { combineGroupAnswers, summariseQuestion } from './group.ts';
import { compareRoundResults, questionChangeKind } from './round-changes.ts';

const kind = (before: string[], after: string[]) => questionChangeKind(summariseQuestion(before), summariseQuestion(after));

describe('what changed between two rounds', () => {
	it('names a move from a 2–2 split to broad agreement as a shift', () => {
		expect(kind(['yes', 'yes', 'no', 'no'], ['yes', 'yes', 'yes', 'no'])).toBe('shifted');
	});

	it('names the same leading answer held by more, or fewer, of the group', () => {
		expect(kind(['yes', 'yes', 'no'], ['yes', 'yes', 'yes', 'no'])).toBe('closer');
		expect(kind(['yes', 'yes', 'yes'], ['yes', 'yes', 'no'])).toBe('further');
		// 2 of 3 and 4 of 6 are the same share
		expect(kind(['no', 'no', 'yes'], ['no', 'no', 'no', 'no', 'yes', 'unknown'])).toBe('same');
	});

	it('tells first answers and answers gone apart from a shift', () => {
		expect(kind([], ['yes'])).toBe('new_answers');
		expect(kind(['no'], [])).toBe('no_answers');
		expect(kind([], [])).toBe('same');
		expect(kind(['yes', 'no'], ['no', 'yes'])).toBe('same');
	});

	it('gives the count changes and the outcome before and after', () => {
		const before = combineGroupAnswers([withAnswers({ 'step4.champions': 'no' }), withAnswers({ 'step4.champions': 'no' })]);
		const after = combineGroupAnswers([allYes(), allYes(), withAnswers({ 'step4.champions': 'no' })]);
		const changes = compareRoundResults(before, after);
		const champions = changes.questions.find((q) => q.key === 'step4.champions');
		expect(champions?.kind).toBe('shifted');
		expect(champions?.delta).toEqual({ yes: 2, no: -1, unknown: 0 });
		expect(changes.outcome).toEqual({ before: before.result.outcome, after: 'READY', isChanged: true });
		expect(changes.respondents).toEqual({ before: 2, after: 3 });
		expect(changes.changedCount).toBe(changes.questions.filter((q) => q.kind !== 'same').length);
	});

	it('finds nothing changed between a round and itself', () => {
		fc.assert(
			fc.property(fc.array(answersArb, { maxLength: 6 }), (responses) => {
				const result = combineGroupAnswers(responses);
				const changes = compareRoundResults(result, result);
				expect(changes.changedCount).toBe(0);
				expect(changes.outcome.isChanged).toBe(false);
			})
		);
	});
});
