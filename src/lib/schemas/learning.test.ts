import { describe, expect, it } from 'vitest';
import { CaseFormSchema, RestoreRevisionSchema } from './learning.ts';

describe('learning form schemas', () => {
	it('a revision number is a positive integer PostgreSQL can hold; anything else matches no revision (-1)', () => {
		expect(RestoreRevisionSchema.parse({ restore: '3', revision: '2147483647' })).toEqual({ restore: 3, revision: 2_147_483_647 });
		for (const odd of ['99999999999999999999', '2147483648', '0', '-1', '1.5', '1e3', '', 'abc', undefined])
			expect(RestoreRevisionSchema.parse({ restore: odd, revision: odd }), String(odd)).toEqual({ restore: -1, revision: -1 });
	});

	it('the case form drops blank rows, renumbers the rest and refuses a note under an unticked lesson by field', () => {
		const parsed = CaseFormSchema.safeParse({ 'actors.0.name': '', 'actors.0.sector': '', 'actors.3.name': 'Kommune', revision: '4' });
		expect(parsed.success).toBe(true);
		expect(parsed.data?.values['actors.0.name']).toBe('Kommune');
		expect(parsed.data?.revision).toBe(4);
		const unticked = CaseFormSchema.safeParse({ 'lessons.patience.note.da': 'En note' });
		expect(unticked.success).toBe(false);
		expect(unticked.error?.issues[0]).toMatchObject({ path: ['lessons.patience'], message: 'field_lesson_note_unticked' });
	});
});
