/**
 * Members and roles of an initiative (issue 12 item 2): the members page, invitations by e-mail
 * (sent, sent again with a new link, revoked), accepting one with or without an account, changing a
 * member's role and actor, removing a member, leaving. The last backbone lead is protected in every
 * one of these, under concurrency too (`lockMembers`), and in account deletion (`refuseHeadlessInitiatives`).
 *
 * An invitation's link holds a random token; the database keeps only its SHA-256. So the link cannot
 * be shown again from the database: sending an invitation again makes a new link and the old one
 * stops working (docs in the members page and the report).
 */
import { sql } from 'drizzle-orm';
import { INVITATION_DAYS, invitationState, leavesNoLead, needsActor } from '../../domain/initiatives/members.ts';
import type { InitiativeRole } from '../../domain/initiatives/model.ts';
import { m } from '../../paraglide/messages.js';
import { appendAuditEntry } from '../audit/audit.repository.ts';
import { requireAcceptablePassword, type SignedIn, startSession } from '../auth/auth.usecases.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { generateToken, hashToken } from '../auth/tokens.ts';
import { getPublicUrl } from '../config/config.ts';
import { nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { costlyRequestLimits, hitRateLimit } from '../limits/rate-limit.ts';
import { sendMail } from '../mail/mailer.ts';
import { findUserByEmail, findUserById, insertUser, normaliseEmail, updateUser } from '../users/users.repository.ts';
import { requireInitiative } from './access.ts';
import { recordInitiativeChange } from './changes.ts';
import { initiativeInvitations } from './initiatives.table.ts';
import {
	addMemberIfAbsent,
	claimInvitation,
	countLeads,
	deleteMember,
	findActorOf,
	findInvitation,
	findInvitationByTokenHash,
	findMember,
	findPendingInvitationFor,
	insertInvitation,
	isMemberByEmail,
	listActorsOf,
	listLeadershipsOf,
	listMembersOf,
	listPendingInvitations,
	lockMembers,
	markInvitationRevoked,
	replaceInvitationToken,
	updateMemberIf
} from './members.repository.ts';

/** A token as `generateToken` makes them (base64url); anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export function invitationLink(token: string): string {
	return `${getPublicUrl()}/invitation/${token}`;
}

type Locale = 'da' | 'en';

const ROLE_MESSAGES = {
	backbone_lead: m.initiative_role_backbone_lead,
	partner_editor: m.initiative_role_partner_editor,
	viewer: m.initiative_role_viewer
} as const;

// ---------------------------------------------------------------------------------------------
// The members page

/**
 * Everyone in the initiative sees who is in it, in which role, acting for which actor; e-mail
 * addresses and invitations only the backbone lead (P1).
 */
export async function getMembers(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const isLead = scope.role === 'backbone_lead';
	const now = nowOf(ctx);
	const [rows, invitations, actors] = await Promise.all([
		listMembersOf(ctx.db, scope.id),
		isLead ? listPendingInvitations(ctx.db, scope.id) : Promise.resolve([]),
		isLead ? listActorsOf(ctx.db, scope.id) : Promise.resolve([])
	]);
	const leadCount = rows.filter((row) => row.role === 'backbone_lead').length;
	return {
		scope,
		isLead,
		userId: ctx.actor.userId,
		leadCount,
		members: rows.map((row) => ({
			userId: row.userId,
			name: row.name,
			email: isLead ? row.email : null,
			role: row.role,
			actorId: row.actorId,
			actorName: row.actorName,
			since: row.since,
			isLastLead: row.role === 'backbone_lead' && leadCount <= 1
		})),
		invitations: invitations.map((row) => ({ ...row, state: invitationState(row, now) })),
		actors
	};
}

async function requireActorOf(ctx: UseCaseContext, initiativeId: string, role: InitiativeRole, actorId: string | null) {
	if (actorId && !(await findActorOf(ctx.db, initiativeId, actorId)))
		throw new AppError('invalid_input', { actorId: 'field_member_actor_unknown' });
	if (needsActor(role) && !actorId) throw new AppError('invalid_input', { actorId: 'field_member_actor_required' });
}

function invitationMail(input: { initiativeName: string; role: InitiativeRole; link: string; expiresAt: Date; locale: Locale }) {
	const { locale } = input;
	return {
		subject: m.initiative_invitation_mail_subject({ initiative: input.initiativeName }, { locale }),
		text: m.initiative_invitation_mail_body(
			{
				initiative: input.initiativeName,
				role: ROLE_MESSAGES[input.role]({}, { locale }),
				link: input.link,
				days: INVITATION_DAYS
			},
			{ locale }
		)
	};
}

export interface InviteInput {
	email: string;
	role: InitiativeRole;
	actorId: string | null;
	/** The language of the mail when the address has no account yet (else the account's language). */
	locale: Locale;
}

/** The backbone lead invites someone by e-mail to a role; the link works for INVITATION_DAYS days. */
export async function inviteMember(ctx: UseCaseContext, slug: string, input: InviteInput) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const email = normaliseEmail(input.email);
	await requireActorOf(ctx, scope.id, input.role, input.actorId);
	const existing = await findUserByEmail(ctx.db, email);
	const now = nowOf(ctx);
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
	const invitation = await ctx.db.transaction(async (tx) => {
		// checked under the members lock: two clicks (or two leads) at once make one invitation, not two
		await lockMembers(tx, scope.id);
		if (await isMemberByEmail(tx, scope.id, email)) throw new AppError('invalid_input', { email: 'field_member_already' });
		if (await findPendingInvitationFor(tx, scope.id, email)) throw new AppError('invalid_input', { email: 'field_member_invited_already' });
		const row = await insertInvitation(tx, {
			initiativeId: scope.id,
			email,
			role: input.role,
			actorId: input.actorId,
			tokenHash: hashToken(token),
			invitedBy: ctx.actor.userId,
			createdAt: now,
			expiresAt
		});
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.member_invited',
			targetType: 'initiative_invitation',
			targetId: row.id,
			subjectUserId: existing?.id ?? null,
			details: { role: input.role, actorId: input.actorId }
		});
		return row;
	});
	const link = invitationLink(token);
	await sendMail({
		to: email,
		...invitationMail({ initiativeName: scope.name, role: input.role, link, expiresAt, locale: existing?.locale ?? input.locale })
	});
	return { id: invitation.id, email, link, expiresAt };
}

