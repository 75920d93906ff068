import { z } from 'zod';
import { notFreeText } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';
import { confirmRevisionField, dateField, longText, revisionField, shortText } from './initiatives.ts';

/** Form schemas of the common agenda (issue 12 §3). Messages are message keys. */

/** Problem statement and vision, on the initiatives row (its revision). */
export const AgendaTextsSchema = z.object({
	problemStatement: longText(),
	vision: longText(),
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

/** A new goal: long-term (no parent) or a sub-goal of a long-term goal. */
export const GoalCreateSchema = z.object({
	parentId: uuidField.optional().or(z.literal('').transform(() => undefined)),
	title: shortText({ required: true }),
	description: longText()
});

export const GoalUpdateSchema = z.object({
	goalId: uuidField,
	title: shortText({ required: true }),
	description: longText(),
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

const directionField = notFreeText(z.enum(['up', 'down'], { error: 'field_invalid' }), 'up or down');

/** Move up/down among siblings; `neighbourId` is the sibling the page showed next to it (race-safe). */
export const MoveSchema = z.object({
	id: uuidField,
	direction: directionField,
	neighbourId: uuidField
});

/** Deleting a goal: `confirm` must be sent when sub-goals, strategies, commitments or activities are affected. */
export const GoalDeleteSchema = z.object({
	goalId: uuidField,
	revision: revisionField,
	confirm: notFreeText(z.literal('yes').optional(), 'yes when confirmed')
});

export const StrategyCreateSchema = z.object({
	goalId: uuidField,
	text: longText({ required: true })
});

export const StrategyUpdateSchema = z.object({
	strategyId: uuidField,
	text: longText({ required: true }),
	revision: revisionField,
	confirmRevision: confirmRevisionField
});

export const StrategyDeleteSchema = z.object({
	strategyId: uuidField,
	revision: revisionField
});

/** An actor's endorsement of the agenda version the page showed (`agendaVersion`). */
export const EndorseSchema = z.object({
	actorId: uuidField,
	agendaVersion: z.coerce.number({ error: 'field_invalid' }).int('field_invalid').min(1, 'field_invalid'),
	signatoryName: shortText({ required: true }),
	endorsedOn: dateField
});
