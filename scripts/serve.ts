/**
 * The production server: adapter-node's request handler in a plain Node http server.
 *
 * Why not `node build`: adapter-node assumes https when no proxy header says otherwise, and then
 * refuses plain-http form posts as cross-site. Here the protocol is what the socket says, unless
 * TRUST_PROXY=1, in which case the proxy's X-Forwarded-Proto/-For are believed.
 * SIGTERM/SIGINT: stop accepting, finish requests, close the database, exit.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readConfig } from '../src/lib/server/config/config.ts';
import { SERVER_BODY_MAX_BYTES } from '../src/lib/server/http/body-size.ts';

export async function startServer(buildDir = path.resolve('build')) {
	const config = readConfig();
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	// room for a measurement import (V5); every other route is held to 512 KiB by the request hook
	process.env.BODY_SIZE_LIMIT ??= String(SERVER_BODY_MAX_BYTES);
	if (config.TRUST_PROXY) {
		process.env.ADDRESS_HEADER ??= 'x-forwarded-for';
		process.env.XFF_DEPTH ??= '1';
	}
	const started = Date.now();
	if (!config.DATABASE_URL && !fs.existsSync(path.join(config.DATA_DIR, 'pgdata', 'PG_VERSION'))) createEmbeddedDatabase();
	// Importing the handler runs the app's `init` hook: lock, open, migrate, seed.
	const { handler } = (await import(pathToFileURL(path.join(buildDir, 'handler.js')).href)) as {
		handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
	};
	const server = http.createServer((req, res) => {
		if (!config.TRUST_PROXY) {
			req.headers['x-forwarded-proto'] = 'encrypted' in req.socket ? 'https' : 'http';
			delete req.headers['x-forwarded-for'];
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.keepAliveTimeout = 5_000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(config.PORT, config.HOST, () => resolve());
	});
	const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
	console.log(`Samspil is listening on http://${shown}:${config.PORT} (ready in ${Date.now() - started} ms)`);

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: shutting down`);
		server.closeIdleConnections();
		setTimeout(() => server.closeAllConnections(), 5_000).unref();
		setTimeout(() => {
			console.error('Shutdown took too long; exiting');
			process.exit(1);
		}, 15_000).unref();
		server.close(() => {
			process.once('samspil:closed' as never, () => process.exit(0));
			process.emit('sveltekit:shutdown' as never, signal as never);
		});
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
	return server;
}

/**
 * The embedded database's very first start: PGlite runs PostgreSQL's initdb in a second instance
 * of itself and keeps a copy of that instance's memory, ~300 MiB more than a running server needs
 * (and WebAssembly memory, once grown, is not given back). So the database is created and migrated
 * by `scripts/migrate.ts` in a child process that exits before the server opens it; the server's
 * own peak stays that of an ordinary start.
 */
function createEmbeddedDatabase() {
	console.log('Creating the embedded database (first start) …');
	const migrate = fileURLToPath(new URL('./migrate.ts', import.meta.url));
	const result = spawnSync(process.execPath, [...process.execArgv, migrate], { stdio: 'inherit' });
	if (result.status !== 0)
		throw new Error(`creating the embedded database failed (${result.error?.message ?? `exit code ${result.status}`})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	startServer().catch((error) => {
		console.error(`Samspil could not start: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	});
}
