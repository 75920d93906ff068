import { appendAuditEntry } from '../audit/audit.repository.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { deleteUserSessions, expireEmailTokens, insertEmailToken } from '../auth/auth.repository.ts';
import { buildTokenLink, INVITE_TOKEN_DAYS, requireAcceptablePassword } from '../auth/auth.usecases.ts';
import { generateToken, hashToken } from '../auth/tokens.ts';
import { auditFromContext, nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import type { Executor } from '../db/client.ts';
import { sendMail } from '../mail/mailer.ts';
import { addMembership, findOrganisationById } from '../organisations/organisations.repository.ts';
import { m } from '../../paraglide/messages.js';
import {
	countActiveAdminsForChange,
	findUserByEmail,
	findUserById,
	insertUser,
	listUsersWithOrganisations,
	updateUser
} from './users.repository.ts';
import type { UserRow } from './users.table.ts';

export type PlatformRoleName = UserRow['platformRole'];

export async function listUsers(ctx: UseCaseContext) {
	await requireAccess(ctx, 'user.list');
	return listUsersWithOrganisations(ctx.db);
}

export async function getOwnProfile(ctx: UseCaseContext) {
	await requireAccess(ctx, 'account.view');
	const user = ctx.actor.userId ? await findUserById(ctx.db, ctx.actor.userId) : undefined;
	if (!user) throw new AppError('not_found');
	return { id: user.id, email: user.email, name: user.name, locale: user.locale, platformRole: user.platformRole };
}

export async function updateOwnProfile(ctx: UseCaseContext, input: { name: string; locale: 'da' | 'en' }) {
	await requireAccess(ctx, 'account.update');
	const userId = ctx.actor.userId;
	if (!userId) throw new AppError('forbidden');
	await ctx.db.transaction(async (tx) => {
		await updateUser(tx, userId, { name: input.name, locale: input.locale });
		await appendAuditEntry(tx, {
			actorUserId: userId,
			action: 'account.updated',
			subjectUserId: userId,
			targetType: 'user',
			targetId: userId,
			requestId: ctx.requestId,
			ip: ctx.ip
		});
	});
}

/** The language switch, for a signed-in user: remembered in the profile. */
export async function setOwnLocale(ctx: UseCaseContext, locale: 'da' | 'en') {
	await requireAccess(ctx, 'account.update');
	if (!ctx.actor.userId) throw new AppError('forbidden');
	await updateUser(ctx.db, ctx.actor.userId, { locale });
}

/** The invited person gets a link to choose a password (valid 7 days); the account is "invited" until then. */
export async function inviteUser(
	ctx: UseCaseContext,
	input: { email: string; name: string; platformRole: PlatformRoleName; organisationId?: string; locale: 'da' | 'en' }
): Promise<{ user: UserRow; link: string }> {
	await requireAccess(ctx, 'user.invite');
	if (await findUserByEmail(ctx.db, input.email)) throw new AppError('conflict', { email: 'email_taken' });
	// V6: a made-up organisation id is the sender's mistake (a field message), not a broken foreign key.
	if (input.organisationId && !(await findOrganisationById(ctx.db, input.organisationId)))
		throw new AppError('invalid_input', { organisationId: 'field_organisation_unknown' });
	const now = nowOf(ctx);
	const token = generateToken();
	const user = await ctx.db.transaction(async (tx) => {
		const created = await insertUser(tx, {
			email: input.email,
			name: input.name,
			platformRole: input.platformRole,
			status: 'invited',
			locale: input.locale,
			passwordHash: null
		});
		if (input.organisationId) await addMembership(tx, created.id, input.organisationId);
		await insertEmailToken(tx, {
			tokenHash: hashToken(token),
			userId: created.id,
			purpose: 'invite',
			now,
			expiresAt: new Date(now.getTime() + INVITE_TOKEN_DAYS * 86_400_000)
		});
		await auditFromContext(tx, ctx, {
			action: 'user.invited',
			targetType: 'user',
			targetId: created.id,
			subjectUserId: created.id,
			details: { platformRole: input.platformRole, organisationId: input.organisationId ?? null }
		});
		return created;
	});
	await sendMail({
		to: user.email,
		subject: m.mail_invite_subject({}, { locale: user.locale }),
		text: m.mail_invite_body({ link: buildTokenLink(token), days: INVITE_TOKEN_DAYS }, { locale: user.locale })
	});
	return { user, link: buildTokenLink(token) };
}

/**
 * Sends an invitation again (issue 11): a new link, the earlier ones stop working (only hashes are
 * stored, so an old link cannot be shown again). Only for a person who has not accepted yet.
 */
export async function resendInvitation(ctx: UseCaseContext, userId: string): Promise<{ user: UserRow; link: string }> {
	await requireAccess(ctx, 'user.invite');
	const user = await findUserById(ctx.db, userId);
	if (!user) throw new AppError('not_found');
	if (user.status !== 'invited') throw new AppError('conflict', { user: 'users_not_invited' });
	const now = nowOf(ctx);
	const token = generateToken();
	await ctx.db.transaction(async (tx) => {
		await expireEmailTokens(tx, user.id, now);
		await insertEmailToken(tx, {
			tokenHash: hashToken(token),
			userId: user.id,
			purpose: 'invite',
			now,
			expiresAt: new Date(now.getTime() + INVITE_TOKEN_DAYS * 86_400_000)
		});
		await auditFromContext(tx, ctx, {
			action: 'user.invited',
			targetType: 'user',
			targetId: user.id,
			subjectUserId: user.id,
			details: { resent: true }
		});
	});
	await sendMail({
		to: user.email,
		subject: m.mail_invite_subject({}, { locale: user.locale }),
		text: m.mail_invite_body({ link: buildTokenLink(token), days: INVITE_TOKEN_DAYS }, { locale: user.locale })
	});
	return { user, link: buildTokenLink(token) };
}

/**
 * For the operator's command line (`npm run admin -- create`): an active administrator with a
 * password, whether or not other users exist. The password must meet the same policy.
 */
export async function createAdministratorWithPassword(
	ctx: UseCaseContext,
	input: { email: string; name: string; password: string }
): Promise<UserRow> {
	await requireAccess(ctx, 'user.invite');
	requireAcceptablePassword(input.password, input.email);
	if (await findUserByEmail(ctx.db, input.email)) throw new AppError('conflict', { email: 'email_taken' });
	const passwordHash = await hashPassword(input.password);
	return ctx.db.transaction(async (tx) => {
		const user = await insertUser(tx, {
			email: input.email,
			name: input.name,
			passwordHash,
			platformRole: 'admin',
			status: 'active',
			locale: 'da'
		});
		await auditFromContext(tx, ctx, {
			action: 'user.created_by_operator',
			targetType: 'user',
			targetId: user.id,
			subjectUserId: user.id
		});
		return user;
	});
}

/**
 * Inside the transaction that takes away an active administrator (role change, disabling, deleting
 * the account): refuses with `fields` when they are the last one. Serialised by an advisory lock.
 */
export async function refuseRemovingLastAdmin(
	tx: Executor,
	user: Pick<UserRow, 'platformRole' | 'status'>,
	fields: Record<string, string>
) {
	if (user.platformRole === 'admin' && user.status === 'active' && (await countActiveAdminsForChange(tx)) <= 1) {
		throw new AppError('conflict', fields);
	}
}

/** Disabling ends every session at once (A5) and voids open links; the last active admin cannot be disabled. */
export async function setUserDisabled(ctx: UseCaseContext, input: { userId: string; disabled: boolean }) {
	await requireAccess(ctx, 'user.disable');
	const user = await findUserById(ctx.db, input.userId);
	if (!user) throw new AppError('not_found');
	if (input.disabled && user.id === ctx.actor.userId) throw new AppError('conflict', { user: 'cannot_disable_self' });
	const now = nowOf(ctx);
	await ctx.db.transaction(async (tx) => {
		if (input.disabled) {
			await refuseRemovingLastAdmin(tx, user, { user: 'last_admin' });
			await updateUser(tx, user.id, { status: 'disabled' });
			await deleteUserSessions(tx, user.id);
			await expireEmailTokens(tx, user.id, now);
		} else {
			await updateUser(tx, user.id, { status: user.passwordHash ? 'active' : 'invited' });
		}
		await auditFromContext(tx, ctx, {
			action: input.disabled ? 'user.disabled' : 'user.enabled',
			targetType: 'user',
			targetId: user.id,
			subjectUserId: user.id
		});
	});
}

export async function changeUserRole(ctx: UseCaseContext, input: { userId: string; platformRole: PlatformRoleName }) {
	await requireAccess(ctx, 'user.change_role');
	const user = await findUserById(ctx.db, input.userId);
	if (!user) throw new AppError('not_found');
	if (user.platformRole === input.platformRole) return;
	await ctx.db.transaction(async (tx) => {
		await refuseRemovingLastAdmin(tx, user, { platformRole: 'last_admin' });
		await updateUser(tx, user.id, { platformRole: input.platformRole });
		await auditFromContext(tx, ctx, {
			action: 'user.role_changed',
			targetType: 'user',
			targetId: user.id,
			subjectUserId: user.id,
			details: { from: user.platformRole, to: input.platformRole }
		});
	});
}
