import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLEX_SIGNS } from './catalogue.ts';
import { evaluateAssessment, OUTCOMES } from './evaluate.ts';
import { BROAD_AGREEMENT_SHARE, combineGroupAnswers, MAJORITY_SHARE, summariseQuestion, summariseSign } from './group.ts';

import { allYes, answersArb, DECISION_KEYS, withAnswers } from './answers.fixtures.ts';

describe('the consensus rule', () => {
	it('has named thresholds: more than half is a majority, 3 of 4 is broad agreement', () => {
		expect(MAJORITY_SHARE).toBe(0.5);
		expect(BROAD_AGREEMENT_SHARE).toBe(0.75);
	});

	it('unanimous: everyone gave the same answer, nobody dissents', () => {
		expect(summariseQuestion(['yes', 'yes', 'yes', 'yes'])).toEqual({
			counts: { yes: 4, no: 0, unknown: 0 },
			total: 4,
			consensus: 'unanimous',
			leading: 'yes',
			leadingCount: 4,
			dissenting: 0,
			combinedAnswer: 'yes'
		});
	});

	it('3–1 is broad agreement with one dissenting, never "unanimous"', () => {
		const summary = summariseQuestion(['yes', 'no', 'yes', 'yes']);
		expect(summary).toMatchObject({ consensus: 'broad', leading: 'yes', leadingCount: 3, dissenting: 1, combinedAnswer: 'yes' });
	});

	it('2–1 is a majority with one dissenting', () => {
		expect(summariseQuestion(['no', 'yes', 'no'])).toMatchObject({ consensus: 'majority', leading: 'no', leadingCount: 2, dissenting: 1 });
	});

	it('2–2 is split: 50 % is no majority, and it counts as "don\'t know" though nobody said so', () => {
		const summary = summariseQuestion(['yes', 'yes', 'no', 'no']);
		expect(summary).toMatchObject({ consensus: 'split', leading: undefined, leadingCount: 0, dissenting: 4, combinedAnswer: 'unknown' });
		expect(summary.counts).toEqual({ yes: 2, no: 2, unknown: 0 });
	});

	it('2–1–1 is split: the most common answer with 50 % is no majority', () => {
		const summary = summariseQuestion(['yes', 'no', 'yes', 'unknown']);
		expect(summary).toMatchObject({ consensus: 'split', leading: undefined, combinedAnswer: 'unknown' });
	});

	it('all "don\'t know" is a unanimous "don\'t know"', () => {
		expect(summariseQuestion(['unknown', 'unknown', 'unknown'])).toMatchObject({
			consensus: 'unanimous',
			leading: 'unknown',
			dissenting: 0,
			combinedAnswer: 'unknown'
		});
	});

	it('no answers: no consensus, nothing dissents, "don\'t know" for the outcome', () => {
		expect(summariseQuestion([])).toEqual({
			counts: { yes: 0, no: 0, unknown: 0 },
			total: 0,
			consensus: 'none',
			leading: undefined,
			leadingCount: 0,
			dissenting: 0,
			combinedAnswer: 'unknown'
		});
	});

	it('counts only real answers: left-out and malformed values are not answers', () => {
		expect(summariseQuestion(['yes', undefined, 'maybe', null, 'yes', 'no', 'yes'])).toMatchObject({
			total: 4,
			consensus: 'broad',
			dissenting: 1
		});
	});
});

describe('complexity signs', () => {
	it('unticked signs are not counted as answers (the form stores them as "no")', () => {
		expect(summariseSign(['yes', 'no', 'no', 'no'])).toEqual({ ticked: 1, respondents: 4 });
		const group = combineGroupAnswers([
			{ 'step3.complexSigns.innovation': 'no' },
			{ 'step3.complexSigns.innovation': 'no' },
			{ 'step3.complexSigns.innovation': 'no' },
			{ 'step3.complexSigns.innovation': 'yes' }
		]);
		expect(group.signs['step3.complexSigns.innovation']).toEqual({ ticked: 1, respondents: 4 });
		expect(group.questions).not.toHaveProperty('step3.complexSigns.innovation');
		expect(group.combinedAnswers['step3.complexSigns.innovation']).toBeUndefined();
	});

	it('a sign ticked by more than half counts in the combined number of signs', () => {
		const ticked = { 'step3.complexSigns.gapsAndSilos': 'yes' } as const;
		expect(combineGroupAnswers([ticked, ticked, {}]).result.complexSignsCount).toBe(1);
		expect(combineGroupAnswers([ticked, {}]).result.complexSignsCount).toBe(0);
	});
});

