/**
 * V6: no input makes the server answer 5xx. Every route in the route policy (so a new route is
 * covered the day it gets its policy entry) is driven with hostile input — NUL bytes and other
 * control characters, huge numbers, very long strings, unreadable bodies, an explicitly named
 * default action — anonymously and signed in, in its path parameters, its query string and every
 * form action's body. The field names come from the forms the pages themselves render.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { ROUTE_POLICIES } from '../../src/lib/server/policy/route-policy.ts';
import { findOrganisationId } from './support/assessment-helpers.ts';
import {
	ADMIN,
	apiLogin,
	createUser,
	expect,
	linkFromMail,
	type Mail,
	newApiContext,
	postForm,
	readMails,
	test
} from './support/fixtures.ts';

/** Values that crashed the server before (V6) or are likely to: each goes into every field, parameter and query. */
const HOSTILE_VALUES = [
	'a\u0000b',
	'x\u0001\u001b[31m\u007f',
	'99999999999999999999',
	'x'.repeat(30_000),
	"00000000-0000-0000-0000-000000000000'; --\uFFFF\uD800"
] as const;

/** Any string, with control characters and long strings likely (fast-check, fixed seed: the run is repeatable). */
const randomValue = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), maxLength: 10 }),
	fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
	fc.integer({ min: 1, max: 5_000 }).map((n) => 'ø'.repeat(n))
);

type Body =
	| { kind: 'form'; fields: Record<string, string> }
	| { kind: 'multipart'; fields: Record<string, string> }
	| { kind: 'raw'; contentType: string | null; data: string };

