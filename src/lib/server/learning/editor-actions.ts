/**
 * The learning editors' pages (edit, history, delete): their form actions — saving, restoring,
 * deleting, each a `formAction` with a schema from `schemas/learning.ts` — and their loads.
 * Principles and lessons are both "pages" and differ only in kind and base path.
 */
import { type ActionFailure, fail, isActionFailure, type RequestEvent, redirect } from '@sveltejs/kit';
import { caseToFormValues, normaliseCaseFormValues } from '../../domain/learning/case-form.ts';
import { type ConflictField, findConflicts, type FormValues, resolveConflict } from '../../domain/learning/conflict.ts';
import type { PageContent, PageKind, TestimonyContent } from '../../domain/learning/content.ts';
import {
	CaseFormRowSchema,
	ConfirmDeleteSchema,
	PageFormSchema,
	RestoreRevisionSchema,
	revisionNumberField
} from '../../schemas/learning.ts';
import { contextFrom } from '../http/event-context.ts';
import { localeOf } from '../http/locale.ts';
import { type FormFailure, formAction, readFormData } from '../http/forms.ts';
import { getCaseForEditing, getCaseRevisionContent, listCaseChoices, restoreCaseRevision } from './cases.usecases.ts';
import { loadLessonTitles } from './learning-pages.ts';
import {
	getPageForEditing,
	getPageRevisionContent,
	listPageRevisions,
	principleKindOf,
	restorePageRevision,
	updatePage
} from './pages.usecases.ts';
import { buildRevisionViews } from './revision-view.ts';
import { getTestimonyForEditing, getTestimonyRevisionContent, restoreTestimonyRevision } from './testimonies.usecases.ts';
import { shownText } from './view.ts';

/** Which kind of page a route shows: fixed (lessons) or looked up by slug (principles). */
type KindOf = (event: RequestEvent) => PageKind | Promise<PageKind>;

// ---------- principles and lessons ----------

function pageToFormValues(content: PageContent): FormValues {
	const values: FormValues = {};
	for (const field of ['title', 'summary', 'body'] as const) {
		values[`${field}.da`] = content[field].da;
		values[`${field}.en`] = content[field].en;
	}
	return values;
}

export async function loadPageEditor(event: RequestEvent, kind: PageKind) {
	const row = await getPageForEditing(contextFrom(event), kind, event.params.slug ?? '');
	return {
		slug: row.slug,
		title: shownText(row.content.title, localeOf(event)),
		revision: row.revision,
		values: pageToFormValues(row.content)
	};
}

/** The save action of a principle's or lesson's editor. */
export function savePageAction(kindOf: KindOf, base: string) {
	const save = formAction(PageFormSchema, async ({ content, revision }, event) => {
		const slug = event.params.slug ?? '';
		await updatePage(contextFrom(event), await kindOf(event), slug, content, revision);
		redirect(303, `${base}/${slug}?saved=1`);
	});
	return withConflictResolution(save, {
		current: async (event) => {
			const row = await getPageForEditing(contextFrom(event), await kindOf(event), event.params.slug ?? '');
			return { revision: row.revision, values: pageToFormValues(row.content) };
		},
		atRevision: async (event, revision) => {
			const content = await getPageRevisionContent(contextFrom(event), await kindOf(event), event.params.slug ?? '', revision);
			return content && pageToFormValues(content);
		}
	});
}

// ---------- edit conflicts (issue 11, bug 3) ----------

/** Where a conflict's two versions come from, as the editor's form values. */
export interface ConflictSource {
	/** the record as saved now */
	current: (event: RequestEvent) => Promise<{ revision: number; values: FormValues }>;
	/** the record at an older revision (what a form was opened at), or undefined when unknown */
	atRevision: (event: RequestEvent, revision: number) => Promise<FormValues | undefined>;
	/** what was typed, as the form shows it (the case form drops blank rows and renumbers) */
	normalise?: (values: FormValues) => FormValues;
}

/** What the page shows after a conflict: the fields to choose for, and the revision they were compared with. */
export interface ConflictView {
	/** the revision whose text is shown as "theirs": the one the resolved save claims to have seen */
	revision: number;
	/** the revision the person's form was opened at */
	base: number;
	fields: ConflictField[];
}

export type ConflictFailure = FormFailure & { conflict: ConflictView };

