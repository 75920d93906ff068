import { describe, expect, it } from 'vitest';
import { PROBLEM_FIELDS } from '../learning/content.ts';
import { indicatorDefinitionSchema, INDICATOR_SOURCE_MAX } from './schemas.ts';
import { findTemplate, INDICATOR_TEMPLATES, templatesForField, templateToDefinition } from './templates.ts';

describe('indicator template library', () => {
	it('has at least two templates with a public source for every problem field but "other"', () => {
		for (const field of PROBLEM_FIELDS.filter((f) => f !== 'other')) {
			expect(templatesForField(field).filter((t) => t.source.kind === 'public').length, field).toBeGreaterThanOrEqual(2);
		}
	});

	it('every public source names its publisher, its publication and an https address', () => {
		for (const t of INDICATOR_TEMPLATES.filter((t) => t.source.kind === 'public')) {
			expect(t.source.publisher, t.key).not.toBe('');
			expect(t.source.title, t.key).not.toBe('');
			expect(t.source.url, t.key).toMatch(/^https:\/\/[a-z0-9.-]+\.dk\//);
			if (t.source.url?.includes('statistikbanken')) expect(t.source.url, t.key).toContain(`/${t.source.table}`);
		}
	});

	it('keys are unique and every template has both languages', () => {
		expect(new Set(INDICATOR_TEMPLATES.map((t) => t.key)).size).toBe(INDICATOR_TEMPLATES.length);
		for (const t of INDICATOR_TEMPLATES) {
			for (const text of [t.name, t.definition, ...t.dimensions.flatMap((d) => [d.label, ...d.categories.map((c) => c.label)])]) {
				expect(text.da, t.key).not.toBe('');
				expect(text.en, t.key).not.toBe('');
			}
		}
	});

	it('every template becomes a valid indicator definition in both languages', () => {
		for (const t of INDICATOR_TEMPLATES) {
			for (const locale of ['da', 'en'] as const) {
				const input = templateToDefinition(t, locale);
				const result = indicatorDefinitionSchema(locale).safeParse(input);
				expect(result.error?.issues ?? [], `${t.key} ${locale}`).toEqual([]);
				expect(input.source.length).toBeLessThanOrEqual(INDICATOR_SOURCE_MAX);
			}
		}
	});

	it('a copy shares nothing with the library', () => {
		const template = findTemplate('homeless_count')!;
		const copy = templateToDefinition(template, 'da');
		copy.dimensions[0].categories[0].label = 'ændret';
		copy.dimensions[0].categories.push({ key: 'x', label: 'x' });
		expect(template.dimensions[0].categories[0].label.da).toBe('Kvinde');
		expect(template.dimensions[0].categories).toHaveLength(2);
		expect(copy.source).toContain('VIVE');
	});
});
