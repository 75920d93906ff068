import { ForgotPasswordSchema } from '#lib/schemas/auth.ts';
import { requestPasswordReset } from '#lib/server/auth/auth.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({});

export const actions: Actions = {
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(ForgotPasswordSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await requestPasswordReset(contextFrom(event), parsed.data);
		} catch (error) {
			return failFromError(error, formData);
		}
		return { sent: true, email: parsed.data.email };
	}
};