describe('combineGroupAnswers', () => {
	it('counts only the answers respondents actually gave', () => {
		const group = combineGroupAnswers([
			{ 'step2.multipleActors': 'no' },
			{ 'step2.multipleActors': 'yes', 'step3.scale': 'yes' },
			{ 'step2.multipleActors': 'yes', 'step3.scale': 'no' }
		]);
		expect(group.respondents).toBe(3);
		expect(group.questions['step2.multipleActors'].counts).toEqual({ yes: 2, no: 1, unknown: 0 });
		expect(group.questions['step3.scale']).toMatchObject({ total: 2, consensus: 'split', combinedAnswer: 'unknown' });
		expect(group.questions['step4.champions']).toMatchObject({ total: 0, consensus: 'none', combinedAnswer: 'unknown' });
	});

	it('evaluates the answers more than half gave for the combined outcome', () => {
		const ready = allYes();
		const group = combineGroupAnswers([
			ready,
			ready,
			withAnswers({ 'step4.champions': 'no' }),
			withAnswers({ 'step4.champions': 'no', 'step3.scale': 'no' })
		]);
		expect(group.combinedAnswers['step3.scale']).toBe('yes');
		expect(group.combinedAnswers['step4.champions']).toBe('unknown');
		expect(group.result.outcome).toBe('NOT_YET_READY');
		expect(group.result.toFindOut).toEqual(['step4.champions']);
		expect(group.result).toEqual(evaluateAssessment(group.combinedAnswers));
	});

	it('a plurality of 50 % does not carry the combined outcome', () => {
		const group = combineGroupAnswers([
			withAnswers({ 'step2.multipleActors': 'no' }),
			withAnswers({ 'step2.multipleActors': 'no' }),
			withAnswers({ 'step2.multipleActors': 'yes' }),
			withAnswers({ 'step2.multipleActors': 'unknown' })
		]);
		expect(group.combinedAnswers['step2.multipleActors']).toBe('unknown');
		expect(group.result.outcome).toBe('UNCERTAIN');
	});

	it('with no responses, nothing is known', () => {
		const group = combineGroupAnswers([]);
		expect(DECISION_KEYS.every((key) => group.combinedAnswers[key] === 'unknown')).toBe(true);
		expect(COMPLEX_SIGNS.every((key) => group.signs[key].ticked === 0)).toBe(true);
		expect(group.result.outcome).toBe('UNCERTAIN');
	});

	it('a single respondent gets their own outcome', () => {
		fc.assert(
			fc.property(answersArb, (answers) => {
				expect(combineGroupAnswers([answers]).result).toEqual(evaluateAssessment(answers));
			})
		);
	});

	it('keeps counts, leading answer, dissent and consensus consistent for any group', () => {
		fc.assert(
			fc.property(fc.array(answersArb, { maxLength: 12 }), (responses) => {
				const group = combineGroupAnswers(responses);
				for (const key of DECISION_KEYS) {
					const { counts, total, leading, leadingCount, dissenting, consensus } = group.questions[key];
					expect(counts.yes + counts.no + counts.unknown).toBe(total);
					expect(total).toBeLessThanOrEqual(responses.length);
					expect(leadingCount + dissenting).toBe(total);
					if (leading) {
						expect(counts[leading]).toBe(leadingCount);
						expect(leadingCount * 2).toBeGreaterThan(total);
					}
					if (consensus === 'unanimous') expect(dissenting).toBe(0);
					if (consensus === 'broad') expect(leadingCount / total).toBeGreaterThanOrEqual(BROAD_AGREEMENT_SHARE);
					if (consensus === 'majority') expect(leadingCount / total).toBeLessThan(BROAD_AGREEMENT_SHARE);
					if (consensus === 'split') expect(Math.max(counts.yes, counts.no, counts.unknown) * 2).toBeLessThanOrEqual(total);
					expect(consensus === 'none').toBe(total === 0);
				}
				expect(OUTCOMES).toContain(group.result.outcome);
			})
		);
	});
});