/** Marks the conflict form's post, which carries choices (`choice.<field>`) rather than the form's own fields. */
export const RESOLVE_FIELD = 'conflict.resolve';

function prefixed(formData: FormData, prefix: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [key, value] of formData) if (key.startsWith(prefix) && typeof value === 'string') found[key.slice(prefix.length)] = value;
	return found;
}

async function conflictFailure(
	event: RequestEvent,
	source: ConflictSource,
	mine: FormValues,
	baseRevision: number,
	errors: Record<string, string> = {}
): Promise<ActionFailure<ConflictFailure>> {
	const current = await source.current(event);
	const base = baseRevision > 0 ? await source.atRevision(event, baseRevision) : undefined;
	const fields = findConflicts(current.values, mine, base);
	return fail(409, {
		values: mine,
		errors,
		formError: 'error_stale_revision',
		conflict: { revision: current.revision, base: baseRevision, fields }
	});
}

function isStaleFailure(result: unknown): result is ActionFailure<FormFailure> {
	return isActionFailure(result) && (result.data as FormFailure | undefined)?.formError === 'error_stale_revision';
}

/**
 * An editor's save that handles a colleague's save in between: the stale save becomes a conflict
 * page with both versions of each differing field; the conflict form comes back to the same action
 * with a choice per field, and only then is it saved — claiming the revision whose text it showed.
 * If yet another save came in meanwhile, that is a new conflict, never an overwrite.
 */
export function withConflictResolution<E extends RequestEvent, R>(
	save: (event: E) => Promise<R>,
	source: ConflictSource
): (event: E) => Promise<R | ActionFailure<ConflictFailure>> {
	return async (event: E) => {
		const formData = await readFormData(event.request.clone());
		if (!formData.has(RESOLVE_FIELD)) {
			const result = await save(event);
			if (!isStaleFailure(result)) return result;
			const typed = Object.fromEntries(Object.entries(result.data.values).filter(([key]) => key !== 'revision'));
			return conflictFailure(event, source, typed, revisionNumberField.parse(result.data.values.revision));
		}

		// The conflict form: its choices on top of the version it showed.
		const shown = revisionNumberField.parse(formData.get('revision')?.toString());
		const startedAt = revisionNumberField.parse(formData.get('base')?.toString());
		const theirs = shown > 0 ? await source.atRevision(event, shown) : undefined;
		if (!theirs) return conflictFailure(event, source, prefixed(formData, 'mine.'), startedAt);
		const base = startedAt > 0 ? await source.atRevision(event, startedAt) : undefined;
		const mine = { ...theirs, ...prefixed(formData, 'mine.') };
		const resolved = resolveConflict(theirs, mine, prefixed(formData, 'choice.'), prefixed(formData, 'edit.'), base);
		if (!resolved.ok) {
			const fields = findConflicts(theirs, mine, base);
			return fail(400, {
				values: mine,
				errors: resolved.errors,
				formError: 'conflict_choose_summary',
				conflict: { revision: shown, base: startedAt, fields }
			});
		}
		const body = new URLSearchParams({ ...resolved.values, revision: String(shown) });
		const request = new Request(event.request.url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body
		});
		const resolvedResult = await save({ ...event, request });
		if (!isStaleFailure(resolvedResult)) return resolvedResult;
		// saved again by someone while this person chose: compare what they chose with the newest text
		return conflictFailure(event, source, source.normalise ? source.normalise(resolved.values) : resolved.values, shown);
	};
}

/** The case editor's conflict source. */
export const caseConflictSource: ConflictSource = {
	current: async (event) => {
		const row = await getCaseForEditing(contextFrom(event), event.params.slug ?? '');
		return { revision: row.revision, values: caseToFormValues(row.content) };
	},
	atRevision: async (event, revision) => {
		const content = await getCaseRevisionContent(contextFrom(event), event.params.slug ?? '', revision);
		return content && caseToFormValues(content);
	},
	normalise: normaliseCaseFormValues
};

/** The testimony editor's conflict source. */
export const testimonyConflictSource: ConflictSource = {
	current: async (event) => {
		const row = await getTestimonyForEditing(contextFrom(event), event.params.id ?? '');
		return { revision: row.revision, values: testimonyToFormValues(row.content) };
	},
	atRevision: async (event, revision) => {
		const content = await getTestimonyRevisionContent(contextFrom(event), event.params.id ?? '', revision);
		return content && testimonyToFormValues(content);
	}
};

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
