/**
 * The one way into /api/v1 (issue 13 § 7, Z1): every endpoint is `apiEndpoint(scope, operation)`,
 * which authenticates the bearer token before anything else runs. Only the `Authorization` header
 * counts: a session cookie is never read here, so a signed-in browser (or a page on another site
 * posting with the person's cookie) can do nothing through the API — there is no CSRF surface.
 *
 * Order: token present and known (else 401 + `WWW-Authenticate`) → the token's rate limit (429 +
 * `Retry-After`, counted in the database so every app server shares it) → revoked or expired (401)
 * → the token's initiative is the one in the address (else 404, as for anything not found, Z3) →
 * the scope (403 `insufficient_scope`) → the person who made the token is still a member (401) →
 * the operation, which calls the same use cases as the pages, as that person. Refusals of a known
 * token are audited in the initiative's history, in bounded volume (audit/denials.ts).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { PlatformRole } from '../../domain/policy/policy.ts';
import { getDatabase } from '../app.ts';
import { recordDenial } from '../audit/denials.ts';
import { getConfig } from '../config/config.ts';
import type { UseCaseContext } from '../context.ts';
import type { Database } from '../db/client.ts';
import { isAppError } from '../http/errors.ts';
import { countHits, type RateLimit, windowStartOf } from '../limits/rate-limit.ts';
import { log, logUnhandledError } from '../log/logger.ts';
import { findApiTokenByHash, touchApiToken } from '../measurement/api-tokens.repository.ts';
import { API_TOKEN_PREFIX, hashApiToken } from '../measurement/api-tokens.usecases.ts';
import { fieldProblems, type ProblemCode, problemResponse } from './problem.ts';

export type ApiScope = 'read' | 'submit';

export interface ApiToken {
	id: string;
	name: string;
	initiativeId: string;
	scopes: ApiScope[];
	/** The actor a submit token reports for. */
	actorId: string | null;
}

/** What an operation is handed: the use-case context (acting as the token's maker), the token, the request. */
export interface ApiCall {
	ctx: UseCaseContext;
	token: ApiToken;
	slug: string;
	params: Record<string, string | undefined>;
	request: Request;
	url: URL;
}

export type ApiOperation = (call: ApiCall) => Promise<Response>;

export interface ApiDeps {
	db: Database;
	rateLimit: RateLimit;
	now?: () => Date;
}

export interface ApiRequest {
	request: Request;
	params: Record<string, string | undefined>;
	requestId: string;
	ip: string;
}

/** Per token (and, for unknown tokens, per address): calls per minute, from the settings. */
export function apiRateLimit(perMinute = getConfig().RATE_LIMIT_API_PER_MINUTE): RateLimit {
	return { name: 'api', limit: perMinute, windowSeconds: 60 };
}

const REALM = 'Bearer realm="samspil-api"';
/** `smp_` and 43 base64url characters (256 bits). */
const TOKEN_SHAPE = /^smp_[A-Za-z0-9_-]{43}$/;

/** A refusal of a known token, for the initiative's history (bounded, see audit/denials.ts). */
type Refusal = 'revoked' | 'expired' | 'other_initiative' | 'scope' | 'maker_gone';

/** The endpoint for SvelteKit: the database of the running app, the configured limit. */
export function apiEndpoint(scope: ApiScope, operation: ApiOperation) {
	return (event: Pick<RequestEvent, 'request' | 'params' | 'locals'>) =>
		handleApiRequest(
			{ db: getDatabase().db, rateLimit: apiRateLimit() },
			{
				request: event.request,
				params: event.params as Record<string, string | undefined>,
				requestId: event.locals.requestId,
				ip: event.locals.ip
			},
			scope,
			operation
		);
}