/** Sends a pending invitation again with a new link (and a new period); the old link stops working. */
export async function resendInvitation(ctx: UseCaseContext, slug: string, input: { invitationId: string; locale: Locale }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const found = await findInvitation(ctx.db, scope.id, input.invitationId);
	if (!found) throw new AppError('not_found');
	const now = nowOf(ctx);
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
	const existing = await findUserByEmail(ctx.db, found.email);
	await ctx.db.transaction(async (tx) => {
		const row = await replaceInvitationToken(tx, scope.id, found.id, hashToken(token), expiresAt);
		if (!row) throw new AppError('conflict', { form: 'field_invitation_not_pending' });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.invitation_resent',
			targetType: 'initiative_invitation',
			targetId: found.id,
			subjectUserId: existing?.id ?? null,
			details: { role: found.role }
		});
	});
	const link = invitationLink(token);
	await sendMail({
		to: found.email,
		...invitationMail({ initiativeName: scope.name, role: found.role, link, expiresAt, locale: existing?.locale ?? input.locale })
	});
	return { id: found.id, email: found.email, link, expiresAt };
}

export async function revokeInvitation(ctx: UseCaseContext, slug: string, input: { invitationId: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	const found = await findInvitation(ctx.db, scope.id, input.invitationId);
	if (!found) throw new AppError('not_found');
	const existing = await findUserByEmail(ctx.db, found.email);
	await ctx.db.transaction(async (tx) => {
		const row = await markInvitationRevoked(tx, scope.id, found.id, nowOf(ctx));
		if (!row) throw new AppError('conflict', { form: 'field_invitation_not_pending' });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.invitation_revoked',
			targetType: 'initiative_invitation',
			targetId: found.id,
			subjectUserId: existing?.id ?? null,
			details: { role: found.role }
		});
	});
}

export interface MemberChange {
	userId: string;
	role: InitiativeRole;
	actorId: string | null;
	/** What the form showed: a member changed by someone else meanwhile is a 409, not overwritten. */
	currentRole: InitiativeRole;
	currentActorId: string | null;
}

function refuseLastLead(leadCount: number, currentRole: InitiativeRole, next: InitiativeRole | null, field: string) {
	if (leavesNoLead(leadCount, currentRole, next)) throw new AppError('conflict', { [field]: 'field_member_last_lead' });
}

/** The backbone lead changes a member's role and the actor they act for. */
export async function changeMember(ctx: UseCaseContext, slug: string, input: MemberChange) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await requireActorOf(ctx, scope.id, input.role, input.actorId);
	await ctx.db.transaction(async (tx) => {
		await lockMembers(tx, scope.id);
		const member = await findMember(tx, scope.id, input.userId);
		if (!member) throw new AppError('not_found');
		if (member.role === input.role && member.actorId === input.actorId) return;
		if (member.role !== input.currentRole || member.actorId !== input.currentActorId) throw new AppError('stale_revision');
		refuseLastLead(await countLeads(tx, scope.id), member.role, input.role, 'role');
		const row = await updateMemberIf(tx, scope.id, member.userId, member, { role: input.role, actorId: input.actorId });
		if (!row) throw new AppError('stale_revision');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.member_changed',
			targetType: 'user',
			targetId: member.userId,
			subjectUserId: member.userId,
			details: { fromRole: member.role, toRole: input.role, fromActorId: member.actorId, toActorId: input.actorId }
		});
	});
}

