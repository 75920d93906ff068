import { createHmac, timingSafeEqual } from 'node:crypto';
import {
	type AssessmentAnswers,
	canRemind,
	combineGroupAnswers,
	type DecisionQuestion,
	type GroupResult,
	nextReminderAt,
	REMINDER_INTERVAL_HOURS,
	respondentSectors,
	type SectorCount
} from '../../domain/assessment/index.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import { DECISION_QUESTIONS, LinkTokenSchema } from '../../schemas/assessment.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { getConfig, getPublicUrl } from '../config/config.ts';
import { AppError } from '../http/errors.ts';
import { costlyRequestLimits, hitRateLimit, type RateLimit } from '../limits/rate-limit.ts';
import { sendMail } from '../mail/mailer.ts';
import { m } from '../../paraglide/messages.js';
import {
	claimReminder,
	closeRoundRow,
	findInvitation,
	insertInvitation,
	listInvitations,
	findLastRoundNumber,
	findResponse,
	findRoundById,
	hasAnyResponse,
	findRoundByInviteToken,
	insertRound,
	isMemberOf,
	listMemberOrganisations,
	listOrganisationRounds,
	listResponses,
	listRoundsInSeries,
	reopenRoundRow,
	upsertResponse
} from './assessments.repository.ts';
import type { GroupRoundRow } from './assessments.table.ts';
import { generateLinkToken, hashLinkToken, isUuid } from './assessments.usecases.ts';

/** Z3: a round of another organisation (or none at all) answers not_found. */
async function resolveRound(ctx: UseCaseContext, roundId: string, permission: 'assessment.view' | 'assessment.facilitate') {
	await requireAccess(ctx, permission);
	if (!isUuid(roundId)) throw new AppError('not_found');
	const round = await findRoundById(ctx.db, roundId);
	if (!round || !ctx.actor.userId || !(await isMemberOf(ctx.db, ctx.actor.userId, round.organisationId))) throw new AppError('not_found');
	return round;
}

export async function listGroupRounds(ctx: UseCaseContext) {
	await requireAccess(ctx, 'assessment.view');
	const organisations = ctx.actor.userId ? await listMemberOrganisations(ctx.db, ctx.actor.userId) : [];
	return {
		organisations,
		rounds: await listOrganisationRounds(
			ctx.db,
			organisations.map((o) => o.id)
		)
	};
}

async function auditRound(ctx: UseCaseContext, db: UseCaseContext['db'], action: string, round: GroupRoundRow) {
	await auditFromContext(db, ctx, {
		action,
		targetType: 'group_round',
		targetId: round.id,
		details: { roundNumber: round.roundNumber, organisationId: round.organisationId }
	});
}

export async function openGroupRound(ctx: UseCaseContext, input: { organisationId: string; focusProblem: string }) {
	await requireAccess(ctx, 'assessment.facilitate');
	if (!ctx.actor.userId || !isUuid(input.organisationId) || !(await isMemberOf(ctx.db, ctx.actor.userId, input.organisationId))) {
		throw new AppError('invalid_input', { organisationId: 'field_invalid' });
	}
	return ctx.db.transaction(async (tx) => {
		const round = await insertRound(tx, {
			organisationId: input.organisationId,
			seriesId: crypto.randomUUID(),
			roundNumber: 1,
			focusProblem: input.focusProblem,
			inviteToken: generateLinkToken(),
			openedBy: ctx.actor.userId
		});
		await auditRound(ctx, tx, 'group_round.opened', round);
		return round;
	});
}

/** A new round on the same focus problem, to compare with the earlier ones. */
export async function openNextGroupRound(ctx: UseCaseContext, roundId: string) {
	const previous = await resolveRound(ctx, roundId, 'assessment.facilitate');
	return ctx.db.transaction(async (tx) => {
		const round = await insertRound(tx, {
			organisationId: previous.organisationId,
			assessmentId: previous.assessmentId,
			seriesId: previous.seriesId,
			roundNumber: (await findLastRoundNumber(tx, previous.seriesId)) + 1,
			focusProblem: previous.focusProblem,
			inviteToken: generateLinkToken(),
			openedBy: ctx.actor.userId
		});
		await auditRound(ctx, tx, 'group_round.opened', round);
		return round;
	});
}

