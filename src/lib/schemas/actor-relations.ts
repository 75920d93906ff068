import { z } from 'zod';
import { INITIATIVE_LIMITS, RELATION_KINDS } from '../domain/initiatives/model.ts';
import { freeTextField } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';
import { confirmRevisionField, revisionField } from './initiatives.ts';

/** The actor map's relation form (issue 12 §6): who, what kind, to whom, and an optional note. */
export const RelationSchema = z
	.object({
		fromActorId: z.string({ error: 'field_required' }).min(1, 'field_required').pipe(uuidField),
		toActorId: z.string({ error: 'field_required' }).min(1, 'field_required').pipe(uuidField),
		kind: z.enum(RELATION_KINDS, { error: 'field_required' }),
		note: freeTextField(INITIATIVE_LIMITS.shortText).default('')
	})
	.refine((value) => value.fromActorId !== value.toActorId, { path: ['toActorId'], message: 'field_relation_same_actor' });

export const UpdateRelationSchema = z
	.object({
		id: uuidField,
		fromActorId: z.string({ error: 'field_required' }).min(1, 'field_required').pipe(uuidField),
		toActorId: z.string({ error: 'field_required' }).min(1, 'field_required').pipe(uuidField),
		kind: z.enum(RELATION_KINDS, { error: 'field_required' }),
		note: freeTextField(INITIATIVE_LIMITS.shortText).default(''),
		revision: revisionField,
		confirmRevision: confirmRevisionField
	})
	.refine((value) => value.fromActorId !== value.toActorId, { path: ['toActorId'], message: 'field_relation_same_actor' });

export const DeleteRelationSchema = z.object({ id: uuidField });
