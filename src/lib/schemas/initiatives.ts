import { z } from 'zod';
import { isAreaCode } from '../domain/initiatives/areas.ts';
import { INITIATIVE_LIMITS, PHASES, VISIBILITIES } from '../domain/initiatives/model.ts';
import { freeTextField, notFreeText } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';

/**
 * Form schemas of the initiative area (issue 12). Messages are message keys. The building blocks
 * at the top are shared by every initiative form (agenda, actors, activities, backbone …).
 */

/** A one-line text (names, titles). */
export const shortText = (options: { required?: boolean } = {}) => freeTextField(INITIATIVE_LIMITS.shortText, options);
/** A longer text with line breaks (problem statement, description, mandate). */
export const longText = (options: { required?: boolean } = {}) =>
	freeTextField(INITIATIVE_LIMITS.longText, { lineBreaks: true, ...options });

/** The revision the form was opened at (optimistic concurrency: a stale one is a 409). */
export const revisionField = z.coerce.number({ error: 'field_invalid' }).int('field_invalid').min(0, 'field_invalid');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as the date input sends it (yyyy-mm-dd), checked to be a real day. */
export const dateField = notFreeText(
	z
		.string({ error: 'field_required' })
		.trim()
		.min(1, 'field_required')
		.refine((value) => ISO_DATE.test(value) && isRealDate(value), 'field_date_invalid'),
	'a date, yyyy-mm-dd'
);

/** An optional date: empty is null. */
export const optionalDateField = notFreeText(
	z
		.string()
		.trim()
		.default('')
		.refine((value) => value === '' || (ISO_DATE.test(value) && isRealDate(value)), 'field_date_invalid')
		.transform((value) => (value === '' ? null : value)),
	'a date, yyyy-mm-dd, or empty'
);

function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

/** Checkboxes with the same name (several goals, several areas): none, one or many. */
export const idListField = z
	.union([uuidField, z.array(uuidField)], { error: 'field_invalid' })
	.optional()
	.transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

/** The initiative's address: lower-case letters, digits and hyphens; empty = made from the name. */
export const slugField = notFreeText(
	z
		.string()
		.trim()
		.toLowerCase()
		.default('')
		.refine((value) => value === '' || SLUG_PATTERN.test(value), 'field_slug_invalid'),
	'an address part: letters, digits and hyphens'
);

const areaCode = notFreeText(
	z.string().refine((value) => isAreaCode(value), 'field_invalid'),
	'a municipality or region code'
);

export const areasField = z
	.union([areaCode, z.array(areaCode)], { error: 'field_invalid' })
	.optional()
	.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
	.refine((value) => value.length > 0, 'field_initiative_areas_required')
	.refine((value) => value.length <= INITIATIVE_LIMITS.areas, 'field_invalid');

export const InitiativeFieldsSchema = z.object({
	name: freeTextField(INITIATIVE_LIMITS.name, { required: true }),
	slug: slugField,
	areas: areasField,
	problemStatement: longText(),
	vision: longText(),
	values: longText(),
	targetGroup: longText(),
	visibility: z.enum(VISIBILITIES, { error: 'field_invalid' }).default('private')
});

/** Starting an initiative, from scratch or from a finished assessment or group round. */
export const CreateInitiativeSchema = InitiativeFieldsSchema.extend({
	assessmentId: uuidField.optional().or(z.literal('').transform(() => undefined)),
	groupRoundId: uuidField.optional().or(z.literal('').transform(() => undefined))
});

/**
 * After a 409 the page shows the other version and offers a button carrying the current revision
 * (`confirmRevision`); the plain save button still carries the revision the form was opened at.
 */
export const confirmRevisionField = revisionField.optional();

export const UpdateInitiativeSchema = InitiativeFieldsSchema.extend({ revision: revisionField, confirmRevision: confirmRevisionField });

export const PhaseChangeSchema = z.object({
	phase: z.enum(PHASES, { error: 'field_invalid' }),
	startedOn: dateField,
	note: freeTextField(INITIATIVE_LIMITS.shortText)
});

export const GapCloseSchema = z.object({
	key: notFreeText(z.string().min(1, 'field_invalid').max(100, 'field_invalid'), 'a readiness question key'),
	note: freeTextField(INITIATIVE_LIMITS.shortText, { required: true })
});

export const GapReopenSchema = z.object({
	key: notFreeText(z.string().min(1, 'field_invalid').max(100, 'field_invalid'), 'a readiness question key')
});

export const EmptySchema = z.object({});
