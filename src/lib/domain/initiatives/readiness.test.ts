import { describe, expect, it } from 'vitest';
import { closeGap, isGapClosed, readinessGapsFrom, reopenGap, RESOURCES_QUESTION } from './readiness.ts';

describe('readiness gaps', () => {
	it('are the step-4 conditions not answered yes, with the answer kept', () => {
		const gaps = readinessGapsFrom({
			'step4.champions': 'yes',
			'step4.resources12Months': 'no',
			'step4.positiveExperience': 'unknown'
		});
		expect(gaps.map((g) => [g.key, g.answer])).toEqual([
			['step4.resources12Months', 'no'],
			['step4.positiveExperience', 'unknown'],
			['step4.burningPlatform', 'unknown']
		]);
		expect(gaps.every((g) => g.closedAt === null)).toBe(true);
	});

	it('are none when every condition is met', () => {
		expect(
			readinessGapsFrom({
				'step4.champions': 'yes',
				'step4.resources12Months': 'yes',
				'step4.positiveExperience': 'yes',
				'step4.burningPlatform': 'yes'
			})
		).toEqual([]);
	});

	it('close by hand with a note, or — the resources gap only — by a runway of 12 months', () => {
		const gaps = readinessGapsFrom({});
		const resources = gaps.find((g) => g.key === RESOURCES_QUESTION);
		const champions = gaps.find((g) => g.key === 'step4.champions');
		if (!resources || !champions) throw new Error('expected gaps');
		expect(isGapClosed(resources, true)).toBe(true);
		expect(isGapClosed(resources, false)).toBe(false);
		expect(isGapClosed(champions, true)).toBe(false);
		const closed = closeGap(gaps, 'step4.champions', 'Borgmesteren er med', '2026-12-01');
		expect(closed?.find((g) => g.key === 'step4.champions')).toMatchObject({ closedAt: '2026-12-01', closedNote: 'Borgmesteren er med' });
		expect(isGapClosed(closed?.find((g) => g.key === 'step4.champions') ?? champions, false)).toBe(true);
		expect(reopenGap(closed ?? [], 'step4.champions')?.find((g) => g.key === 'step4.champions')?.closedAt).toBeNull();
		expect(closeGap(gaps, 'step2.multipleActors', 'x', '2026-12-01')).toBeNull();
	});
});
