/**
 * /api/v1 end to end through its route modules (issue 13 § 7): tokens and their scopes, revocation
 * and expiry, isolation between initiatives, a partner editor's token and other actors, the rate
 * limit under parallel calls, problem details, and a submitted value waiting for approval. Runs on
 * PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client.ts';

const holder = vi.hoisted(() => ({ db: undefined as unknown as Database }));
vi.mock('../app.ts', () => ({ getDatabase: () => ({ db: holder.db }) }));

import type { Actor } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { auditLog } from '../audit/audit.table.ts';
import { AppError } from '../http/errors.ts';
import { initiativeMembers } from '../initiatives/initiatives.table.ts';
import { ROUTE_POLICIES } from '../policy/route-policy.ts';
import { createTestInitiative, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { createApiToken, hashApiToken, listApiTokens, revokeApiToken } from '../measurement/api-tokens.usecases.ts';
import { createIndicator, type IndicatorInput } from '../measurement/indicators.usecases.ts';
import { apiTokens, observations } from '../measurement/measurement.table.ts';
import { listWaitingApprovals } from '../measurement/observations.usecases.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { type ApiScope, handleApiRequest } from './endpoint.ts';
import { listIndicatorsOperation, submitObservationOperation } from './operations.ts';
import { ApiIndicatorListSchema, ApiObservationListSchema, ApiSubmittedSchema, ProblemSchema } from './schemas.ts';

/** The real route modules (through Vite's glob, as the server layer imports nothing from routes statically). */
const routeModules = import.meta.glob('../../../routes/api/v1/**/+server.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const routeSources = import.meta.glob('../../../routes/api/v1/**/+server.ts', { eager: true, query: '?raw', import: 'default' }) as Record<
	string,
	string
>;
const indicatorsRoute = routeModules['../../../routes/api/v1/initiatives/[slug]/indicators/+server.ts'];
const observationsRoute = routeModules['../../../routes/api/v1/initiatives/[slug]/indicators/[indicatorId]/observations/+server.ts'];

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let world: TestInitiative;
let other: TestInitiative;
let indicatorId: string;
let otherIndicatorId: string;
const as = (actor: Actor) => contextFor(database.db, actor);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const definition: IndicatorInput = {
	name: 'Unge i job',
	definition: '',
	kind: 'better_off',
	polarity: 'higher_is_better',
	frequency: 'quarter',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: '0',
	validMax: '10000',
	responsibleActorId: undefined,
	goalIds: [],
	dimensions: [
		{
			key: 'koen',
			label: 'Køn',
			categories: [
				{ key: 'k', label: 'Kvinde' },
				{ key: 'm', label: 'Mand' }
			]
		}
	]
};

async function caught(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

async function newToken(actor: Actor, scope: ApiScope, initiative = world, actorId?: string) {
	return createApiToken(as(actor), initiative.slug, {
		name: `${scope} ${crypto.randomUUID().slice(0, 6)}`,
		scope,
		expiresOn: inDays(30),
		actorId: scope === 'submit' ? (actorId ?? initiative.ownActorId) : undefined
	});
}

type Handler = (event: never) => Promise<Response>;
interface CallOptions {
	token?: string;
	slug?: string;
	indicator?: string;
	body?: unknown;
	query?: string;
	headers?: Record<string, string>;
}

/** Calls the real route module's handler the way SvelteKit would. */
async function call(route: 'indicators' | 'observations', method: 'GET' | 'POST', options: CallOptions = {}) {
	const slug = options.slug ?? world.slug;
	const indicator = options.indicator ?? indicatorId;
	const path =
		route === 'indicators'
			? `/api/v1/initiatives/${slug}/indicators`
			: `/api/v1/initiatives/${slug}/indicators/${indicator}/observations${options.query ?? ''}`;
	const headers: Record<string, string> = { ...options.headers };
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	if (options.body !== undefined) headers['content-type'] ??= 'application/json';
	const request = new Request(`http://127.0.0.1${path}`, {
		method,
		headers,
		body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
	});
	const module = (route === 'indicators' ? indicatorsRoute : observationsRoute) as Record<string, Handler | undefined> | undefined;
	const handler = module?.[method];
	if (!handler) throw new Error(`${route} has no ${method}`);
	const response = await handler({
		request,
		params: { slug, indicatorId: indicator },
		locals: { requestId: crypto.randomUUID(), ip: '127.0.0.1' }
	} as never);
	const text = await response.text();
	return { response, status: response.status, body: text ? JSON.parse(text) : null };
}

function expectProblem(result: { response: Response; status: number; body: unknown }, status: number, type: string) {
	expect(result.status).toBe(status);
	expect(result.response.headers.get('content-type')).toBe('application/problem+json');
	const problem = ProblemSchema.parse(result.body);
	expect(problem).toMatchObject({ status, type: `urn:samspil:problem:${type}` });
	expect(problem.title.length).toBeGreaterThan(0);
	expect(problem.detail.length).toBeGreaterThan(0);
	expect(problem.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
	return problem;
}

async function observationCount() {
	return (await database.db.select().from(observations).where(eq(observations.indicatorId, indicatorId))).length;
}

beforeAll(async () => {
	database = await createTestDatabase();
	holder.db = database.db;
	world = await createTestInitiative(database.db);
	other = await createTestInitiative(database.db);
	indicatorId = (await createIndicator(as(world.lead), world.slug, definition)).id;
	otherIndicatorId = (await createIndicator(as(other.lead), other.slug, { ...definition, name: 'Andet' })).id;
}, 120_000);

afterAll(async () => {
	await database?.dispose();
});

describe('making tokens', () => {
	it('shows the secret once (smp_ + 256 bits) and keeps only its SHA-256; audited', async () => {
		const { id, token } = await newToken(world.lead, 'read');
		expect(token).toMatch(/^smp_[A-Za-z0-9_-]{43}$/);
		const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(row.tokenHash).toBe(hashApiToken(token));
		expect(JSON.stringify(row)).not.toContain(token.slice(4));
		expect(row.scopes).toEqual(['read']);
		const listed = await listApiTokens(as(world.lead), world.slug);
		expect(JSON.stringify(listed)).not.toContain(token.slice(4));
		expect(listed.tokens.find((t) => t.id === id)).toMatchObject({ isLive: true, lastUsedAt: null });
		const [audit] = await findAuditEntries(database.db, { action: 'initiative.api_token_created' });
		expect(audit).toMatchObject({ initiativeId: world.id, targetId: id, actorUserId: world.lead.userId });
		expect(JSON.stringify(audit.details)).not.toContain(token.slice(4));
	});

	it('requires an expiry from tomorrow to a year ahead', async () => {
		for (const expiresOn of [inDays(0), inDays(-3), inDays(366), '2020-01-01']) {
			const error = await caught(createApiToken(as(world.lead), world.slug, { name: 'x', scope: 'read', expiresOn }));
			expect(error.fields).toEqual({ expiresOn: 'field_measurement_api_expiry_range' });
		}
		await expect(createApiToken(as(world.lead), world.slug, { name: 'x', scope: 'read', expiresOn: inDays(365) })).resolves.toBeDefined();
	});

	it('lets a partner editor make submit tokens for their own actor only, and no read tokens', async () => {
		const own = await createApiToken(as(world.editor), world.slug, { name: 'Kommunens system', scope: 'submit', expiresOn: inDays(10) });
		const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, own.id));
		expect(row).toMatchObject({ actorId: world.ownActorId, scopes: ['read', 'submit'] });
		const forOther = await caught(
			createApiToken(as(world.editor), world.slug, { name: 'x', scope: 'submit', expiresOn: inDays(10), actorId: world.otherActorId })
		);
		expect(forOther.code).toBe('forbidden');
		expect((await caught(createApiToken(as(world.editor), world.slug, { name: 'x', scope: 'read', expiresOn: inDays(10) }))).code).toBe(
			'forbidden'
		);
		// the editor sees their actor's tokens only
		const listed = await listApiTokens(as(world.editor), world.slug);
		expect(listed.tokens.length).toBeGreaterThan(0);
		expect(listed.tokens.every((t) => t.actorId === world.ownActorId)).toBe(true);
		expect(listed.actors.map((a) => a.id)).toEqual([world.ownActorId]);
	});

	it('refuses viewers (forbidden), outsiders and other initiatives (not found), and actors of another initiative', async () => {
		expect((await caught(newToken(world.viewer, 'read'))).code).toBe('forbidden');
		expect((await caught(newToken(world.outsider, 'read'))).code).toBe('not_found');
		expect((await caught(newToken(world.lead, 'read', other))).code).toBe('not_found');
		const foreignActor = await caught(newToken(world.lead, 'submit', world, other.ownActorId));
		expect(foreignActor.fields).toEqual({ actorId: 'field_measurement_not_in_initiative' });
	});
});

describe('/api/v1 authentication', () => {
	it('answers 401 with WWW-Authenticate and a problem to no token, a cookie, a malformed or an unknown token', async () => {
		const none = await call('indicators', 'GET');
		expectProblem(none, 401, 'unauthorized');
		expect(none.response.headers.get('www-authenticate')).toBe('Bearer realm="samspil-api"');
		const cookieOnly = await call('indicators', 'GET', { headers: { cookie: 'samspil_session=whatever' } });
		expectProblem(cookieOnly, 401, 'unauthorized');
		const basic = await call('indicators', 'GET', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
		expectProblem(basic, 401, 'unauthorized');
		const unknown = await call('indicators', 'GET', { token: `smp_${'A'.repeat(43)}` });
		expectProblem(unknown, 401, 'unauthorized');
		expect(unknown.response.headers.get('www-authenticate')).toContain('error="invalid_token"');
		const unknownPost = await call('observations', 'POST', { token: `smp_${'B'.repeat(43)}`, body: { period: '2026-Q1', value: 1 } });
		expectProblem(unknownPost, 401, 'unauthorized');
		expect(await observationCount()).toBe(0);
	});

	it('reads the indicators with a read token and marks the token used', async () => {
		const { id, token } = await newToken(world.lead, 'read');
		const result = await call('indicators', 'GET', { token });
		expect(result.status).toBe(200);
		const { data } = ApiIndicatorListSchema.parse(result.body);
		expect(data.map((i) => i.id)).toEqual([indicatorId]);
		expect(data[0]).toMatchObject({ name: 'Unge i job', frequency: 'quarter', validMax: '10000', dimensions: [{ key: 'koen' }] });
		const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(row.lastUsedAt).not.toBeNull();
	});

	it("answers 404 to another initiative's token, to an unknown slug, and to another initiative's indicator", async () => {
		const { token } = await newToken(other.lead, 'submit', other);
		const onWorld = await call('indicators', 'GET', { token });
		expectProblem(onWorld, 404, 'not_found');
		expect(JSON.stringify(onWorld.body)).not.toContain('Unge i job');
		expectProblem(await call('indicators', 'GET', { token, slug: 'findes-ikke' }), 404, 'not_found');
		const post = await call('observations', 'POST', { token, body: { period: '2026-Q1', value: 5 } });
		expectProblem(post, 404, 'not_found');
		expect(await observationCount()).toBe(0);
		// world's own token, other's indicator id
		const mine = await newToken(world.lead, 'submit');
		expectProblem(await call('observations', 'GET', { token: mine.token, indicator: otherIndicatorId }), 404, 'not_found');
		expectProblem(
			await call('observations', 'POST', { token: mine.token, indicator: otherIndicatorId, body: { period: '2026-Q1', value: 5 } }),
			404,
			'not_found'
		);
		const audit = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'initiative.api_token_refused'), eq(auditLog.initiativeId, other.id)));
		expect(audit.some((entry) => (entry.details as { reason?: string }).reason === 'other_initiative')).toBe(true);
	});
});

