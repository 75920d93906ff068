/**
 * Per-initiative API tokens (issue 13 § 7): made on the tokens page, shown once, kept only as their
 * SHA-256 (a 256-bit random secret needs no slow hash: it cannot be guessed, only stolen), scoped,
 * expiring (always: at most API_TOKEN_MAX_DAYS ahead), revocable, and audited when made, revoked
 * and refused.
 *
 * Who may do what: the backbone lead makes any token (read, or submit for an actor of the
 * initiative they choose); a partner editor makes submit tokens for their own actor only — their
 * organisation's own system can then report its numbers without the backbone lead handling a
 * secret for them — and sees and revokes those. The API acts as the person who made the token, with
 * the role they hold at the time of the call: a person who leaves the initiative or loses the role
 * takes their tokens' power with them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { ApiTokenScope, CreateApiTokenInput } from '../../schemas/measurement-api.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative, requireInitiativeItem } from '../initiatives/access.ts';
import { recordInitiativeChange } from '../initiatives/changes.ts';
import { findActorIn } from './indicators.repository.ts';
import { findApiTokenRow, insertApiTokenRow, listActorChoices, listApiTokenRows, revokeApiTokenRow } from './api-tokens.repository.ts';
import { apiTokens } from './measurement.table.ts';

/** Every token starts so (a secret scanner and a person can tell what it is). */
export const API_TOKEN_PREFIX = 'smp_';
/** 256 random bits. */
const TOKEN_BYTES = 32;
/** A token lives at most a year; a longer-lived one must be made again. */
export const API_TOKEN_MAX_DAYS = 365;
/** Live (neither revoked nor expired) tokens per initiative. */
export const MAX_LIVE_API_TOKENS = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

export function hashApiToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newTokenSecret(): string {
	return `${API_TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString('base64url')}`;
}

/** What a token can do: a submit token also reads (its system needs the indicators it reports on). */
export function scopesOf(scope: ApiTokenScope): ('read' | 'submit')[] {
	return scope === 'submit' ? ['read', 'submit'] : ['read'];
}

/** Minutes Danish time is ahead of UTC at that moment (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(at: Date): number {
	const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value;
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
	return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The end of the chosen day in Danish time; the first day allowed is tomorrow, the last API_TOKEN_MAX_DAYS ahead. */
export function expiryOf(expiresOn: string, now: Date): Date | null {
	const endUtc = new Date(`${expiresOn}T23:59:59.999Z`);
	const end = new Date(endUtc.getTime() - copenhagenOffsetMinutes(endUtc) * 60_000);
	const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	const days = Math.round((new Date(`${expiresOn}T00:00:00Z`).getTime() - today.getTime()) / DAY_MS);
	if (Number.isNaN(end.getTime()) || days < 1 || days > API_TOKEN_MAX_DAYS) return null;
	return end;
}

export function describeApiToken(
	row: typeof apiTokens.$inferSelect,
	names: { actorName: string | null; createdByName: string | null },
	now: Date
) {
	return {
		id: row.id,
		name: row.name,
		scopes: row.scopes,
		actorId: row.actorId,
		actorName: names.actorName,
		createdByName: names.createdByName,
		createdAt: row.createdAt,
		expiresAt: row.expiresAt,
		revokedAt: row.revokedAt,
		lastUsedAt: row.lastUsedAt,
		isLive: row.revokedAt === null && row.expiresAt > now
	};
}
export type ApiTokenView = ReturnType<typeof describeApiToken>;

/**
 * The tokens page: the tokens people may see (the backbone lead all of the initiative's; a partner
 * editor their own actor's) and the actors a new submit token may report for.
 */
export async function listApiTokens(
	ctx: UseCaseContext,
	slug: string
): Promise<{ scope: InitiativeScope; tokens: ApiTokenView[]; actors: { id: string; name: string }[] }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const [rows, actors] = await Promise.all([listApiTokenRows(ctx.db, scope.id), listActorChoices(ctx.db, scope.id)]);
	const now = nowOf(ctx);
	const isLead = scope.role === 'backbone_lead';
	const own = (actorId: string | null) => actorId !== null && actorId === scope.actorId;
	return {
		scope,
		tokens: rows.filter((row) => isLead || own(row.token.actorId)).map((row) => describeApiToken(row.token, row, now)),
		actors: actors.filter((actor) => isLead || own(actor.id))
	};
}

/** Makes a token and returns its secret: the only time it is ever shown. */
export async function createApiToken(
	ctx: UseCaseContext,
	slug: string,
	input: CreateApiTokenInput
): Promise<{ id: string; token: string; expiresAt: Date }> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data');
	const now = nowOf(ctx);
	let actorId: string | null = null;
	let actorName: string | null = null;
	if (input.scope === 'read') {
		// reading everything through a token hands the initiative's data to another system: the backbone lead's call
		await requireInitiativeItem(ctx, scope, 'initiative.manage', null);
	} else {
		actorId = input.actorId ?? scope.actorId;
		if (!actorId) throw new AppError('invalid_input', { actorId: 'field_required' });
		const actor = await findActorIn(ctx.db, scope.id, actorId);
		if (!actor) throw new AppError('invalid_input', { actorId: 'field_measurement_not_in_initiative' });
		actorName = actor.name;
		// a partner editor only for their own actor (the policy's own/any grant)
		await requireInitiativeItem(ctx, scope, 'initiative.report_data', actorId);
	}
	const expiresAt = expiryOf(input.expiresOn, now);
	if (!expiresAt) throw new AppError('invalid_input', { expiresOn: 'field_measurement_api_expiry_range' });
	const token = newTokenSecret();
	return ctx.db.transaction(async (tx) => {
		if ((await countLiveTokens(tx, scope.id, now)) >= MAX_LIVE_API_TOKENS)
			throw new AppError('conflict', { form: 'field_measurement_api_too_many' });
		const row = await insertApiTokenRow(tx, {
			initiativeId: scope.id,
			name: input.name,
			tokenHash: hashApiToken(token),
			scopes: scopesOf(input.scope),
			actorId,
			expiresAt,
			createdBy: ctx.actor.userId,
			createdAt: now
		});
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.api_token_created',
			targetType: 'api_token',
			targetId: row.id,
			details: { name: row.name, scopes: row.scopes, ...(actorName ? { actor: actorName } : {}), expiresAt: expiresAt.toISOString() }
		});
		return { id: row.id, token, expiresAt };
	});
}

async function countLiveTokens(db: Executor, initiativeId: string, now: Date): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(apiTokens)
		.where(and(eq(apiTokens.initiativeId, initiativeId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
	return Number(row?.n ?? 0);
}

/** Revokes a token at once (its next call gets 401). A partner editor only their own actor's. */
export async function revokeApiToken(ctx: UseCaseContext, slug: string, tokenId: string): Promise<void> {
	const scope = await requireInitiative(ctx, slug, 'initiative.report_data', { allowArchived: true });
	const row = await findApiTokenRow(ctx.db, scope.id, tokenId);
	if (!row) throw new AppError('not_found');
	await requireInitiativeItem(ctx, scope, 'initiative.report_data', row.actorId);
	await ctx.db.transaction(async (tx) => {
		const revoked = await revokeApiTokenRow(tx, scope.id, row.id, nowOf(ctx));
		if (!revoked) throw new AppError('conflict', { form: 'field_measurement_api_already_revoked' });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.api_token_revoked',
			targetType: 'api_token',
			targetId: row.id,
			details: { name: row.name, scopes: row.scopes }
		});
	});
}
