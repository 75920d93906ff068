import { ForgotPasswordSchema } from '#lib/schemas/auth.ts';
import { requestPasswordReset } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	default: formAction(ForgotPasswordSchema, async (request, event) => {
		await requestPasswordReset(contextFrom(event), request);
		return { sent: true, email: request.email };
	})
};
