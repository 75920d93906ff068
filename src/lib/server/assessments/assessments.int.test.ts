import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS, type PlatformRole } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { inviteUser } from '../users/users.usecases.ts';
import { assessmentToCsv } from './assessment-export.ts';
import {
	addCandidateProblem,
	createAssessment,
	deleteAssessment,
	duplicateAssessment,
	getAssessment,
	getAssessmentForExport,
	getAssessmentHistory,
	getSharedAssessment,
	getShareToken,
	listAssessments,
	removeCandidateProblem,
	saveSelfCheckToOrganisation,
	saveStep,
	startSelfCheck
} from './assessments.usecases.ts';
import {
	closeGroupRound,
	compareGroupRounds,
	getGroupRoundReport,
	getRoundForRespondent,
	groupAnswerLimit,
	openGroupRound,
	openNextGroupRound,
	reopenGroupRound,
	submitGroupResponse
} from './group-rounds.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const admin = () => contextFor(database.db, SYSTEM_ADMIN);
const anonymous = () => contextFor(database.db, ANONYMOUS);
let orgA: string;
let orgB: string;
let memberA: Actor;
let editorA: Actor;
let memberB: Actor;

const ratings = (a: number, b: number, c: number) => ({ dramaticImprovement: a, contextualChange: b, urgentNeed: c });
const ALL_YES_STEP3 = {
	'step3.complexity': 'yes',
	'step3.scale': 'yes',
	'step3.fragmented': 'yes',
	'step3.multipleSectors': 'yes',
	'step3.endUsersAffected': 'yes'
} as const;
const ALL_YES_STEP4 = {
	'step4.champions': 'yes',
	'step4.resources12Months': 'yes',
	'step4.positiveExperience': 'yes',
	'step4.burningPlatform': 'yes'
} as const;

async function newUser(organisationId: string, platformRole: Exclude<PlatformRole, 'anonymous'>): Promise<Actor> {
	const { user } = await inviteUser(admin(), {
		email: `${crypto.randomUUID()}@example.org`,
		name: 'Test',
		platformRole,
		organisationId,
		locale: 'da'
	});
	return { userId: user.id, platformRole };
}

beforeAll(async () => {
	database = await createTestDatabase();
	orgA = (await createOrganisation(admin(), { name: 'Aarhus Kommune', sector: 'public' })).id;
	orgB = (await createOrganisation(admin(), { name: 'Fonden B', sector: 'foundation' })).id;
	memberA = await newUser(orgA, 'member');
	editorA = await newUser(orgA, 'editor');
	memberB = await newUser(orgB, 'member');
});
afterAll(async () => {
	await database.dispose();
});

