import { describe, expect, it } from 'vitest';
import { buildRevisionViews, describeValue } from './revision-view.ts';

describe('revision history view', () => {
	it('describes values as readable text', () => {
		expect(describeValue({ da: 'Hej', en: '' })).toBe('DA: Hej\nEN: —');
		expect(describeValue([{ name: 'KL', sector: 'public', role: { da: 'medlem', en: 'member' } }])).toBe('• KL · public · medlem / member');
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
		expect(views[0].changes).toEqual([{ field: 'title', before: 'DA: A\nEN: —', after: 'DA: B\nEN: —' }]);
		expect(views[1].changes).toEqual([]);
	});
});
