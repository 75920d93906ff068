/**
 * The actor map page with a generated partnership (60 actors, 200 relations by default), end to end.
 *
 *   1. seed (no server running on that database):
 *        DATABASE_URL=postgres://… node scripts/bench/actor-map-page.ts seed [actors=60] [relations=200]
 *      creates an administrator (bench-map@example.org, password printed), an initiative led by
 *      them, its actors (written directly) and relations (through the createRelation use case);
 *      prints the initiative's address.
 *   2. measure (the built server running on the same database):
 *        node scripts/bench/actor-map-page.ts measure <base-url> <slug> [--screenshots <dir>]
 *      signs in with Chromium, times 20 loads of /initiativer/<slug>/kort (server time to the full
 *      body, after a warm-up) and takes full-page screenshots at 1280 and 360 px.
 */
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { generateActorGraph } from '../../src/lib/domain/initiatives/actor-map.fixtures.ts';
import { readConfig } from '../../src/lib/server/config/config.ts';
import type { UseCaseContext } from '../../src/lib/server/context.ts';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db/client.ts';
import { initiativeActors, initiatives } from '../../src/lib/server/initiatives/initiatives.table.ts';
import { startInitiative } from '../../src/lib/server/initiatives/initiatives.usecases.ts';
import { createRelation } from '../../src/lib/server/initiatives/relations.usecases.ts';
import { findUserByEmail } from '../../src/lib/server/users/users.repository.ts';
import { createAdministratorWithPassword } from '../../src/lib/server/users/users.usecases.ts';

const EMAIL = 'bench-map@example.org';
const PASSWORD = 'Kortet over aktørerne 2026';
const [mode, ...rest] = process.argv.slice(2);

async function seed(actorCount: number, relationCount: number) {
	const config = readConfig();
	const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
	try {
		await migrateDatabase(handle);
		const cli: UseCaseContext = { db: handle.db, actor: { userId: null, platformRole: 'admin' }, requestId: 'bench-map', ip: 'cli' };
		const user =
			(await findUserByEmail(handle.db, EMAIL)) ??
			(await createAdministratorWithPassword(cli, { email: EMAIL, name: 'Bench Kort', password: PASSWORD }));
		const ctx: UseCaseContext = { ...cli, actor: { userId: user.id, platformRole: user.platformRole } };
		const { slug } = await startInitiative(ctx, {
			name: `Kortbenchmark ${new Date().toISOString().slice(0, 19)}`,
			slug: '',
			areas: ['101'],
			problemStatement: 'Et genereret partnerskab til at måle aktørkortet',
			vision: '',
			values: '',
			targetGroup: '',
			visibility: 'private'
		});
		const [{ id: initiativeId }] = await handle.db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, slug));
		const { actors, relations } = generateActorGraph({ actors: actorCount, relations: relationCount, seed: 7 });
		const idOf = new Map<string, string>();
		for (const actor of actors) {
			const [row] = await handle.db
				.insert(initiativeActors)
				.values({ initiativeId, name: actor.name, sector: actor.sector, role: 'partner' })
				.returning({ id: initiativeActors.id });
			idOf.set(actor.id, row.id);
		}
		const started = performance.now();
		for (const relation of relations) {
			await createRelation(ctx, slug, {
				fromActorId: idOf.get(relation.from)!,
				toActorId: idOf.get(relation.to)!,
				kind: relation.kind,
				note: relation.note ?? ''
			});
		}
		console.log(`${relations.length} relations through createRelation: ${(performance.now() - started).toFixed(0)} ms`);
		console.log(`seeded ${actors.length} actors, ${relations.length} relations\nslug ${slug}\nsign in as ${EMAIL} / ${PASSWORD}`);
	} finally {
		await handle.close();
	}
}

async function measure(baseUrl: string, slug: string, screenshotDir: string | null) {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking']
	});
	try {
		const context = await browser.newContext({ baseURL: baseUrl, locale: 'da-DK' });
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel('E-mail').fill(EMAIL);
		await page.getByLabel('Adgangskode').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log ind' }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'));
		const path = `/initiativer/${slug}/kort`;
		// The initiative's overview page first, as a baseline for the same frame without the map.
		for (const timed of [`/initiativer/${slug}`, path]) {
			await context.request.get(timed); // warm-up
			const samples: number[] = [];
			let bytes = 0;
			for (let i = 0; i < 20; i++) {
				const started = performance.now();
				const response = await context.request.get(timed);
				const body = await response.body();
				samples.push(performance.now() - started);
				bytes = body.length;
				if (!response.ok()) throw new Error(`GET ${timed}: ${response.status()}`);
			}
			samples.sort((a, b) => a - b);
			console.log(
				`GET ${timed}: median ${samples[10].toFixed(0)} ms, max ${samples[19].toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB HTML`
			);
		}
		if (screenshotDir) {
			for (const width of [1280, 360]) {
				await page.setViewportSize({ width, height: width === 360 ? 1400 : 1500 });
				await page.goto(path);
				await page.screenshot({ path: `${screenshotDir}/actor-map-${width}.png` });
				await page.screenshot({ path: `${screenshotDir}/actor-map-${width}-full.png`, fullPage: true });
			}
			console.log(`screenshots in ${screenshotDir}`);
		}
	} finally {
		await browser.close();
	}
}

if (mode === 'seed') {
	await seed(Number(rest[0] ?? 60), Number(rest[1] ?? 200));
} else if (mode === 'measure' && rest[0] && rest[1]) {
	const index = rest.indexOf('--screenshots');
	await measure(rest[0], rest[1], index >= 0 ? rest[index + 1] : null);
} else {
	console.error('Usage: node scripts/bench/actor-map-page.ts seed [actors] [relations] | measure <base-url> <slug> [--screenshots <dir>]');
	process.exit(1);
}