describe('anonymous self-check', () => {
	it('walks the steps, follows the tree and keeps the answers going back and forth', async () => {
		const { token } = await startSelfCheck(anonymous());
		expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
		const ref = { token };
		await expect(saveStep(anonymous(), ref, 1, { direction: 'next' })).rejects.toMatchObject({
			fields: { title: 'field_assessment_problem_required' }
		});
		await addCandidateProblem(anonymous(), ref, { title: 'Ensomhed', ratings: ratings(2, 2, 2) });
		await addCandidateProblem(anonymous(), ref, { title: 'Unge uden job', ratings: ratings(5, 4, 4) });
		let view = await getAssessment(anonymous(), ref);
		expect(view.ranked.map((p) => p.title)).toEqual(['Unge uden job', 'Ensomhed']);
		// Until someone chooses, the top-ranked problem is the focus, not the first one added.
		expect(view).toMatchObject({ focusProblem: { title: 'Unge uden job' }, isFocusChosen: false });
		const best = view.ranked[0]?.id;
		expect(await saveStep(anonymous(), ref, 1, { direction: 'next', focus: best })).toBe(2);
		await expect(saveStep(anonymous(), ref, 2, { direction: 'next', answers: {} })).rejects.toMatchObject({
			fields: { 'step2.multipleActors': 'field_assessment_answer_required' }
		});
		expect(await saveStep(anonymous(), ref, 2, { direction: 'next', answers: { 'step2.multipleActors': 'no' } })).toBe('result');
		view = await getAssessment(anonymous(), ref);
		expect(view).toMatchObject({ isComplete: true, title: 'Unge uden job', result: { outcome: 'PROGRAM_OR_CAPACITY' } });
		expect(await saveStep(anonymous(), ref, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } })).toBe(3);
		expect((await getAssessment(anonymous(), ref)).isComplete).toBe(false);
		expect(await saveStep(anonymous(), ref, 3, { direction: 'back', answers: { 'step3.scale': 'yes' } })).toBe(2);
		expect(await saveStep(anonymous(), ref, 3, { direction: 'next', answers: ALL_YES_STEP3 })).toBe(4);
		expect(await saveStep(anonymous(), ref, 4, { direction: 'next', answers: ALL_YES_STEP4 })).toBe('result');
		view = await getAssessment(anonymous(), ref);
		expect(view.result.outcome).toBe('READY');
		expect(view.answers['step3.scale']).toBe('yes');
	});

	it('answers not_found for unknown, malformed and expired links', async () => {
		await expect(getAssessment(anonymous(), { token: 'A'.repeat(32) })).rejects.toMatchObject({ code: 'not_found' });
		await expect(getAssessment(anonymous(), { token: 'short' })).rejects.toMatchObject({ code: 'not_found' });
		const { token } = await startSelfCheck(anonymous());
		const later = contextFor(database.db, ANONYMOUS, { now: () => new Date(Date.now() + 400 * 86_400_000) });
		await expect(getAssessment(later, { token })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('gives a completed self-check a read-only share link that no changing use case accepts (issue 11, bug 6)', async () => {
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: 'Delt problem', ratings: ratings(3, 3, 3) });
		const shareToken = await getShareToken(anonymous(), token);
		expect(shareToken).toMatch(/^[A-Za-z0-9_-]{44}$/);
		// not before there is a result to share
		await expect(getSharedAssessment(anonymous(), shareToken)).rejects.toMatchObject({ code: 'not_found' });
		await saveStep(anonymous(), { token }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'no' } });
		expect(await getSharedAssessment(anonymous(), shareToken)).toMatchObject({ title: 'Delt problem', isComplete: true });
		// the share token changes nothing and opens no private page
		await expect(getAssessment(anonymous(), { token: shareToken })).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			saveStep(anonymous(), { token: shareToken }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } })
		).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(addCandidateProblem(anonymous(), { token: shareToken }, { title: 'X', ratings: ratings(1, 1, 1) })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getAssessmentForExport(anonymous(), { token: shareToken }, 'csv')).rejects.toMatchObject({ code: 'not_found' });
		// only the server can sign one: another signature, or another assessment's id with this signature, is refused
		const { token: otherToken } = await startSelfCheck(anonymous());
		const otherShare = await getShareToken(anonymous(), otherToken);
		for (const forged of [`${shareToken.slice(0, 22)}${'A'.repeat(22)}`, `${otherShare.slice(0, 22)}${shareToken.slice(22)}`]) {
			await expect(getSharedAssessment(anonymous(), forged)).rejects.toMatchObject({ code: 'not_found' });
		}
		const later = contextFor(database.db, ANONYMOUS, { now: () => new Date(Date.now() + 400 * 86_400_000) });
		await expect(getSharedAssessment(later, shareToken)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('exports only the complexity signs that were ticked: an unticked sign is no "Nej" (issue 11)', async () => {
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: 'Tegn', ratings: ratings(3, 3, 3) });
		await saveStep(anonymous(), { token }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } });
		await saveStep(anonymous(), { token }, 3, {
			direction: 'next',
			answers: { ...ALL_YES_STEP3, 'step3.complexSigns.innovation': 'yes', 'step3.complexSigns.newPolicy': 'no' }
		});
		const view = await getAssessmentForExport(anonymous(), { token }, 'csv');
		const signRows = assessmentToCsv(view, 'http://x/delt', 'da')
			.split('\r\n')
			.filter((row) => row.includes('complexSigns'));
		expect(signRows).toHaveLength(1);
		expect(signRows[0]).toContain('step3.complexSigns.innovation');
		expect(signRows[0]).toContain('Krydset af');
	});

	it('exports the readiness advice as the result page words it: "ved ikke" → find out first (issue 11)', async () => {
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: 'Parathed', ratings: ratings(3, 3, 3) });
		await saveStep(anonymous(), { token }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } });
		await saveStep(anonymous(), { token }, 3, { direction: 'next', answers: ALL_YES_STEP3 });
		await saveStep(anonymous(), { token }, 4, {
			direction: 'next',
			answers: { ...ALL_YES_STEP4, 'step4.resources12Months': 'unknown', 'step4.burningPlatform': 'no' }
		});
		const view = await getAssessmentForExport(anonymous(), { token }, 'csv');
		const advice = assessmentToCsv(view, 'http://x/resultat', 'da')
			.split('\r\n')
			.filter((row) => row.includes('Anbefalinger') || row.includes('Hvis nej') || row.includes('Find først'));
		expect(advice.filter((row) => row.includes('Find først ud af det. Viser svaret sig at være nej:'))).toHaveLength(1);
		expect(advice.filter((row) => row.includes('Hvis nej'))).toHaveLength(1);
	});

	it('exports CSV with a BOM and neutralised cells (V4)', async () => {
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: '=HYPERLINK("http://evil")', ratings: ratings(3, 3, 3) });
		await saveStep(anonymous(), { token }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'no' } });
		const view = await getAssessmentForExport(anonymous(), { token }, 'csv');
		const csv = assessmentToCsv(view, 'http://x/resultat', 'da');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
	});
});