/** The backbone lead removes a member (the last backbone lead cannot be removed). */
export async function removeMember(ctx: UseCaseContext, slug: string, input: { userId: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await ctx.db.transaction(async (tx) => {
		await lockMembers(tx, scope.id);
		const member = await findMember(tx, scope.id, input.userId);
		if (!member) throw new AppError('not_found');
		refuseLastLead(await countLeads(tx, scope.id), member.role, null, 'form');
		await deleteMember(tx, scope.id, member.userId);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.member_removed',
			targetType: 'user',
			targetId: member.userId,
			subjectUserId: member.userId,
			details: { role: member.role }
		});
	});
}

/** Any member leaves the initiative themselves, unless they are its last backbone lead. */
export async function leaveInitiative(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view', { allowArchived: true });
	const userId = ctx.actor.userId as string;
	await ctx.db.transaction(async (tx) => {
		await lockMembers(tx, scope.id);
		const member = await findMember(tx, scope.id, userId);
		if (!member) throw new AppError('not_found');
		refuseLastLead(await countLeads(tx, scope.id), member.role, null, 'form');
		await deleteMember(tx, scope.id, userId);
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.member_left',
			targetType: 'user',
			targetId: userId,
			subjectUserId: userId,
			details: { role: member.role }
		});
	});
}

// ---------------------------------------------------------------------------------------------
// The invitation link

async function lookUp(ctx: UseCaseContext, token: string) {
	await requireAccess(ctx, 'initiative_invitation.accept');
	// V5: every look-up of a link counts, per address (the page and both of its forms)
	await hitRateLimit(ctx.db, costlyRequestLimits().invitationLookup, ctx.ip, nowOf(ctx));
	if (!TOKEN.test(token)) return undefined;
	return findInvitationByTokenHash(ctx.db, hashToken(token));
}

export type InvitationView =
	| { state: 'unknown' }
	| {
			state: 'open' | 'accepted' | 'revoked' | 'expired';
			initiativeName: string;
			role: InitiativeRole;
			actorName: string | null;
			expiresAt: Date;
			/** The address it was sent to: shown only while it is open. */
			email: string | null;
			/** Signed in: the person's own address, whether it is the invited one, and their role there already. */
			signedInEmail: string | null;
			emailMatches: boolean | null;
			memberRole: InitiativeRole | null;
			/** Where to go on, for a member of the initiative. */
			slug: string | null;
	  };

/** What the link's page shows: the initiative, the role, and whether the link still works. */
export async function inspectInvitation(ctx: UseCaseContext, token: string): Promise<InvitationView> {
	const found = await lookUp(ctx, token);
	if (!found) return { state: 'unknown' };
	const { invitation } = found;
	const state = invitationState(invitation, nowOf(ctx));
	const user = ctx.actor.userId ? await findUserById(ctx.db, ctx.actor.userId) : undefined;
	const member = user ? await findMember(ctx.db, invitation.initiativeId, user.id) : undefined;
	return {
		state,
		initiativeName: found.initiativeName,
		role: invitation.role,
		actorName: found.actorName,
		expiresAt: invitation.expiresAt,
		email: state === 'open' ? invitation.email : null,
		signedInEmail: user?.email ?? null,
		emailMatches: user ? normaliseEmail(user.email) === invitation.email : null,
		memberRole: member?.role ?? null,
		slug: member ? found.initiativeSlug : null
	};
}

function refusal(state: string): AppError {
	return new AppError('token_invalid', { form: `initiative_invitation_refused_${state}` });
}

/**
 * The signed-in person accepts: they become a member in the invited role. The token is the proof,
 * so an account with another address may accept too (the page says so first). Idempotent: the same
 * person accepting twice (two tabs) gets one membership; someone already a member keeps their role.
 */
export async function acceptInvitation(ctx: UseCaseContext, token: string): Promise<{ slug: string }> {
	const found = await lookUp(ctx, token);
	const userId = ctx.actor.userId;
	if (!userId) throw new AppError('forbidden');
	if (!found) throw refusal('unknown');
	const hash = hashToken(token);
	const now = nowOf(ctx);
	const user = await findUserById(ctx.db, userId);
	if (!user) throw new AppError('forbidden');
	await ctx.db.transaction(async (tx) => {
		const claimed = await claimInvitation(tx, hash, userId, now);
		if (!claimed) {
			const again = await findInvitationByTokenHash(tx, hash);
			// the other tab (or a double click) was first: done already
			if (again?.invitation.acceptedBy === userId) return;
			throw refusal(again ? invitationState(again.invitation, now) : 'unknown');
		}
		await joinByInvitation(tx, ctx, claimed, userId, normaliseEmail(user.email) === claimed.email);
	});
	return { slug: found.initiativeSlug };
}

