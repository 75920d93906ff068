import { ROUTE_POLICIES, type RouteRequestKind } from '../policy/route-policy.ts';

/** Tells a page load, a form action (and its name) and an endpoint call apart. */
export function classifyRequest(routeId: string, method: string, url: URL): RouteRequestKind {
	if (ROUTE_POLICIES[routeId]?.endpoints) return { kind: 'endpoint', method };
	if (method === 'GET' || method === 'HEAD') return { kind: 'load' };
	if (method === 'POST') {
		const named = [...url.searchParams.keys()].find((key) => key.startsWith('/'));
		return { kind: 'action', name: named ? named.slice(1) : 'default' };
	}
	return { kind: 'endpoint', method };
}
