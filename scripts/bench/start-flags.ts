import fs from 'node:fs';

/** The flags between `node` and `scripts/start.ts` in package.json's "start" script, so a benchmark measures the server as it really runs. */
export function startFlags(): string {
	const start = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
	const flags = /\bnode ((?:--\S+ )*)scripts\/start\.ts/.exec(start)?.[1];
	if (flags === undefined) throw new Error('package.json: the "start" script no longer runs `node <flags> scripts/start.ts`');
	return flags.trim();
}

/** BENCH_NODE_FLAGS, or `npm start`'s flags (BENCH_NODE_FLAGS='' measures without them). */
export const benchNodeFlags = (): string[] => (process.env.BENCH_NODE_FLAGS ?? startFlags()).split(' ').filter(Boolean);
