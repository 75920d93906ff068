import { redirect } from '@sveltejs/kit';
import { NextPathSchema, SignInSchema } from '#lib/schemas/auth.ts';
import { getDatabase } from '#lib/server/app.ts';
import { isSetupNeeded, signIn } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = NextPathSchema.parse(url.searchParams.get('next') ?? '/');
	if (locals.user) redirect(303, next);
	if (await isSetupNeeded(getDatabase().db)) redirect(303, '/setup');
	return { next, reset: url.searchParams.has('reset') };
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(SignInSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		let locale: 'da' | 'en';
		try {
			const { token, user } = await signIn(contextFrom(event), parsed.data);
			setSessionCookie(event.cookies, token, event.url);
			locale = user.locale;
		} catch (error) {
			return failFromError(error, formData);
		}
		setLocaleCookie(event.cookies, locale, event.url);
		redirect(303, NextPathSchema.parse(formData.get('next') ?? '/'));
	}
};
