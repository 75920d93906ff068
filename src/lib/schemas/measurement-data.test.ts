import { describe, expect, it } from 'vitest';
import { BulkApproveSchema, categoriesFromForm, RejectSchema, ReportSchemaDa, ReportSchemaEn } from './measurement-data.ts';

const report = (fields: Record<string, string>) => ({ period: '', periodOther: '', value: '', reportingActorId: '', note: '', ...fields });
const firstMessage = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
	result.error?.issues.find((issue) => issue.path[0] === field)?.message;

describe('the report form', () => {
	it('reads the value in the reader’s language: 12,5 in Danish, 12.5 in English; the other mark is refused', () => {
		expect(ReportSchemaDa.parse(report({ period: '2026-Q1', value: '12,5' }))).toMatchObject({ period: '2026-Q1', value: '12.5' });
		expect(ReportSchemaEn.parse(report({ period: '2026-Q1', value: '12.5' })).value).toBe('12.5');
		expect(ReportSchemaDa.parse(report({ period: '2026-Q1', value: '1.234,5' })).value).toBe('1234.5');
		expect(firstMessage(ReportSchemaDa.safeParse(report({ period: '2026-Q1', value: '12.5' })), 'value')).toBe(
			'field_measurement_number_wrong_mark'
		);
	});

	it('a typed period wins over the list; one of them is needed; a bad one is named', () => {
		expect(ReportSchemaDa.parse(report({ period: '2026-Q1', periodOther: '2024-q3', value: '1' })).period).toBe('2024-Q3');
		expect(firstMessage(ReportSchemaDa.safeParse(report({ value: '1' })), 'period')).toBe('field_required');
		expect(firstMessage(ReportSchemaDa.safeParse(report({ periodOther: '2024-Q5', value: '1' })), 'periodOther')).toBe(
			'field_measurement_period_invalid'
		);
	});

	it('categories come from the cat_ fields; an empty choice is the total', () => {
		const form = new FormData();
		form.append('cat_koen', 'k');
		form.append('cat_alder', '');
		form.append('value', '3');
		expect(categoriesFromForm(form)).toEqual({ koen: 'k' });
	});
});

describe('decisions', () => {
	it('a rejection needs a comment; approving several needs at least one value', () => {
		const id = '00000000-0000-4000-8000-000000000001';
		expect(firstMessage(RejectSchema.safeParse({ observationId: id, comment: '  ' }), 'comment')).toBe(
			'field_measurement_comment_required'
		);
		expect(RejectSchema.parse({ observationId: id, comment: 'Forkert kvartal' }).comment).toBe('Forkert kvartal');
		expect(firstMessage(BulkApproveSchema.safeParse({}), 'ids')).toBe('field_measurement_choose_values');
		expect(BulkApproveSchema.parse({ ids: id }).ids).toEqual([id]);
	});
});
