import { LESSON_KEYS, PROBLEM_FIELDS } from '../../domain/learning/content.ts';
import { diffContent } from '../../domain/learning/diff.ts';
import type { ChangeView, RevisionView } from '../../domain/learning/views.ts';
import { SECTORS } from '../../domain/organisations/sectors.ts';
import { caseScaleLabel, problemFieldLabel, sectorLabel } from '../../labels.ts';
import { m } from '../../paraglide/messages.js';

export type { ChangeView, RevisionView };

type Localized = { da: unknown; en: unknown };

function isLocalized(value: unknown): value is Localized {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		'da' in value &&
		'en' in value &&
		Object.keys(value).length === 2
	);
}

const includes = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Stored codes shown as the reader knows them: sectors, problem fields, scales, lessons, testimony kinds. */
function codeLabel(field: string, value: unknown): string | null {
	if (typeof value !== 'string') return null;
	if (field === 'sector' && includes(SECTORS, value)) return sectorLabel(value);
	if (field === 'problemField' && includes(PROBLEM_FIELDS, value)) return problemFieldLabel(value);
	if (field === 'scale' && (value === 'local' || value === 'national')) return caseScaleLabel(value);
	if ((field === 'lesson' || field === 'lessons') && includes(LESSON_KEYS, value)) {
		return m.lessons_kicker({ number: LESSON_KEYS.indexOf(value) + 1 });
	}
	if (field === 'kind' && (value === 'quote' || value === 'paraphrase')) {
		return value === 'quote' ? m.testimony_kind_quote() : m.testimony_kind_paraphrase();
	}
	return null;
}

/** A content value as readable text for the history (lists one item per line). */
export function describeValue(value: unknown, field = ''): string {
	if (value === null || value === undefined || value === '') return '—';
	if (Array.isArray(value)) return value.length ? value.map((item) => `• ${describeInline(item, field)}`).join('\n') : '—';
	return describeInline(value, field);
}

function describeInline(value: unknown, field: string): string {
	if (value === null || value === undefined || value === '') return '—';
	const label = codeLabel(field, value);
	if (label !== null) return label;
	if (typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return value.map((item) => describeInline(item, field)).join(', ');
	if (isLocalized(value)) {
		// inside a list row both languages are shown, so a change to the English text is visible too
		return value.en ? `${describeInline(value.da, '')} / ${describeInline(value.en, '')}` : describeInline(value.da, '');
	}
	return Object.entries(value as Record<string, unknown>)
		.map(([key, inner]) => describeInline(inner, key))
		.filter((part) => part !== '—')
		.join(' · ');
}

/** The changes between two versions, a Danish/English field split into the languages that changed. */
function describeChanges(before: object, after: object): ChangeView[] {
	return diffContent(before, after).flatMap((change): ChangeView[] => {
		if (isLocalized(change.before) && isLocalized(change.after)) {
			const { before: old, after: next } = change as { before: Localized; after: Localized };
			return (['da', 'en'] as const)
				.filter((language) => old[language] !== next[language])
				.map((language) => ({
					field: change.field,
					language,
					before: describeValue(old[language]),
					after: describeValue(next[language])
				}));
		}
		return [
			{
				field: change.field,
				language: null,
				before: describeValue(change.before, change.field),
				after: describeValue(change.after, change.field)
			}
		];
	});
}

/** Revisions newest first, each with its changes against the one before it. */
export function buildRevisionViews(
	revisions: {
		revision: number;
		action: string;
		restoredFrom: number | null;
		actorName: string | null;
		createdAt: Date;
		content: unknown;
	}[]
): RevisionView[] {
	const byNumber = new Map(revisions.map((row) => [row.revision, row]));
	return revisions.map((row) => {
		const previous = byNumber.get(row.revision - 1);
		return {
			revision: row.revision,
			action: row.action,
			restoredFrom: row.restoredFrom,
			actorName: row.actorName,
			createdAt: row.createdAt,
			// The first version has nothing to compare with: it is the whole record, not a change.
			changes: previous ? describeChanges(previous.content as object, row.content as object) : []
		};
	});
}
