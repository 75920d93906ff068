import { redirect } from '@sveltejs/kit';
import { NextPathSchema, SIGNED_IN_HOME, SignInSchema } from '#lib/schemas/auth.ts';
import { getDatabase } from '#lib/server/app.ts';
import { isSetupNeeded, signIn } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = NextPathSchema.parse(url.searchParams.get('next') ?? SIGNED_IN_HOME);
	if (locals.user) redirect(303, next);
	if (await isSetupNeeded(getDatabase().db)) redirect(303, '/setup');
	return { next, reset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: formAction(SignInSchema, async (credentials, event, formData) => {
		const { token, user } = await signIn(contextFrom(event), credentials);
		setSessionCookie(event.cookies, token, event.url);
		setLocaleCookie(event.cookies, user.locale, event.url);
		redirect(303, NextPathSchema.parse(formData.get('next') || SIGNED_IN_HOME));
	})
};
