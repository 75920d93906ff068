import { fieldNameOfPath } from '../../domain/learning/case-form.ts';
import type { CaseContent, LessonKey } from '../../domain/learning/content.ts';
import { CASES_PER_PAGE, CaseContentSchema, type CaseFilters } from '../../domain/learning/schemas.ts';
import { slugify } from '../../domain/organisations/slug.ts';
import { buildVocabulary, suggestQuery } from '../../domain/search/suggest.ts';
import { type Actor, can, type Resource } from '../../domain/policy/policy.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import {
	type CaseRow,
	type CaseVisibility,
	countCases,
	countCasesByLesson,
	findCaseBySlug,
	insertCaseUnlessSlugTaken,
	isCaseSlugTaken,
	listCaseNames,
	listCasesForLesson,
	listDeletedCases,
	searchCases,
	setCaseStatusRow,
	updateCaseContent,
	listCaseWords
} from './cases.repository.ts';
import { findContentRevision, listContentRevisions, setLearningRowDeleted } from './revisions.repository.ts';
import type { CaseStatus } from './learning.table.ts';
import { notifyEditorsOfReview } from './review-mail.ts';
import { type EditSpec, restoreEdit, saveEdit, saveFirstVersion } from './versions.ts';

export function isContentEditor(actor: Actor): boolean {
	return can(actor, 'learning.edit');
}

export function caseVisibility(actor: Actor): CaseVisibility {
	return { userId: actor.userId, seesAllDrafts: isContentEditor(actor) };
}

/** A case as the policy sees it: its owner is who created it (nobody for seeded cases). */
function caseResource(row: Pick<CaseRow, 'id' | 'createdBy'>): Resource {
	return { type: 'learning_case', id: row.id, ownerId: row.createdBy };
}

/** May this actor change this case? The policy says: editors any case, members only their own. */
export function canEditCase(actor: Actor, row: Pick<CaseRow, 'id' | 'createdBy'>): boolean {
	return can(actor, 'case.edit', caseResource(row));
}

function isVisible(actor: Actor, row: CaseRow): boolean {
	return row.status === 'published' || canEditCase(actor, row);
}

/** All matching cases (for tests and small lists). */
export async function findCases(ctx: UseCaseContext, filters: Partial<CaseFilters>, locale: 'da' | 'en') {
	await requireAccess(ctx, 'learning.view');
	return (await searchCases(ctx.db, filters, locale, caseVisibility(ctx.actor))).rows;
}

/** One page of the case library. */
export async function findCasePage(ctx: UseCaseContext, filters: CaseFilters, locale: 'da' | 'en') {
	await requireAccess(ctx, 'learning.view');
	const { rows, total } = await searchCases(ctx.db, filters, locale, caseVisibility(ctx.actor), {
		limit: CASES_PER_PAGE,
		offset: (filters.page - 1) * CASES_PER_PAGE
	});
	// "Mente du …?": a search that finds nothing suggests the closest words the library has
	const suggestion =
		filters.q && total === 0 ? suggestQuery(filters.q, buildVocabulary(await listCaseWords(ctx.db, caseVisibility(ctx.actor)))) : undefined;
	return { rows, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / CASES_PER_PAGE)), suggestion: suggestion ?? null };
}

/** Drafts the reader may see: for editors all that wait to be published, for others their own. */
export async function countVisibleDrafts(ctx: UseCaseContext): Promise<number> {
	await requireAccess(ctx, 'learning.view');
	if (ctx.actor.userId === null) return 0;
	return countCases(ctx.db, { status: 'draft' }, caseVisibility(ctx.actor));
}

export async function countCasesPerLesson(ctx: UseCaseContext) {
	await requireAccess(ctx, 'learning.view');
	return countCasesByLesson(ctx.db, caseVisibility(ctx.actor));
}

/** A case the actor may see; another person's draft answers 404, like one that does not exist (Z3). */
export async function getCase(ctx: UseCaseContext, slug: string) {
	await requireAccess(ctx, 'learning.view');
	const row = await findCaseBySlug(ctx.db, slug);
	if (!row || !isVisible(ctx.actor, row)) throw new AppError('not_found');
	return { ...row, canEdit: canEditCase(ctx.actor, row), canPublish: isContentEditor(ctx.actor) };
}

