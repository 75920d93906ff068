import { describe, expect, it } from 'vitest';
import { AddFundingSchema, AddStaffSchema, parseShareOfPost, parseWholeKroner } from './initiatives-backbone.ts';

describe('numbers as people type them', () => {
	it('reads a share of a post with a decimal comma or point, at most two decimals', () => {
		expect(['0,5', '0.5', '1', ' 0,25 ', '0,01'].map(parseShareOfPost)).toEqual([0.5, 0.5, 1, 0.25, 0.01]);
		expect(['', 'halv', '0,555', '1,5,0', '-0,5', '10'].map(parseShareOfPost)).toEqual([null, null, null, null, null, null]);
	});

	it('reads whole kroner with or without thousands separators, and nothing else', () => {
		expect(['1.500.000', '1500000', '1 500 000', '1,500,000', '750.000 kr.', '42'].map(parseWholeKroner)).toEqual([
			1_500_000, 1_500_000, 1_500_000, 1_500_000, 750_000, 42
		]);
		expect(['1.5', '1.500,50', '15.00.000', 'en million', '', '1,5'].map(parseWholeKroner)).toEqual([null, null, null, null, null, null]);
	});
});

describe('the backbone forms', () => {
	it('refuses a share outside 0,01–1 with its own message', () => {
		for (const fte of ['0', '1,01', '0,001', 'fuld tid']) {
			const result = AddStaffSchema.safeParse({ name: 'A', role: 'B', fte });
			expect(
				result.error?.issues.map((i) => [i.path.join('.'), i.message]),
				fte
			).toEqual([['fte', 'field_backbone_fte_invalid']]);
		}
		expect(AddStaffSchema.parse({ name: 'A', role: 'B', fte: '0,8' }).fte).toBe(0.8);
	});

	it('says every problem of a funding source at once, the period order included', () => {
		const result = AddFundingSchema.safeParse({
			actorId: '',
			kind: 'public',
			amountDkk: 'en million',
			startsOn: '2027-01-02',
			endsOn: '2027-01-01',
			note: ''
		});
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['amountDkk', 'field_backbone_amount_invalid'],
			['endsOn', 'field_backbone_period_order']
		]);
		const ok = AddFundingSchema.parse({
			actorId: '',
			kind: 'public',
			amountDkk: '1.500.000',
			startsOn: '2027-01-01',
			endsOn: '2027-01-01',
			note: ''
		});
		expect(ok).toMatchObject({ actorId: null, amountDkk: 1_500_000 });
	});
});
