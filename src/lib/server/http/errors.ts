/**
 * Errors a use case may raise, each with a stable code. Routes turn them into `fail()` with the
 * code's message, or into an error page; nothing else about the error reaches the user (L3).
 */
export const ERROR_STATUS = {
	invalid_input: 400,
	invalid_credentials: 400,
	too_many_attempts: 429,
	/** V5: a costly request (self-check, PDF) repeated too often from one address */
	too_many_requests: 429,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	stale_revision: 409,
	/** an older revision that no longer passes today's rules cannot be restored */
	revision_invalid: 409,
	/** restoring a revision whose text is the current text */
	revision_unchanged: 409,
	setup_done: 409,
	token_invalid: 400,
	/** a change to an archived initiative: unarchive it first */
	archived: 409
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
	readonly status: number;
	readonly code: ErrorCode;
	/** Field name → message key, for errors that belong next to a form field. */
	readonly fields: Record<string, string>;
	constructor(code: ErrorCode, fields: Record<string, string> = {}) {
		super(code);
		this.code = code;
		this.fields = fields;
		this.status = ERROR_STATUS[code];
	}

	/** A schema's issues as field errors (V1): the first message per field, named by `nameOf`. */
	static fromIssues(
		issues: readonly { path: readonly PropertyKey[]; message: string }[],
		nameOf: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join('.')
	): AppError {
		const fields: Record<string, string> = {};
		for (const issue of issues) {
			const name = nameOf(issue.path) || 'form';
			fields[name] ??= issue.message.startsWith('field_') ? issue.message : 'field_invalid';
		}
		return new AppError('invalid_input', fields);
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
