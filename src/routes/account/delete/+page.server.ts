import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { clearSessionCookie } from '#lib/server/http/session-cookie.ts';
import { deleteOwnAccount, getAccountDeletionBlockers } from '#lib/server/privacy/own-data.usecases.ts';
import { getOwnProfile } from '#lib/server/users/users.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

const DeleteAccountSchema = z.object({
	password: z.string({ error: 'field_required' }).min(1, 'field_required').max(1_000, 'field_too_long'),
	confirm: z.literal('on', { error: 'field_confirm_account_delete' })
});

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	return { profile: await getOwnProfile(ctx), ...(await getAccountDeletionBlockers(ctx)) };
};

export const actions: Actions = {
	delete: formAction(DeleteAccountSchema, async ({ password }, event) => {
		await deleteOwnAccount(contextFrom(event), { password });
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/?account=deleted');
	})
};
