/**
 * Benchmark: the case library's search and filters with many cases. Loads the seed plus N
 * synthetic cases (built from the seeded ones, with varied names, fields, scales, periods) into a
 * fresh in-memory PGlite — or PostgreSQL with TEST_DATABASE_URL — and prints query times.
 *
 *   node scripts/bench/learning-search.ts [cases=2000]
 */
import { performance } from 'node:perf_hooks';
import { CASE_SCALES, type CaseContent, PROBLEM_FIELDS } from '../../src/lib/domain/learning/content.ts';
import type { CaseFilters } from '../../src/lib/domain/learning/schemas.ts';
import { ANONYMOUS } from '../../src/lib/domain/policy/policy.ts';
import { findCasePage, findCases } from '../../src/lib/server/learning/cases.usecases.ts';
import { loadCasePage, loadLessonPage } from '../../src/lib/server/learning/learning-pages.ts';
import { insertCase } from '../../src/lib/server/learning/cases.repository.ts';
import { seedLearningContent } from '../../src/lib/server/learning/seed.ts';
import { SEED_CASES } from '../../src/lib/server/learning/seed-content/cases.ts';
import { contextFor, createTestDatabase } from '../../src/lib/server/testing/test-db.ts';

const count = Number(process.argv[2] ?? 2000);
const database = await createTestDatabase();
const ctx = contextFor(database.db, ANONYMOUS);
try {
	await seedLearningContent(database.db);
	const started = performance.now();
	for (let i = 0; i < count; i += 200) {
		await database.db.transaction(async (tx) => {
			for (let j = i; j < Math.min(i + 200, count); j++) {
				const base = SEED_CASES[j % SEED_CASES.length];
				const content: CaseContent = {
					...base,
					slug: `${base.slug}-${j}`,
					name: { da: `${base.name.da} ${j}`, en: `${base.name.en} ${j}` },
					problemField: PROBLEM_FIELDS[j % PROBLEM_FIELDS.length],
					scale: CASE_SCALES[j % 2],
					periodStart: 2000 + (j % 20),
					periodEnd: j % 3 === 0 ? null : 2000 + (j % 20) + (j % 7)
				};
				await insertCase(tx, { content, status: 'published', createdBy: null });
			}
		});
	}
	console.log(`loaded ${count} cases in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind})`);

	async function time(label: string, run: () => Promise<unknown>, rounds = 20) {
		await run();
		const samples: number[] = [];
		let size = 0;
		for (let i = 0; i < rounds; i++) {
			const t = performance.now();
			const result = await run();
			samples.push(performance.now() - t);
			if (Array.isArray(result)) size = result.length;
		}
		samples.sort((a, b) => a - b);
		const p50 = samples[Math.floor(rounds / 2)];
		const p95 = samples[Math.floor(rounds * 0.95) - 1];
		console.log(
			`${label.padEnd(48)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${size ? `${size} rows` : ''}`
		);
	}
	// What the library page runs: one page of 20 and the total.
	const search = (filters: Partial<CaseFilters>) => async () => (await findCasePage(ctx, { q: '', page: 1, ...filters }, 'da')).rows;
	await time('every case, unpaged (reference)', () => findCases(ctx, { q: '' }, 'da'), 5);
	await time('library page 1 (no search, no filter)', search({}));
	await time('library page 50', search({ page: 50 }));
	await time('search "hjemløse"', search({ q: 'hjemløse' }));
	await time('search "homelessness" (English)', search({ q: 'homelessness' }));
	await time('search "klimaplaner kommuner"', search({ q: 'klimaplaner kommuner' }));
	await time('filter scale=local, field=inclusion', search({ scale: 'local', field: 'inclusion' }));
	await time('filter sector=business, from 2010 to 2015', search({ sector: 'business', from: 2010, to: 2015 }));
	await time('search "indbrud" + scale + sector + period', search({ q: 'indbrud', scale: 'national', sector: 'public', from: 2005 }));
	await time('case page view model (hjem-til-alle)', () => loadCasePage(ctx, 'hjem-til-alle', 'da'));
	await time('lesson page view model (patience)', () => loadLessonPage(ctx, 'taalmodighed-og-raastyrke', 'da'));
} finally {
	await database.dispose();
}
