import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseContent } from '../../domain/learning/content.ts';
import { caseToFormValues } from '../../domain/learning/case-form.ts';
import { findConflicts } from '../../domain/learning/conflict.ts';
import { CASES_PER_PAGE } from '../../domain/learning/schemas.ts';
import { periodOverlaps } from '../../domain/learning/timeline.ts';
import { type Actor, ANONYMOUS, type PlatformRole } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import type { AppError } from '../http/errors.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { createAdministratorWithPassword, inviteUser } from '../users/users.usecases.ts';
import { readLatestOutboxMail } from '../mail/mailer.ts';
import {
	countVisibleDrafts,
	createCase,
	deleteCase,
	findCasePage,
	findCases,
	getCase,
	getCaseForEditing,
	getCaseRevisionContent,
	listCaseRevisions,
	listDeletedCaseRows,
	restoreCaseRevision,
	setCaseStatus,
	undeleteCase,
	updateCase
} from './cases.usecases.ts';
import { loadCasePage, loadLessonPage } from './learning-pages.ts';
import { getPage, listPageRevisions, restorePageRevision, updatePage } from './pages.usecases.ts';
import { seedLearningContent } from './seed.ts';
import { SEED_CASES } from './seed-content/cases.ts';
import { SEED_PAGES } from './seed-content/pages.ts';
import { SEED_TESTIMONIES } from './seed-content/testimonies.ts';
import {
	createTestimony,
	deleteTestimony,
	findTestimonies,
	listDeletedTestimonyRows,
	restoreTestimonyRevision,
	undeleteTestimony,
	updateTestimony
} from './testimonies.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let member: Actor;
let otherMember: Actor;
let editor: Actor;
const as = (actor: Actor) => contextFor(database.db, actor);
const anonymous = () => as(ANONYMOUS);

async function newUser(platformRole: Exclude<PlatformRole, 'anonymous'>): Promise<Actor> {
	const { user } = await inviteUser(contextFor(database.db, SYSTEM_ADMIN), {
		email: `${crypto.randomUUID()}@example.org`,
		name: `Test ${platformRole}`,
		platformRole,
		locale: 'da'
	});
	return { userId: user.id, platformRole };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (error) {
		return error as AppError;
	}
	throw new Error('expected the call to fail');
}

const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug).sort();
const search = (q: string, extra: Record<string, unknown> = {}, locale: 'da' | 'en' = 'da') =>
	findCases(anonymous(), { q, ...extra }, locale).then(slugs);

const l = (da: string, en = '') => ({ da, en });
function ownCase(name: string): Omit<CaseContent, 'slug'> {
	return {
		name: l(name),
		summary: l('Et lokalt samarbejde om ensomhed blandt ældre.'),
		problemField: 'inclusion',
		scale: 'local',
		place: l('Vejle'),
		periodStart: 2021,
		periodEnd: null,
		periodNote: l('kører stadig'),
		problem: l('Mange ældre føler sig ensomme.'),
		backbone: l(''),
		goals: l(''),
		funding: l(''),
		notFound: l(''),
		actors: [{ name: 'Vejle Kommune', sector: 'public', role: l('initiativtager') }],
		results: [],
		events: [],
		sources: [],
		lessons: [{ lesson: 'involve', note: l('Borgerne var med fra start.') }]
	};
}

beforeAll(async () => {
	database = await createTestDatabase();
	await seedLearningContent(database.db);
	member = await newUser('member');
	otherMember = await newUser('member');
	editor = await newUser('editor');
});
afterAll(async () => {
	await database.dispose();
});

