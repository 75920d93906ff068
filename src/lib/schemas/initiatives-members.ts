import { z } from 'zod';
import { INITIATIVE_ROLES } from '../domain/initiatives/model.ts';
import { notFreeText } from '../domain/privacy/free-text.ts';
import { emailField, nameField, passwordConfirmField, passwordField, uuidField } from './fields.ts';

/** Form schemas of an initiative's members page and the invitation link's page (issue 12 item 2). */

const roleField = z.enum(INITIATIVE_ROLES, { error: 'field_invalid' });

/** The actor a member acts for: empty is none. */
const actorField = z
	.union([uuidField, z.literal('').transform(() => null)], { error: 'field_invalid' })
	.optional()
	.transform((value) => value ?? null);

export const InviteMemberSchema = z.object({
	email: emailField,
	role: roleField,
	actorId: actorField
});

export const InvitationIdSchema = z.object({ invitationId: uuidField });

export const ChangeMemberSchema = z.object({
	userId: uuidField,
	role: roleField,
	actorId: actorField,
	/** What the form showed: another lead's change in the meantime is a 409 rather than overwritten. */
	currentRole: roleField,
	currentActorId: actorField
});

export const MemberIdSchema = z.object({ userId: uuidField });

export const AcceptWithAccountSchema = z
	.object({
		name: nameField,
		password: passwordField,
		passwordConfirm: passwordConfirmField,
		// the browser's password manager files the password under this; the address is the invited one
		username: notFreeText(z.string().max(254).optional(), 'the address, for password managers only')
	})
	.refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'field_password_mismatch' });
