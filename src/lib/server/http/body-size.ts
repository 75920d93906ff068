/**
 * V5: how large a request body may be. The server (adapter-node's BODY_SIZE_LIMIT, set by
 * scripts/serve.ts) accepts up to SERVER_BODY_MAX_BYTES so a measurement import of IMPORT_MAX_BYTES
 * fits with its form fields; every other route keeps the adapter's usual 512 KiB, checked here on
 * the declared length before anything is read. An upload route checks its own body (larger than the
 * server takes, it answers with its page and a message in words, not a bare 413).
 */
import { IMPORT_MAX_BYTES } from '../measurement/import/limits.ts';

export const DEFAULT_BODY_MAX_BYTES = 512 * 1024;
/** The import file plus room for the form's other fields and the multipart boundaries. */
export const SERVER_BODY_MAX_BYTES = IMPORT_MAX_BYTES + 1024 * 1024;
/** Routes that take a file upload (their own code caps the file and says so in words: import/upload.ts). */
export const UPLOAD_ROUTES: ReadonlySet<string> = new Set(['/initiativer/[slug]/maaling/import']);

/** The request declares a body larger than its route accepts. */
export function declaredBodyTooLarge(routeId: string | null, headers: Headers): boolean {
	const length = Number(headers.get('content-length'));
	if (!Number.isFinite(length)) return false;
	return !isUploadRoute(routeId) && length > DEFAULT_BODY_MAX_BYTES;
}

/**
 * A body sent without a declared length (chunked) to a route that takes no upload: the server would
 * read it up to SERVER_BODY_MAX_BYTES before anything could check it, so such a route asks for the
 * length first (411). Browsers and API clients declare the length of forms and JSON bodies.
 */
export function undeclaredBodyLength(routeId: string | null, headers: Headers): boolean {
	return !isUploadRoute(routeId) && headers.get('content-length') === null && headers.has('transfer-encoding');
}

/** What a request's body size asks for before anything reads it: 413, 411, or nothing. */
export function bodySizeRefusal(routeId: string | null, headers: Headers): 411 | 413 | null {
	if (declaredBodyTooLarge(routeId, headers)) return 413;
	if (undeclaredBodyLength(routeId, headers)) return 411;
	return null;
}

const isUploadRoute = (routeId: string | null) => routeId !== null && UPLOAD_ROUTES.has(routeId);
