import { z } from 'zod';
import { ACTIVITY_STATUSES, ACTOR_ROLES, INITIATIVE_LIMITS } from '../domain/initiatives/model.ts';
import { SECTORS } from '../domain/organisations/sectors.ts';
import { notFreeText } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';
import { confirmRevisionField, idListField, longText, optionalDateField, revisionField, shortText } from './initiatives.ts';

/**
 * Form schemas of actors, commitments and activities in an initiative (issue 12 §4–5). Messages
 * are message keys. The contact is a name and a work e-mail only (P1).
 */

const optionalUuid = uuidField.optional().or(z.literal('').transform(() => undefined));

/** A work e-mail, or empty (the contact is optional). */
export const contactEmailField = notFreeText(
	z
		.string({ error: 'field_invalid' })
		.trim()
		.max(254, 'field_too_long')
		.default('')
		.refine((value) => value === '' || z.email().safeParse(value).success, 'field_email_invalid'),
	'an e-mail address'
);

const sectorField = z.enum(SECTORS, { error: 'field_required' });
const actorRoleField = z.enum(ACTOR_ROLES, { error: 'field_invalid' }).default('partner');

const contactFields = {
	contactName: shortText().default(''),
	contactEmail: contactEmailField
};

/**
 * Adding an actor: pick an organisation from the register (its name and sector come along), or type
 * a name and a sector. The use case decides which one applies; both missing is a field message.
 */
export const AddActorSchema = z.object({
	organisationId: optionalUuid,
	name: shortText().default(''),
	sector: sectorField.optional().or(z.literal('').transform(() => undefined)),
	role: actorRoleField,
	...contactFields
});

/** The backbone lead edits everything about an actor (the actor's id comes from the address). */
export const UpdateActorSchema = z.object({
	name: shortText({ required: true }),
	sector: sectorField,
	role: actorRoleField,
	...contactFields,
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

/** A partner editor edits only their own actor's contact. */
export const UpdateActorContactSchema = z.object({
	...contactFields,
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

/** Deleting an actor: what happens to its activities, when it has any. */
export const DeleteActorSchema = z.object({
	activities: z.enum(['move', 'delete'], { error: 'field_actor_delete_choice' }).optional(),
	moveTo: optionalUuid
});

export const CommitmentSchema = z.object({
	text: longText({ required: true }),
	goalIds: idListField
});

export const UpdateCommitmentSchema = z.object({
	id: uuidField,
	text: longText({ required: true }),
	goalIds: idListField,
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

export const IdSchema = z.object({ id: uuidField });

const activityFields = {
	actorId: uuidField,
	title: shortText({ required: true }),
	description: longText().default(''),
	goalIds: idListField,
	status: z.enum(ACTIVITY_STATUSES, { error: 'field_invalid' }).default('planned'),
	startsOn: optionalDateField,
	endsOn: optionalDateField
};

/** V1: the end is not before the start (a message next to the end field). */
const endNotBeforeStart = (value: { startsOn: string | null; endsOn: string | null }, ctx: z.RefinementCtx) => {
	if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
		ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field_activity_end_before_start' });
};

export const ActivitySchema = z.object(activityFields).superRefine(endNotBeforeStart);

export const UpdateActivitySchema = z
	.object({ ...activityFields, revision: revisionField, confirmRevision: confirmRevisionField })
	.superRefine(endNotBeforeStart);

/** The activity list's filter (a GET form): anything unknown is ignored rather than an error. */
export const ActivityFilterSchema = z.object({
	status: z.enum(ACTIVITY_STATUSES).optional().catch(undefined),
	actor: uuidField.optional().catch(undefined),
	goal: uuidField.optional().catch(undefined)
});

export const ACTIVITY_TEXT_LIMITS = { title: INITIATIVE_LIMITS.shortText, description: INITIATIVE_LIMITS.longText } as const;
