import { describe, expect, it } from 'vitest';
import { findConflicts, resolveConflict } from './conflict.ts';

const base = { 'name.da': 'Hjem til Alle', 'summary.da': 'Gammel', 'place.da': 'Danmark', revision: '1', slug: 'hjem' };
const theirs = { ...base, 'summary.da': 'Kollegaens resumé', 'place.da': 'Hele landet', revision: '2' };
const mine = { ...base, 'summary.da': 'Mit resumé', 'name.da': 'Hjem til Alle alliancen' };

describe('findConflicts', () => {
	it('lists only the fields that differ, says who changed each, and suggests that side (none when both did)', () => {
		const fields = findConflicts(theirs, mine, base);
		expect(fields.map(({ name, origin, suggested }) => ({ name, origin, suggested }))).toEqual([
			{ name: 'name.da', origin: 'mine', suggested: 'mine' },
			{ name: 'summary.da', origin: 'both', suggested: null },
			{ name: 'place.da', origin: 'theirs', suggested: 'theirs' }
		]);
		expect(fields[1]).toMatchObject({ theirs: 'Kollegaens resumé', mine: 'Mit resumé', isChoice: false });
	});

	it('without the starting text every differing field must be chosen; line endings do not make a difference', () => {
		const fields = findConflicts({ 'body.da': 'a\nb', 'title.da': 'X' }, { 'body.da': 'a\r\nb', 'title.da': 'Y' });
		expect(fields).toEqual([{ name: 'title.da', theirs: 'X', mine: 'Y', origin: 'both', suggested: null, isChoice: false }]);
	});

	it('a field only one side has counts (a row a colleague added), and ticks and codes are choices, not text', () => {
		const fields = findConflicts({ 'actors.0.name': 'Kommunen', 'lessons.patience': 'on' }, { scale: 'local' });
		expect(fields.map((f) => [f.name, f.isChoice])).toEqual([
			['actors.0.name', false],
			['lessons.patience', true],
			['scale', true]
		]);
	});
});

describe('resolveConflict', () => {
	it('builds the saved text with each field as chosen, and never carries the revision or address', () => {
		const result = resolveConflict(
			theirs,
			mine,
			{ 'name.da': 'mine', 'summary.da': 'edit', 'place.da': 'theirs' },
			{ 'summary.da': 'Flettet' },
			base
		);
		expect(result).toEqual({
			ok: true,
			values: { 'name.da': 'Hjem til Alle alliancen', 'summary.da': 'Flettet', 'place.da': 'Hele landet' }
		});
	});

	it('refuses to resolve while a differing field has no choice, or "edit" on a tick', () => {
		expect(resolveConflict(theirs, mine, { 'name.da': 'mine', 'place.da': 'theirs' }, {}, base)).toEqual({
			ok: false,
			errors: { 'summary.da': 'conflict_choose' }
		});
		expect(resolveConflict({ 'lessons.patience': 'on' }, {}, { 'lessons.patience': 'edit' }, { 'lessons.patience': 'on' })).toEqual({
			ok: false,
			errors: { 'lessons.patience': 'conflict_choose' }
		});
	});
});
