import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** L1: append-only; a trigger in the migrations refuses UPDATE and DELETE. No foreign keys, so entries outlive what they describe. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorUserId: uuid('actor_user_id'),
		action: text('action').notNull(),
		targetType: text('target_type'),
		targetId: text('target_id'),
		/** The person the entry concerns, so a data subject's request can be answered (L1). */
		subjectUserId: uuid('subject_user_id'),
		/** The initiative the entry belongs to, for the initiative's history (its members see it). */
		initiativeId: uuid('initiative_id'),
		requestId: text('request_id'),
		ip: text('ip'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [
		index('audit_actor_idx').on(t.actorUserId, t.at),
		index('audit_subject_idx').on(t.subjectUserId, t.at),
		index('audit_at_idx').on(t.at),
		index('audit_initiative_idx').on(t.initiativeId, t.at)
	]
);