const BROKEN_BODIES: Body[] = [
	{ kind: 'raw', contentType: 'text/plain', data: 'email=a@b.dk\npassword=x' },
	{ kind: 'raw', contentType: 'multipart/form-data; boundary=XYZ', data: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' },
	{ kind: 'raw', contentType: 'application/x-www-form-urlencoded', data: '%%%=%zz&a=%00&=' }
];

/** A route id as a pattern matching its concrete paths. */
function routePattern(routeId: string): RegExp {
	const source = routeId
		.split('/')
		.map((part) => (/^\[.+\]$/.test(part) ? '[^/?#]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
		.join('/');
	return new RegExp(`^${source}$`);
}

/** The route id with every parameter replaced by `value`. */
function fillParams(routeId: string, value: string): string {
	return routeId.replace(/\[[^\]]+\]/g, encodeURIComponent(value));
}

/** Filter names read through a schema (`Object.fromEntries(searchParams)`), which the source scan cannot see. */
const SCHEMA_QUERY_NAMES = ['q', 'page', 'field', 'scale', 'sector', 'lesson', 'status', 'from', 'to', 'person', 'before'];

/** The query parameters a route reads, from its source (`searchParams.get('saved')`), plus the schema-read ones. */
function queryNamesOf(routeId: string): string[] {
	const names = new Set(SCHEMA_QUERY_NAMES);
	for (const file of ['+page.server.ts', '+server.ts']) {
		const source = path.join(ROUTES_DIR, routeId, file);
		if (!fs.existsSync(source)) continue;
		for (const match of fs.readFileSync(source, 'utf8').matchAll(/searchParams\.(?:get|has|getAll)\('([^']+)'\)/g))
			names.add(match[1] as string);
	}
	return [...names];
}

const ROUTES_DIR = path.resolve(import.meta.dirname, '../../src/routes');

const ROUTES = Object.entries(ROUTE_POLICIES).map(([routeId, policy]) => ({
	routeId,
	queryNames: queryNamesOf(routeId),
	pattern: routePattern(routeId),
	hasParams: routeId.includes('['),
	actions: Object.keys(policy.actions ?? {}),
	endpoints: Object.keys(policy.endpoints ?? {}),
	hasLoad: Boolean(policy.load)
}));

/** Follows links from the start pages and keeps one concrete path for each route with parameters. */
async function discoverPaths(api: APIRequestContext, start: string[]): Promise<Map<string, string>> {
	const found = new Map<string, string>();
	const queue = [...start];
	const seen = new Set<string>();
	while (queue.length && seen.size < 60) {
		const path = queue.shift() as string;
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await api.get(path, { maxRedirects: 0 });
		const type = response.headers()['content-type'] ?? '';
		if (!type.includes('text/html')) continue;
		const html = await response.text();
		for (const match of html.matchAll(/(?:href|action)="(\/[^"?#]*)[^"]*"/g)) {
			const link = (match[1] as string).replace(/&amp;/g, '&');
			const route = ROUTES.find((r) => r.hasParams && r.pattern.test(link));
			if (!route || found.has(route.routeId)) continue;
			found.set(route.routeId, link);
			if (route.hasLoad) queue.push(link);
		}
		for (const match of html.matchAll(/https?:\/\/[^/"\s<]+(\/(?:svar|password\/reset)\/[A-Za-z0-9_-]+)/g)) {
			const route = ROUTES.find((r) => r.pattern.test(match[1] as string));
			if (route && !found.has(route.routeId)) found.set(route.routeId, match[1] as string);
		}
	}
	return found;
}

/**
 * Routes the crawl did not reach (a download, a result not yet reachable) built from the parameter
 * values found in the others: `/vurdering/[token]/resultat` from `/vurdering/abc/trin/1`. A
 * parameter seen nowhere (`[other]`) takes another parameter's value of the same route.
 */
function completePaths(found: Map<string, string>): void {
	const known = new Map<string, string>(); // route id prefix ending in a parameter → its value
	for (const [routeId, path] of found) {
		const idParts = routeId.split('/');
		const pathParts = path.split('/');
		idParts.forEach((part, i) => {
			if (/^\[.+\]$/.test(part)) known.set(idParts.slice(0, i + 1).join('/'), pathParts[i] as string);
		});
	}
	for (const route of ROUTES.filter((r) => r.hasParams && !found.has(r.routeId))) {
		const idParts = route.routeId.split('/');
		const values = idParts.map((part, i) => (/^\[.+\]$/.test(part) ? known.get(idParts.slice(0, i + 1).join('/')) : part));
		const fallback = values.find((value, i) => value !== undefined && /^\[.+\]$/.test(idParts[i] as string));
		if (fallback === undefined) continue;
		found.set(route.routeId, values.map((value) => value ?? fallback).join('/'));
	}
}

/** The field names of every form on a page, per action name (`default` for `action=""`). */
function formFields(html: string): Map<string, string[]> {
	const forms = new Map<string, string[]>();
	for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		const attributes = match[1] as string;
		const action = /action="[^"]*\?\/([^"&]+)"/.exec(attributes)?.[1] ?? 'default';
		const names = [...(match[2] as string).matchAll(/\bname="([^"]+)"/g)].map((m) => m[1] as string);
		forms.set(action, [...new Set([...(forms.get(action) ?? []), ...names])]);
	}
	return forms;
}

interface Target {
	label: string;
	method: 'GET' | 'POST';
	path: string;
	body?: Body;
}

/** Values for the query string and path parameters (a subset: each costs a page render). */
const QUERY_VALUES = ['a\u0000b', '99999999999999999999'];

function buildTargets(paths: Map<string, string>, fieldsByPath: Map<string, Map<string, string[]>>): Target[] {
	const targets: Target[] = [];
	for (const route of ROUTES) {
		const real = route.hasParams ? paths.get(route.routeId) : route.routeId;
		const readable = route.hasLoad || route.endpoints.includes('GET');
		if (readable && real) {
			targets.push({ label: `GET ${route.routeId}`, method: 'GET', path: real });
			for (const value of QUERY_VALUES) {
				const query = new URLSearchParams(route.queryNames.map((name) => [name, value]));
				targets.push({ label: `GET ${route.routeId}?q=${JSON.stringify(value.slice(0, 8))}`, method: 'GET', path: `${real}?${query}` });
			}
		}
		const hostileBases = route.hasParams ? QUERY_VALUES.map((value) => fillParams(route.routeId, value)) : [];
		for (const base of hostileBases) {
			if (readable) targets.push({ label: `GET ${base.slice(0, 60)}`, method: 'GET', path: base });
			for (const action of route.actions) {
				const url = action === 'default' ? base : `${base}?/${action}`;
				targets.push({
					label: `POST ${base.slice(0, 60)} ?/${action}`,
					method: 'POST',
					path: url,
					body: { kind: 'form', fields: { a: 'b' } }
				});
			}
		}
		const base = real ?? fillParams(route.routeId, 'x');
		for (const action of route.actions) {
			const url = action === 'default' ? base : `${base}?/${action}`;
			const fields = fieldsByPath.get(base)?.get(action) ?? [];
			const allFields = [...new Set([...fields, 'revision', 'restore', 'slug', 'id', 'organisationId', 'name', 'title', 'next'])];
			for (const value of HOSTILE_VALUES) {
				const body = Object.fromEntries(allFields.map((name) => [name, value]));
				targets.push({
					label: `POST ${route.routeId} ?/${action} ${JSON.stringify(value.slice(0, 8))}`,
					method: 'POST',
					path: url,
					body: { kind: 'form', fields: body }
				});
			}
			targets.push({
				label: `POST ${route.routeId} ?/${action} multipart NUL`,
				method: 'POST',
				path: url,
				body: { kind: 'multipart', fields: Object.fromEntries(allFields.map((n) => [n, 'a\u0000b'])) }
			});
			for (const body of BROKEN_BODIES)
				targets.push({
					label: `POST ${route.routeId} ?/${action} ${body.kind === 'raw' ? body.contentType : ''}`,
					method: 'POST',
					path: url,
					body
				});
			if (action === 'default')
				targets.push({
					label: `POST ${route.routeId} ?/default`,
					method: 'POST',
					path: `${base}?/default`,
					body: { kind: 'form', fields: {} }
				});
		}
		if (route.actions.length)
			targets.push({
				label: `POST ${route.routeId} ?/noSuchAction`,
				method: 'POST',
				path: `${base}?/noSuchAction`,
				body: { kind: 'form', fields: {} }
			});
	}
	return targets;
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: width }, async () => {
			while (next < items.length) await work(items[next++] as T);
		})
	);
}

async function send(api: APIRequestContext, target: Target): Promise<number> {
	if (target.method === 'GET') return (await api.get(target.path, { maxRedirects: 0 })).status();
	const body = target.body as Body;
	if (body.kind === 'form') return (await postForm(api, target.path, body.fields)).status();
	if (body.kind === 'multipart') return (await api.post(target.path, { multipart: body.fields, maxRedirects: 0 })).status();
	const headers: Record<string, string> = body.contentType ? { 'Content-Type': body.contentType } : {};
	return (await api.post(target.path, { data: body.data, headers, maxRedirects: 0 })).status();
}

test.describe('hostile input (V6)', () => {
	test.setTimeout(240_000);

	test('no form action, query or path parameter answers 5xx, signed out or signed in', async () => {
		const adminApi = await newApiContext();
		await apiLogin(adminApi, ADMIN.email, ADMIN.password);
		// A person of their own for the signed-in run: it changes its own account and may sign itself out.
		const organisationId = await findOrganisationId(adminApi);
		// A member, not an editor: the run must not unpublish or delete the seeded content other specs read
		// (publish, close and delete forms have no fields, so any body is valid for them).
		const fuzzer = await createUser(adminApi, { role: 'member', organisationId });
		const signedIn = await newApiContext();
		const anonymous = await newApiContext();
		await apiLogin(signedIn, fuzzer.email, fuzzer.password);
		// Things with links (an assessment, a group round with its answer link, a self-check), for the crawl to find.
		await postForm(signedIn, '/vurderinger?/create', { organisationId, title: 'Fuzz' });
		await postForm(signedIn, '/grupper?/open', { organisationId, focusProblem: 'Fuzz' });
		const selfCheck = (await postForm(signedIn, '/vurdering?/start', {})).headers().location ?? '';
		// A reset link of a person of its own (a hostile value might pass as a new password).
		const resetter = await createUser(adminApi);
		const mailsBefore = (await readMails(resetter.email)).length;
		await postForm(anonymous, '/password/forgot', { email: resetter.email });
		await expect.poll(async () => (await readMails(resetter.email)).length).toBeGreaterThan(mailsBefore);
		const resetMail = (await readMails(resetter.email)).at(-1) as Mail;
		const start = ROUTES.filter((r) => !r.hasParams && r.hasLoad).map((r) => r.routeId);
		const paths = await discoverPaths(signedIn, [...start, selfCheck]);
		// The editors' pages are linked for an admin only: a read-only crawl as the admin finds them.
		for (const [routeId, path] of await discoverPaths(adminApi, start)) if (!paths.has(routeId)) paths.set(routeId, path);
		if (selfCheck && !paths.has('/vurdering/[token]/trin/[step]')) paths.set('/vurdering/[token]/trin/[step]', selfCheck);
		paths.set('/password/reset/[token]', new URL(linkFromMail(resetMail)).pathname);
		// Links whose key only a finished self-check or an e-mail gives: a made-up key runs their refusal paths.
		if (!paths.has('/vurdering/delt/[token]')) paths.set('/vurdering/delt/[token]', `/vurdering/delt/${'A'.repeat(44)}`);
		if (!paths.has('/invitation/[token]')) paths.set('/invitation/[token]', `/invitation/${'B'.repeat(43)}`);
		// The API is not linked from pages: its paths from an indicator page the crawl found (no token: the refusal paths).
		const [, slug = 'fuzz', indicatorId = '00000000-0000-4000-8000-000000000000'] =
			/^\/initiativer\/([^/]+)\/maaling\/([0-9a-f-]{36})$/.exec(paths.get('/initiativer/[slug]/maaling/[indicatorId]') ?? '') ?? [];
		paths.set('/api/v1/initiatives/[slug]/indicators', `/api/v1/initiatives/${slug}/indicators`);
		paths.set(
			'/api/v1/initiatives/[slug]/indicators/[indicatorId]/observations',
			`/api/v1/initiatives/${slug}/indicators/${indicatorId}/observations`
		);
		completePaths(paths);
		// The field names of every form, as the admin sees them (every form is shown to them).
		const fieldsByPath = new Map<string, Map<string, string[]>>();
		for (const path of [...ROUTES.filter((r) => !r.hasParams).map((r) => r.routeId), ...paths.values()]) {
			const response = await adminApi.get(path, { maxRedirects: 0 });
			if ((response.headers()['content-type'] ?? '').includes('text/html')) fieldsByPath.set(path, formFields(await response.text()));
		}
		const targets = buildTargets(paths, fieldsByPath);
		// Sign-out comes last in the signed-in run, so the session lasts to the end.

		const serverErrors: string[] = [];
		let requests = 0;
		const logout = targets.filter((t) => t.path.startsWith('/logout'));
		for (const [who, api, list] of [
			['anonymous', anonymous, targets],
			['signed in', signedIn, targets.filter((t) => !t.path.startsWith('/logout'))]
		] as const) {
			await inParallel(list, 6, async (target) => {
				requests++;
				const status = await send(api, target);
				if (status >= 500) serverErrors.push(`${who}: ${target.label} → ${status}`);
			});
		}
		// Random values on top (fixed seed): one random value in every field of a random action or query.
		const actionTargets = targets.filter((t) => t.body?.kind === 'form');
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...actionTargets), randomValue, fc.boolean(), async (target, value, useGet) => {
				requests++;
				const fields = Object.fromEntries(Object.keys((target.body as { fields: Record<string, string> }).fields).map((k) => [k, value]));
				const status = useGet
					? (
							await anonymous.get(`${target.path.split('?')[0]}?${new URLSearchParams({ q: value, page: value, restore: value })}`, {
								maxRedirects: 0
							})
						).status()
					: (await postForm(signedIn, target.path, fields)).status();
				if (status >= 500) serverErrors.push(`random: ${target.label} ${JSON.stringify(value.slice(0, 20))} → ${status}`);
				return true;
			}),
			{ numRuns: 60, seed: 20261202 }
		);
		for (const target of logout) {
			requests++;
			const status = await send(signedIn, target);
			if (status >= 500) serverErrors.push(`signed in: ${target.label} → ${status}`);
		}
		console.log(
			`fuzz: ${requests} requests over ${ROUTES.length} routes (${paths.size} with real parameters), ${serverErrors.length} answered 5xx`
		);
		// Every route with parameters was found with a real instance, so its actions ran past the lookup.
		const missing = ROUTES.filter((r) => r.hasParams && !paths.has(r.routeId)).map((r) => r.routeId);
		expect(serverErrors, serverErrors.slice(0, 60).join('\n')).toEqual([]);
		expect(missing, `routes the crawl found no instance of: ${missing.join(', ')}`).toEqual([]);
		await Promise.all([adminApi.dispose(), signedIn.dispose(), anonymous.dispose()]);
	});
});

