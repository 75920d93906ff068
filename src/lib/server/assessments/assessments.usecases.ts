import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
	type AssessmentAnswers,
	type CandidateProblem,
	type Criterion,
	choiceAfterSubmit,
	choiceOnConfirm,
	evaluateAssessment,
	furthestStep,
	isFinalStep,
	MAX_CANDIDATE_PROBLEMS,
	missingAnswers,
	rankProblems,
	reachedQuestions,
	resolveFocus,
	type Step
} from '../../domain/assessment/index.ts';
import type { Action } from '../../domain/policy/policy.ts';
import { LinkTokenSchema, ShareTokenSchema } from '../../schemas/assessment.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { costlyRequestLimits, hitRateLimit } from '../limits/rate-limit.ts';
import {
	deleteAssessmentRow,
	findAssessmentById,
	findAssessmentByTokenHash,
	insertAssessment,
	insertRevision,
	isMemberOf,
	listMemberOrganisations,
	listOrganisationAssessments,
	listRevisions,
	updateAssessment
} from './assessments.repository.ts';
import type { AssessmentRow } from './assessments.table.ts';

/** How long an anonymous self-check's link keeps working. */
export const SELF_CHECK_RETENTION_DAYS = 365;

/** 192 random bits, base64url (32 characters): the unguessable part of a shared link. */
export function generateLinkToken(): string {
	return randomBytes(24).toString('base64url');
}

export function hashLinkToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** An anonymous self-check is found by its link token, an organisation's assessment by id. */
export type AssessmentRef = { token: string } | { id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}

/**
 * The access check and lookup every assessment use case starts with. Unknown, expired and other
 * organisations' assessments all answer `not_found` (Z3): nobody learns that they exist.
 */
async function resolveAssessment(ctx: UseCaseContext, ref: AssessmentRef, permission: Action): Promise<AssessmentRow> {
	if ('token' in ref) {
		await requireAccess(ctx, 'assessment.self_check');
		if (!LinkTokenSchema.safeParse(ref.token).success) throw new AppError('not_found');
		const row = await findAssessmentByTokenHash(ctx.db, hashLinkToken(ref.token));
		if (!row || row.organisationId !== null) throw new AppError('not_found');
		if (row.expiresAt && row.expiresAt.getTime() < nowOf(ctx).getTime()) throw new AppError('not_found');
		return row;
	}
	await requireAccess(ctx, permission);
	if (!isUuid(ref.id)) throw new AppError('not_found');
	const row = await findAssessmentById(ctx.db, ref.id);
	if (!row?.organisationId || !ctx.actor.userId) throw new AppError('not_found');
	if (!(await isMemberOf(ctx.db, ctx.actor.userId, row.organisationId))) throw new AppError('not_found');
	return row;
}

/** What the step and result pages show: the stored answers and what the rules make of them. */
export function describeAssessment(row: AssessmentRow) {
	const ranked = rankProblems(row.candidateProblems);
	// The stored id is the user's choice; without one the top-ranked problem is the focus.
	const focus = resolveFocus(ranked, row.focusProblemId);
	const focusProblem = focus.problem;
	return {
		id: row.id,
		organisationId: row.organisationId,
		title: row.title,
		ranked,
		focusProblem,
		isFocusChosen: focus.isChosen,
		focusOutrankedBy: focus.outranking,
		answers: row.answers,
		isComplete: row.completedAt !== null,
		completedAt: row.completedAt,
		updatedAt: row.updatedAt,
		revision: row.revision,
		furthestStep: furthestStep(row.answers, Boolean(focusProblem)),
		reached: reachedQuestions(row.answers),
		result: evaluateAssessment(row.answers)
	};
}

export type AssessmentView = ReturnType<typeof describeAssessment>;

// ---------------------------------------------------------------------------------------------
// The self-check and the steps (both kinds of assessment)

export async function startSelfCheck(ctx: UseCaseContext): Promise<{ token: string }> {
	await requireAccess(ctx, 'assessment.self_check');
	await hitRateLimit(ctx.db, costlyRequestLimits().selfCheckStart, ctx.ip, nowOf(ctx));
	const token = generateLinkToken();
	const expiresAt = new Date(nowOf(ctx).getTime() + SELF_CHECK_RETENTION_DAYS * 24 * 3600 * 1000);
	await insertAssessment(ctx.db, { tokenHash: hashLinkToken(token), expiresAt });
	return { token };
}

// ---------------------------------------------------------------------------------------------
// The read-only share link of a self-check (issue 11, bug 6)

