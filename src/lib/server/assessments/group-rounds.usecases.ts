import { createHmac, timingSafeEqual } from 'node:crypto';
import { type AssessmentAnswers, combineGroupAnswers, type DecisionQuestion, type GroupResult } from '../../domain/assessment/index.ts';
import { DECISION_QUESTIONS, LinkTokenSchema } from '../../schemas/assessment.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { getConfig } from '../config/config.ts';
import { AppError } from '../http/errors.ts';
import { hitRateLimit, type RateLimit } from '../limits/rate-limit.ts';
import {
	closeRoundRow,
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

export interface RoundReport {
	round: GroupRoundRow;
	combined: GroupResult;
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
	return {
		round,
		combined: combineGroupAnswers(counted.map((r) => r.answers)),
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
		previous: previous ? { name: previous.name, answers: previous.answers, comments: previous.comments } : undefined
	};
}

export interface ResponseInput {
	respondentToken: string;
	name: string;
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
		answers: input.answers,
		comments,
		isLate,
		submittedAt: nowOf(ctx)
	});
	return { isLate };
}
