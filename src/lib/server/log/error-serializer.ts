/**
 * L2: how errors are written to the log — the one place, used by the logger for every `err` field.
 *
 * A failed query carries its parameters in several places: Drizzle's DrizzleQueryError puts the
 * SQL text and every parameter into its message (and so into its stack) and keeps them as `query`
 * and `params`; PGlite hangs `query`, `params` and `queryOptions` on its DatabaseError; PostgreSQL's
 * own message and `detail` may quote a value ("Key (email)=(…) already exists"). pino's standard
 * serializer writes all of it — a new password's hash, a name, an e-mail address. So a database
 * error is written as its SQLSTATE code and the names of what it concerns (table, column,
 * constraint), with the stack's frames but never its message, query or parameters.
 */

export interface SerializedError {
	type: string;
	message: string;
	/** SQLSTATE of a database error, or the code of a system error (ECONNREFUSED …). */
	code?: string;
	/** Names only, for database errors. */
	table?: string;
	column?: string;
	constraint?: string;
	routine?: string;
	stack?: string;
	cause?: SerializedError;
}

const MAX_CAUSES = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** A query failure from Drizzle, PGlite or node-postgres: it may hold the query's parameters. */
export function isQueryError(error: unknown): boolean {
	if (!isRecord(error)) return false;
	if ('params' in error || 'query' in error || 'queryOptions' in error) return true;
	// PostgreSQL's error fields (node-postgres and PGlite both use them): a SQLSTATE and a severity
	return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && ('severity' in error || 'routine' in error);
}

function nameOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.length <= 128 ? value : undefined;
}

/** The stack's frames without the message it begins with (which, for a query error, holds the parameters). */
function framesOf(error: Error): string | undefined {
	const stack = error.stack;
	if (!stack) return undefined;
	const header = `${error.name}: ${error.message}`;
	if (stack.startsWith(header)) return `${error.name}${stack.slice(header.length)}`;
	if (stack.startsWith(`${error.name}\n`)) return stack;
	return undefined;
}

export function serializeError(error: unknown, depth = 0): SerializedError {
	if (!(error instanceof Error)) {
		// thrown strings and objects: the type only when they might come from a query
		if (isQueryError(error)) return { type: 'object', message: 'query failed', code: nameOf((error as { code?: unknown }).code) };
		return { type: typeof error, message: String(error).slice(0, 500) };
	}
	const fields = error as Error & Record<string, unknown>;
	const cause = depth < MAX_CAUSES && error.cause !== undefined ? serializeError(error.cause, depth + 1) : undefined;
	if (!isQueryError(error)) {
		return {
			type: error.constructor?.name ?? error.name,
			message: error.message,
			...(typeof fields.code === 'string' ? { code: fields.code } : {}),
			...(error.stack ? { stack: error.stack } : {}),
			...(cause ? { cause } : {})
		};
	}
	// Drizzle's wrapper has no code of its own: its cause (the driver's error) has it
	const code = nameOf(fields.code) ?? cause?.code;
	return {
		type: error.constructor?.name ?? error.name,
		message: code ? `database error ${code}` : 'query failed',
		...(code ? { code } : {}),
		...(nameOf(fields.table) ? { table: nameOf(fields.table) } : {}),
		...(nameOf(fields.column) ? { column: nameOf(fields.column) } : {}),
		...(nameOf(fields.constraint) ? { constraint: nameOf(fields.constraint) } : {}),
		...(nameOf(fields.routine) ? { routine: nameOf(fields.routine) } : {}),
		...(framesOf(error) ? { stack: framesOf(error) } : {}),
		...(cause ? { cause } : {})
	};
}
