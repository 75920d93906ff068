/**
 * The visitors' page cache (visitor-cache.ts): what a signed-out visitor is shown is kept per
 * content version, and every way content changes — a save, a restore, publishing, deleting, the
 * seed, a write that bypasses the use cases, a save through another app server's connection —
 * shows at once.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFiltersSchema } from '../../domain/learning/schemas.ts';
import { type Actor, ANONYMOUS } from '../../domain/policy/policy.ts';
import { type DatabaseHandle, openDatabase } from '../db/client.ts';
import type { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { inviteUser } from '../users/users.usecases.ts';
import {
	createCase,
	deleteCase,
	getCaseForEditing,
	restoreCaseRevision,
	setCaseStatus,
	undeleteCase,
	updateCase
} from './cases.usecases.ts';
import { loadCaseList, loadCasePage, loadLessonPage, loadPrinciplesOverview, loadTestimoniesPage } from './learning-pages.ts';
import { getPage, updatePage } from './pages.usecases.ts';
import { seedLearningContent } from './seed.ts';
import { SEED_CASES } from './seed-content/cases.ts';
import { SEED_PAGES } from './seed-content/pages.ts';
import { findTestimonies, updateTestimony } from './testimonies.usecases.ts';
import { readContentVersion } from './visitor-cache.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let editor: Actor;
const visitor = () => contextFor(database.db, ANONYMOUS);
const as = (actor: Actor) => contextFor(database.db, actor);
const l = (da: string, en = '') => ({ da, en });
const CASE = SEED_CASES[0].slug;
const LESSON = SEED_PAGES.find((page) => page.kind === 'lesson');

async function rejection(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (error) {
		return error as AppError;
	}
	throw new Error('expected the call to fail');
}

beforeAll(async () => {
	database = await createTestDatabase();
	await seedLearningContent(database.db);
	const { user } = await inviteUser(contextFor(database.db, SYSTEM_ADMIN), {
		email: 'cache-editor@example.org',
		name: 'Cache Editor',
		platformRole: 'editor',
		locale: 'da'
	});
	editor = { userId: user.id, platformRole: 'editor' };
}, 120_000);

afterAll(async () => {
	await database?.dispose();
});

describe('the visitors’ page cache', () => {
	it('hands a visitor the kept model while nothing changed, and counts every change', async () => {
		const first = await loadCasePage(visitor(), CASE, 'da');
		expect(await loadCasePage(visitor(), CASE, 'da')).toBe(first);
		// per locale, and never for a signed-in person (drafts, edit buttons)
		expect(await loadCasePage(visitor(), CASE, 'en')).not.toBe(first);
		const asEditor = await loadCasePage(as(editor), CASE, 'da');
		expect(asEditor).not.toBe(first);
		expect(asEditor.canEdit).toBe(true);
		expect(first.canEdit).toBe(false);
		// an actor without a user id that is not a visitor (the system, in scripts) is not served the visitor's view
		expect((await loadCasePage(as(SYSTEM_ADMIN), CASE, 'da')).canPublish).toBe(true);
		expect((await loadCasePage(visitor(), CASE, 'da')).canPublish).toBe(false);

		const before = await readContentVersion(database.db);
		const row = await getCaseForEditing(as(editor), CASE);
		await updateCase(as(editor), CASE, { ...row.content, summary: l('Ny opsummering fra redaktøren') }, row.revision);
		expect(await readContentVersion(database.db)).toBeGreaterThan(before ?? Number.POSITIVE_INFINITY);
	});

	it('shows a save, a restore and a page edit at once', async () => {
		const row = await getCaseForEditing(as(editor), CASE);
		await loadCasePage(visitor(), CASE, 'da');
		await updateCase(as(editor), CASE, { ...row.content, summary: l('Gemt lige nu') }, row.revision);
		expect((await loadCasePage(visitor(), CASE, 'da')).case.summary.text).toBe('Gemt lige nu');
		expect((await loadCaseList(visitor(), CaseFiltersSchema.parse({}), 'da')).cases.find((item) => item.slug === CASE)?.summary.text).toBe(
			'Gemt lige nu'
		);

		await restoreCaseRevision(as(editor), CASE, row.revision, row.revision + 1);
		expect((await loadCasePage(visitor(), CASE, 'da')).case.summary.text).toBe(row.content.summary.da);

		if (!LESSON) throw new Error('no lesson in the seed');
		const lesson = await getPage(as(editor), 'lesson', LESSON.slug);
		await loadLessonPage(visitor(), lesson.slug, 'da');
		await updatePage(
			as(editor),
			'lesson',
			lesson.slug,
			{ title: lesson.content.title, summary: lesson.content.summary, body: l('Helt ny **tekst**') },
			lesson.revision
		);
		expect((await loadLessonPage(visitor(), lesson.slug, 'da')).page.body.html).toContain('<strong>tekst</strong>');
	});

	it('shows publishing, deleting and bringing back at once', async () => {
		const { slug: _slug, ...content } = SEED_CASES[1];
		const draft = await createCase(as(editor), { ...content, name: l('Kladde om cachen') });
		expect((await rejection(loadCasePage(visitor(), draft.slug, 'da'))).code).toBe('not_found');
		await setCaseStatus(as(editor), draft.slug, 'published');
		expect((await loadCasePage(visitor(), draft.slug, 'da')).case.name.text).toBe('Kladde om cachen');
		await deleteCase(as(editor), draft.slug);
		expect((await rejection(loadCasePage(visitor(), draft.slug, 'da'))).code).toBe('not_found');
		await undeleteCase(as(editor), draft.slug);
		expect((await loadCasePage(visitor(), draft.slug, 'da')).case.name.text).toBe('Kladde om cachen');
	});

	it('shows a testimony edit on the testimonies page and on its case', async () => {
		const testimony = (await findTestimonies(as(editor))).find((row) => row.content.caseSlug);
		if (!testimony?.content.caseSlug) throw new Error('the seed has no testimony of a case');
		const caseSlug = testimony.content.caseSlug;
		await loadTestimoniesPage(visitor(), 'da');
		await loadCasePage(visitor(), caseSlug, 'da');
		await updateTestimony(as(editor), testimony.id, { ...testimony.content, statement: l('Et nyt udsagn') }, testimony.revision);
		expect((await loadTestimoniesPage(visitor(), 'da')).testimonies.map((item) => item.statement.text)).toContain('Et nyt udsagn');
		expect((await loadCasePage(visitor(), caseSlug, 'da')).testimonies.map((item) => item.statement.text)).toContain('Et nyt udsagn');
	});

	it('shows a change written past the use cases (the trigger counts it)', async () => {
		const overview = await loadPrinciplesOverview(visitor(), 'da');
		const slug = overview.conditions[0]?.slug;
		await database.db.execute(
			sql`update learning_pages set content = jsonb_set(content, '{title,da}', '"Skrevet direkte"') where kind = 'condition' and slug = ${slug}`
		);
		expect((await loadPrinciplesOverview(visitor(), 'da')).conditions[0]?.title.text).toBe('Skrevet direkte');
	});

	it('shows what another app server saved, through its own connection (PostgreSQL)', async (context) => {
		if (!database.pool) return context.skip('needs TEST_DATABASE_URL: the embedded database has one process');
		const url = new URL(process.env.TEST_DATABASE_URL ?? '');
		const { database: name } = await database.pool.query('select current_database() as database').then((result) => result.rows[0]);
		url.pathname = `/${name}`;
		const other: DatabaseHandle = await openDatabase({ databaseUrl: url.toString() });
		try {
			await loadCasePage(visitor(), CASE, 'da');
			const row = await getCaseForEditing(contextFor(other.db, editor), CASE);
			await updateCase(contextFor(other.db, editor), CASE, { ...row.content, summary: l('Fra den anden server') }, row.revision);
			expect((await loadCasePage(visitor(), CASE, 'da')).case.summary.text).toBe('Fra den anden server');
		} finally {
			await other.close();
		}
	});

	it('on the embedded database, sees a change made through the database instance directly', async (context) => {
		if (!database.pglite) return context.skip('embedded database only');
		await loadCasePage(visitor(), CASE, 'da');
		await loadCasePage(visitor(), CASE, 'da');
		await database.pglite.query(
			`update learning_cases set content = jsonb_set(content, '{summary,da}', '"Rå skrivning"') where slug = $1`,
			[CASE]
		);
		expect((await loadCasePage(visitor(), CASE, 'da')).case.summary.text).toBe('Rå skrivning');
		await database.pglite.transaction(async (tx) => {
			await tx.query(`update learning_cases set content = jsonb_set(content, '{summary,da}', '"I en transaktion"') where slug = $1`, [
				CASE
			]);
		});
		expect((await loadCasePage(visitor(), CASE, 'da')).case.summary.text).toBe('I en transaktion');
	});
});