describe('seed', () => {
	it('loads the seven cases, the principles, the lessons and the testimonies once', async () => {
		const all = await findCases(anonymous(), { q: '' }, 'da');
		expect(slugs(all)).toEqual(SEED_CASES.map((c) => c.slug).sort());
		expect(await seedLearningContent(database.db)).toEqual({ added: 0, updated: 0, keptEdits: 0 });
		expect((await findTestimonies(anonymous())).length).toBe(SEED_TESTIMONIES.length);
		for (const page of SEED_PAGES) expect((await getPage(anonymous(), page.kind, page.slug)).content).toEqual(page);
	});

	it('follows a changed seed where nobody edited, and keeps edits where someone did', async () => {
		const [first, second] = SEED_CASES;
		// Someone edits the first case …
		const edited = await getCaseForEditing(as(editor), first.slug);
		await updateCase(as(editor), first.slug, { ...edited.content, summary: l('Redaktørens egen tekst') }, edited.revision);
		// … and both cases look as if an older seed had loaded them.
		await database.db.execute(
			sql`update learning_cases set seed_hash = 'older seed', content = jsonb_set(content, '{summary,da}', '"gammel tekst"') where slug in (${first.slug}, ${second.slug})`
		);
		const counts = await seedLearningContent(database.db);
		expect(counts).toEqual({ added: 0, updated: 1, keptEdits: 1 });
		expect((await getCase(anonymous(), second.slug)).content.summary.da).toBe(second.summary.da);
		expect((await getCase(anonymous(), first.slug)).content.summary.da).toBe('gammel tekst');
		// restore the first case for the other tests
		const again = await getCaseForEditing(as(editor), first.slug);
		await updateCase(as(editor), first.slug, first, again.revision);
	});

	it('only remembers the new seed version when it leaves the content as it is', async () => {
		await database.db.execute(sql`update learning_cases set seed_hash = 'older seed' where slug = ${SEED_CASES[4].slug}`);
		// (keptEdits counts the case the test above edited)
		expect(await seedLearningContent(database.db)).toMatchObject({ added: 0, updated: 0 });
		const rows = await database.db.execute(sql`select seed_hash, revision from learning_cases where slug = ${SEED_CASES[4].slug}`);
		const [row] = (rows as unknown as { rows: { seed_hash: string; revision: number }[] }).rows;
		expect(row.seed_hash).not.toBe('older seed');
		expect(row.revision).toBe(1);
	});

	it('lets an editor bring back a deleted case or testimony, as it was, audited; nobody else', async () => {
		const row = await createCase(as(member), ownCase('Slettet og hentet'));
		await deleteCase(as(member), row.slug);
		expect((await rejection(getCase(as(member), row.slug))).code).toBe('not_found');
		for (const actor of [ANONYMOUS, member]) {
			expect((await rejection(listDeletedCaseRows(as(actor)))).code).toBe('forbidden');
			expect((await rejection(undeleteCase(as(actor), row.slug))).code).toBe('forbidden');
		}
		const listed = (await listDeletedCaseRows(as(editor))).find((item) => item.slug === row.slug);
		expect(listed).toMatchObject({ name: { da: 'Slettet og hentet' }, status: 'draft', deletedBy: 'Test member' });
		await undeleteCase(as(editor), row.slug);
		// still the member's draft, with its history
		expect((await getCase(as(member), row.slug)).status).toBe('draft');
		expect((await rejection(getCase(anonymous(), row.slug))).code).toBe('not_found');
		expect((await listCaseRevisions(as(member), row.slug)).revisions).toHaveLength(1);
		expect((await listDeletedCaseRows(as(editor))).map((item) => item.slug)).not.toContain(row.slug);
		// a case that is not deleted cannot be "restored"
		expect((await rejection(undeleteCase(as(editor), row.slug))).code).toBe('not_found');
		const audit = await findAuditEntries(database.db, { action: 'learning_case.undelete', limit: 10 });
		expect(audit.map((entry) => entry.targetId)).toContain(row.id);
		await deleteCase(as(member), row.slug); // out of the way of the later searches

		const [testimony] = await findTestimonies(anonymous());
		await deleteTestimony(as(editor), testimony.id);
		expect((await listDeletedTestimonyRows(as(editor))).map((item) => item.id)).toContain(testimony.id);
		expect((await rejection(undeleteTestimony(as(member), testimony.id))).code).toBe('forbidden');
		await undeleteTestimony(as(editor), testimony.id);
		expect((await findTestimonies(anonymous())).map((item) => item.id)).toContain(testimony.id);
		expect((await rejection(undeleteTestimony(as(editor), 'x'))).code).toBe('not_found');
	});

	it('does not bring back a seeded case an editor deleted', async () => {
		const slug = SEED_CASES[6].slug;
		await deleteCase(as(editor), slug);
		expect((await seedLearningContent(database.db)).added).toBe(0);
		expect((await rejection(getCase(anonymous(), slug))).code).toBe('not_found');
		await database.db.execute(sql`update learning_cases set deleted_at = null where slug = ${slug}`);
	});

	it('never overwrites a case a person made, even at an address the seed uses', async () => {
		const seeded = SEED_CASES[3];
		const before = await getCaseForEditing(as(editor), seeded.slug);
		// as if a person had made this case before the seed knew the address
		await database.db.execute(
			sql`update learning_cases set seed_hash = null, created_by = ${member.userId}, content = jsonb_set(content, '{summary,da}', '"en persons egen tekst"') where slug = ${seeded.slug}`
		);
		const counts = await seedLearningContent(database.db);
		expect(counts).toMatchObject({ added: 0, updated: 0 });
		expect((await getCase(anonymous(), seeded.slug)).content.summary.da).toBe('en persons egen tekst');
		await database.db.execute(
			sql`update learning_cases set seed_hash = 'older seed', created_by = null, content = ${JSON.stringify(before.content)}::jsonb where slug = ${seeded.slug}`
		);
		await seedLearningContent(database.db);
	});

	it('seeds once when two app servers start on an empty database at the same moment', async () => {
		const fresh = await createTestDatabase();
		try {
			const runs = await Promise.all([seedLearningContent(fresh.db), seedLearningContent(fresh.db)]);
			expect(runs[0].added + runs[1].added).toBe(SEED_PAGES.length + SEED_CASES.length + SEED_TESTIMONIES.length);
		} finally {
			await fresh.dispose();
		}
	});
});

