import pino from 'pino';
import { serializeError } from './error-serializer.ts';

/**
 * L2: structured JSON logs. Known secret-bearing fields are censored at the logger, so a
 * careless `log.info({ password })` still writes nothing secret. Request logs carry the route
 * id, never the raw URL (reset links carry their token in the path). Errors go in `err` and are
 * written by `serializeError`: a failed query's parameters and text never reach the log.
 */
export const REDACTED_PATHS = [
	'password',
	'currentPassword',
	'newPassword',
	'token',
	'sessionToken',
	'cookie',
	'headers.cookie',
	'*.password',
	'*.token',
	'*.cookie',
	'*.authorization',
	'params',
	'*.params'
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream) {
	return pino(
		{
			level,
			base: { app: 'samspil' },
			timestamp: pino.stdTimeFunctions.isoTime,
			redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
			serializers: { err: serializeError, error: serializeError }
		},
		destination
	);
}

export const log = createLogger();
export type Logger = typeof log;

/** L2/L3: an unexpected error in a request — its request id, route and the error, never a query's parameters. */
export function logUnhandledError(logger: Logger, context: { requestId: string; route: string | null; error: unknown }) {
	logger.error({ requestId: context.requestId, route: context.route, err: context.error }, 'unhandled error');
}