/**
 * A self-check's share link: the assessment's id (22 characters) and 22 of an HMAC of it under the
 * SHA-256 of the private link, which only the server holds. Nothing new is stored; the share link
 * cannot be turned into the private one, and nobody can make one up for an id. It only ever reaches
 * `getSharedAssessment`, which reads: no use case that changes an assessment takes it (they take an
 * `AssessmentRef`, whose token must be a 32-character private link).
 */
function signShare(tokenHash: string, id: string): string {
	return createHmac('sha256', tokenHash).update(`share:${id}`).digest('base64url').slice(0, 22);
}

export function shareTokenOf(assessment: { id: string; tokenHash: string }): string {
	const id = Buffer.from(assessment.id.replace(/-/g, ''), 'hex').toString('base64url');
	return id + signShare(assessment.tokenHash, assessment.id);
}

/** The share token of the self-check whose private link is `token` (for its result page). */
export async function getShareToken(ctx: UseCaseContext, token: string): Promise<string> {
	const row = await resolveAssessment(ctx, { token }, 'assessment.view');
	return shareTokenOf({ id: row.id, tokenHash: row.tokenHash ?? '' });
}

function idOfShareToken(shareToken: string): string {
	const hex = Buffer.from(shareToken.slice(0, 22), 'base64url').toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A completed self-check through its share link, to read; anything else is not_found (Z3). */
export async function getSharedAssessment(ctx: UseCaseContext, shareToken: string): Promise<AssessmentView> {
	await requireAccess(ctx, 'assessment.self_check');
	if (!ShareTokenSchema.safeParse(shareToken).success) throw new AppError('not_found');
	const id = idOfShareToken(shareToken);
	const row = isUuid(id) ? await findAssessmentById(ctx.db, id) : undefined;
	if (!row?.tokenHash || row.organisationId !== null || row.completedAt === null) throw new AppError('not_found');
	if (row.expiresAt && row.expiresAt.getTime() < nowOf(ctx).getTime()) throw new AppError('not_found');
	const expected = Buffer.from(shareTokenOf({ id: row.id, tokenHash: row.tokenHash }));
	const given = Buffer.from(shareToken);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new AppError('not_found');
	return describeAssessment(row);
}

/** The same, for the CSV and PDF downloads of a shared result (the PDF is rate limited like the private one). */
export async function getSharedAssessmentForExport(ctx: UseCaseContext, shareToken: string, format: 'csv' | 'pdf' | 'xlsx') {
	const view = await getSharedAssessment(ctx, shareToken);
	if (format !== 'csv') await hitRateLimit(ctx.db, costlyRequestLimits().pdfExport, ctx.ip, nowOf(ctx));
	return view;
}

export async function getAssessment(ctx: UseCaseContext, ref: AssessmentRef): Promise<AssessmentView> {
	return describeAssessment(await resolveAssessment(ctx, ref, 'assessment.view'));
}

type StateChange = Partial<Pick<AssessmentRow, 'candidateProblems' | 'focusProblemId' | 'answers' | 'outcome' | 'completedAt' | 'title'>>;

/** Saves a change; an organisation's assessment also gets a revision and an audit entry. */
async function saveChange(ctx: UseCaseContext, row: AssessmentRow, change: StateChange): Promise<AssessmentRow> {
	const isOrganisations = row.organisationId !== null;
	const changesContent = ['candidateProblems', 'focusProblemId', 'answers', 'title'].some(
		(key) => key in change && JSON.stringify(change[key as keyof StateChange]) !== JSON.stringify(row[key as keyof AssessmentRow])
	);
	if (!isOrganisations || !changesContent) return updateAssessment(ctx.db, row.id, change);
	return ctx.db.transaction(async (tx) => {
		const updated = await updateAssessment(tx, row.id, { ...change, revision: row.revision + 1 });
		await recordRevision(tx, ctx, updated);
		await auditFromContext(tx, ctx, {
			action: 'assessment.updated',
			targetType: 'assessment',
			targetId: row.id,
			details: { revision: updated.revision }
		});
		return updated;
	});
}

async function recordRevision(db: Executor, ctx: UseCaseContext, row: AssessmentRow) {
	await insertRevision(db, {
		assessmentId: row.id,
		revision: row.revision,
		title: row.title,
		candidateProblems: row.candidateProblems,
		focusProblemId: row.focusProblemId,
		answers: row.answers,
		outcome: row.outcome,
		createdBy: ctx.actor.userId
	});
}

export interface NewProblem {
	title: string;
	ratings: Record<Criterion, number>;
}

export async function addCandidateProblem(ctx: UseCaseContext, ref: AssessmentRef, problem: NewProblem, focus?: string) {
	const row = await resolveAssessment(ctx, ref, 'assessment.edit');
	if (row.candidateProblems.length >= MAX_CANDIDATE_PROBLEMS)
		throw new AppError('invalid_input', { title: 'field_assessment_too_many_problems' });
	const added: CandidateProblem = { id: crypto.randomUUID(), title: problem.title, ratings: problem.ratings };
	const candidateProblems = [...row.candidateProblems, added];
	const focusProblemId = choiceAfterSubmit(rankProblems(row.candidateProblems), row.focusProblemId, focus);
	await saveChange(ctx, row, { candidateProblems, focusProblemId, ...titleFor(row, candidateProblems, focusProblemId) });
}

export async function removeCandidateProblem(ctx: UseCaseContext, ref: AssessmentRef, problemId: string) {
	const row = await resolveAssessment(ctx, ref, 'assessment.edit');
	const candidateProblems = row.candidateProblems.filter((p) => p.id !== problemId);
	const focusProblemId = row.focusProblemId === problemId ? null : row.focusProblemId;
	await saveChange(ctx, row, { candidateProblems, focusProblemId, ...titleFor(row, candidateProblems, focusProblemId) });
}

/** A self-check is named after its focus problem; an organisation's keeps the title it was given. */
function titleFor(row: AssessmentRow, problems: readonly CandidateProblem[], focusProblemId: string | null | undefined) {
	if (row.organisationId !== null) return {};
	return { title: resolveFocus(rankProblems(problems), focusProblemId).problem?.title ?? '' };
}

export type Direction = 'back' | 'next' | 'stay';
export type Destination = Step | 'result';

export interface StepInput {
	direction: Direction;
	/** Step 1: the chosen focus problem's id. */
	focus?: string;
	/** Steps 2–4: the answers on that step (missing ones are kept as they were). */
	answers?: AssessmentAnswers;
}

/**
 * Saves one step and says where to go: back keeps what was answered, next needs the step to be
 * complete and follows the tree (a "no" at step 2, or anything but all "yes" at step 3, ends at
 * the result).
 */
export async function saveStep(ctx: UseCaseContext, ref: AssessmentRef, step: Step, input: StepInput): Promise<Destination> {
	const row = await resolveAssessment(ctx, ref, 'assessment.edit');
	const change: StateChange = {};
	if (step === 1) {
		const ranked = rankProblems(row.candidateProblems);
		if (input.direction === 'next' && ranked.length === 0)
			throw new AppError('invalid_input', { title: 'field_assessment_problem_required' });
		const choose = input.direction === 'next' ? choiceOnConfirm : choiceAfterSubmit;
		change.focusProblemId = choose(ranked, row.focusProblemId, input.focus);
		Object.assign(change, titleFor(row, row.candidateProblems, change.focusProblemId));
	} else {
		const answers: AssessmentAnswers = { ...row.answers };
		for (const [key, value] of Object.entries(input.answers ?? {}))
			if (value !== undefined) answers[key as keyof AssessmentAnswers] = value;
		change.answers = answers;
		const missing = missingAnswers(step, answers);
		if (input.direction === 'next' && missing.length > 0) {
			throw new AppError('invalid_input', Object.fromEntries(missing.map((key) => [key, 'field_assessment_answer_required'])));
		}
	}
	const answers = change.answers ?? row.answers;
	let destination: Destination;
	if (input.direction === 'back') destination = step === 1 ? 1 : ((step - 1) as Step);
	else if (input.direction === 'stay') destination = step;
	else destination = isFinalStep(step, answers) ? 'result' : ((step + 1) as Step);

	if (destination === 'result') {
		change.completedAt = nowOf(ctx);
		change.outcome = evaluateAssessment(answers).outcome;
	} else if (input.direction === 'next') {
		change.completedAt = null;
		change.outcome = null;
	} else if (row.completedAt) {
		change.outcome = evaluateAssessment(answers).outcome;
	}
	await saveChange(ctx, row, change);
	return destination;
}

// ---------------------------------------------------------------------------------------------
// An organisation's assessments

export async function getMyOrganisations(ctx: UseCaseContext) {
	await requireAccess(ctx, 'assessment.view');
	if (!ctx.actor.userId) return [];
	return listMemberOrganisations(ctx.db, ctx.actor.userId);
}

export async function listAssessments(ctx: UseCaseContext) {
	const organisations = await getMyOrganisations(ctx);
	return {
		organisations,
		assessments: await listOrganisationAssessments(
			ctx.db,
			organisations.map((o) => o.id)
		)
	};
}

/** Z3: the organisation is one the actor belongs to, or the request is refused at that field. */
async function requireOwnOrganisation(ctx: UseCaseContext, organisationId: string) {
	if (!ctx.actor.userId || !isUuid(organisationId) || !(await isMemberOf(ctx.db, ctx.actor.userId, organisationId))) {
		throw new AppError('invalid_input', { organisationId: 'field_invalid' });
	}
}

export async function createAssessment(ctx: UseCaseContext, input: { organisationId: string; title: string }) {
	await requireAccess(ctx, 'assessment.edit');
	await requireOwnOrganisation(ctx, input.organisationId);
	return ctx.db.transaction(async (tx) => {
		const created = await insertAssessment(tx, {
			organisationId: input.organisationId,
			createdBy: ctx.actor.userId,
			title: input.title,
			revision: 1
		});
		await recordRevision(tx, ctx, created);
		await auditFromContext(tx, ctx, {
			action: 'assessment.created',
			targetType: 'assessment',
			targetId: created.id,
			details: { organisationId: input.organisationId }
		});
		return created;
	});
}

export async function getAssessmentHistory(ctx: UseCaseContext, id: string) {
	const row = await resolveAssessment(ctx, { id }, 'assessment.view');
	return listRevisions(ctx.db, row.id);
}

export async function duplicateAssessment(ctx: UseCaseContext, id: string, title: string) {
	const row = await resolveAssessment(ctx, { id }, 'assessment.edit');
	return ctx.db.transaction(async (tx) => {
		const copy = await insertAssessment(tx, {
			organisationId: row.organisationId,
			createdBy: ctx.actor.userId,
			title: title.slice(0, 200),
			candidateProblems: row.candidateProblems,
			focusProblemId: row.focusProblemId,
			answers: row.answers,
			outcome: row.outcome,
			completedAt: row.completedAt,
			revision: 1
		});
		await recordRevision(tx, ctx, copy);
		await auditFromContext(tx, ctx, {
			action: 'assessment.duplicated',
			targetType: 'assessment',
			targetId: copy.id,
			details: { from: row.id }
		});
		return copy;
	});
}

export async function deleteAssessment(ctx: UseCaseContext, id: string) {
	const row = await resolveAssessment(ctx, { id }, 'assessment.delete');
	await ctx.db.transaction(async (tx) => {
		await deleteAssessmentRow(tx, row.id);
		await auditFromContext(tx, ctx, {
			action: 'assessment.deleted',
			targetType: 'assessment',
			targetId: row.id,
			details: { title: row.title }
		});
	});
}

/** L1: exporting an organisation's assessment is logged; an anonymous self-check is nobody's data. */
export async function getAssessmentForExport(ctx: UseCaseContext, ref: AssessmentRef, format: 'csv' | 'pdf' | 'xlsx') {
	const row = await resolveAssessment(ctx, ref, 'assessment.view');
	if (format !== 'csv') await hitRateLimit(ctx.db, costlyRequestLimits().pdfExport, ctx.ip, nowOf(ctx));
	if (row.organisationId !== null) {
		await auditFromContext(ctx.db, ctx, {
			action: 'assessment.exported',
			targetType: 'assessment',
			targetId: row.id,
			details: { format }
		});
	}
	return describeAssessment(row);
}

/**
 * Saves an anonymous self-check into one of the signed-in person's organisations (issue 11): the
 * one holding the private link, once signed in, attaches it. From then on it is the organisation's
 * assessment, reached by its members only; the anonymous link (and the share link made from it) is
 * retired, so no second key to the organisation's data lives on in a browser history or an e-mail (Z3).
 * Audited; the saved state is the first revision of the organisation's history.
 */
export async function saveSelfCheckToOrganisation(ctx: UseCaseContext, token: string, organisationId: string): Promise<{ id: string }> {
	await requireAccess(ctx, 'assessment.edit');
	const row = await resolveAssessment(ctx, { token }, 'assessment.edit');
	await requireOwnOrganisation(ctx, organisationId);
	return ctx.db.transaction(async (tx) => {
		const saved = await updateAssessment(tx, row.id, {
			organisationId,
			tokenHash: null,
			expiresAt: null,
			createdBy: ctx.actor.userId,
			revision: 1
		});
		await recordRevision(tx, ctx, saved);
		await auditFromContext(tx, ctx, {
			action: 'assessment.saved_to_organisation',
			targetType: 'assessment',
			targetId: row.id,
			details: { organisationId }
		});
		return { id: saved.id };
	});
}
