// Runs in front of every npm script that needs a modern Node (see package.json), on whatever
// `node` is first on PATH. Plain old JavaScript on purpose (no `const`, no arrow functions, no
// TypeScript), so that even an ancient Node gets as far as printing the one sentence below
// instead of a stack trace. The scripts run TypeScript files directly, which Node does by itself
// from 22.18 on (type stripping). On Linux x64/arm64 `npm install` brings the project's own Node 24
// (the optional dependency node-linux-*) and npm puts it first on the scripts' PATH, so this only
// speaks on other systems or after an install without optional dependencies.
// See docs/decisions/0009-node-runtime.md.
'use strict';
var parts = process.versions.node.split('.');
var major = Number(parts[0]);
var minor = Number(parts[1]);
var newEnough = major > 22 || (major === 22 && minor >= 18);
// biome-ignore lint/complexity/useOptionalChain: `?.` is a syntax error on the old Node this file must still talk to
var stripsTypes = Boolean(process.features && process.features.typescript);
if (!newEnough || !stripsTypes) {
	console.error(
		'Samspil needs Node.js 22.18 or newer (24 recommended), but the node on PATH is ' +
			process.version +
			' (' +
			process.execPath +
			'): install Node.js 24 from https://nodejs.org/ or your package manager' +
			(process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')
				? ', or run `npm install` again (with optional dependencies) so that the project brings its own Node 24.'
				: '.')
	);
	process.exit(1);
}
