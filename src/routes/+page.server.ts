import { redirect } from '@sveltejs/kit';
import { getDatabase } from '#lib/server/app.ts';
import { isSetupNeeded } from '#lib/server/auth/auth.usecases.ts';
import type { PageServerLoad } from './$types';

/** First run: nobody can sign in yet, so the front page sends the visitor to the set-up page. */
export const load: PageServerLoad = async (event) => {
	if (await isSetupNeeded(getDatabase().db)) redirect(303, '/setup');
	return { accountDeleted: event.url.searchParams.get('account') === 'deleted' };
};
