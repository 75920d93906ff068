/**
 * The learning editors' pages (edit, history, delete): their form actions — saving, restoring,
 * deleting, each a `formAction` with a schema from `schemas/learning.ts` — and their loads.
 * Principles and lessons are both "pages" and differ only in kind and base path.
 */
import { type RequestEvent, redirect } from '@sveltejs/kit';
import { normaliseCaseFormValues } from '../../domain/learning/case-form.ts';
import type { PageKind, TestimonyContent } from '../../domain/learning/content.ts';
import { CaseFormRowSchema, ConfirmDeleteSchema, PageFormSchema, RestoreRevisionSchema } from '../../schemas/learning.ts';
import { contextFrom } from '../http/event-context.ts';
import { localeOf } from '../http/locale.ts';
import { formAction } from '../http/forms.ts';
import { listCaseChoices, restoreCaseRevision } from './cases.usecases.ts';
import { loadLessonTitles } from './learning-pages.ts';
import { getPageForEditing, listPageRevisions, principleKindOf, restorePageRevision, updatePage } from './pages.usecases.ts';
import { buildRevisionViews } from './revision-view.ts';
import { restoreTestimonyRevision } from './testimonies.usecases.ts';
import { shownText } from './view.ts';

/** Which kind of page a route shows: fixed (lessons) or looked up by slug (principles). */
type KindOf = (event: RequestEvent) => PageKind | Promise<PageKind>;

// ---------- principles and lessons ----------

export async function loadPageEditor(event: RequestEvent, kind: PageKind) {
	const row = await getPageForEditing(contextFrom(event), kind, event.params.slug ?? '');
	const content = row.content;
	const values: Record<string, string> = {};
	for (const field of ['title', 'summary', 'body'] as const) {
		values[`${field}.da`] = content[field].da;
		values[`${field}.en`] = content[field].en;
	}
	return { slug: row.slug, title: shownText(content.title, localeOf(event)), revision: row.revision, values };
}

/** The save action of a principle's or lesson's editor. */
export function savePageAction(kindOf: KindOf, base: string) {
	return formAction(PageFormSchema, async ({ content, revision }, event) => {
		const slug = event.params.slug ?? '';
		await updatePage(contextFrom(event), await kindOf(event), slug, content, revision);
		redirect(303, `${base}/${slug}?saved=1`);
	});
}

export async function loadPageHistory(event: RequestEvent, kind: PageKind) {
	const { record, revisions } = await listPageRevisions(contextFrom(event), kind, event.params.slug ?? '');
	return {
		slug: record.slug,
		title: shownText(record.content.title, localeOf(event)),
		currentRevision: record.revision,
		revisions: buildRevisionViews(revisions),
		canRestore: true
	};
}

/** A restore form on a history page: runs `restore(event, revision, expected)` and comes back to the history. */
function restoreAction(
	restore: (event: RequestEvent, revision: number, expected: number) => Promise<unknown>,
	historyPath: (event: RequestEvent) => string
) {
	return formAction(RestoreRevisionSchema, async ({ restore: revision, revision: expected }, event) => {
		await restore(event, revision, expected);
		redirect(303, `${historyPath(event)}?restored=${revision}`);
	});
}

export function restorePageAction(kindOf: KindOf, base: string) {
	return restoreAction(
		async (event, revision, expected) =>
			restorePageRevision(contextFrom(event), await kindOf(event), event.params.slug ?? '', revision, expected),
		(event) => `${base}/${event.params.slug ?? ''}/historik`
	);
}

export const restoreCaseAction = restoreAction(
	(event, revision, expected) => restoreCaseRevision(contextFrom(event), event.params.slug ?? '', revision, expected),
	(event) => `/eksempler/${event.params.slug ?? ''}/historik`
);

export const restoreTestimonyAction = restoreAction(
	(event, revision, expected) => restoreTestimonyRevision(contextFrom(event), event.params.id ?? '', revision, expected),
	(event) => `/vidnesbyrd/${event.params.id ?? ''}/historik`
);

// ---------- cases ----------

/**
 * The delete form beside an edit form (cases, testimonies): needs its confirmation tick, then runs
 * `remove` and redirects. A failure carries no values, so the edit form keeps the saved text.
 */
export function deleteAction(remove: (event: RequestEvent) => Promise<void>, then: string) {
	return formAction(
		ConfirmDeleteSchema,
		async (_confirmed, event) => {
			await remove(event);
			redirect(303, then);
		},
		{ sideForm: true }
	);
}

/** "Add a row" without JavaScript: the same form back, one more blank row in the list asked for. */
export const addCaseFormRowAction = formAction(
	CaseFormRowSchema,
	({ values, extraRows }) => ({ values, errors: {} as Record<string, string>, extraRows }),
	{
		values: normaliseCaseFormValues
	}
);

export async function loadEditorChoices(event: RequestEvent) {
	const ctx = contextFrom(event);
	const locale = localeOf(event);
	const [lessonTitles, cases] = await Promise.all([loadLessonTitles(ctx, locale), listCaseChoices(ctx)]);
	return {
		lessonTitles,
		cases: cases.map((item) => {
			const name = shownText(item.name, locale);
			return { slug: item.slug, name: name.text, lang: name.lang };
		})
	};
}

// ---------- testimonies ----------

export function testimonyToFormValues(content: TestimonyContent): Record<string, string> {
	const values: Record<string, string> = {
		kind: content.kind,
		sourceTitle: content.sourceTitle,
		sourceUrl: content.sourceUrl,
		date: content.date ?? '',
		caseSlug: content.caseSlug ?? ''
	};
	for (const field of ['statement', 'attribution'] as const) {
		values[`${field}.da`] = content[field].da;
		values[`${field}.en`] = content[field].en;
	}
	for (const key of content.lessons) values[`lessons.${key}`] = 'on';
	return values;
}

export function principleKind(event: RequestEvent) {
	return principleKindOf(contextFrom(event), event.params.slug ?? '');
}
