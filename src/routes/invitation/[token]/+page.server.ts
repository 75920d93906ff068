import { redirect } from '@sveltejs/kit';
import { EmptySchema } from '#lib/schemas/initiatives.ts';
import { AcceptWithAccountSchema } from '#lib/schemas/initiatives-members.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { setLocaleCookie } from '#lib/server/http/locale.ts';
import { setSessionCookie } from '#lib/server/http/session-cookie.ts';
import { acceptInvitation, acceptInvitationWithNewAccount, inspectInvitation } from '#lib/server/initiatives/members.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

/** An initiative's invitation link: opened signed in (accept) or not (sign in and come back, or create an account). */
export const load: PageServerLoad = async (event) => ({
	invitation: await inspectInvitation(contextFrom(event), event.params.token),
	signedIn: event.locals.user !== null
});

export const actions: Actions = {
	accept: formAction(
		EmptySchema,
		async (_input, event) => {
			const { slug } = await acceptInvitation(contextFrom(event), event.params.token);
			redirect(303, `/initiativer/${slug}`);
		},
		{ sideForm: true }
	),
	create: formAction(AcceptWithAccountSchema, async ({ name, password }, event) => {
		const { token, user, slug } = await acceptInvitationWithNewAccount(contextFrom(event), event.params.token, {
			name,
			password,
			locale: event.locals.locale
		});
		setSessionCookie(event.cookies, token, event.url);
		setLocaleCookie(event.cookies, user.locale, event.url);
		redirect(303, `/initiativer/${slug}`);
	})
};
