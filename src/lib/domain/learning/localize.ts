import type { Localized } from './content.ts';

export type Locale = 'da' | 'en';

export interface LocalizedText {
	text: string;
	/** the language the text is actually in (for `lang` attributes) */
	lang: Locale;
	/** true when English was asked for but only Danish exists: the page shows a marker */
	isFallback: boolean;
}

/** Missing English falls back to Danish, and says so. */
export function localize(value: Localized, locale: Locale): LocalizedText {
	if (locale === 'en' && value.en.trim() === '' && value.da.trim() !== '') {
		return { text: value.da, lang: 'da', isFallback: true };
	}
	return { text: value[locale], lang: locale, isFallback: false };
}
