/**
 * L2: a failed query never writes its parameters (or values quoted by the database) to the log.
 * Real failing queries on the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL), each
 * with a secret among its parameters, logged the ways the server logs errors.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-db.ts';
import { users } from '../users/users.table.ts';
import { createLogger, logUnhandledError } from './logger.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
	database = await createTestDatabase();
});
afterAll(async () => {
	await database.dispose();
});

function capturingLogger() {
	const lines: string[] = [];
	const sink = new Writable({
		write(chunk, _encoding, done) {
			lines.push(chunk.toString());
			done();
		}
	});
	return { log: createLogger('info', sink), output: () => lines.join('') };
}

async function failureOf(query: PromiseLike<unknown>): Promise<unknown> {
	try {
		await query;
	} catch (error) {
		return error;
	}
	throw new Error('the query was meant to fail');
}

const secret = `S3cret-${crypto.randomUUID()}`;
const secretHash = `$argon2id$v=19$m=19456,t=2,p=1$${secret}`;

describe('L2: failed queries in the log', () => {
	it('writes the error code and the request id, never the parameters, for a NUL byte in a text (22021)', async () => {
		// what accepting an invitation with a NUL in the name did: the new password's hash, the name and the e-mail in the log
		const error = await failureOf(
			database.db.insert(users).values({ email: `${secret}@example.org`, name: `Nina\u0000${secret}`, passwordHash: secretHash })
		);
		const { log, output } = capturingLogger();
		logUnhandledError(log, { requestId: 'req-l2-nul', route: '/password/reset/[token]', error });
		log.error({ err: error }, 'housekeeping failed');
		const written = output();
		expect(written).toContain('"requestId":"req-l2-nul"');
		expect(written).toContain('"code":"22021"');
		expect(written).toContain('"stack"');
		expect(written).not.toContain(secret);
		expect(written).not.toContain('argon2id');
		expect(written).not.toMatch(/insert into/i);
	});

	it('drops database messages and details that quote a value (bad input syntax, duplicate key)', async () => {
		const cast = await failureOf(database.db.execute(sql`select ${secret}::int`));
		await database.db.insert(users).values({ email: `dup-${secret}@example.org`, name: 'Dup' });
		const duplicate = await failureOf(database.db.insert(users).values({ email: `dup-${secret}@example.org`, name: 'Dup' }));
		const { log, output } = capturingLogger();
		logUnhandledError(log, { requestId: 'req-l2-cast', route: '/', error: cast });
		logUnhandledError(log, { requestId: 'req-l2-dup', route: '/', error: new Error('saving failed', { cause: duplicate }) });
		const written = output();
		expect(written).toContain('"code":"22P02"');
		expect(written).toContain('"code":"23505"');
		expect(written).toContain('"constraint":"users_email_unique"');
		// the wrapper's own message stays: it is ours, not the database's
		expect(written).toContain('saving failed');
		expect(written).not.toContain(secret);
	});

	it('still writes ordinary errors in full', () => {
		const { log, output } = capturingLogger();
		logUnhandledError(log, { requestId: 'req-plain', route: '/', error: new TypeError('x is not a function') });
		expect(output()).toContain('x is not a function');
		expect(output()).toContain('"type":"TypeError"');
	});
});
