import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'samspil_session';

/** A5: HttpOnly, SameSite=Lax, Path=/; Secure whenever the site is served over https. */
export function setSessionCookie(cookies: Cookies, token: string, url: URL) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' });
}