/** A case the actor may change, or not_found (also for a draft they may not see) / forbidden. */
async function getEditableCase(ctx: UseCaseContext, slug: string): Promise<CaseRow> {
	const row = await findCaseBySlug(ctx.db, slug);
	if (!row || !isVisible(ctx.actor, row)) throw new AppError('not_found');
	await requireAccess(ctx, 'case.edit', caseResource(row));
	return row;
}

export async function getCaseForEditing(ctx: UseCaseContext, slug: string) {
	const row = await getEditableCase(ctx, slug);
	return { ...row, canPublish: isContentEditor(ctx.actor) };
}

export async function listCasesIllustrating(ctx: UseCaseContext, lesson: LessonKey, limit?: number) {
	await requireAccess(ctx, 'learning.view');
	return listCasesForLesson(ctx.db, lesson, caseVisibility(ctx.actor), limit);
}

export async function listCaseChoices(ctx: UseCaseContext, slugs?: readonly string[]) {
	await requireAccess(ctx, 'learning.view');
	return listCaseNames(ctx.db, caseVisibility(ctx.actor), slugs);
}

function validateCase(input: unknown): CaseContent {
	const result = CaseContentSchema.safeParse(input);
	if (result.success) return result.data as CaseContent;
	throw AppError.fromIssues(result.error.issues, (path) => fieldNameOfPath(path, input));
}

/** Addresses under /eksempler/ that are pages of their own: a case named "Ny" must not hide the new-case form. */
const RESERVED_CASE_SLUGS = new Set(['ny']);

/** Slug candidates for a new case: the name, then name-2, name-3 … */
function* slugCandidates(name: string): Generator<string> {
	const slug = slugify(name);
	const base = slug.length >= 2 ? slug : slug ? `eksempel-${slug}` : 'eksempel';
	if (!RESERVED_CASE_SLUGS.has(base)) yield base;
	for (let n = 2; n < 1000; n++) yield `${base}-${n}`;
}

/**
 * A signed-in person adds a case of their own: a draft until an editor publishes it.
 * The slug is claimed by the insert itself (ON CONFLICT DO NOTHING), so two people adding
 * a case with the same name at the same moment get name and name-2, never an error.
 */
export async function createCase(ctx: UseCaseContext, input: unknown): Promise<CaseRow> {
	await requireAccess(ctx, 'case.create');
	const draftName = (input as { name?: { da?: unknown } })?.name?.da;
	const candidates = slugCandidates(typeof draftName === 'string' ? draftName : '');
	const validated = validateCase({ ...(input as object), slug: 'eksempel' });
	const now = nowOf(ctx);
	const row = await ctx.db.transaction(async (tx) => {
		for (const slug of candidates) {
			if (await isCaseSlugTaken(tx, slug)) continue;
			const content = { ...validated, slug };
			const row = await insertCaseUnlessSlugTaken(tx, { content, status: 'draft', createdBy: ctx.actor.userId });
			if (!row) continue;
			await saveFirstVersion(tx, { entityType: 'case', entityId: row.id, content, action: 'created', actorUserId: ctx.actor.userId, now });
			await auditFromContext(tx, ctx, { action: 'learning_case.create', targetType: 'learning_case', targetId: row.id, details: { slug } });
			return row;
		}
		throw new AppError('conflict');
	});
	// an editor's own case needs no one else to publish it
	if (!isContentEditor(ctx.actor)) await notifyEditorsOfReview(ctx, { slug: row.slug, name: row.content.name.da }, 'added');
	return row;
}

/**
 * Saves an edit. The slug stays; `expectedRevision` guards against overwriting a colleague's save.
 * `backToReview` is true when an author changed their published case: it is a draft again until an
 * editor has looked at the change, so nothing reaches the public unreviewed.
 */
export async function updateCase(ctx: UseCaseContext, slug: string, input: unknown, expectedRevision: number) {
	const row = await getEditableCase(ctx, slug);
	const next = validateCase({ ...(input as object), slug: row.slug });
	const saved = await saveEdit(ctx, { ...caseEdit(ctx, row, expectedRevision), next });
	const backToReview = saved !== null && needsReview(ctx.actor, row);
	if (backToReview) await notifyEditorsOfReview(ctx, { slug: row.slug, name: next.name.da }, 'changed');
	return { saved, backToReview };
}

function needsReview(actor: Actor, row: CaseRow): boolean {
	return row.status === 'published' && !isContentEditor(actor);
}

