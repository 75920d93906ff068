import { error } from '@sveltejs/kit';
import { getConfig } from '#lib/server/config/config.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	if (locals.deniedStatus) error(locals.deniedStatus, 'forbidden');
	return {
		user: locals.user,
		locale: locals.locale,
		accessibilityStatementUrl: getConfig().ACCESSIBILITY_STATEMENT_URL ?? '/about/accessibility'
	};
};
