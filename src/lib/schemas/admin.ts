import { z } from 'zod';
import { SECTORS } from '../domain/organisations/sectors.ts';
import { emailField, localeField, nameField, uuidField } from './fields.ts';

export const PlatformRoleSchema = z.enum(['member', 'editor', 'admin'], { error: 'field_invalid' });

export const InviteUserSchema = z.object({
	email: emailField,
	name: nameField,
	platformRole: PlatformRoleSchema,
	locale: localeField,
	organisationId: z
		.union([z.literal(''), uuidField])
		.optional()
		.transform((v) => v || undefined)
});

export const UserIdSchema = z.object({ userId: uuidField });
export const ChangeRoleSchema = z.object({ userId: uuidField, platformRole: PlatformRoleSchema });

export const OrganisationSchema = z.object({
	name: nameField,
	sector: z.enum(SECTORS, { error: 'field_required' })
});

export const AddMemberSchema = z.object({ email: emailField });
export const RemoveMemberSchema = z.object({ userId: uuidField });

export const AuditFilterSchema = z.object({
	person: z.uuid().optional().catch(undefined),
	before: z.coerce.number().int().positive().optional().catch(undefined)
});
