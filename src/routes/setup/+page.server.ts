import { redirect } from '@sveltejs/kit';
import { SetupSchema, SIGNED_IN_HOME } from '#lib/schemas/auth.ts';
import { getDatabase } from '#lib/server/app.ts';
import { createFirstAdmin, isSetupNeeded } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	if (!(await isSetupNeeded(getDatabase().db))) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: formAction(SetupSchema, async (admin, event) => {
		const { token } = await createFirstAdmin(contextFrom(event), { ...admin, locale: event.locals.locale });
		setSessionCookie(event.cookies, token, event.url);
		redirect(303, SIGNED_IN_HOME);
	})
};
