import { describe, expect, it } from 'vitest';
import { categoriesText, indicatorFormSchema, keyFromLabel, parseCategoryLine, TemplateChoiceSchema } from './measurement-core.ts';

const form = (fields: Record<string, string | string[]>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
	const raw: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		const all = data.getAll(key);
		raw[key] = all.length > 1 ? all : all[0];
	}
	return raw;
};

const filled = {
	name: 'Unge i job',
	kind: 'how_well',
	polarity: 'higher_is_better',
	frequency: 'quarter',
	unit: 'percent',
	reportingDelayDays: '30',
	validMin: '0',
	validMax: '1.000,5'
};

describe('the indicator form', () => {
	it('makes codes from category names, keeps a code written before "=", and reads the textarea back', () => {
		expect(keyFromLabel('65 år og derover')).toBe('65-år-og-derover');
		expect(keyFromLabel('  Kvinde ')).toBe('kvinde');
		expect(parseCategoryLine('k = Kvinder')).toEqual({ key: 'k', label: 'Kvinder' });
		expect(parseCategoryLine('Mand')).toEqual({ key: 'mand', label: 'Mand' });
		expect(categoriesText([{ key: 'k', label: 'Kvinde' }])).toBe('k = Kvinde');
	});

	it('turns the slots into dimensions, reads Danish numbers, the key checkbox and several goals', () => {
		const parsed = indicatorFormSchema('da').parse(
			form({
				...filled,
				isKey: 'on',
				goalIds: ['0b7f7c9e-8d37-4a55-9a43-1b0e7d1d2f10', '5e1f3b8a-2c4d-4e6f-8a9b-0c1d2e3f4a5b'],
				dimension0Label: 'Køn',
				dimension0Categories: 'k = Kvinde\r\nMand\n\n',
				dimension2Label: 'Område',
				dimension2Categories: 'Nord\nSyd'
			})
		);
		expect(parsed).toMatchObject({
			name: 'Unge i job',
			kind: 'how_well',
			isKey: true,
			validMin: '0',
			validMax: '1000.5',
			dimensionSlots: [0, 2]
		});
		expect(parsed.goalIds).toHaveLength(2);
		expect(parsed.dimensions).toEqual([
			{
				key: 'køn',
				label: 'Køn',
				categories: [
					{ key: 'k', label: 'Kvinde' },
					{ key: 'mand', label: 'Mand' }
				]
			},
			{
				key: 'område',
				label: 'Område',
				categories: [
					{ key: 'nord', label: 'Nord' },
					{ key: 'syd', label: 'Syd' }
				]
			}
		]);
		// a stored dimension's code comes back in a hidden field and wins over the label
		const kept = indicatorFormSchema('da').parse(
			form({ ...filled, dimension0Label: 'Kønnet', dimension0Key: 'koen', dimension0Categories: 'k = K\nm = M' })
		);
		expect(kept.dimensions[0].key).toBe('koen');
		expect(kept.isKey).toBe(false);
	});

	it('puts each problem on the form field that shows it, with the slot the person typed in', () => {
		const result = indicatorFormSchema('da').safeParse(
			form({
				name: '',
				unit: 'other',
				validMin: '1,234',
				dimension1Label: 'Alder',
				dimension1Categories: 'Unge',
				dimension3Label: '',
				dimension3Categories: 'Nord\nnord',
				dimension4Label: 'Sted',
				dimension4Categories: '???\nSyd'
			})
		);
		expect(result.success).toBe(false);
		const fields = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
		expect(fields).toMatchObject({
			name: 'field_required',
			kind: 'field_required',
			polarity: 'field_required',
			frequency: 'field_required',
			validMin: 'field_measurement_number_ambiguous',
			dimension1Categories: 'field_measurement_categories_too_few',
			dimension3Label: 'field_required',
			dimension3Categories: 'field_measurement_core_category_duplicate',
			dimension4Categories: 'field_measurement_core_category_invalid'
		});
	});

	it('says what the whole definition needs once the fields themselves are right', () => {
		const result = indicatorFormSchema('en').safeParse(form({ ...filled, unit: 'other', validMin: '5', validMax: '1,000.5' }));
		expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['unitLabel', 'field_measurement_unit_label_required']]);
	});

	it('refuses a CPR number in a category name, as in every free-text field', () => {
		const result = indicatorFormSchema('da').safeParse(
			form({ ...filled, dimension0Label: 'Person', dimension0Categories: 'a = 010203-1234\nb = Anden' })
		);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path[0])).toContain('dimension0Categories');
	});

	it('asks to choose a template when none was chosen (the radio group then sends nothing)', () => {
		expect(TemplateChoiceSchema.safeParse({}).error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['templateKey', 'field_measurement_core_template_required']
		]);
		expect(TemplateChoiceSchema.parse({ templateKey: 'homeless_count', isKey: 'on' })).toEqual({
			templateKey: 'homeless_count',
			isKey: true
		});
	});
});
