import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddProblemSchema, GroupResponseSchema, looksLikeCprNumber, stepAnswersSchema } from './assessment.ts';

describe('assessment form schemas', () => {
	it('refuses CPR-number-looking text (P1) and over-long titles', () => {
		expect(looksLikeCprNumber('ring 010203-1234')).toBe(true);
		expect(looksLikeCprNumber('0102031234')).toBe(true);
		expect(looksLikeCprNumber('2026: 12 aktører')).toBe(false);
		const base = { dramaticImprovement: '3', contextualChange: '3', urgentNeed: '3' };
		expect(AddProblemSchema.safeParse({ ...base, title: 'CPR 010203-1234' }).error?.issues[0]?.message).toBe('field_assessment_cpr');
		expect(AddProblemSchema.safeParse({ ...base, title: 'x'.repeat(201) }).error?.issues[0]?.message).toBe('field_too_long');
		expect(AddProblemSchema.safeParse({ ...base, title: '  ' }).error?.issues[0]?.message).toBe('field_required');
		expect(AddProblemSchema.safeParse({ ...base, title: 'Ok', urgentNeed: '6' }).error?.issues[0]?.message).toBe('field_assessment_rating');
	});

	it('requires every answer on "next" but not on "back"; unticked signs are no', () => {
		expect(stepAnswersSchema(2, true).safeParse({}).error?.issues[0]?.message).toBe('field_assessment_answer_required');
		expect(stepAnswersSchema(2, false).parse({})).toEqual({});
		const step3 = stepAnswersSchema(3, false).parse({ 'step3.complexSigns.innovation': 'yes' }) as Record<string, string>;
		expect(step3['step3.complexSigns.innovation']).toBe('yes');
		expect(step3['step3.complexSigns.newPolicy']).toBe('no');
	});

	it('never throws on arbitrary input (V6)', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))), (raw) => {
				GroupResponseSchema.safeParse(raw);
				AddProblemSchema.safeParse(raw);
				stepAnswersSchema(3, true).safeParse(raw);
			})
		);
	});
});