describe('/api/v1 scopes and submitting', () => {
	it('refuses a POST with a read token (403 insufficient_scope) and stores nothing', async () => {
		const { token } = await newToken(world.lead, 'read');
		const result = await call('observations', 'POST', { token, body: { period: '2026-Q1', value: 5 } });
		expectProblem(result, 403, 'insufficient_scope');
		expect(result.response.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
		expect(await observationCount()).toBe(0);
	});

	it('submits through the use case: the value waits for approval, for the token actor, by its maker', async () => {
		const { token } = await newToken(world.lead, 'submit', world, world.otherActorId);
		const result = await call('observations', 'POST', {
			token,
			body: { period: '2026-q1', value: '1,234.5', categories: { koen: 'k' }, note: 'fra API' }
		});
		expect(result.status).toBe(201);
		const submitted = ApiSubmittedSchema.parse(result.body);
		expect(submitted).toMatchObject({ state: 'submitted', period: '2026-Q1', value: '1234.5', replacedId: null });
		const waiting = await listWaitingApprovals(as(world.lead), world.slug);
		expect(waiting.find((w) => w.id === submitted.id)).toMatchObject({
			value: '1234.5',
			reportingActorId: world.otherActorId,
			submittedBy: world.lead.userId,
			note: 'fra API',
			state: 'submitted'
		});
		const audit = await findAuditEntries(database.db, { action: 'initiative.observation_submitted' });
		expect(audit.some((entry) => entry.targetId === submitted.id && entry.actorUserId === world.lead.userId)).toBe(true);
		// only approved values by default; the waiting one on request, marked
		const approvedOnly = await call('observations', 'GET', { token });
		expect(ApiObservationListSchema.parse(approvedOnly.body).data).toEqual([]);
		const withWaiting = await call('observations', 'GET', { token, query: '?include=submitted' });
		expect(ApiObservationListSchema.parse(withWaiting.body).data).toEqual([
			expect.objectContaining({ id: submitted.id, state: 'submitted', value: '1234.5', categories: { koen: 'k' } })
		]);
		expectProblem(await call('observations', 'GET', { token, query: '?include=everything' }), 400, 'validation');
	});

	it('takes JSON numbers as exact decimals and flags unusual values for the approver', async () => {
		const { token } = await newToken(world.lead, 'submit');
		const result = await call('observations', 'POST', { token, body: { period: '2025-Q4', value: 20000.25 } });
		expect(result.status).toBe(201);
		expect(result.body).toMatchObject({ value: '20000.25' });
		expect(result.body.flags.length).toBeGreaterThan(0);
	});

	it("does not let a partner editor's token submit for another actor", async () => {
		const { token, id } = await createApiToken(as(world.editor), world.slug, { name: 'Kommunen', scope: 'submit', expiresOn: inDays(5) });
		const before = await observationCount();
		const named = await call('observations', 'POST', {
			token,
			body: { period: '2026-Q2', value: 3, reportingActorId: world.otherActorId }
		});
		const problem = expectProblem(named, 400, 'validation');
		expect(problem.errors).toEqual([{ field: 'reportingActorId', code: 'field_measurement_api_other_actor', detail: expect.any(String) }]);
		// a token row pointing at another actor (as if it had been made wrongly): the use case still refuses
		await database.db.update(apiTokens).set({ actorId: world.otherActorId }).where(eq(apiTokens.id, id));
		expectProblem(await call('observations', 'POST', { token, body: { period: '2026-Q2', value: 3 } }), 403, 'forbidden');
		expect(await observationCount()).toBe(before);
		await database.db.update(apiTokens).set({ actorId: world.ownActorId }).where(eq(apiTokens.id, id));
		const own = await call('observations', 'POST', { token, body: { period: '2026-Q2', value: 3 } });
		expect(own.status).toBe(201);
		const waiting = await listWaitingApprovals(as(world.lead), world.slug);
		expect(waiting.find((w) => w.id === own.body.id)).toMatchObject({
			reportingActorId: world.ownActorId,
			submittedBy: world.editor.userId
		});
	});

	it('answers validation problems with one entry per field, and refuses unknown fields, non-JSON and other media types', async () => {
		const { token } = await newToken(world.lead, 'submit');
		const before = await observationCount();
		const invalid = await call('observations', 'POST', { token, body: { period: '2026-13', value: '12,5', categories: { koen: 'x' } } });
		const problem = expectProblem(invalid, 400, 'validation');
		expect(problem.errors?.map((e) => e.field).sort()).toEqual(['period', 'value']);
		for (const entry of problem.errors ?? []) expect(entry.detail).not.toBe(entry.code);
		const category = await call('observations', 'POST', { token, body: { period: '2026-Q3', value: 1, categories: { koen: 'x' } } });
		expect(expectProblem(category, 400, 'validation').errors).toEqual([
			expect.objectContaining({ field: 'categories', code: 'field_measurement_category_unknown' })
		]);
		const wrongFrequency = await call('observations', 'POST', { token, body: { period: '2026-03', value: 1 } });
		expect(expectProblem(wrongFrequency, 400, 'validation').errors?.[0]?.field).toBe('period');
		const extra = await call('observations', 'POST', { token, body: { period: '2026-Q3', value: 1, state: 'approved' } });
		expectProblem(extra, 400, 'validation');
		expectProblem(await call('observations', 'POST', { token, body: '{"period": ' }), 400, 'malformed_body');
		expectProblem(await call('observations', 'POST', { token, body: '[1]' }), 400, 'malformed_body');
		expectProblem(
			await call('observations', 'POST', {
				token,
				body: 'period=2026-Q3&value=1',
				headers: { 'content-type': 'application/x-www-form-urlencoded' }
			}),
			415,
			'unsupported_media_type'
		);
		expectProblem(
			await call('observations', 'POST', { token, body: { period: '2026-Q3', value: 1, note: 'x'.repeat(20_000) } }),
			413,
			'payload_too_large'
		);
		expect(await observationCount()).toBe(before);
	});
});

describe('/api/v1 revocation, expiry and members who left', () => {
	it('refuses a revoked token at once (401, audited); only the lead or the actor’s editor revokes', async () => {
		const { id, token } = await newToken(world.lead, 'read');
		expect((await call('indicators', 'GET', { token })).status).toBe(200);
		expect((await caught(revokeApiToken(as(world.editor), world.slug, id))).code).toBe('forbidden');
		expect((await caught(revokeApiToken(as(other.lead), world.slug, id))).code).toBe('not_found');
		expect((await caught(revokeApiToken(as(world.lead), other.slug, id))).code).toBe('not_found');
		await revokeApiToken(as(world.lead), world.slug, id);
		const refused = await call('indicators', 'GET', { token });
		expectProblem(refused, 401, 'unauthorized');
		expect(refused.body.detail).toContain('revoked');
		expect(refused.response.headers.get('www-authenticate')).toContain('error="invalid_token"');
		expect((await caught(revokeApiToken(as(world.lead), world.slug, id))).code).toBe('conflict');
		const revokedAudit = await findAuditEntries(database.db, { action: 'initiative.api_token_revoked' });
		expect(revokedAudit[0]).toMatchObject({ targetId: id, initiativeId: world.id });
		const refusedAudit = await findAuditEntries(database.db, { action: 'initiative.api_token_refused' });
		expect(refusedAudit.some((entry) => entry.targetId === id && (entry.details as { reason?: string }).reason === 'revoked')).toBe(true);
		// a partner editor revokes their own actor's token
		const editors = await createApiToken(as(world.editor), world.slug, { name: 'e', scope: 'submit', expiresOn: inDays(5) });
		await revokeApiToken(as(world.editor), world.slug, editors.id);
	});

	it('refuses an expired token (401)', async () => {
		const { token, expiresAt } = await newToken(world.lead, 'read');
		const later = new Date(expiresAt.getTime() + 1);
		const request = new Request(`http://127.0.0.1/api/v1/initiatives/${world.slug}/indicators`, {
			headers: { authorization: `Bearer ${token}` }
		});
		const deps = { db: database.db, rateLimit: { name: 'api-expiry', limit: 100, windowSeconds: 60 } };
		const input = { request, params: { slug: world.slug }, requestId: crypto.randomUUID(), ip: '127.0.0.1' };
		const justBefore = await handleApiRequest(
			{ ...deps, now: () => new Date(expiresAt.getTime() - 1000) },
			input,
			'read',
			listIndicatorsOperation
		);
		expect(justBefore.status).toBe(200);
		const expired = await handleApiRequest(
			{ ...deps, now: () => later },
			{ ...input, request: request.clone() },
			'read',
			listIndicatorsOperation
		);
		expect(expired.status).toBe(401);
		expect(((await expired.json()) as { detail: string }).detail).toContain('expired');
		expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
	});

	it("stops a token whose maker left the initiative (and follows the maker's role)", async () => {
		const { token } = await createApiToken(as(world.editor), world.slug, { name: 'k', scope: 'submit', expiresOn: inDays(5) });
		await database.db
			.update(initiativeMembers)
			.set({ role: 'viewer' })
			.where(eq(initiativeMembers.userId, world.editor.userId as string));
		expectProblem(await call('observations', 'POST', { token, body: { period: '2024-Q1', value: 1 } }), 403, 'forbidden');
		await database.db.delete(initiativeMembers).where(eq(initiativeMembers.userId, world.editor.userId as string));
		expectProblem(await call('indicators', 'GET', { token }), 401, 'unauthorized');
		await database.db.insert(initiativeMembers).values({
			initiativeId: world.id,
			userId: world.editor.userId as string,
			role: 'partner_editor',
			actorId: world.ownActorId
		});
		expect((await call('indicators', 'GET', { token })).status).toBe(200);
	});
});

describe('/api/v1 rate limit', () => {
	it('lets exactly the limit through among parallel calls of one token; the rest get 429 with Retry-After', async () => {
		const { token } = await newToken(world.lead, 'submit');
		const now = new Date('2026-12-02T10:00:15Z');
		const deps = { db: database.db, rateLimit: { name: 'api-test', limit: 5, windowSeconds: 60 }, now: () => now };
		const results = await Promise.all(
			Array.from({ length: 12 }, () =>
				handleApiRequest(
					deps,
					{
						request: new Request(`http://127.0.0.1/api/v1/initiatives/${world.slug}/indicators`, {
							headers: { authorization: `Bearer ${token}` }
						}),
						params: { slug: world.slug },
						requestId: crypto.randomUUID(),
						ip: '127.0.0.1'
					},
					'read',
					listIndicatorsOperation
				)
			)
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(7);
		const limited = results.find((r) => r.status === 429) as Response;
		expect(limited.headers.get('retry-after')).toBe('45');
		expect(limited.headers.get('content-type')).toBe('application/problem+json');
		// another token has its own budget
		const second = await newToken(world.lead, 'read');
		const fresh = await handleApiRequest(
			deps,
			{
				request: new Request(`http://127.0.0.1/x`, { method: 'POST', headers: { authorization: `Bearer ${second.token}` } }),
				params: { slug: world.slug },
				requestId: crypto.randomUUID(),
				ip: '127.0.0.1'
			},
			'submit',
			submitObservationOperation
		);
		expect(fresh.status).toBe(403);
	});
});

describe('/api/v1 routes: nothing without a token', () => {
	const sources = routeSources;
	const guarded = Object.entries(routeModules).filter(([path]) => !path.includes('/openapi.json/'));

	it('finds the API routes (guards the glob itself)', () => {
		expect(guarded.length).toBeGreaterThanOrEqual(2);
		expect(indicatorsRoute?.GET).toBeTypeOf('function');
		expect(observationsRoute?.POST).toBeTypeOf('function');
	});

	it('every method of every data route goes through apiEndpoint() and its policy entry is the bearer gate', () => {
		for (const [path, module] of guarded) {
			const methods = Object.keys(module).filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name));
			expect(methods.length, path).toBeGreaterThan(0);
			for (const method of methods)
				expect(sources[path], `${path} ${method}`).toMatch(new RegExp(`export const ${method} = apiEndpoint\\(`));
		}
		for (const [routeId, policy] of Object.entries(ROUTE_POLICIES).filter(
			([id]) => id.startsWith('/api/') && id !== '/api/v1/openapi.json'
		))
			expect(Object.values(policy.endpoints ?? {}), routeId).toEqual(expect.arrayContaining(['api.bearer_token']));
	});

	it('every method of every data route answers 401 without a token, even with a session cookie', async () => {
		for (const [path, module] of guarded) {
			for (const [method, handler] of Object.entries(module)) {
				if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) continue;
				const request = new Request('http://127.0.0.1/api/v1/x', {
					method,
					headers: { cookie: 'samspil_session=a-valid-looking-session', 'content-type': 'application/json' },
					body: method === 'GET' ? undefined : JSON.stringify({ period: '2026-Q1', value: 1 })
				});
				const response = await (handler as Handler)({
					request,
					params: { slug: world.slug, indicatorId },
					locals: { requestId: crypto.randomUUID(), ip: '127.0.0.1', actor: world.lead, user: { id: world.lead.userId } }
				} as never);
				expect(response.status, `${method} ${path}`).toBe(401);
			}
		}
	});
});
