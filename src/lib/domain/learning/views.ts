/**
 * The shapes learning pages hand to their components: built on the server (`server/learning/`),
 * drawn by `components/learning/`. Types only, so components never import from the server.
 */
import type { LessonKey, TestimonyContent } from './content.ts';
import type { Locale } from './localize.ts';

/** A text in the reader's language, or the Danish one marked as a fallback. */
export interface ShownText {
	text: string;
	lang: Locale;
	isFallback: boolean;
}

/** Markdown rendered and sanitised on the server, in the reader's language or the Danish fallback. */
export interface ShownHtml {
	html: string;
	lang: Locale;
	isFallback: boolean;
}

export interface PageCard {
	slug: string;
	key: string;
	title: ShownText;
	summary: ShownText;
}

export interface TestimonyView {
	id: string;
	kind: TestimonyContent['kind'];
	statement: ShownText;
	attribution: ShownText;
	caseSlug: string | null;
	caseName: ShownText | null;
	sourceTitle: string;
	sourceUrl: string;
	date: string | null;
	lessons: LessonKey[];
}

/** One changed field of a revision; a Danish/English field changes per language. */
export interface ChangeView {
	field: string;
	/** which language of a Danish/English field changed; null for other fields */
	language: 'da' | 'en' | null;
	before: string;
	after: string;
}

/** One row of a revision history page: who, when, what, and the changed values before → after. */
export interface RevisionView {
	revision: number;
	action: string;
	restoredFrom: number | null;
	actorName: string | null;
	createdAt: Date;
	changes: ChangeView[];
}
