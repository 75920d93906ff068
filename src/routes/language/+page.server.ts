import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { NextPathSchema } from '#lib/schemas/auth.ts';
import { setOwnLocale } from '#lib/server/users/users.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import type { Actions } from './$types';

const LanguageSchema = z.object({ locale: z.enum(['da', 'en']).catch('da'), next: NextPathSchema });

/** The language switch in the header: remembered in a cookie, and in the profile when signed in. */
export const actions: Actions = {
	default: async (event) => {
		const form = Object.fromEntries(await event.request.formData());
		const { locale, next } = LanguageSchema.parse({ locale: form.locale, next: form.next ?? '/' });
		setLocaleCookie(event.cookies, locale, event.url);
		if (event.locals.user) await setOwnLocale(contextFrom(event), locale);
		redirect(303, next);
	}
};
