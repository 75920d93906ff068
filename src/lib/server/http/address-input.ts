import { m } from '../../paraglide/messages.js';
import { ROUTE_POLICIES } from '../policy/route-policy.ts';
import { hasControlCharacter } from './forms.ts';

/**
 * V6: what the address carries — path parameters, the query string, a form action's name — is
 * checked here once for every request, before any route sees it. A control character (a NUL byte
 * cannot even be stored) is 400; an action the route does not have is 404. Both with a message,
 * never a crash. Form fields are checked where forms are read (`forms.ts`).
 */
/** The parts of a request event this looks at. */
interface Address {
	params: Partial<Record<string, string>>;
	url: URL;
	request: Request;
	route: { id: string | null };
}

export function refuseBadAddress(event: Address, locale: 'da' | 'en'): Response | null {
	const params = Object.values(event.params).filter((value): value is string => typeof value === 'string');
	const query = [...event.url.searchParams].flat();
	if ([...params, ...query].some(hasControlCharacter)) return textResponse(400, m.error_address_control_characters({}, { locale }));
	if (event.request.method === 'POST' && event.route.id) {
		const actions = ROUTE_POLICIES[event.route.id]?.actions;
		const named = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
		// `?/default` is reserved by SvelteKit (it would throw); any other unknown name is simply not there.
		if (actions && named !== undefined && (named === '/default' || !Object.hasOwn(actions, named.slice(1))))
			return textResponse(404, m.error_no_such_action({}, { locale }));
	}
	return null;
}

function textResponse(status: number, message: string): Response {
	return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
