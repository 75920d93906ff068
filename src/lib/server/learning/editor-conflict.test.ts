/**
 * Issue 11, bug 3: after a conflict nothing is saved until the person has chosen per field, the
 * resolved save claims the revision whose text it showed, and the old form posted again is refused.
 * The editor's save action is driven with real requests against a record kept in memory.
 */
import { isActionFailure, isRedirect, type RequestEvent, redirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { FormValues } from '../../domain/learning/conflict.ts';
import { PageFormSchema } from '../../schemas/learning.ts';
import { AppError } from '../http/errors.ts';
import { formAction } from '../http/forms.ts';
import { type ConflictFailure, withConflictResolution } from './editor-actions.ts';

/** A page as the store keeps it: its revisions' form values, newest last. */
function pageStore(first: FormValues) {
	const revisions: FormValues[] = [first];
	const save = formAction(PageFormSchema, async ({ content, revision }) => {
		if (revision !== revisions.length) throw new AppError('stale_revision');
		const next: FormValues = {};
		for (const field of ['title', 'summary', 'body'] as const) {
			next[`${field}.da`] = content[field].da;
			next[`${field}.en`] = content[field].en;
		}
		revisions.push(next);
		redirect(303, '/saved');
	});
	const action = withConflictResolution(save, {
		current: async () => ({ revision: revisions.length, values: revisions.at(-1) as FormValues }),
		atRevision: async (_event, revision) => revisions[revision - 1]
	});
	return { revisions, action, latest: () => revisions.at(-1) as FormValues };
}

function post(fields: Record<string, string>): RequestEvent {
	const request = new Request('http://localhost/laering/x/rediger?/save', {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers: { 'content-type': 'application/x-www-form-urlencoded' }
	});
	return { request, params: {}, url: new URL(request.url) } as unknown as RequestEvent;
}

async function run(action: (event: RequestEvent) => Promise<unknown>, fields: Record<string, string>) {
	try {
		return await action(post(fields));
	} catch (caught) {
		if (isRedirect(caught)) return 'saved';
		throw caught;
	}
}

const original = {
	'title.da': 'Tålmodighed',
	'title.en': '',
	'summary.da': 'Det tager tid.',
	'summary.en': '',
	'body.da': 'Tekst.',
	'body.en': ''
};

describe('saving after an edit conflict', () => {
	it('shows both versions per field; the old form posted again is refused; the choices are saved at the shown revision', async () => {
		const store = pageStore(original);
		// A colleague saves a new summary (revision 2).
		expect(await run(store.action, { ...original, 'summary.da': 'Kollegaens resumé.', revision: '1' })).toBe('saved');

		// This editor opened revision 1 and changed the summary and the text.
		const mine = { ...original, 'summary.da': 'Mit resumé.', 'body.da': 'Min tekst.', revision: '1' };
		const first = await run(store.action, mine);
		expect(isActionFailure(first)).toBe(true);
		const conflict = (first as { data: ConflictFailure }).data.conflict;
		expect(conflict.revision).toBe(2);
		expect(conflict.base).toBe(1);
		expect(conflict.fields.map((f) => [f.name, f.theirs, f.mine, f.suggested])).toEqual([
			['summary.da', 'Kollegaens resumé.', 'Mit resumé.', null],
			['body.da', 'Tekst.', 'Min tekst.', 'mine']
		]);
		expect(store.revisions).toHaveLength(2);

		// Pressing save on the old form again: still a conflict, the colleague's summary stands.
		const again = await run(store.action, mine);
		expect(isActionFailure(again)).toBe(true);
		expect(store.latest()['summary.da']).toBe('Kollegaens resumé.');

		// The conflict form without a choice for the field both changed: nothing is saved.
		const resolve = { 'conflict.resolve': '1', revision: '2', base: '1', 'mine.summary.da': 'Mit resumé.', 'mine.body.da': 'Min tekst.' };
		const unchosen = await run(store.action, { ...resolve, 'choice.body.da': 'mine' });
		expect((unchosen as { data: ConflictFailure }).data.errors).toEqual({ 'summary.da': 'conflict_choose' });
		expect(store.revisions).toHaveLength(2);

		// Keep the colleague's summary, use my text.
		expect(await run(store.action, { ...resolve, 'choice.summary.da': 'theirs', 'choice.body.da': 'mine' })).toBe('saved');
		expect(store.latest()).toMatchObject({ 'summary.da': 'Kollegaens resumé.', 'body.da': 'Min tekst.', 'title.da': 'Tålmodighed' });
	});

	it('a third save while the person was choosing is a new conflict, compared with what they chose', async () => {
		const store = pageStore(original);
		await run(store.action, { ...original, 'summary.da': 'B.', revision: '1' });
		await run(store.action, { ...original, 'summary.da': 'B.', 'title.da': 'C.', revision: '2' });
		const result = await run(store.action, {
			'conflict.resolve': '1',
			revision: '2',
			base: '1',
			'mine.summary.da': 'Mit.',
			'choice.summary.da': 'edit',
			'edit.summary.da': 'Flettet.'
		});
		const data = (result as { data: ConflictFailure }).data;
		expect(data.conflict.revision).toBe(3);
		expect(data.conflict.fields.map((f) => [f.name, f.theirs, f.mine, f.suggested])).toEqual([
			['title.da', 'C.', 'Tålmodighed', 'theirs'],
			['summary.da', 'B.', 'Flettet.', 'mine']
		]);
		expect(store.latest()['summary.da']).toBe('B.');
	});
});