function caseEdit(ctx: UseCaseContext, row: CaseRow, expectedRevision: number): EditSpec<CaseContent> {
	return {
		entityType: 'case',
		record: row,
		expectedRevision,
		write: async (tx, content, revision, now) => {
			const written = await updateCaseContent(tx, row.id, { content, revision, updatedBy: ctx.actor.userId, userEdited: true, now });
			if (written && needsReview(ctx.actor, row)) {
				await setCaseStatusRow(tx, row.id, 'draft', now);
				await auditFromContext(tx, ctx, {
					action: 'learning_case.unpublish',
					targetType: 'learning_case',
					targetId: row.id,
					details: { slug: row.slug, reason: 'changed_by_author' }
				});
			}
			return written;
		},
		auditPrefix: 'learning_case',
		auditDetails: { slug: row.slug }
	};
}

export async function listCaseRevisions(ctx: UseCaseContext, slug: string) {
	const row = await getEditableCase(ctx, slug);
	return { record: row, revisions: await listContentRevisions(ctx.db, 'case', row.id) };
}

/** One revision's content of a case the actor may edit (an edit conflict compares with it), or undefined. */
export async function getCaseRevisionContent(ctx: UseCaseContext, slug: string, revision: number): Promise<CaseContent | undefined> {
	const row = await getEditableCase(ctx, slug);
	if (revision === row.revision) return row.content;
	const parsed = CaseContentSchema.safeParse({
		...((await findContentRevision(ctx.db, 'case', row.id, revision))?.content as object),
		slug: row.slug
	});
	return parsed.success ? (parsed.data as CaseContent) : undefined;
}

/** Brings back an older revision's content as a new revision (history is never rewritten). */
export async function restoreCaseRevision(ctx: UseCaseContext, slug: string, revision: number, expectedRevision: number) {
	const row = await getEditableCase(ctx, slug);
	return restoreEdit(ctx, {
		...caseEdit(ctx, row, expectedRevision),
		revision,
		parse: (old) => {
			const parsed = CaseContentSchema.safeParse({ ...(old as object), slug: row.slug });
			if (!parsed.success) throw new AppError('revision_invalid');
			return parsed.data as CaseContent;
		}
	});
}

export async function setCaseStatus(ctx: UseCaseContext, slug: string, status: CaseStatus) {
	await requireAccess(ctx, 'learning.edit');
	const row = await findCaseBySlug(ctx.db, slug);
	if (!row) throw new AppError('not_found');
	if (row.status === status) return;
	await ctx.db.transaction(async (tx) => {
		await setCaseStatusRow(tx, row.id, status, nowOf(ctx));
		await auditFromContext(tx, ctx, {
			action: status === 'published' ? 'learning_case.publish' : 'learning_case.unpublish',
			targetType: 'learning_case',
			targetId: row.id,
			details: { slug }
		});
	});
}

/** Removes a case from the library. Its revisions stay; a seeded case is not brought back by the seed. */
export async function deleteCase(ctx: UseCaseContext, slug: string) {
	const row = await getEditableCase(ctx, slug);
	await ctx.db.transaction(async (tx) => {
		await setLearningRowDeleted(tx, 'case', row.id, { deleted: true, now: nowOf(ctx), by: ctx.actor.userId });
		await auditFromContext(tx, ctx, { action: 'learning_case.delete', targetType: 'learning_case', targetId: row.id, details: { slug } });
	});
}

/** Deleted cases, for the editors' undo list. */
export async function listDeletedCaseRows(ctx: UseCaseContext) {
	await requireAccess(ctx, 'learning.edit');
	return listDeletedCases(ctx.db);
}

/** An editor brings a deleted case back, as it was (published or draft) and with its history. */
export async function undeleteCase(ctx: UseCaseContext, slug: string) {
	await requireAccess(ctx, 'learning.edit');
	const row = await findCaseBySlug(ctx.db, slug, { includeDeleted: true });
	if (!row || row.deletedAt === null) throw new AppError('not_found');
	await ctx.db.transaction(async (tx) => {
		await setLearningRowDeleted(tx, 'case', row.id, { deleted: false, now: nowOf(ctx), by: ctx.actor.userId });
		await auditFromContext(tx, ctx, { action: 'learning_case.undelete', targetType: 'learning_case', targetId: row.id, details: { slug } });
	});
}
