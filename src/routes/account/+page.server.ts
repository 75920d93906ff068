import { redirect } from '@sveltejs/kit';
import { ChangePasswordSchema, ProfileSchema } from '#lib/schemas/auth.ts';
import { changePassword } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { getOwnProfile, updateOwnProfile } from '#lib/server/users/users.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	profile: await getOwnProfile(contextFrom(event)),
	welcome: event.url.searchParams.has('welcome'),
	profileSaved: event.url.searchParams.get('saved') === 'profile'
});

export const actions: Actions = {
	profile: formAction(ProfileSchema, async (profile, event) => {
		await updateOwnProfile(contextFrom(event), profile);
		setLocaleCookie(event.cookies, profile.locale, event.url);
		// A fresh page, so a new language applies to all of it (text, <html lang>, the switch).
		redirect(303, '/account?saved=profile');
	}),
	password: formAction(ChangePasswordSchema, async (form, event) => {
		await changePassword(contextFrom(event), {
			sessionId: event.locals.sessionId ?? '',
			currentPassword: form.currentPassword,
			newPassword: form.newPassword,
			endOtherSessions: form.endOtherSessions
		});
		return { saved: 'password' };
	})
};
