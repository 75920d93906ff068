import { ForgotPasswordSchema } from '#lib/schemas/auth.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { requestPasswordResetSoon } from '#lib/server/mail/reset-mail.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	// The same work for every address: the lookup and the mail happen after the response (job queue).
	default: formAction(ForgotPasswordSchema, async (request, event) => {
		await requestPasswordResetSoon(contextFrom(event), request);
		return { sent: true, email: request.email };
	})
};
