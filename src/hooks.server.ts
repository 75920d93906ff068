import { type Handle, type HandleServerError, type ServerInit, sequence } from '@sveltejs/kit/hooks';
import { error } from '@sveltejs/kit';
import { type Actor, ANONYMOUS, canReach, isInitiativeAction } from '#lib/domain/policy/policy.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getDatabase, startApp, stopApp } from '#lib/server/app.ts';
import { recordDenial } from '#lib/server/audit/denials.ts';
import { validateSessionToken } from '#lib/server/auth/auth.usecases.ts';
import { refuseBadAddress } from '#lib/server/http/address-input.ts';
import { bodySizeRefusal } from '#lib/server/http/body-size.ts';
import { isAppError } from '#lib/server/http/errors.ts';
import { actorIn, findInitiativeScope } from '#lib/server/initiatives/access.ts';
import { classifyRequest } from '#lib/server/http/request-kind.ts';
import { clearSessionCookie, SESSION_COOKIE } from '#lib/server/http/session-cookie.ts';
import { log, logUnhandledError } from '#lib/server/log/logger.ts';
import { findAllowedMethods, findRequiredAction, isSecretLinkRoute, type RouteRequestKind } from '#lib/server/policy/route-policy.ts';

export const init: ServerInit = async () => {
	try {
		await startApp();
	} catch (cause) {
		const message = describeStartError(cause);
		log.fatal({ err: cause }, 'could not start');
		console.error(`\nSamspil could not start: ${message}\n`);
		process.exit(1);
	}
	process.once('sveltekit:shutdown' as never, () => {
		void stopApp().then(() => process.emit('samspil:closed' as never));
	});
};

/** The error and its causes in one line (a failed query's cause says why: refused connection, wrong password …). */
function describeStartError(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	while (current instanceof Error && parts.length < 4) {
		parts.push(current.message.split('\n')[0] ?? current.message);
		current = current.cause;
	}
	return parts.length ? parts.join(' — ') : String(error);
}

/** Request id, timing, the request log line and the security headers (H2, L2). */
const handleRequestBasics: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = crypto.randomUUID();
	event.locals.ip = safeClientAddress(event.getClientAddress);
	const response = await resolve(event);
	response.headers.set('X-Request-Id', event.locals.requestId);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	if (event.url.protocol === 'https:') response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	// What a signed-in person is shown, what a secret link shows, and answers to form posts (their
	// redirect may name a secret link) stay out of every cache
	const isPrivate =
		event.locals.user !== null ||
		(event.route.id !== null && isSecretLinkRoute(event.route.id)) ||
		!['GET', 'HEAD'].includes(event.request.method) ||
		response.headers.has('set-cookie');
	if (isPrivate) {
		response.headers.set('Cache-Control', 'no-store');
	}
	if (event.route.id !== '/healthz') {
		log.info(
			{
				requestId: event.locals.requestId,
				method: event.request.method,
				// The route id, not the URL: reset links carry their token in the path (L2).
				route: event.route.id ?? '(no route)',
				status: response.status,
				ms: Math.round(performance.now() - started),
				userId: event.locals.user?.id
			},
			'request'
		);
	}
	return response;
};

function safeClientAddress(getClientAddress: () => string): string {
	try {
		return getClientAddress();
	} catch {
		return 'unknown';
	}
}

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		// Only cookie/header strategies are used, so the request comes back unchanged.
		void request;
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** V6: control characters in the address and unknown action names are refused before any route runs. */
const handleAddressInput: Handle = ({ event, resolve }) => refuseBadAddress(event, event.locals.locale) ?? resolve(event);

/** V5: large bodies only where a file is uploaded; elsewhere a body must declare its length (http/body-size.ts). */
const handleBodySize: Handle = async ({ event, resolve }) => {
	const refusal = bodySizeRefusal(event.route.id, event.request.headers);
	if (refusal === 413) return new Response('Payload Too Large', { status: 413 });
	if (refusal === 411) return new Response('Length Required', { status: 411 });
	return resolve(event);
};

