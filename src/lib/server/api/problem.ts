/**
 * RFC 9457 problem details: every error of /api/v1 is `application/problem+json` with `type`,
 * `title`, `status`, `detail` and `instance`; a validation error adds `errors`, one entry per field.
 * `type` is a stable URN per problem (listed in the OpenAPI document); `instance` names the request
 * (its id is also in the `X-Request-Id` header and in the server log), never the URL with its query.
 */
import { m } from '../../paraglide/messages.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const PROBLEMS = {
	unauthorized: { status: 401, title: 'Missing or invalid API token' },
	insufficient_scope: { status: 403, title: 'The token does not allow this' },
	forbidden: { status: 403, title: 'Not allowed' },
	not_found: { status: 404, title: 'Not found' },
	validation: { status: 400, title: 'The request is not valid' },
	malformed_body: { status: 400, title: 'The body is not JSON' },
	payload_too_large: { status: 413, title: 'The body is too large' },
	unsupported_media_type: { status: 415, title: 'The body must be application/json' },
	conflict: { status: 409, title: 'Conflict' },
	archived: { status: 409, title: 'The initiative is archived' },
	rate_limited: { status: 429, title: 'Too many requests' },
	internal: { status: 500, title: 'Internal error' }
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const problemType = (code: ProblemCode) => `urn:samspil:problem:${code}`;

export interface FieldProblem {
	/** The JSON field, as a dotted path (`value`, `categories.koen`). */
	field: string;
	/** A stable code (a message key of the product). */
	code: string;
	/** The same in English words. */
	detail: string;
}

export interface ProblemDetails {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance: string;
	errors?: FieldProblem[];
}

type MessageFn = (inputs?: Record<string, unknown>, options?: { locale?: 'da' | 'en' }) => string;

/** A message key of the product in English (the API speaks English; the codes are stable). */
export function englishMessage(key: string): string {
	const limit = /^field_too_long:(\d+)$/.exec(key);
	const messages = m as unknown as Record<string, MessageFn | undefined>;
	if (limit) return m.field_too_long_max({ max: Number(limit[1]).toLocaleString('en-GB') }, { locale: 'en' });
	return (messages[key] ?? m.field_invalid)({}, { locale: 'en' });
}

export function fieldProblems(fields: Record<string, string>): FieldProblem[] {
	return Object.entries(fields).map(([field, code]) => ({ field, code, detail: englishMessage(code) }));
}

export function problemResponse(
	code: ProblemCode,
	options: { detail: string; requestId: string; errors?: FieldProblem[]; headers?: Record<string, string> }
): Response {
	const { status, title } = PROBLEMS[code];
	const body: ProblemDetails = {
		type: problemType(code),
		title,
		status,
		detail: options.detail,
		instance: `urn:uuid:${options.requestId}`,
		...(options.errors ? { errors: options.errors } : {})
	};
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...options.headers }
	});
}
