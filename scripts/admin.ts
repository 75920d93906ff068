/**
 * Operator commands, run with the server stopped when the embedded database is used:
 *   npm run admin -- create <email> [--name "Full Name"]       invite an administrator; prints a link to set the password
 *   npm run admin -- create <email> --password-stdin [--name …]  create an active administrator with the password read from stdin
 *   npm run admin -- list                                        list users
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/lib/server/config/config.ts';
import type { UseCaseContext } from '../src/lib/server/context.ts';
import { migrateDatabase, openDatabase } from '../src/lib/server/db/client.ts';
import { isAppError } from '../src/lib/server/http/errors.ts';
import { listUsersWithOrganisations } from '../src/lib/server/users/users.repository.ts';
import { createAdministratorWithPassword, inviteUser } from '../src/lib/server/users/users.usecases.ts';
import { emailField } from '../src/lib/schemas/fields.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { name: { type: 'string', default: '' }, 'password-stdin': { type: 'boolean', default: false } }
});
const [command, emailArg] = positionals;

function usage(): never {
	console.error('Usage: npm run admin -- create <email> [--name "Full Name"] [--password-stdin]\n       npm run admin -- list');
	process.exit(2);
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

if (command !== 'create' && command !== 'list') usage();
const config = readConfig();
let exitCode = 0;
let handle: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
	handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
	await migrateDatabase(handle);
	// The operator at the console acts as a platform administrator.
	const ctx: UseCaseContext = {
		db: handle.db,
		actor: { userId: null, platformRole: 'admin' },
		requestId: `cli-${crypto.randomUUID()}`,
		ip: 'cli'
	};
	if (command === 'list') {
		for (const user of await listUsersWithOrganisations(handle.db)) {
			console.log(`${user.email}\t${user.platformRole}\t${user.status}\t${user.name}`);
		}
	} else {
		const email = emailField.safeParse(emailArg ?? '');
		if (!email.success) usage();
		if (values['password-stdin']) {
			const user = await createAdministratorWithPassword(ctx, { email: email.data, name: values.name ?? '', password: await readStdin() });
			console.log(`Administrator ${user.email} created. Sign in at ${config.PUBLIC_URL ?? `http://localhost:${config.PORT}`}/login`);
		} else {
			const { user, link } = await inviteUser(ctx, { email: email.data, name: values.name ?? '', platformRole: 'admin', locale: 'da' });
			console.log(`Administrator ${user.email} invited. Open this link within 7 days to choose a password:\n\n  ${link}\n`);
		}
	}
} catch (error) {
	exitCode = 1;
	if (isAppError(error)) console.error(`Refused: ${error.code} ${JSON.stringify(error.fields)}`);
	else console.error(error instanceof Error ? error.message : String(error));
} finally {
	await handle?.close();
}
process.exit(exitCode);