const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	event.locals.actor = ANONYMOUS;
	event.locals.deniedStatus = null;
	event.locals.initiative = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await validateSessionToken(getDatabase().db, token);
		if (session) {
			const { user } = session;
			event.locals.sessionId = session.sessionId;
			event.locals.user = { id: user.id, email: user.email, name: user.name, locale: user.locale, platformRole: user.platformRole };
			event.locals.actor = { userId: user.id, platformRole: user.platformRole } satisfies Actor;
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/** Z1: deny by default. Every page load, form action and endpoint needs an allowing policy entry. */
const handleAuthorisation: Handle = async ({ event, resolve }) => {
	const routeId = event.route.id;
	if (!routeId) return resolve(event); // no route: SvelteKit answers 404
	const allowedMethods = findAllowedMethods(routeId);
	if (allowedMethods && !allowedMethods.includes(event.request.method)) {
		// a method the route does not answer (GET /logout, OPTIONS …): not a denial, nothing to report
		return new Response(null, { status: 405, headers: { allow: allowedMethods.join(', ') } });
	}
	const requestKind = classifyRequest(routeId, event.request.method, event.url);
	const action = findRequiredAction(routeId, requestKind);
	let initiativeId: string | undefined;
	if (action && isInitiativeAction(action) && event.locals.user) {
		// Inside an initiative the role held there decides; a non-member learns nothing (Z3: 404).
		const scope = await findInitiativeScope(getDatabase().db, event.params.slug ?? '', event.locals.user.id);
		if (!scope) return notFound(event, resolve, requestKind);
		// A page view hands this read on to its layout's and page's use cases (viewedInitiative); a
		// form action may change the membership, so its use cases read it again.
		if (event.request.method === 'GET' || event.request.method === 'HEAD') event.locals.initiative = scope;
		event.locals.actor = actorIn(event.locals, scope);
		initiativeId = scope.id;
	}
	if (action && canReach(event.locals.actor, action, initiativeId)) return resolve(event);
	if (action && !event.locals.user && (requestKind.kind === 'load' || requestKind.kind === 'action')) {
		// Signed out: signing in may help, so go to the login page and come back.
		// A response, not a thrown redirect, so the request-basics hook still adds its headers.
		return new Response(null, { status: 303, headers: { location: `/login?next=${encodeURIComponent(event.url.pathname)}` } });
	}
	// L1 + V5: in bounded volume (a row for the 1st, 10th, 100th … per actor, route and hour)
	await recordDenial(getDatabase().db, {
		actorUserId: event.locals.user?.id ?? null,
		action: 'access.denied',
		refused: `${event.request.method} ${routeId}${requestKind.kind === 'action' ? ` ?/${requestKind.name}` : ''}`,
		requestId: event.locals.requestId,
		ip: event.locals.ip,
		details: { route: routeId, request: requestKind, required: action ?? '(no policy entry)' }
	});
	if (!action) log.error({ requestId: event.locals.requestId, route: routeId, request: requestKind }, 'route has no policy entry: denied');
	if (requestKind.kind === 'load' && !event.isDataRequest) {
		// A full page view: the root layout shows the 403 page in place of the page, with the
		// navigation, and the status is set here. The page's own load is still guarded by its use case.
		event.locals.deniedStatus = 403;
		const response = await resolve(event);
		return new Response(response.body, { status: 403, headers: response.headers });
	}
	error(403, 'forbidden');
};

/** Z3: an initiative the person is not a member of answers as if it did not exist. */
async function notFound(
	event: Parameters<Handle>[0]['event'],
	resolve: Parameters<Handle>[0]['resolve'],
	requestKind: RouteRequestKind
): Promise<Response> {
	if (requestKind.kind === 'load' && !event.isDataRequest) {
		event.locals.deniedStatus = 404;
		const response = await resolve(event);
		return new Response(response.body, { status: 404, headers: response.headers });
	}
	error(404, 'not_found');
}

export const handle: Handle = sequence(
	handleRequestBasics,
	handleBodySize,
	handleLocale,
	handleAddressInput,
	handleSession,
	handleAuthorisation
);

/** L3: the user sees a request id; the log gets the details. Runs for app errors (403, 404 …) too. */
export const handleError: HandleServerError = (caught) => {
	const { event } = caught;
	const requestId = event.locals.requestId ?? crypto.randomUUID();
	if (caught.kind === 'unknown' && isAppError(caught.error)) {
		// A use case refused (forbidden, not found …): an expected outcome with its own status, not a crash.
		return { status: caught.error.status, message: caught.error.code, requestId };
	}
	if (caught.kind === 'unknown') {
		// L2: the error code and the request id; a failed query's parameters are never written
		logUnhandledError(log, { requestId, route: event.route.id, error: caught.error });
		return { message: 'internal_error', requestId };
	}
	return { requestId };
};
