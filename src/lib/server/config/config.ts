import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
	.transform((value) => value === '1' || value === 'true' || value === 'yes');

/** Every setting the server reads from its environment. README.md lists them for operators. */
export const ConfigSchema = z.object({
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	PUBLIC_URL: z
		.url()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	SMTP_URL: z
		.string()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MAIL_FROM: z.string().min(3).default('Samspil <no-reply@samspil.local>'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	ACCESSIBILITY_STATEMENT_URL: z
		.string()
		.optional()
		.or(z.literal('').transform(() => undefined)),
	SESSION_IDLE_MINUTES: z.coerce
		.number()
		.int()
		.min(5)
		.max(24 * 60)
		.default(60),
	SESSION_ABSOLUTE_HOURS: z.coerce
		.number()
		.int()
		.min(1)
		.max(24 * 30)
		.default(12),
	TRUST_PROXY: booleanFlag.default(false),
	DEMO_CONTENT: booleanFlag.default(true),
	PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).default(16),
	/** V5: self-checks one address may start per hour, and PDFs it may have made per 10 minutes */
	RATE_LIMIT_SELF_CHECKS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(30),
	RATE_LIMIT_PDFS_PER_10_MINUTES: z.coerce.number().int().min(1).max(1_000_000).default(30),
	/** V5: new answers one address may add to one group round per hour (a workshop on one network shares an address) */
	RATE_LIMIT_ANSWERS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(60),
	/** V5: password reset requests one address may make per hour, whatever e-mail they name */
	RATE_LIMIT_RESET_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
	/** V5: initiative invitation links one address may look up (open or accept) per 10 minutes */
	RATE_LIMIT_INVITATION_LOOKUPS_PER_10_MINUTES: z.coerce.number().int().min(1).max(1_000_000).default(60),
	/** V5: calls one API token may make per minute (/api/v1; then HTTP 429 with Retry-After) */
	RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
	/** P2: audit entries older than this are deleted (at start and once a day) */
	AUDIT_RETENTION_DAYS: z.coerce
		.number()
		.int()
		.min(30)
		.max(3650 * 2)
		.default(365)
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops the process with a message naming the variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const result = ConfigSchema.safeParse(env);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
	}
	return { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR) };
}

let cached: Config | undefined;
export function getConfig(): Config {
	cached ??= readConfig();
	return cached;
}

/** The address used in e-mailed links. */
export function getPublicUrl(config: Config = getConfig()): string {
	const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
	return (config.PUBLIC_URL ?? `http://${host}:${config.PORT}`).replace(/\/$/, '');
}