export async function closeGroupRound(ctx: UseCaseContext, roundId: string) {
	const round = await resolveRound(ctx, roundId, 'assessment.facilitate');
	if (round.status === 'closed') return;
	await ctx.db.transaction(async (tx) => {
		await closeRoundRow(tx, round.id, nowOf(ctx));
		await auditRound(ctx, tx, 'group_round.closed', round);
	});
}

/**
 * A closed round opened again by a facilitator of its organisation (closing by mistake is easy to
 * undo). Answers that came while it was closed stay marked late; a respondent who sends again now is
 * counted.
 */
export async function reopenGroupRound(ctx: UseCaseContext, roundId: string) {
	const round = await resolveRound(ctx, roundId, 'assessment.facilitate');
	if (round.status === 'open') return;
	await ctx.db.transaction(async (tx) => {
		await reopenRoundRow(tx, round.id);
		await auditRound(ctx, tx, 'group_round.reopened', round);
	});
}

export interface RoundComment {
	name: string;
	text: string;
	isLate: boolean;
}

export interface RoundRespondent {
	name: string;
	organisation: string;
	sector: Sector | null;
	submittedAt: Date;
	isLate: boolean;
}

export interface RoundInvitation {
	id: string;
	name: string;
	email: string;
	/** The respondent's personal answer page. */
	path: string;
	invitedAt: Date;
	lastRemindedAt: Date | null;
	answeredAt: Date | null;
	canRemindNow: boolean;
	nextReminderAt: Date;
}

export interface RoundReport {
	round: GroupRoundRow;
	combined: GroupResult;
	/** Who answered (counted answers first), with organisation and sector where given. */
	respondents: RoundRespondent[];
	/** The counted respondents per sector. */
	sectors: SectorCount[];
	/** Counted answers with their sectors, for the distribution by sector. */
	sectorAnswers: { sector: Sector | null; answers: AssessmentAnswers }[];
	/** Named invitations: who has answered and who has not. */
	invitations: RoundInvitation[];
	comments: Record<DecisionQuestion, RoundComment[]>;
	late: { name: string; submittedAt: Date; answers: AssessmentAnswers }[];
	series: { id: string; roundNumber: number; status: 'open' | 'closed' }[];
}

/** The facilitator's view: counted answers combined by the same rules, comments, late answers. */
export async function getGroupRoundReport(ctx: UseCaseContext, roundId: string): Promise<RoundReport> {
	const round = await resolveRound(ctx, roundId, 'assessment.view');
	const responses = await listResponses(ctx.db, round.id);
	const counted = responses.filter((r) => !r.isLate);
	const comments = Object.fromEntries(DECISION_QUESTIONS.map((key) => [key, [] as RoundComment[]])) as Record<
		DecisionQuestion,
		RoundComment[]
	>;
	for (const response of responses) {
		for (const key of DECISION_QUESTIONS) {
			const text = response.comments[key];
			if (text) comments[key].push({ name: response.name, text, isLate: response.isLate });
		}
	}
	const series = (await listRoundsInSeries(ctx.db, round.seriesId)).map(({ id, roundNumber, status }) => ({ id, roundNumber, status }));
	const now = nowOf(ctx);
	const invitations = (await listInvitations(ctx.db, round.id)).map((row): RoundInvitation => {
		const timing = { invitedAt: row.invitedAt, lastRemindedAt: row.lastRemindedAt };
		return {
			id: row.id,
			name: row.name,
			email: row.email,
			path: personalPath(round, row.tokenRandom),
			invitedAt: row.invitedAt,
			lastRemindedAt: row.lastRemindedAt,
			answeredAt: row.answeredAt ? new Date(row.answeredAt) : null,
			canRemindNow: canRemind(timing, now),
			nextReminderAt: nextReminderAt(timing)
		};
	});
	return {
		round,
		combined: combineGroupAnswers(counted.map((r) => r.answers)),
		respondents: [...counted, ...responses.filter((r) => r.isLate)].map((r) => ({
			name: r.name,
			organisation: r.organisation,
			sector: r.sector ?? null,
			submittedAt: r.submittedAt,
			isLate: r.isLate
		})),
		sectors: respondentSectors(counted.map((r) => ({ sector: r.sector ?? null, answers: r.answers }))),
		sectorAnswers: counted.map((r) => ({ sector: r.sector ?? null, answers: r.answers })),
		invitations,
		comments,
		late: responses.filter((r) => r.isLate).map((r) => ({ name: r.name, submittedAt: r.submittedAt, answers: r.answers })),
		series
	};
}

