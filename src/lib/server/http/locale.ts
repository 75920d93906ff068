import type { Cookies } from '@sveltejs/kit';

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
