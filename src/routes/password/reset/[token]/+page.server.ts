import { error, redirect } from '@sveltejs/kit';
import { ResetPasswordSchema, SIGNED_IN_HOME } from '#lib/schemas/auth.ts';
import { getDatabase } from '#lib/server/app.ts';
import { describeUnusableEmailToken, inspectEmailToken, resetPassword } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

/** Used for both password reset and accepting an invitation: both are a single-use e-mailed link. */
export const load: PageServerLoad = async ({ params }) => {
	const link = await inspectEmailToken(getDatabase().db, params.token);
	if (link) return { purpose: link.purpose, email: link.email, name: link.name, unusable: null };
	// a link that was used or has run out says so, and where to go instead (issue 11)
	const unusable = await describeUnusableEmailToken(getDatabase().db, params.token);
	if (!unusable) error(404, 'link_invalid');
	return { purpose: unusable.purpose, email: '', name: '', unusable: unusable.reason };
};

export const actions: Actions = {
	default: formAction(ResetPasswordSchema, async (form, event) => {
		const { token, user } = await resetPassword(contextFrom(event), { token: event.params.token ?? '', ...form });
		setSessionCookie(event.cookies, token, event.url);
		setLocaleCookie(event.cookies, user.locale, event.url);
		redirect(303, `${SIGNED_IN_HOME}?velkommen=1`);
	})
};
