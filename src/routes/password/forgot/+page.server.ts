import { ForgotPasswordSchema } from '#lib/schemas/auth.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import { requestPasswordResetSoon } from '#lib/server/mail/reset-mail.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(ForgotPasswordSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			// the same work for every address: the lookup and the mail happen after the response (job queue)
			await requestPasswordResetSoon(contextFrom(event), parsed.data);
		} catch (error) {
			return failFromError(error, formData);
		}
		return { sent: true, email: parsed.data.email };
	}
};
