/**
 * What the learning routes share: reading the editors' forms, saving, restoring, and the history
 * pages. Principles and lessons are both "pages" and differ only in kind and base path.
 */
import { fail, type RequestEvent, redirect } from '@sveltejs/kit';
import { caseFormProblems, caseInputFromFormValues, normaliseCaseFormValues } from '../../domain/learning/case-form.ts';
import type { LessonKey, PageKind } from '../../domain/learning/content.ts';
import { LESSON_KEYS } from '../../domain/learning/content.ts';
import type { Locale } from '../../domain/learning/localize.ts';
import { AppError, isAppError } from '../http/errors.ts';
import { contextFrom } from '../http/event-context.ts';
import { collectValues, failFromError } from '../http/forms.ts';
import { listCaseChoices, restoreCaseRevision } from './cases.usecases.ts';
import { loadLessonTitles } from './learning-pages.ts';
import { getPageForEditing, listPageRevisions, principleKindOf, restorePageRevision, updatePage } from './pages.usecases.ts';
import { buildRevisionViews } from './revision-view.ts';
import { restoreTestimonyRevision } from './testimonies.usecases.ts';
import { expectedRevisionOf, localizedFrom, shownText } from './view.ts';

export function localeOf(event: Pick<RequestEvent, 'locals'>): Locale {
	return event.locals.locale === 'en' ? 'en' : 'da';
}

export async function readFormValues(event: RequestEvent): Promise<Record<string, string>> {
	return collectValues(await event.request.formData());
}

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

export async function savePage(event: RequestEvent, kind: PageKind, base: string) {
	const values = await readFormValues(event);
	const slug = event.params.slug ?? '';
	try {
		await updatePage(
			contextFrom(event),
			kind,
			slug,
			{ title: localizedFrom(values, 'title'), summary: localizedFrom(values, 'summary'), body: localizedFrom(values, 'body') },
			expectedRevisionOf(values)
		);
	} catch (caught) {
		return failFromError(caught, values);
	}
	redirect(303, `${base}/${slug}?saved=1`);
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

function restoreNumbers(values: Record<string, string>) {
	const restore = Number(values.restore);
	return { restore: Number.isInteger(restore) && restore > 0 ? restore : -1, expected: expectedRevisionOf(values) };
}

/** A restore form on a history page: runs `restore(revision, expected)` and comes back to `historyPath`. */
async function restoreAction(event: RequestEvent, restore: (revision: number, expected: number) => Promise<unknown>, historyPath: string) {
	const values = await readFormValues(event);
	const numbers = restoreNumbers(values);
	try {
		await restore(numbers.restore, numbers.expected);
	} catch (caught) {
		return failFromError(caught, values);
	}
	redirect(303, `${historyPath}?restored=${numbers.restore}`);
}

export function restorePage(event: RequestEvent, kind: PageKind, base: string) {
	const slug = event.params.slug ?? '';
	return restoreAction(
		event,
		(revision, expected) => restorePageRevision(contextFrom(event), kind, slug, revision, expected),
		`${base}/${slug}/historik`
	);
}

export function restoreCase(event: RequestEvent) {
	const slug = event.params.slug ?? '';
	return restoreAction(
		event,
		(revision, expected) => restoreCaseRevision(contextFrom(event), slug, revision, expected),
		`/eksempler/${slug}/historik`
	);
}

export function restoreTestimony(event: RequestEvent) {
	const id = event.params.id ?? '';
	return restoreAction(
		event,
		(revision, expected) => restoreTestimonyRevision(contextFrom(event), id, revision, expected),
		`/vidnesbyrd/${id}/historik`
	);
}

// ---------- cases ----------

/**
 * The delete form beside an edit form (cases, testimonies): needs its confirmation tick, then runs
 * `remove` and redirects. A failure carries no values, so the edit form keeps the saved text.
 */
export async function deleteAction(event: RequestEvent, remove: () => Promise<void>, then: string) {
	const values = await readFormValues(event);
	try {
		if (values.confirm !== 'on') throw new AppError('invalid_input', { confirm: 'field_confirm_delete' });
		await remove();
	} catch (caught) {
		return sideFormFailure(caught);
	}
	redirect(303, then);
}

/** A failure of a small form beside an edit form (publish, delete): field errors only, no values. */
export function sideFormFailure(error: unknown) {
	if (!isAppError(error)) throw error;
	const appError = error as AppError;
	return fail(appError.status, {
		errors: appError.fields,
		formError: Object.keys(appError.fields).length ? undefined : `error_${appError.code}`
	});
}

/** The case form's values after a post: blank rows dropped, the rest numbered from 0. */
export async function readCaseForm(event: RequestEvent) {
	const formData = await event.request.formData();
	const values = normaliseCaseFormValues(collectValues(formData));
	const problems = caseFormProblems(values);
	return {
		values,
		input: caseInputFromFormValues(values),
		list: String(formData.get('list') ?? ''),
		/** refuses the save, with the field messages, when the form has problems the schema cannot see */
		problems: Object.keys(problems).length ? new AppError('invalid_input', problems) : null
	};
}

/** "Add a row" without JavaScript: the same form back, one more blank row in the list asked for. */
export async function addCaseFormRow(event: RequestEvent) {
	const { values, list } = await readCaseForm(event);
	const extraRows = ['actors', 'results', 'events', 'sources'].includes(list) ? { [list]: 1 } : {};
	return { values, errors: {} as Record<string, string>, extraRows };
}

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

export function testimonyInputFromValues(values: Record<string, string>) {
	const orNull = (value: string | undefined) => ((value ?? '').trim() === '' ? null : (value ?? '').trim());
	return {
		kind: values.kind ?? '',
		statement: localizedFrom(values, 'statement'),
		attribution: localizedFrom(values, 'attribution'),
		sourceTitle: values.sourceTitle ?? '',
		sourceUrl: values.sourceUrl ?? '',
		date: orNull(values.date),
		caseSlug: orNull(values.caseSlug),
		lessons: LESSON_KEYS.filter((key) => values[`lessons.${key}`] === 'on') as LessonKey[]
	};
}

export function testimonyToFormValues(content: ReturnType<typeof testimonyInputFromValues>): Record<string, string> {
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
