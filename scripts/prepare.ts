/**
 * Runs after `npm install`: compiles the Paraglide messages and lets SvelteKit write its
 * generated types, so type checks and tests work in a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('node_modules/.bin/paraglide-js')) process.exit(0); // production install without dev tools
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'inherit' });
run('node_modules/.bin/paraglide-js', ['compile', '--project', './project.inlang', '--outdir', './src/lib/paraglide']);
run('node_modules/.bin/svelte-kit', ['sync']);
