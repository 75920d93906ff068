import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { signOut } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { clearSessionCookie } from '#lib/server/http/session-cookie.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: formAction(
		z.object({}),
		async (_nothing, event) => {
			if (event.locals.sessionId) await signOut(contextFrom(event), event.locals.sessionId);
			clearSessionCookie(event.cookies, event.url);
			redirect(303, '/');
		},
		{ noPage: true }
	)
};