describe('search and filters', () => {
	it('filters by period exactly as the domain rule says (periodOverlaps), for every range', async () => {
		const seeded = new Set(SEED_CASES.map((c) => c.slug));
		const years = [undefined, 2012, 2014, 2016, 2018, 2020, 2022, 2024];
		for (const from of years) {
			for (const to of years) {
				if (from !== undefined && to !== undefined && from > to) continue;
				const expected = SEED_CASES.filter((c) => periodOverlaps({ start: c.periodStart, end: c.periodEnd }, { from, to }))
					.map((c) => c.slug)
					.sort();
				const found = (await search('', { from, to })).filter((slug) => seeded.has(slug));
				expect(found, `from ${from} to ${to}`).toEqual(expected);
			}
		}
	});

	it('finds the homelessness case with Danish stemming', async () => {
		expect(await search('hjemløse')).toContain('hjem-til-alle');
		expect(await search('hjemløshed')).toContain('hjem-til-alle');
		expect(await search('hjemløse unge')).toEqual(['hjem-til-alle']);
	});

	it('finds cases by English words with English stemming, in either language of the interface', async () => {
		expect(await search('homeless', {}, 'en')).toContain('hjem-til-alle');
		expect(await search('homelessness', {}, 'da')).toContain('hjem-til-alle');
		expect(await search('burglaries', {}, 'en')).toEqual(['bo-trygt']);
		expect(await search('burglary', {}, 'en')).toEqual(['bo-trygt']);
	});

	it("finds cases by an actor's name and ranks the best match first", async () => {
		expect(await search('Bikubenfonden')).toContain('hjem-til-alle');
		const ranked = await findCases(anonymous(), { q: 'klimaplaner' }, 'da');
		expect(ranked[0]?.slug).toBe('dk2020');
	});

	it('answers an empty result (not an error) for words nobody used or only stop words', async () => {
		expect(await search('xylofonorkester')).toEqual([]);
		expect(await search('i')).toEqual([]);
		expect(await search('"unbalanced ( quote')).toBeInstanceOf(Array);
	});

	it('combines filters with AND', async () => {
		expect(await search('', { scale: 'local' })).toEqual(['medvind-i-oesterbyen', 'toendermarsk-initiativet', 'troldhedestien']);
		expect(await search('', { scale: 'local', field: 'inclusion' })).toEqual(['troldhedestien']);
		expect(await search('', { field: 'homelessness', scale: 'local' })).toEqual([]);
		expect(await search('', { sector: 'business' })).toContain('hjem-til-alle');
		// period: active in 2023 or later (Troldhedestien ended 2021, the landscapes 2022)
		const from2023 = await search('', { from: 2023 });
		expect(from2023).toContain('toendermarsk-initiativet');
		expect(from2023).not.toContain('troldhedestien');
		expect(from2023).not.toContain('fremtidens-baeredygtige-landskaber');
		// only before 2015: the landscapes (from 2014)
		expect(await search('', { to: 2014 })).toEqual(['fremtidens-baeredygtige-landskaber']);
		expect(await search('hjemløse', { scale: 'national', from: 2016, to: 2016 })).toEqual(['hjem-til-alle']);
		const patience = await search('', { lesson: 'patience' });
		expect(patience.length).toBeGreaterThanOrEqual(2);
		expect(patience).toEqual(
			SEED_CASES.filter((c) => c.lessons.some((x) => x.lesson === 'patience'))
				.map((c) => c.slug)
				.sort()
		);
	});

	it('finds words typed without æ/ø/å, and suggests the closest words for a near-miss (issue 11)', async () => {
		for (const typed of ['hjemlos', 'hjemloes', 'HJEMLØS', 'hjemloshed']) expect(await search(typed)).toContain('hjem-til-alle');
		expect(await search('Tondermarsk')).toEqual(['toendermarsk-initiativet']);
		const nearMiss = await findCasePage(anonymous(), { q: 'bikubenfondne', page: 1 }, 'da');
		expect(nearMiss.total).toBe(0);
		expect(nearMiss.suggestion?.toLowerCase()).toBe('bikubenfonden');
		const found = await findCasePage(anonymous(), { q: 'hjemlos', page: 1 }, 'da');
		expect(found.suggestion).toBeNull();
	});

	it('pages through the library, with the total', async () => {
		const first = await findCasePage(anonymous(), { q: '', page: 1 }, 'da');
		expect(first.total).toBeGreaterThanOrEqual(7);
		expect(first.rows.length).toBe(Math.min(first.total, CASES_PER_PAGE));
		const beyond = await findCasePage(anonymous(), { q: '', page: 99 }, 'da');
		expect(beyond.rows).toEqual([]);
		expect(beyond.total).toBe(first.total);
	});
});