async function joinByInvitation(
	tx: Executor,
	ctx: UseCaseContext,
	invitation: typeof initiativeInvitations.$inferSelect,
	userId: string,
	emailMatched: boolean
) {
	await lockMembers(tx, invitation.initiativeId);
	const added = await addMemberIfAbsent(tx, {
		initiativeId: invitation.initiativeId,
		userId,
		role: invitation.role,
		actorId: invitation.actorId
	});
	await recordInitiativeChange(tx, ctx, invitation.initiativeId, {
		action: 'initiative.invitation_accepted',
		targetType: 'initiative_invitation',
		targetId: invitation.id,
		subjectUserId: userId,
		details: { role: invitation.role, actorId: invitation.actorId, emailMatched, alreadyMember: !added }
	});
}

/**
 * Someone without an account accepts by creating one for the invited address (name and password,
 * under the same password policy, A2): the account, the membership and a session in one go. An
 * address that already has an account signs in instead.
 */
export async function acceptInvitationWithNewAccount(
	ctx: UseCaseContext,
	token: string,
	input: { name: string; password: string; locale: Locale }
): Promise<SignedIn & { slug: string }> {
	const found = await lookUp(ctx, token);
	if (ctx.actor.userId) throw new AppError('conflict', { form: 'initiative_invitation_signed_in' });
	if (!found) throw refusal('unknown');
	const now = nowOf(ctx);
	const state = invitationState(found.invitation, now);
	if (state !== 'open') throw refusal(state);
	const email = found.invitation.email;
	const existing = await findUserByEmail(ctx.db, email);
	if (existing && existing.status !== 'invited') throw new AppError('conflict', { form: 'initiative_invitation_account_exists' });
	requireAcceptablePassword(input.password, email);
	const passwordHash = await hashPassword(input.password);
	const hash = hashToken(token);
	return ctx.db.transaction(async (tx) => {
		// the invitation row is locked first: a second tab waits here, then finds it accepted
		const [locked] = await tx.select().from(initiativeInvitations).where(sql`${initiativeInvitations.tokenHash} = ${hash}`).for('update');
		const lockedState = locked ? invitationState(locked, now) : 'unknown';
		if (!locked || lockedState !== 'open') throw refusal(lockedState);
		const again = await findUserByEmail(tx, email);
		if (again && again.status !== 'invited') throw new AppError('conflict', { form: 'initiative_invitation_account_exists' });
		let user = again;
		if (user) {
			// a platform invitation not yet taken up: this link proves the address just as well
			await updateUser(tx, user.id, { name: input.name, passwordHash, status: 'active' });
			user = { ...user, name: input.name, status: 'active' };
		} else {
			user = await insertUser(tx, {
				email,
				name: input.name,
				platformRole: 'member',
				status: 'active',
				locale: input.locale,
				passwordHash
			});
		}
		await appendAuditEntry(tx, {
			actorUserId: user.id,
			action: 'account.created_by_invitation',
			subjectUserId: user.id,
			targetType: 'user',
			targetId: user.id,
			requestId: ctx.requestId,
			ip: ctx.ip,
			details: { initiativeId: locked.initiativeId }
		});
		const claimed = await claimInvitation(tx, hash, user.id, now);
		if (!claimed) throw refusal('unknown');
		const asNewUser: UseCaseContext = { ...ctx, actor: { userId: user.id, platformRole: user.platformRole } };
		await joinByInvitation(tx, asNewUser, claimed, user.id, true);
		const sessionToken = await startSession(tx, user.id, now);
		return { token: sessionToken, user, slug: found.initiativeSlug };
	});
}

// ---------------------------------------------------------------------------------------------
// Account deletion

/** The initiatives where this person is the only backbone lead (deleting their account would leave them without one). */
export async function listInitiativesLedOnlyBy(db: Executor, userId: string) {
	return (await listLeadershipsOf(db, userId)).filter((row) => row.leads <= 1).map(({ slug, name }) => ({ slug, name }));
}

/**
 * Inside the transaction that deletes an account: refuses when the person is the last backbone
 * lead of an initiative. Each of their initiatives is locked (in id order, so two deletions never
 * wait on each other) and counted again, so a parallel demotion cannot slip between.
 */
export async function refuseHeadlessInitiatives(tx: Executor, userId: string, field: string): Promise<void> {
	for (const initiative of await listLeadershipsOf(tx, userId)) {
		await lockMembers(tx, initiative.id);
		const leadMember = await findMember(tx, initiative.id, userId);
		if (leadMember?.role === 'backbone_lead' && (await countLeads(tx, initiative.id)) <= 1) {
			throw new AppError('conflict', { [field]: 'account_delete_last_lead' });
		}
	}
}
