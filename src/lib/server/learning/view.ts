/**
 * What learning pages hand to their components: texts in the reader's language (or Danish with a
 * marker), markdown already rendered and sanitised on the server.
 */
import type { Localized } from '../../domain/learning/content.ts';
import { type Locale, localize } from '../../domain/learning/localize.ts';
import type { ShownHtml, ShownText } from '../../domain/learning/views.ts';
import { renderMarkdown } from '../content/markdown.ts';

export type { ShownHtml, ShownText };

export function shownText(value: Localized, locale: Locale): ShownText {
	return localize(value, locale);
}

export function shownHtml(value: Localized, locale: Locale): ShownHtml {
	const { text, lang, isFallback } = localize(value, locale);
	return { html: text.trim() ? renderMarkdown(text) : '', lang, isFallback };
}

/** Reads a form's `x.da` / `x.en` pair. */
export function localizedFrom(values: Record<string, string>, name: string): Localized {
	return { da: values[`${name}.da`] ?? '', en: values[`${name}.en`] ?? '' };
}

/** The revision a form was opened at (hidden field); a missing or odd value matches nothing. */
export function expectedRevisionOf(values: Record<string, string>): number {
	const value = Number(values.revision);
	return Number.isInteger(value) && value > 0 ? value : -1;
}