describe('who may do what', () => {
	it('lets everyone read and nobody but editors and admins change principles and lessons', async () => {
		const page = SEED_PAGES.find((p) => p.kind === 'condition');
		if (!page) throw new Error('no condition page');
		const text = { title: page.title, summary: page.summary, body: l('Ny tekst') };
		expect((await rejection(updatePage(anonymous(), page.kind, page.slug, text, 1))).code).toBe('forbidden');
		expect((await rejection(updatePage(as(member), page.kind, page.slug, text, 1))).code).toBe('forbidden');
		const current = await getPage(anonymous(), page.kind, page.slug);
		expect(await updatePage(as(editor), page.kind, page.slug, text, current.revision)).not.toBeNull();
		expect(
			await updatePage(contextFor(database.db, SYSTEM_ADMIN), page.kind, page.slug, { ...text, body: page.body }, current.revision + 1)
		).not.toBeNull();
		const denied = await findAuditEntries(database.db, { personId: member.userId ?? '', action: 'access.denied' });
		expect(denied.length).toBeGreaterThan(0);
	});

	it("keeps a member's own case a draft that only they and editors see, until an editor publishes it", async () => {
		const row = await createCase(as(member), ownCase('Ensomhed i Vejle'));
		expect(row.slug).toBe('ensomhed-i-vejle');
		expect(row.status).toBe('draft');
		expect((await rejection(getCase(anonymous(), row.slug))).code).toBe('not_found');
		expect((await rejection(getCase(as(otherMember), row.slug))).code).toBe('not_found');
		expect((await getCase(as(member), row.slug)).canEdit).toBe(true);
		expect((await getCase(as(editor), row.slug)).canEdit).toBe(true);
		expect(await search('Vejle')).toEqual([]);
		expect(slugs(await findCases(as(member), { q: 'Vejle' }, 'da'))).toEqual([row.slug]);

		// the status filter narrows what each reader may see anyway: the author's and the editors' drafts
		expect(slugs(await findCases(as(member), { status: 'draft' }, 'da'))).toContain(row.slug);
		expect(slugs(await findCases(as(editor), { status: 'draft' }, 'da'))).toContain(row.slug);
		expect(slugs(await findCases(as(otherMember), { status: 'draft' }, 'da'))).not.toContain(row.slug);
		expect(await search('', { status: 'draft' })).toEqual([]);
		expect(await countVisibleDrafts(as(member))).toBeGreaterThanOrEqual(1);
		expect(await countVisibleDrafts(as(otherMember))).toBe(0);
		expect(await countVisibleDrafts(anonymous())).toBe(0);
		expect((await rejection(setCaseStatus(as(member), row.slug, 'published'))).code).toBe('forbidden');
		await setCaseStatus(as(editor), row.slug, 'published');
		expect(await search('Vejle')).toEqual([row.slug]);
		// a second case with the same name gets its own address
		expect((await createCase(as(otherMember), ownCase('Ensomhed i Vejle'))).slug).toBe('ensomhed-i-vejle-2');
	});

	it('gives cases added at the same moment with the same name their own addresses', async () => {
		const rows = await Promise.all([1, 2, 3].map(() => createCase(as(member), ownCase('Samtidig i Aarhus'))));
		expect(rows.map((row) => row.slug).sort()).toEqual(['samtidig-i-aarhus', 'samtidig-i-aarhus-2', 'samtidig-i-aarhus-3']);
		// a name too short for an address still gets a valid one
		expect((await createCase(as(member), ownCase('X'))).slug).toBe('eksempel-x');
		// "ny" is the new-case form's address
		expect((await createCase(as(member), ownCase('Ny'))).slug).toBe('ny-2');
	});

	it("lets a member edit their own case but not another's or a seeded one", async () => {
		const row = await createCase(as(member), ownCase('Unge i Herning'));
		const { saved, backToReview } = await updateCase(as(member), row.slug, { ...ownCase('Unge i Herning'), place: l('Herning') }, 1);
		expect(saved?.changedFields).toEqual(['place']);
		expect(backToReview).toBe(false);
		expect((await rejection(updateCase(as(otherMember), row.slug, ownCase('x'), 2))).code).toBe('not_found');
		await setCaseStatus(as(editor), row.slug, 'published');
		expect((await rejection(updateCase(as(otherMember), row.slug, ownCase('x'), 2))).code).toBe('forbidden');
		const seeded = SEED_CASES[1];
		expect((await rejection(updateCase(as(member), seeded.slug, seeded, 1))).code).toBe('forbidden');
		// the refusal is in the audit log like any other denial (L1)
		const denials = await findAuditEntries(database.db, { personId: member.userId ?? '', action: 'access.denied' });
		expect(
			denials.some((entry) => entry.targetType === 'learning_case' && (entry.details as { action?: string }).action === 'case.edit')
		).toBe(true);
		expect((await rejection(createCase(anonymous(), ownCase('Anonym')))).code).toBe('forbidden');
	});

	it("puts an author's change to their published case back in review; an editor's change stays published", async () => {
		// an active administrator hears about cases waiting for review, by e-mail
		const reviewer = await createAdministratorWithPassword(as(SYSTEM_ADMIN), {
			email: `${crypto.randomUUID()}@example.org`,
			name: 'Rie Redaktør',
			password: 'Rødgrød med fløde 2026'
		});
		const row = await createCase(as(member), ownCase('Frivillige i Viborg'));
		const added = await readLatestOutboxMail(reviewer.email);
		expect(added?.subject).toBe('Et eksempel venter på udgivelse: Frivillige i Viborg');
		expect(added?.text).toContain(`/eksempler/${row.slug}/rediger`);
		expect(added?.text).toContain('Test member har tilføjet eksemplet »Frivillige i Viborg«');
		await setCaseStatus(as(editor), row.slug, 'published');
		const changed = { ...ownCase('Frivillige i Viborg'), summary: l('Ændret af forfatteren.') };
		expect((await updateCase(as(member), row.slug, changed, 1)).backToReview).toBe(true);
		expect((await readLatestOutboxMail(reviewer.email))?.text).toContain('har ændret sit udgivne eksempel »Frivillige i Viborg«');
		expect((await rejection(getCase(anonymous(), row.slug))).code).toBe('not_found');
		const audit = await findAuditEntries(database.db, { action: 'learning_case.unpublish', limit: 50 });
		expect(audit.find((entry) => entry.targetId === row.id)?.details).toMatchObject({ reason: 'changed_by_author' });
		await setCaseStatus(as(editor), row.slug, 'published');
		const byEditor = await updateCase(as(editor), row.slug, { ...changed, summary: l('Rettet af redaktøren.') }, 2);
		expect(byEditor.backToReview).toBe(false);
		expect((await getCase(anonymous(), row.slug)).content.summary.da).toBe('Rettet af redaktøren.');
	});

	it('lets only one of two simultaneous saves from the same revision through; the other is told it is stale', async () => {
		const row = await createCase(as(member), ownCase('Samtidige rettelser'));
		const results = await Promise.allSettled(
			['Første', 'Anden'].map((text) => updateCase(as(member), row.slug, { ...ownCase('Samtidige rettelser'), summary: l(text) }, 1))
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const failed = results.find((result) => result.status === 'rejected');
		expect((failed as PromiseRejectedResult).reason.code).toBe('stale_revision');
		const { revisions } = await listCaseRevisions(as(member), row.slug);
		expect(revisions.map((revision) => revision.revision)).toEqual([2, 1]);
	});

	it('after a conflict, compares the saved case with what was typed and the revision it was opened at; the old revision stays refused (issue 11)', async () => {
		const row = await createCase(as(member), ownCase('Konflikt i Aarhus'));
		const opened = caseToFormValues((await getCaseRevisionContent(as(editor), row.slug, 1)) as CaseContent);
		await updateCase(as(editor), row.slug, { ...ownCase('Konflikt i Aarhus'), summary: l('Redaktørens resumé.') }, 1);
		const typed = { ...ownCase('Konflikt i Aarhus'), summary: l('Forfatterens resumé.'), place: l('Aarhus') };
		expect((await rejection(updateCase(as(member), row.slug, typed, 1))).code).toBe('stale_revision');
		// the same save again (the old form posted twice) is refused just the same
		expect((await rejection(updateCase(as(member), row.slug, typed, 1))).code).toBe('stale_revision');
		const saved = await getCaseForEditing(as(member), row.slug);
		expect(saved.content.summary.da).toBe('Redaktørens resumé.');
		const fields = findConflicts(caseToFormValues(saved.content), caseToFormValues(typed as CaseContent), opened);
		expect(fields.map((f) => [f.name, f.origin])).toEqual([
			['summary.da', 'both'],
			['place.da', 'mine']
		]);
		// another person's draft: its old text is refused like the case itself (not found, Z3)
		expect((await rejection(getCaseRevisionContent(as(otherMember), row.slug, 1))).code).toBe('not_found');
		// saved at the revision whose text was shown (2), with the choices
		await updateCase(as(member), row.slug, { ...typed, summary: l('Redaktørens resumé.') }, saved.revision);
		const merged = await getCase(as(member), row.slug);
		expect([merged.revision, merged.content.summary.da, merged.content.place.da]).toEqual([3, 'Redaktørens resumé.', 'Aarhus']);
	});

	it("hides a testimony about someone's draft case from everyone who may not see the draft", async () => {
		const draft = await createCase(as(member), ownCase('Kladde med vidnesbyrd'));
		const testimony = await createTestimony(as(editor), {
			caseSlug: draft.slug,
			lessons: ['involve'],
			kind: 'paraphrase',
			statement: l('Et udsagn om en kladde.'),
			attribution: l('projektleder'),
			sourceTitle: 'Kilde',
			sourceUrl: 'https://example.org/kladde',
			date: null
		});
		const ids = async (actor: Actor) => (await findTestimonies(as(actor), { lesson: 'involve' })).map((t) => t.id);
		expect(await ids(ANONYMOUS)).not.toContain(testimony.id);
		expect(await ids(otherMember)).not.toContain(testimony.id);
		expect(await ids(member)).toContain(testimony.id);
		expect(await ids(editor)).toContain(testimony.id);
		await deleteTestimony(as(editor), testimony.id);
	});

	it('answers not found, not an error, for testimony ids that are not ids', async () => {
		for (const id of ['a'.repeat(36), '-'.repeat(36), 'x']) {
			expect((await rejection(updateTestimony(as(editor), id, {}, 1))).code).toBe('not_found');
		}
	});

	it('keeps testimonies for editors', async () => {
		const input = {
			caseSlug: 'hjem-til-alle',
			lessons: ['leadership'],
			kind: 'quote',
			statement: l('Et udsagn.'),
			attribution: l('sekretariatsleder'),
			sourceTitle: 'Kilde',
			sourceUrl: 'https://example.org/kilde',
			date: '2020'
		};
		expect((await rejection(createTestimony(as(member), input))).code).toBe('forbidden');
		const row = await createTestimony(as(editor), input);
		expect((await findTestimonies(anonymous(), { caseSlug: 'hjem-til-alle' })).map((t) => t.id)).toContain(row.id);
		expect((await findTestimonies(anonymous(), { lesson: 'leadership' })).map((t) => t.id)).toContain(row.id);
		const noSource = await rejection(createTestimony(as(editor), { ...input, sourceUrl: '' }));
		expect(noSource.fields).toMatchObject({ sourceUrl: 'field_url_invalid' });
		const badCase = await rejection(createTestimony(as(editor), { ...input, caseSlug: 'findes-ikke' }));
		expect(badCase.fields).toMatchObject({ caseSlug: 'field_invalid' });
		await updateTestimony(as(editor), row.id, { ...input, statement: l('Rettet udsagn.') }, 1);
		await restoreTestimonyRevision(as(editor), row.id, 1, 2);
		expect((await findTestimonies(anonymous(), { caseSlug: 'hjem-til-alle' })).find((t) => t.id === row.id)?.content.statement.da).toBe(
			'Et udsagn.'
		);
		await deleteTestimony(as(editor), row.id);
		expect((await findTestimonies(anonymous())).map((t) => t.id)).not.toContain(row.id);
	});
});

describe('validation (V1) and safe output (V3)', () => {
	it('refuses bad links, dates, periods and CPR numbers next to their fields, saving nothing', async () => {
		const slug = SEED_CASES[2].slug;
		const before = await getCaseForEditing(as(editor), slug);
		const error = await rejection(
			updateCase(
				as(editor),
				slug,
				{
					...before.content,
					periodEnd: before.content.periodStart - 1,
					sources: [{ title: 'Ond', url: 'javascript:alert(1)' }],
					events: [{ date: '2019-13', text: l('x') }],
					summary: l('Ring til 010203-1234')
				},
				before.revision
			)
		);
		expect(error.code).toBe('invalid_input');
		expect(error.fields).toMatchObject({
			periodEnd: 'field_period_order',
			'sources.0.url': 'field_url_invalid',
			'events.0.date': 'field_partial_date_invalid',
			'summary.da': 'field_assessment_cpr'
		});
		expect((await getCaseForEditing(as(editor), slug)).revision).toBe(before.revision);
	});

	it('renders markdown with script payloads harmless', async () => {
		const slug = SEED_CASES[3].slug;
		const before = await getCaseForEditing(as(editor), slug);
		const payload = '<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) [god](https://example.org)';
		await updateCase(as(editor), slug, { ...before.content, problem: l(payload) }, before.revision);
		const page = await loadCasePage(anonymous(), slug, 'da');
		const html = page.case.problem.html;
		// the tags arrive as text, never as elements or attributes
		expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=/i);
		expect(html).not.toContain('href="javascript');
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">god</a>');
		await restoreCaseRevision(as(editor), slug, before.revision, before.revision + 1);
	});

	it('falls back to Danish, marked, where English is missing', async () => {
		const row = await createCase(as(editor), ownCase('Kun på dansk'));
		await setCaseStatus(as(editor), row.slug, 'published');
		const page = await loadCasePage(anonymous(), row.slug, 'en');
		expect(page.case.name).toEqual({ text: 'Kun på dansk', lang: 'da', isFallback: true });
		const seeded = await loadCasePage(anonymous(), 'hjem-til-alle', 'en');
		expect(seeded.case.name.isFallback).toBe(false);
	});
});

