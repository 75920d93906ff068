import { getConfig } from '#lib/server/config/config.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user,
	locale: locals.locale,
	accessibilityStatementUrl: getConfig().ACCESSIBILITY_STATEMENT_URL ?? '/about/accessibility',
	/** Set by the authorisation hook for a denied page view: the layout shows the 403 page instead of the page. */
	denied: locals.deniedStatus ? { status: locals.deniedStatus, requestId: locals.requestId } : null
});
