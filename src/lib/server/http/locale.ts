import type { Cookies, RequestEvent } from '@sveltejs/kit';
import type { Locale } from '../../domain/learning/localize.ts';

export const LOCALE_COOKIE = 'samspil_locale';

/** Remembers the language for a year; read by Paraglide's cookie strategy. */
export function setLocaleCookie(cookies: Cookies, locale: 'da' | 'en', url: URL) {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 365 * 86_400
	});
}

/** The request's language, as the content views take it. */
export function localeOf(event: Pick<RequestEvent, 'locals'>): Locale {
	return event.locals.locale === 'en' ? 'en' : 'da';
}