/** Two rounds of the same series, side by side. */
export async function compareGroupRounds(ctx: UseCaseContext, roundId: string, otherId: string) {
	const [first, second] = await Promise.all([getGroupRoundReport(ctx, roundId), getGroupRoundReport(ctx, otherId)]);
	if (first.round.seriesId !== second.round.seriesId) throw new AppError('not_found');
	return first.round.roundNumber <= second.round.roundNumber ? [first, second] : [second, first];
}

// ---------------------------------------------------------------------------------------------
// Respondents (no account: the invite link and a personal token)

async function resolveInvite(ctx: UseCaseContext, inviteToken: string) {
	await requireAccess(ctx, 'assessment.respond');
	if (!LinkTokenSchema.safeParse(inviteToken).success) throw new AppError('not_found');
	const round = await findRoundByInviteToken(ctx.db, inviteToken);
	if (!round) throw new AppError('not_found');
	return round;
}

/**
 * V5: a respondent's token is the server's: 16 random characters and 16 of an HMAC of them under the
 * round's secret key (32 in all, like every link token). A client cannot make up a token the server
 * accepts, so every new respondent passes through the page load, and new answers are limited per
 * address and round: a facilitator can trust the count.
 */
const TOKEN_RANDOM_LENGTH = 16;

function signRespondentToken(round: Pick<GroupRoundRow, 'id' | 'respondentKey'>, random: string): string {
	return createHmac('sha256', round.respondentKey)
		.update(`${round.id}:${random}`)
		.digest('base64url')
		.slice(0, 32 - TOKEN_RANDOM_LENGTH);
}

export function issueRespondentToken(round: Pick<GroupRoundRow, 'id' | 'respondentKey'>): string {
	const random = generateLinkToken().slice(0, TOKEN_RANDOM_LENGTH);
	return random + signRespondentToken(round, random);
}

export function isIssuedRespondentToken(round: Pick<GroupRoundRow, 'id' | 'respondentKey'>, token: string): boolean {
	if (!LinkTokenSchema.safeParse(token).success) return false;
	const expected = Buffer.from(signRespondentToken(round, token.slice(0, TOKEN_RANDOM_LENGTH)));
	const given = Buffer.from(token.slice(TOKEN_RANDOM_LENGTH));
	return expected.length === given.length && timingSafeEqual(expected, given);
}

/** New answers one address may add to one round per hour (editing one's own answer is not limited). */
export function groupAnswerLimit(config = getConfig()): RateLimit {
	return { name: 'group_answer', limit: config.RATE_LIMIT_ANSWERS_PER_HOUR, windowSeconds: 3600 };
}

/** A token from the server, or one that already has an answer in this round (links given out before tokens were signed). */
async function isKnownRespondent(ctx: UseCaseContext, round: GroupRoundRow, token: string): Promise<boolean> {
	if (isIssuedRespondentToken(round, token)) return true;
	return LinkTokenSchema.safeParse(token).success && hasAnyResponse(ctx.db, round.id, hashLinkToken(token));
}

