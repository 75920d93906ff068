import pino from 'pino';

/**
 * L2: structured JSON logs. Known secret-bearing fields are censored at the logger, so a
 * careless `log.info({ password })` still writes nothing secret. Request logs carry the route
 * id, never the raw URL (reset links carry their token in the path).
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
	'*.authorization'
];

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream) {
	return pino(
		{
			level,
			base: { app: 'samspil' },
			timestamp: pino.stdTimeFunctions.isoTime,
			redact: { paths: REDACTED_PATHS, censor: '[redacted]' }
		},
		destination
	);
}

export const log = createLogger();
export type Logger = typeof log;
