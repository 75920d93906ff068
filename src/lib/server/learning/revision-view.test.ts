import { describe, expect, it } from 'vitest';
import { buildRevisionViews, describeValue } from './revision-view.ts';

describe('revision history view', () => {
	it('describes values as readable text', () => {
		expect(describeValue([{ name: 'KL', sector: 'public', role: { da: 'medlem', en: 'member' } }], 'actors')).toBe(
			'• KL · Kommune/region/stat · medlem / member'
		);
		expect(describeValue([{ lesson: 'involve', note: { da: 'Ja', en: '' } }], 'lessons')).toBe('• Læring 5 af 7 · Ja');
		expect(describeValue('homelessness', 'problemField')).toBe('Hjemløshed');
		expect(describeValue([])).toBe('—');
		expect(describeValue(null)).toBe('—');
		expect(describeValue(2016)).toBe('2016');
	});

	it('compares each version with the one before, and lists no changes for the first', () => {
		const at = new Date('2026-01-01T10:00:00Z');
		const views = buildRevisionViews([
			{
				revision: 2,
				action: 'updated',
				restoredFrom: null,
				actorName: 'Eva',
				createdAt: at,
				content: { title: { da: 'B', en: '' }, body: 'x' }
			},
			{
				revision: 1,
				action: 'seeded',
				restoredFrom: null,
				actorName: null,
				createdAt: at,
				content: { body: 'x', title: { da: 'A', en: '' } }
			}
		]);
		// only the language that changed is listed
		expect(views[0].changes).toEqual([{ field: 'title', language: 'da', before: 'A', after: 'B' }]);
		expect(views[1].changes).toEqual([]);
	});
});