/** What a respondent sees: the focus problem, whether the round is open, and their own earlier answer. */
export async function getRoundForRespondent(ctx: UseCaseContext, inviteToken: string, respondentToken?: string) {
	const round = await resolveInvite(ctx, inviteToken);
	const hasToken = respondentToken !== undefined && (await isKnownRespondent(ctx, round, respondentToken));
	const previous = hasToken ? await findResponse(ctx.db, round.id, hashLinkToken(respondentToken), false) : undefined;
	return {
		focusProblem: round.focusProblem,
		roundNumber: round.roundNumber,
		isOpen: round.status === 'open',
		respondentToken: hasToken ? respondentToken : issueRespondentToken(round),
		previous: previous
			? {
					name: previous.name,
					organisation: previous.organisation,
					sector: previous.sector,
					answers: previous.answers,
					comments: previous.comments
				}
			: undefined
	};
}

export interface ResponseInput {
	respondentToken: string;
	name: string;
	organisation?: string;
	sector?: Sector;
	answers: AssessmentAnswers;
	comments: Partial<Record<DecisionQuestion, string>>;
}

/**
 * One response per personal token: sending again replaces the earlier one. After the round is
 * closed the answer is still kept, marked late, so it is not lost silently. Only a token the server
 * issued is taken (V5); a new answer counts against the address's limit for this round.
 */
export async function submitGroupResponse(ctx: UseCaseContext, inviteToken: string, input: ResponseInput): Promise<{ isLate: boolean }> {
	const round = await resolveInvite(ctx, inviteToken);
	if (!(await isKnownRespondent(ctx, round, input.respondentToken)))
		throw new AppError('invalid_input', { respondentToken: 'field_invalid' });
	if (!(await hasAnyResponse(ctx.db, round.id, hashLinkToken(input.respondentToken)))) {
		await hitRateLimit(ctx.db, groupAnswerLimit(), `${round.id}:${ctx.ip}`, nowOf(ctx));
	}
	const isLate = round.status === 'closed';
	const comments = Object.fromEntries(Object.entries(input.comments).filter(([, text]) => Boolean(text))) as Record<string, string>;
	await upsertResponse(ctx.db, {
		roundId: round.id,
		respondentTokenHash: hashLinkToken(input.respondentToken),
		name: input.name,
		organisation: input.organisation ?? '',
		sector: input.sector ?? null,
		answers: input.answers,
		comments,
		isLate,
		submittedAt: nowOf(ctx)
	});
	return { isLate };
}

// ---------------------------------------------------------------------------------------------
// Named invitations and reminders (issue 11)

/** New named invitations one facilitator may send per hour, and reminders (each also at most once a day per respondent). */
const INVITATIONS_PER_HOUR = 60;
const REMINDERS_PER_HOUR = 30;

/** The respondent's personal answer page (the page adds the origin it is seen at; mails the public URL). */
function personalPath(round: Pick<GroupRoundRow, 'id' | 'respondentKey' | 'inviteToken'>, tokenRandom: string): string {
	const token = tokenRandom + signRespondentToken(round, tokenRandom);
	return `/svar/${round.inviteToken}?svar=${token}`;
}

function invitationMail(kind: 'invite' | 'reminder', round: GroupRoundRow, to: { name: string; email: string }, link: string) {
	const inputs = { name: to.name, focus: round.focusProblem, number: round.roundNumber, link };
	return {
		to: to.email,
		subject: kind === 'invite' ? m.group_invite_mail_subject(inputs) : m.group_reminder_mail_subject(inputs),
		text: kind === 'invite' ? m.group_invite_mail_text(inputs) : m.group_reminder_mail_text(inputs)
	};
}

/**
 * Invites a named respondent: their own link (a token the server issued, rebuilt from its random
 * half), sent through the mail queue; the round then shows whether they have answered. Audited;
 * the audit entry names the invitation, not the address.
 */
