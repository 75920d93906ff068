import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { NextPathSchema } from '#lib/schemas/auth.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { setOwnLocale } from '#lib/server/users/users.usecases.ts';
import type { Actions } from './$types';

const LanguageSchema = z.object({ locale: z.enum(['da', 'en']).catch('da'), next: NextPathSchema.default('/') });

/** The language switch in the header: remembered in a cookie, and in the profile when signed in. */
export const actions: Actions = {
	default: formAction(
		LanguageSchema,
		async ({ locale, next }, event) => {
			setLocaleCookie(event.cookies, locale, event.url);
			if (event.locals.user) await setOwnLocale(contextFrom(event), locale);
			redirect(303, next);
		},
		{ noPage: true }
	)
};