describe('revisions', () => {
	it('keeps every version with who and what changed, and restores an old one as a new version', async () => {
		const lesson = SEED_PAGES.find((p) => p.kind === 'lesson');
		if (!lesson) throw new Error('no lesson page');
		const start = await getPage(anonymous(), 'lesson', lesson.slug);
		const text = (body: string) => ({ title: lesson.title, summary: lesson.summary, body: l(body, lesson.body.en) });
		await updatePage(as(editor), 'lesson', lesson.slug, text('Første ændring'), start.revision);
		await updatePage(as(editor), 'lesson', lesson.slug, text('Anden ændring'), start.revision + 1);
		// a form opened before the last save is refused instead of overwriting it
		const stale = await rejection(updatePage(as(editor), 'lesson', lesson.slug, text('Forældet'), start.revision + 1));
		expect(stale.code).toBe('stale_revision');
		// saving without changes writes no version
		expect(await updatePage(as(editor), 'lesson', lesson.slug, text('Anden ændring'), start.revision + 2)).toBeNull();

		const restored = await restorePageRevision(as(editor), 'lesson', lesson.slug, start.revision, start.revision + 2);
		expect(restored.revision).toBe(start.revision + 3);
		expect((await getPage(anonymous(), 'lesson', lesson.slug)).content).toEqual(start.content);

		const { revisions } = await listPageRevisions(as(editor), 'lesson', lesson.slug);
		expect(revisions.map((r) => [r.revision, r.action, r.changedFields])).toEqual(
			expect.arrayContaining([
				[start.revision + 3, 'restored', ['body']],
				[start.revision + 2, 'updated', ['body']],
				[start.revision + 1, 'updated', ['body']]
			])
		);
		expect(revisions[0].actorName).toBe('Test editor');
		expect(revisions[0].restoredFrom).toBe(start.revision);
		expect((await rejection(restorePageRevision(as(editor), 'lesson', lesson.slug, 999, start.revision + 3))).code).toBe('not_found');
		expect((await rejection(listPageRevisions(as(member), 'lesson', lesson.slug))).code).toBe('forbidden');
	});

	it('restores a case and audits it', async () => {
		const row = await createCase(as(member), ownCase('Historik i Odense'));
		await updateCase(as(member), row.slug, { ...ownCase('Historik i Odense'), place: l('Odense') }, 1);
		await restoreCaseRevision(as(member), row.slug, 1, 2);
		const { record, revisions } = await listCaseRevisions(as(member), row.slug);
		expect(record.revision).toBe(3);
		expect(record.content.place.da).toBe('Vejle');
		expect(revisions.map((r) => r.action)).toEqual(['restored', 'updated', 'created']);
		const audit = await findAuditEntries(database.db, { personId: member.userId ?? '' });
		expect(audit.map((entry) => entry.action)).toEqual(
			expect.arrayContaining(['learning_case.create', 'learning_case.update', 'learning_case.restore'])
		);
		// restoring the text that is already current changes nothing, and says so
		expect((await rejection(restoreCaseRevision(as(member), row.slug, 1, 3))).code).toBe('revision_unchanged');
		// a version that no longer meets today's rules is refused with its own message, not field errors nobody sees
		await database.db.execute(
			sql`update learning_revisions set content = jsonb_set(content, '{name,da}', '""') where entity_id = ${row.id} and revision = 2`
		);
		expect((await rejection(restoreCaseRevision(as(member), row.slug, 2, 3))).code).toBe('revision_invalid');
	});
});

describe('lesson pages', () => {
	it('show the cases that illustrate the lesson, each linking to the case', async () => {
		const lesson = SEED_PAGES.find((p) => p.kind === 'lesson' && p.key === 'patience');
		if (!lesson) throw new Error('no patience lesson');
		const view = await loadLessonPage(anonymous(), lesson.slug, 'da');
		expect(view.cases.length).toBeGreaterThanOrEqual(2);
		for (const item of view.cases) {
			expect(SEED_CASES.find((c) => c.slug === item.slug)?.lessons.some((l) => l.lesson === 'patience')).toBe(true);
		}
	});
});