export async function inviteRespondent(ctx: UseCaseContext, roundId: string, input: { name: string; email: string }) {
	const round = await resolveRound(ctx, roundId, 'assessment.facilitate');
	if (round.status !== 'open') throw new AppError('conflict');
	await hitRateLimit(
		ctx.db,
		{ name: 'group_invite', limit: INVITATIONS_PER_HOUR, windowSeconds: 3600 },
		ctx.actor.userId ?? ctx.ip,
		nowOf(ctx)
	);
	const tokenRandom = generateLinkToken().slice(0, TOKEN_RANDOM_LENGTH);
	const token = tokenRandom + signRespondentToken(round, tokenRandom);
	const email = input.email.toLowerCase();
	// the mail is queued after the commit: the queue shares the database (one connection on PGlite)
	const invitation = await ctx.db.transaction(async (tx) => {
		const invitation = await insertInvitation(tx, {
			roundId: round.id,
			name: input.name,
			email,
			tokenRandom,
			respondentTokenHash: hashLinkToken(token),
			invitedBy: ctx.actor.userId,
			invitedAt: nowOf(ctx)
		});
		if (!invitation) throw new AppError('invalid_input', { email: 'field_group_already_invited' });
		await auditFromContext(tx, ctx, {
			action: 'group_round.invited',
			targetType: 'group_round',
			targetId: round.id,
			details: { roundNumber: round.roundNumber, invitationId: invitation.id }
		});
		return invitation;
	});
	await sendMail(invitationMail('invite', round, invitation, `${getPublicUrl()}${personalPath(round, tokenRandom)}`));
	return invitation;
}

/**
 * Reminds a named respondent who has not answered: at most once a day each (counted from the
 * invitation or the last reminder, checked and marked in one statement), limited per facilitator,
 * sent through the mail queue and audited.
 */
export async function remindRespondent(ctx: UseCaseContext, roundId: string, invitationId: string) {
	const round = await resolveRound(ctx, roundId, 'assessment.facilitate');
	if (round.status !== 'open') throw new AppError('conflict');
	if (!isUuid(invitationId)) throw new AppError('not_found');
	const invitation = await findInvitation(ctx.db, round.id, invitationId);
	if (!invitation) throw new AppError('not_found');
	if (await hasAnyResponse(ctx.db, round.id, invitation.respondentTokenHash)) {
		throw new AppError('invalid_input', { invitationId: 'field_group_already_answered' });
	}
	const now = nowOf(ctx);
	await hitRateLimit(ctx.db, { name: 'group_reminder', limit: REMINDERS_PER_HOUR, windowSeconds: 3600 }, ctx.actor.userId ?? ctx.ip, now);
	const cutoff = new Date(now.getTime() - REMINDER_INTERVAL_HOURS * 3600 * 1000);
	await ctx.db.transaction(async (tx) => {
		if (!(await claimReminder(tx, invitation.id, now, cutoff))) {
			throw new AppError('invalid_input', { invitationId: 'field_group_reminder_too_soon' });
		}
		await auditFromContext(tx, ctx, {
			action: 'group_round.reminded',
			targetType: 'group_round',
			targetId: round.id,
			details: { roundNumber: round.roundNumber, invitationId: invitation.id }
		});
	});
	// after the commit, like the invitation (the queue shares the database)
	await sendMail(invitationMail('reminder', round, invitation, `${getPublicUrl()}${personalPath(round, invitation.tokenRandom)}`));
}

/** The facilitator's download of a round (PDF, XLSX, CSV): audited (L1); the costly formats are rate limited. */
export async function getGroupRoundForExport(ctx: UseCaseContext, roundId: string, format: 'csv' | 'pdf' | 'xlsx'): Promise<RoundReport> {
	const report = await getGroupRoundReport(ctx, roundId);
	if (format !== 'csv') await hitRateLimit(ctx.db, costlyRequestLimits().pdfExport, ctx.ip, nowOf(ctx));
	await auditFromContext(ctx.db, ctx, {
		action: 'group_round.exported',
		targetType: 'group_round',
		targetId: report.round.id,
		details: { roundNumber: report.round.roundNumber, format }
	});
	return report;
}
