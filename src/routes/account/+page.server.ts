import { redirect } from '@sveltejs/kit';
import { ChangePasswordSchema, ProfileSchema } from '#lib/schemas/auth.ts';
import { changePassword } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { getOwnProfile, updateOwnProfile } from '#lib/server/users/users.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	profile: await getOwnProfile(contextFrom(event)),
	welcome: event.url.searchParams.has('welcome'),
	profileSaved: event.url.searchParams.get('saved') === 'profile'
});

export const actions: Actions = {
	profile: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(ProfileSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await updateOwnProfile(contextFrom(event), parsed.data);
		} catch (error) {
			return failFromError(error, formData);
		}
		setLocaleCookie(event.cookies, parsed.data.locale, event.url);
		// A fresh page, so a new language applies to all of it (text, <html lang>, the switch).
		redirect(303, '/account?saved=profile');
	},
	password: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(ChangePasswordSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await changePassword(contextFrom(event), {
				sessionId: event.locals.sessionId ?? '',
				currentPassword: parsed.data.currentPassword,
				newPassword: parsed.data.newPassword,
				endOtherSessions: parsed.data.endOtherSessions
			});
		} catch (error) {
			return failFromError(error, formData);
		}
		return { saved: 'password' };
	}
};
