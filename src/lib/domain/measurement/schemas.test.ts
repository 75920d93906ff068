import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DecisionSchema,
	IndicatorDefinitionSchema,
	IndicatorDefinitionSchemaDa,
	ObservationSchema,
	ObservationSchemaDa,
	TargetSchemaDa
} from './schemas.ts';

const messages = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

const indicator = {
	name: 'Personer i hjemløshed',
	kind: 'population',
	polarity: 'lower_is_better',
	frequency: 'year',
	unit: 'count'
};

describe('indicator definition', () => {
	it('fills the defaults and reads a range in Danish', () => {
		const parsed = IndicatorDefinitionSchemaDa.parse({ ...indicator, validMin: '0', validMax: '1.000', reportingDelayDays: '' });
		expect(parsed).toMatchObject({ reportingDelayDays: 30, validMin: '0', validMax: '1000', dimensions: [], goalIds: [], definition: '' });
	});

	it('says which field is wrong', () => {
		expect(messages(IndicatorDefinitionSchema.safeParse({}))).toEqual(
			expect.arrayContaining([
				'name:field_required',
				'kind:field_required',
				'polarity:field_required',
				'frequency:field_required',
				'unit:field_required'
			])
		);
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, unit: 'other' }))).toEqual([
			'unitLabel:field_measurement_unit_label_required'
		]);
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, validMin: '10', validMax: '5' }))).toEqual([
			'validMax:field_measurement_range_order'
		]);
		expect(messages(IndicatorDefinitionSchemaDa.safeParse({ ...indicator, validMax: '1,234' }))).toEqual([
			'validMax:field_measurement_number_ambiguous'
		]);
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, reportingDelayDays: '400' }))).toEqual([
			'reportingDelayDays:field_invalid'
		]);
	});

	it('checks dimensions: keys, at least two categories, no repeats', () => {
		const koen = {
			key: 'koen',
			label: 'Køn',
			categories: [
				{ key: 'k', label: 'Kvinde' },
				{ key: 'm', label: 'Mand' }
			]
		};
		expect(IndicatorDefinitionSchema.safeParse({ ...indicator, dimensions: [koen] }).success).toBe(true);
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, dimensions: [koen, koen] }))).toEqual([
			'dimensions.1.key:field_measurement_key_duplicate'
		]);
		expect(
			messages(IndicatorDefinitionSchema.safeParse({ ...indicator, dimensions: [{ ...koen, categories: [koen.categories[0]] }] }))
		).toEqual(['dimensions.0.categories:field_measurement_categories_too_few']);
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, dimensions: [{ ...koen, key: 'Køn!' }] }))).toEqual([
			'dimensions.0.key:field_measurement_key_invalid'
		]);
		expect(
			messages(
				IndicatorDefinitionSchema.safeParse({
					...indicator,
					dimensions: [{ ...koen, categories: [koen.categories[0], koen.categories[0]] }]
				})
			)
		).toEqual(['dimensions.0.categories.1.key:field_measurement_key_duplicate']);
	});

	it('refuses a CPR number in the definition (P1)', () => {
		expect(messages(IndicatorDefinitionSchema.safeParse({ ...indicator, definition: 'fx 010203-1234' }))).toEqual([
			'definition:field_assessment_cpr'
		]);
	});
});

describe('observation and target', () => {
	it('reads the value in the form\u2019s language and the period in canonical form', () => {
		expect(ObservationSchemaDa.parse({ period: '2026-m03', value: '1.234,5' })).toEqual({
			period: '2026-03',
			value: '1234.5',
			categories: {},
			note: ''
		});
		expect(ObservationSchema.parse({ period: '2026-q1', value: 12.5, categories: { koen: 'k' } })).toMatchObject({
			period: '2026-Q1',
			value: '12.5'
		});
		expect(messages(ObservationSchemaDa.safeParse({ period: '2026-Q5', value: '12.5' }))).toEqual([
			'period:field_measurement_period_invalid',
			'value:field_measurement_number_wrong_mark'
		]);
		expect(messages(ObservationSchema.safeParse({ period: '2026', value: '' }))).toEqual(['value:field_required']);
		expect(messages(ObservationSchema.safeParse({ period: '2026', value: 1e20 }))).toEqual(['value:field_measurement_number_too_long']);
	});

	it('a target needs a real date', () => {
		expect(TargetSchemaDa.parse({ value: '50', date: '2030-12-31' })).toEqual({ value: '50', date: '2030-12-31' });
		expect(messages(TargetSchemaDa.safeParse({ value: '50', date: '2030-02-30' }))).toEqual(['date:field_measurement_date_invalid']);
	});

	it('a rejection must say why', () => {
		expect(messages(DecisionSchema.safeParse({ action: 'reject', comment: ' ' }))).toEqual(['comment:field_measurement_comment_required']);
		expect(DecisionSchema.parse({ action: 'approve' })).toEqual({ action: 'approve', comment: '' });
	});

	it('never throw on arbitrary input (V6)', () => {
		fc.assert(
			fc.property(fc.anything(), (raw) => {
				ObservationSchemaDa.safeParse(raw);
				IndicatorDefinitionSchema.safeParse(raw);
				TargetSchemaDa.safeParse(raw);
			})
		);
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom('period', 'value', 'categories', 'note', 'name', 'unit', 'dimensions'), fc.anything()),
				(raw) => {
					ObservationSchema.safeParse(raw);
					IndicatorDefinitionSchemaDa.safeParse({ ...indicator, ...raw });
				}
			)
		);
	});
});