describe('saving a self-check into an organisation (issue 11)', () => {
	it("attaches it to the signed-in person's organisation, audited, and retires the anonymous and share links", async () => {
		const orgC = (await createOrganisation(admin(), { name: 'Odense Kommune', sector: 'public' })).id;
		const memberC = await newUser(orgC, 'member');
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: 'Ensomhed', ratings: ratings(4, 4, 4) });
		await saveStep(anonymous(), { token }, 2, { direction: 'next', answers: { 'step2.multipleActors': 'no' } });
		const shareToken = await getShareToken(anonymous(), token);
		// signed out, or into an organisation one is not a member of: refused, nothing changes
		await expect(saveSelfCheckToOrganisation(anonymous(), token, orgC)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(saveSelfCheckToOrganisation(contextFor(database.db, memberC), token, orgA)).rejects.toMatchObject({
			fields: { organisationId: 'field_invalid' }
		});
		expect((await getAssessment(anonymous(), { token })).organisationId).toBeNull();

		const { id } = await saveSelfCheckToOrganisation(contextFor(database.db, memberC), token, orgC);
		const saved = await getAssessment(contextFor(database.db, memberC), { id });
		expect(saved).toMatchObject({ organisationId: orgC, title: 'Ensomhed', isComplete: true });
		expect((await getAssessmentHistory(contextFor(database.db, memberC), id)).map((r) => r.revision)).toEqual([1]);
		await expect(getAssessment(anonymous(), { token })).rejects.toMatchObject({ code: 'not_found' });
		await expect(getSharedAssessment(anonymous(), shareToken)).rejects.toMatchObject({ code: 'not_found' });
		await expect(getAssessment(contextFor(database.db, memberB), { id })).rejects.toMatchObject({ code: 'not_found' });
		const audit = await findAuditEntries(database.db, { action: 'assessment.saved_to_organisation' });
		expect(audit.filter((e) => e.targetId === id)).toHaveLength(1);
		// the link cannot attach it a second time
		await expect(saveSelfCheckToOrganisation(contextFor(database.db, memberC), token, orgC)).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe("an organisation's assessments", () => {
	it('creates, edits with revisions, duplicates and deletes, with audit entries', async () => {
		const ctx = contextFor(database.db, memberA);
		const created = await createAssessment(ctx, { organisationId: orgA, title: 'Boligsocial indsats' });
		const ref = { id: created.id };
		await addCandidateProblem(ctx, ref, { title: 'Hjemløshed', ratings: ratings(4, 4, 4) });
		await saveStep(ctx, ref, 1, { direction: 'next', focus: (await getAssessment(ctx, ref)).ranked[0]?.id });
		await saveStep(ctx, ref, 2, { direction: 'next', answers: { 'step2.multipleActors': 'yes' } });
		await saveStep(ctx, ref, 3, { direction: 'next', answers: { ...ALL_YES_STEP3, 'step3.scale': 'unknown' } });
		const history = await getAssessmentHistory(ctx, created.id);
		// created, problem added, focus confirmed with "Næste", step 2, step 3
		expect(history.map((r) => r.revision)).toEqual([5, 4, 3, 2, 1]);
		expect(history[0]?.outcome).toBe('UNCERTAIN');
		// Saving the same answers again makes no new revision.
		await saveStep(ctx, ref, 3, { direction: 'next', answers: { ...ALL_YES_STEP3, 'step3.scale': 'unknown' } });
		expect(await getAssessmentHistory(ctx, created.id)).toHaveLength(5);

		const editor = contextFor(database.db, editorA);
		const copy = await duplicateAssessment(editor, created.id, 'Boligsocial indsats (kopi)');
		expect((await getAssessment(editor, { id: copy.id })).result.outcome).toBe('UNCERTAIN');
		expect((await listAssessments(ctx)).assessments.map((a) => a.title).sort()).toEqual([
			'Boligsocial indsats',
			'Boligsocial indsats (kopi)'
		]);

		await deleteAssessment(ctx, copy.id);
		await expect(getAssessment(ctx, { id: copy.id })).rejects.toMatchObject({ code: 'not_found' });
		const actions = (await findAuditEntries(database.db, { personId: memberA.userId ?? '' })).map((e) => e.action);
		expect(actions).toEqual(expect.arrayContaining(['assessment.created', 'assessment.updated', 'assessment.deleted']));
	});

	it('Z3: another organisation, an anonymous link-less request and a forged organisation all fail', async () => {
		const created = await createAssessment(contextFor(database.db, memberA), { organisationId: orgA, title: 'Hemmelig' });
		const outsider = contextFor(database.db, memberB);
		await expect(getAssessment(outsider, { id: created.id })).rejects.toMatchObject({ code: 'not_found' });
		await expect(saveStep(outsider, { id: created.id }, 2, { direction: 'back', answers: {} })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(deleteAssessment(outsider, created.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(duplicateAssessment(outsider, created.id, 'x')).rejects.toMatchObject({ code: 'not_found' });
		expect((await listAssessments(outsider)).assessments).toEqual([]);
		await expect(createAssessment(outsider, { organisationId: orgA, title: 'Indtrængen' })).rejects.toMatchObject({
			fields: { organisationId: 'field_invalid' }
		});
		await expect(getAssessment(anonymous(), { id: created.id })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listAssessments(anonymous())).rejects.toMatchObject({ code: 'forbidden' });
		// Not even a platform admin outside the organisation sees it.
		await expect(getAssessment(admin(), { id: created.id })).rejects.toMatchObject({ code: 'not_found' });
		// An organisation's assessment is never reachable as a self-check.
		await expect(getAssessment(anonymous(), { token: created.id.replace(/-/g, '').slice(0, 32) })).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});

describe('group rounds', () => {
	it('collects responses per personal token, combines them, keeps late answers apart and compares rounds', async () => {
		const facilitator = contextFor(database.db, memberA);
		const round = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'Unge uden job' });
		const invite = round.inviteToken;
		const answersWith = (multipleActors: 'yes' | 'no') => ({ 'step2.multipleActors': multipleActors, ...ALL_YES_STEP3, ...ALL_YES_STEP4 });

		const first = await getRoundForRespondent(anonymous(), invite);
		await submitGroupResponse(anonymous(), invite, {
			respondentToken: first.respondentToken,
			name: 'Ada',
			answers: answersWith('no'),
			comments: {}
		});
		// The same person changes their mind: still one response.
		await submitGroupResponse(anonymous(), invite, {
			respondentToken: first.respondentToken,
			name: 'Ada',
			answers: answersWith('yes'),
			comments: { 'step2.multipleActors': '<script>alert(1)</script>' }
		});
		const again = await getRoundForRespondent(anonymous(), invite, first.respondentToken);
		expect(again.previous?.answers['step2.multipleActors']).toBe('yes');
		const second = await getRoundForRespondent(anonymous(), invite);
		expect(second.respondentToken).not.toBe(first.respondentToken);
		await submitGroupResponse(anonymous(), invite, {
			respondentToken: second.respondentToken,
			name: '',
			answers: answersWith('yes'),
			comments: {}
		});
		const third = await getRoundForRespondent(anonymous(), invite);
		await submitGroupResponse(anonymous(), invite, {
			respondentToken: third.respondentToken,
			name: 'Bo',
			answers: answersWith('no'),
			comments: {}
		});

		let report = await getGroupRoundReport(facilitator, round.id);
		expect(report.combined.respondents).toBe(3);
		const q = report.combined.questions['step2.multipleActors'];
		expect(q.counts).toEqual({ yes: 2, no: 1, unknown: 0 });
		expect(q).toMatchObject({ consensus: 'majority', leading: 'yes', dissenting: 1 });
		expect(report.combined.questions['step3.scale'].consensus).toBe('unanimous');
		expect(report.combined.result.outcome).toBe('READY');
		expect(report.comments['step2.multipleActors']).toEqual([{ name: 'Ada', text: '<script>alert(1)</script>', isLate: false }]);

		await closeGroupRound(facilitator, round.id);
		const late = await getRoundForRespondent(anonymous(), invite);
		expect(late.isOpen).toBe(false);
		expect(
			await submitGroupResponse(anonymous(), invite, {
				respondentToken: late.respondentToken,
				name: 'Sen',
				answers: answersWith('no'),
				comments: {}
			})
		).toEqual({ isLate: true });
		report = await getGroupRoundReport(facilitator, round.id);
		expect(report.combined.respondents).toBe(3);
		expect(report.late.map((r) => r.name)).toEqual(['Sen']);

		const next = await openNextGroupRound(facilitator, round.id);
		expect(next.roundNumber).toBe(2);
		expect(next.inviteToken).not.toBe(invite);
		const [a, b] = await compareGroupRounds(facilitator, next.id, round.id);
		expect([a?.round.roundNumber, b?.round.roundNumber]).toEqual([1, 2]);
		const other = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'Andet' });
		await expect(compareGroupRounds(facilitator, round.id, other.id)).rejects.toMatchObject({ code: 'not_found' });
	});

	it('V5: only a respondent token the server issued is taken, and new answers are limited per address and round, also sent all at once', async () => {
		const facilitator = contextFor(database.db, memberA);
		const round = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'Tællingen holder' });
		const invite = round.inviteToken;
		const from = (ip: string) => contextFor(database.db, ANONYMOUS, { ip });
		const answer = (respondentToken: string) => ({
			respondentToken,
			name: '',
			answers: { 'step2.multipleActors': 'yes' as const, ...ALL_YES_STEP3, ...ALL_YES_STEP4 },
			comments: {}
		});
		// a token the client made up is refused, even one shaped like the real ones
		await expect(submitGroupResponse(from('198.51.100.9'), invite, answer('A'.repeat(32)))).rejects.toMatchObject({
			code: 'invalid_input'
		});
		const issued = (await getRoundForRespondent(from('198.51.100.9'), invite)).respondentToken;
		await expect(submitGroupResponse(from('198.51.100.9'), invite, answer(`${issued.slice(0, 31)}x`))).rejects.toMatchObject({
			code: 'invalid_input'
		});

		const { limit } = groupAnswerLimit();
		const tokens = await Promise.all(
			Array.from({ length: limit + 25 }, async () => (await getRoundForRespondent(from('198.51.100.9'), invite)).respondentToken)
		);
		const results = await Promise.allSettled(tokens.map((token) => submitGroupResponse(from('198.51.100.9'), invite, answer(token))));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(limit);
		const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
		expect(refused.map((r) => r.reason.code)).toEqual(Array(25).fill('too_many_requests'));
		expect((await getGroupRoundReport(facilitator, round.id)).combined.respondents).toBe(limit);

		// a counted respondent can still change their answer; another address can still answer
		const counted = tokens[results.findIndex((r) => r.status === 'fulfilled')] as string;
		await submitGroupResponse(from('198.51.100.9'), invite, answer(counted));
		const elsewhere = (await getRoundForRespondent(from('198.51.100.10'), invite)).respondentToken;
		await submitGroupResponse(from('198.51.100.10'), invite, answer(elsewhere));
		expect((await getGroupRoundReport(facilitator, round.id)).combined.respondents).toBe(limit + 1);
		// a token of one round is not one of another
		const otherRound = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'En anden runde' });
		await expect(submitGroupResponse(from('198.51.100.11'), otherRound.inviteToken, answer(elsewhere))).rejects.toMatchObject({
			code: 'invalid_input'
		});
	});

	it('a closed round is opened again by a facilitator of its organisation, audited; late answers stay late, a new answer counts', async () => {
		const facilitator = contextFor(database.db, memberA);
		const colleague = contextFor(database.db, editorA);
		const round = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'Lukket for tidligt' });
		const invite = round.inviteToken;
		const answers = { 'step2.multipleActors': 'yes' as const, ...ALL_YES_STEP3, ...ALL_YES_STEP4 };
		await closeGroupRound(facilitator, round.id);
		const lateToken = (await getRoundForRespondent(anonymous(), invite)).respondentToken;
		await submitGroupResponse(anonymous(), invite, { respondentToken: lateToken, name: 'Sen', answers, comments: {} });

		// someone outside the organisation does not see it; anyone signed out is refused; a colleague in the organisation may
		await expect(reopenGroupRound(contextFor(database.db, memberB), round.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(reopenGroupRound(anonymous(), round.id)).rejects.toMatchObject({ code: 'forbidden' });
		await reopenGroupRound(colleague, round.id);
		expect((await getRoundForRespondent(anonymous(), invite)).isOpen).toBe(true);
		let report = await getGroupRoundReport(facilitator, round.id);
		expect(report.round).toMatchObject({ status: 'open', closedAt: null });
		expect(report.late.map((r) => r.name)).toEqual(['Sen']);
		const entries = await findAuditEntries(database.db, { action: 'group_round.reopened' });
		expect(entries.filter((e) => e.targetId === round.id)).toHaveLength(1);
		// reopening an open round changes nothing and writes nothing
		await reopenGroupRound(facilitator, round.id);
		expect((await findAuditEntries(database.db, { action: 'group_round.reopened' })).filter((e) => e.targetId === round.id)).toHaveLength(
			1
		);

		const onTime = (await getRoundForRespondent(anonymous(), invite)).respondentToken;
		expect(await submitGroupResponse(anonymous(), invite, { respondentToken: onTime, name: 'Rettidig', answers, comments: {} })).toEqual({
			isLate: false
		});
		// the late respondent sends again while it is open: now counted (the late answer stays on record)
		await submitGroupResponse(anonymous(), invite, { respondentToken: lateToken, name: 'Sen', answers, comments: {} });
		report = await getGroupRoundReport(facilitator, round.id);
		expect(report.combined.respondents).toBe(2);
		expect(report.late.map((r) => r.name)).toEqual(['Sen']);
	});

	it('Z3 and unknown links: other organisations and bad tokens answer not_found', async () => {
		const round = await openGroupRound(contextFor(database.db, memberA), { organisationId: orgA, focusProblem: 'Privat' });
		const outsider = contextFor(database.db, memberB);
		await expect(getGroupRoundReport(outsider, round.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(closeGroupRound(outsider, round.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(openGroupRound(outsider, { organisationId: orgA, focusProblem: 'x' })).rejects.toMatchObject({
			fields: { organisationId: 'field_invalid' }
		});
		await expect(getRoundForRespondent(anonymous(), 'B'.repeat(32))).rejects.toMatchObject({ code: 'not_found' });
		await expect(getRoundForRespondent(anonymous(), '../etc')).rejects.toMatchObject({ code: 'not_found' });
		await expect(getGroupRoundReport(anonymous(), round.id)).rejects.toMatchObject({ code: 'forbidden' });
	});
});

describe('the focus problem', () => {
	it('keeps a choice when a higher-ranked problem is added, and says which one outranks it', async () => {
		const ref = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), ref, { title: 'Trafiksikkerhed', ratings: ratings(2, 2, 2) });
		await addCandidateProblem(anonymous(), ref, { title: 'Ensomhed', ratings: ratings(3, 3, 3) });
		const before = await getAssessment(anonymous(), ref);
		const traffic = before.ranked.find((p) => p.title === 'Trafiksikkerhed')?.id;
		// Sending the pre-selected default back is no choice; picking another radio button is.
		await saveStep(anonymous(), ref, 1, { direction: 'stay', focus: before.focusProblem?.id });
		expect((await getAssessment(anonymous(), ref)).isFocusChosen).toBe(false);
		await addCandidateProblem(anonymous(), ref, { title: 'Unge uden job', ratings: ratings(5, 4, 5) }, traffic);
		const view = await getAssessment(anonymous(), ref);
		expect(view).toMatchObject({
			focusProblem: { title: 'Trafiksikkerhed' },
			isFocusChosen: true,
			focusOutrankedBy: { title: 'Unge uden job' }
		});
		expect(view.title).toBe('Trafiksikkerhed');
	});
});

describe('removing a candidate problem', () => {
	it('clears the focus when the focus problem is removed', async () => {
		const { token } = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), { token }, { title: 'A', ratings: ratings(1, 1, 1) });
		const view = await getAssessment(anonymous(), { token });
		await removeCandidateProblem(anonymous(), { token }, view.focusProblem?.id ?? '');
		expect((await getAssessment(anonymous(), { token })).focusProblem).toBeUndefined();
	});

	it('a removed choice falls back to the top-ranked problem', async () => {
		const ref = await startSelfCheck(anonymous());
		await addCandidateProblem(anonymous(), ref, { title: 'A', ratings: ratings(1, 1, 1) });
		await addCandidateProblem(anonymous(), ref, { title: 'B', ratings: ratings(2, 2, 2) });
		const low = (await getAssessment(anonymous(), ref)).ranked[1]?.id ?? '';
		await saveStep(anonymous(), ref, 1, { direction: 'next', focus: low });
		await removeCandidateProblem(anonymous(), ref, low);
		expect(await getAssessment(anonymous(), ref)).toMatchObject({ focusProblem: { title: 'B' }, isFocusChosen: false, title: 'B' });
	});
});