export async function handleApiRequest(deps: ApiDeps, input: ApiRequest, scope: ApiScope, operation: ApiOperation): Promise<Response> {
	const { db } = deps;
	const now = deps.now ? deps.now() : new Date();
	const { requestId, ip } = input;
	const problem = (code: ProblemCode, detail: string, headers?: Record<string, string>) =>
		problemResponse(code, { detail, requestId, headers });
	const unauthorized = (detail: string, error?: string) =>
		problem('unauthorized', detail, { 'www-authenticate': error ? `${REALM}, error="${error}"` : REALM });

	const header = input.request.headers.get('authorization') ?? '';
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	if (!match) return unauthorized(`Send the API token in the Authorization header: "Authorization: Bearer ${API_TOKEN_PREFIX}…".`);
	const secret = match[1] as string;
	const found = TOKEN_SHAPE.test(secret) ? await findApiTokenByHash(db, hashApiToken(secret)) : undefined;
	if (!found) {
		const limited = await overLimit(deps, `unknown:${ip}`, now);
		if (limited) return limited(requestId);
		await recordDenial(
			db,
			{ actorUserId: null, action: 'access.denied', refused: 'api unknown token', requestId, ip, details: { api: true } },
			now
		);
		return unauthorized('The API token is not known.', 'invalid_token');
	}
	const { token: row } = found;
	const limited = await overLimit(deps, `token:${row.id}`, now);
	if (limited) return limited(requestId);

	const refuse = async (reason: Refusal) => {
		await recordDenial(
			db,
			{
				actorUserId: null,
				action: 'initiative.api_token_refused',
				refused: `api token ${row.id} ${reason}`,
				initiativeId: row.initiativeId,
				targetType: 'api_token',
				targetId: row.id,
				requestId,
				ip,
				details: { name: row.name, reason, method: input.request.method }
			},
			now
		);
	};
	if (row.revokedAt !== null) {
		await refuse('revoked');
		return unauthorized('The API token has been revoked.', 'invalid_token');
	}
	if (row.expiresAt <= now) {
		await refuse('expired');
		return unauthorized('The API token has expired.', 'invalid_token');
	}
	const slug = input.params.slug ?? '';
	if (found.initiativeSlug !== slug) {
		// another initiative's address (or one that does not exist): the same answer, Z3
		await refuse('other_initiative');
		return problem('not_found', 'No such initiative for this token.');
	}
	const scopes = row.scopes as ApiScope[];
	if (!scopes.includes(scope)) {
		await refuse('scope');
		return problem('insufficient_scope', `This needs a token with the "${scope}" scope.`, {
			'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"`
		});
	}
	if (!row.createdBy || found.creatorStatus === 'disabled' || !found.memberRole || !found.creatorRole) {
		await refuse('maker_gone');
		return unauthorized('The person who made this API token is no longer a member of the initiative.', 'invalid_token');
	}
	await touchApiToken(db, row.id, now);

	const ctx: UseCaseContext = {
		db,
		actor: { userId: row.createdBy, platformRole: found.creatorRole as PlatformRole },
		requestId,
		ip,
		...(deps.now ? { now: deps.now } : {})
	};
	const token: ApiToken = { id: row.id, name: row.name, initiativeId: row.initiativeId, scopes, actorId: row.actorId };
	try {
		return await operation({ ctx, token, slug, params: input.params, request: input.request, url: new URL(input.request.url) });
	} catch (caught) {
		if (!isAppError(caught)) {
			// L2: the route and the request id; never the token, the body or the query
			logUnhandledError(log, { requestId, route: 'api', error: caught });
			return problem('internal', 'Something went wrong on our side. Quote the request id in the instance field.');
		}
		switch (caught.code) {
			case 'invalid_input':
				return problemResponse('validation', {
					detail: 'Some fields are not valid.',
					requestId,
					errors: fieldProblems(caught.fields)
				});
			case 'not_found':
				return problem('not_found', 'Not found.');
			case 'forbidden':
				return problem('forbidden', 'The person who made this token may not do this (their role in the initiative decides).');
			case 'archived':
				return problem('archived', 'The initiative is archived: nothing can be submitted to it.');
			case 'conflict':
			case 'stale_revision':
				return problemResponse('conflict', {
					detail: 'Someone changed this at the same time. Try again.',
					requestId,
					errors: fieldProblems(caught.fields)
				});
			case 'too_many_requests':
				return problem('rate_limited', 'Too many requests.', { 'retry-after': '60' });
			default:
				return problem('validation', `The request was refused (${caught.code}).`);
		}
	}
}

/** One hit on the key's window; over the limit, the 429 to send (with the seconds left in the window). */
async function overLimit(deps: ApiDeps, who: string, now: Date): Promise<((requestId: string) => Response) | null> {
	const { rateLimit } = deps;
	const windowStart = windowStartOf(now, rateLimit.windowSeconds);
	const [hits = 0] = await countHits(deps.db, [`${rateLimit.name}:${who}`], windowStart);
	if (hits <= rateLimit.limit) return null;
	const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + rateLimit.windowSeconds * 1000 - now.getTime()) / 1000));
	return (requestId) =>
		problemResponse('rate_limited', {
			detail: `At most ${rateLimit.limit} requests per ${rateLimit.windowSeconds} seconds per token. Try again in ${retryAfter} s.`,
			requestId,
			headers: { 'retry-after': String(retryAfter) }
		});
}