test.describe('the requests reported in V6', () => {
	test('answer 4xx with a clear message, and a form keeps what was typed', async () => {
		const anonymous = await newApiContext();
		const nul = await anonymous.get('/eksempler?q=a%00b');
		expect(nul.status()).toBe(400);
		expect(await nul.text()).toContain('kontroltegn');
		expect((await anonymous.get('/eksempler/%00')).status()).toBe(400);
		const reserved = await anonymous.post('/login?/default', { form: { email: 'a@b.dk', password: 'x' }, maxRedirects: 0 });
		expect(reserved.status()).toBe(404);
		const plain = await anonymous.post('/login', { data: 'email=a@b.dk', headers: { 'Content-Type': 'text/plain' }, maxRedirects: 0 });
		expect(plain.status()).toBe(415);
		expect(await plain.text()).toContain('Formularen kunne ikke læses');
		const broken = await anonymous.post('/login', {
			data: '--XYZ\r\nbroken',
			headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
			maxRedirects: 0
		});
		expect(broken.status()).toBe(400);
		const language = await postForm(anonymous, '/language', { locale: 'en', next: '/\u0000' });
		expect(language.status()).toBe(400);

		const adminApi = await newApiContext();
		await apiLogin(adminApi, ADMIN.email, ADMIN.password);
		const profile = await postForm(adminApi, '/account?/profile', { form: 'profile', name: 'Ada\u0000Admin', locale: 'da' });
		expect(profile.status()).toBe(400);
		const profileHtml = await profile.text();
		expect(profileHtml).toContain('usynligt kontroltegn');
		expect(profileHtml).toContain('value="Ada'); // the name as typed is still in the field
		const invite = await postForm(adminApi, '/admin/users?/invite', {
			form: 'invite',
			email: `${Date.now()}-fk@e2e.test`,
			name: 'Fremmed nøgle',
			platformRole: 'member',
			locale: 'da',
			organisationId: '00000000-0000-4000-8000-000000000000'
		});
		expect(invite.status()).toBe(400);
		expect(await invite.text()).toContain('Organisationen findes ikke');
		const principles = await (await adminApi.get('/principper')).text();
		const slug = /href="\/principper\/([a-z0-9-]+)"/.exec(principles)?.[1];
		const restore = await postForm(adminApi, `/principper/${slug}/historik?/restore`, { restore: '99999999999999999999', revision: '1' });
		expect(restore.status()).toBe(404);
		await Promise.all([anonymous.dispose(), adminApi.dispose()]);
	});
});
