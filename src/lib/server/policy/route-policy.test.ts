import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../domain/policy/policy.ts';
import { findRequiredAction, ROUTE_POLICIES } from './route-policy.ts';

const ROUTES_DIR = path.resolve('src/routes');

interface RouteExports {
	id: string;
	hasPage: boolean;
	actions: string[];
	methods: string[];
}

/** Reads what each route file exports, from the source: page views, form action names, endpoint methods. */
function scanRoutes(dir = ROUTES_DIR): RouteExports[] {
	const found: RouteExports[] = [];
	const files = fs.readdirSync(dir);
	const relative = path.relative(ROUTES_DIR, dir).split(path.sep).filter(Boolean);
	const id = `/${relative.filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`;
	const hasPage = files.includes('+page.svelte') || files.includes('+page.server.ts');
	const serverPage = files.includes('+page.server.ts') ? fs.readFileSync(path.join(dir, '+page.server.ts'), 'utf8') : '';
	const endpoint = files.includes('+server.ts') ? fs.readFileSync(path.join(dir, '+server.ts'), 'utf8') : '';
	const actionsBlock = serverPage.split(/export const actions[^=]*=\s*{/)[1]?.split(/\n};/)[0] ?? '';
	const actions = [...actionsBlock.matchAll(/^\t([A-Za-z_]\w*)\s*:/gm)].map((match) => match[1] as string);
	const methods = [...endpoint.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
		(match) => match[1] as string
	);
	if (hasPage || methods.length) found.push({ id, hasPage: files.includes('+page.svelte'), actions, methods });
	for (const file of files) {
		if (fs.statSync(path.join(dir, file)).isDirectory()) found.push(...scanRoutes(path.join(dir, file)));
	}
	return found;
}

const routes = scanRoutes();

describe('route policy coverage (Z1, Z2)', () => {
	it('finds the routes (guards the scanner itself)', () => {
		expect(routes.map((r) => r.id)).toEqual(expect.arrayContaining(['/', '/login', '/admin/users', '/healthz']));
		expect(routes.find((r) => r.id === '/admin/users')?.actions.sort()).toEqual(['disable', 'enable', 'invite', 'resend', 'role']);
	});

	for (const route of routes) {
		if (route.hasPage) {
			it(`${route.id}: the page view has a policy entry`, () => {
				expect(findRequiredAction(route.id, { kind: 'load' }), `add ROUTE_POLICIES['${route.id}'].load`).toBeDefined();
			});
		}
		for (const action of route.actions) {
			it(`${route.id}: form action "${action}" has a policy entry`, () => {
				expect(
					findRequiredAction(route.id, { kind: 'action', name: action }),
					`add ROUTE_POLICIES['${route.id}'].actions.${action}`
				).toBeDefined();
			});
		}
		for (const method of route.methods) {
			it(`${route.id}: ${method} has a policy entry`, () => {
				expect(findRequiredAction(route.id, { kind: 'endpoint', method })).toBeDefined();
			});
		}
	}

	it('has no entries for routes that do not exist, nor for actions a route does not export', () => {
		const byId = new Map(routes.map((r) => [r.id, r]));
		for (const [id, policy] of Object.entries(ROUTE_POLICIES)) {
			const route = byId.get(id);
			expect(route, `ROUTE_POLICIES has '${id}' but there is no such route`).toBeDefined();
			expect(Object.keys(policy.actions ?? {}).sort()).toEqual([...(route?.actions ?? [])].sort());
			expect(Object.keys(policy.endpoints ?? {}).sort()).toEqual([...(route?.methods ?? [])].sort());
		}
	});

	it('names only actions that the policy knows', () => {
		for (const policy of Object.values(ROUTE_POLICIES)) {
			const named = [policy.load, ...Object.values(policy.actions ?? {}), ...Object.values(policy.endpoints ?? {})].filter(Boolean);
			for (const action of named) expect(ACTIONS).toContain(action);
		}
	});

	it('denies a route or action that has no entry', () => {
		expect(findRequiredAction('/no/such/route', { kind: 'load' })).toBeUndefined();
		expect(findRequiredAction('/admin/users', { kind: 'action', name: 'dropEverything' })).toBeUndefined();
		expect(findRequiredAction('/healthz', { kind: 'endpoint', method: 'DELETE' })).toBeUndefined();
	});
});
