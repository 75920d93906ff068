/**
 * Shared measurement (issue 13, measurement.md): an initiative's indicators, their targets, and
 * observations with approval. Everything carries `initiative_id`; every query filters on it (Z3).
 * Values are `numeric` (exact decimals, never floats), read and written as canonical decimal strings.
 */
import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { APPROVAL_STATES, FREQUENCIES, INDICATOR_KINDS, POLARITIES, UNITS } from '../../domain/measurement/index.ts';
import { initiativeActors, initiativeGoals, initiatives } from '../initiatives/initiatives.table.ts';
import { users } from '../users/users.table.ts';

/** A dimension as stored on its indicator: fixed categories with labels (copied, never shared). */
export interface StoredDimension {
	key: string;
	label: string;
	categories: { key: string; label: string }[];
}

export const indicators = pgTable(
	'indicators',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		definition: text('definition').notNull().default(''),
		kind: text('kind', { enum: INDICATOR_KINDS }).notNull(),
		polarity: text('polarity', { enum: POLARITIES }).notNull(),
		frequency: text('frequency', { enum: FREQUENCIES }).notNull(),
		unit: text('unit', { enum: UNITS }).notNull(),
		unitLabel: text('unit_label').notNull().default(''),
		source: text('source').notNull().default(''),
		reportingDelayDays: integer('reporting_delay_days').notNull().default(30),
		validMin: numeric('valid_min'),
		validMax: numeric('valid_max'),
		responsibleActorId: uuid('responsible_actor_id').references(() => initiativeActors.id, { onDelete: 'set null' }),
		dimensions: jsonb('dimensions').$type<StoredDimension[]>().notNull().default([]),
		/** Shown first on the dashboard. */
		isKey: boolean('is_key').notNull().default(false),
		position: integer('position').notNull().default(0),
		baselineValue: numeric('baseline_value'),
		baselineDate: date('baseline_date', { mode: 'string' }),
		/** The template it was copied from, if any (a copy: later template changes do not reach it). */
		templateKey: text('template_key'),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('indicators_initiative_idx').on(t.initiativeId, t.position),
		// the target of the observations' (indicator, initiative) key: a value belongs to its indicator's initiative
		unique('indicators_id_initiative_unique').on(t.id, t.initiativeId)
	]
);

export const indicatorGoals = pgTable(
	'indicator_goals',
	{
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => initiativeGoals.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.indicatorId, t.goalId] }), index('indicator_goals_goal_idx').on(t.goalId)]
);

export const indicatorTargets = pgTable(
	'indicator_targets',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		value: numeric('value').notNull(),
		targetDate: date('target_date', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('indicator_targets_unique').on(t.indicatorId, t.targetDate)]
);

/**
 * One version of one value: indicator × period × categories (the "slot"). A correction is a new row;
 * earlier rows stay as history. At most one approved (counted) and one submitted (waiting) row per
 * slot, enforced by partial unique indexes, so parallel decisions cannot count two values.
 */
export const observations = pgTable(
	'observations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** With indicator_id one key to the indicator of this initiative (below), not two. */
		initiativeId: uuid('initiative_id').notNull(),
		indicatorId: uuid('indicator_id').notNull(),
		/** `2026-03`, `2026-Q1`, `2026-H1`, `2026` (domain/measurement/periods.ts). */
		period: text('period').notNull(),
		/** The period's last day, for ordering and ranges. */
		periodEnd: date('period_end', { mode: 'string' }).notNull(),
		/** dimension key → category key; {} for the total. */
		categories: jsonb('categories').$type<Record<string, string>>().notNull().default({}),
		/** A stable text of `categories` (domain categoriesKey); '' for the total. */
		categoriesKey: text('categories_key').notNull().default(''),
		value: numeric('value').notNull(),
		state: text('state', { enum: APPROVAL_STATES }).notNull().default('submitted'),
		reportingActorId: uuid('reporting_actor_id').references(() => initiativeActors.id, { onDelete: 'set null' }),
		note: text('note').notNull().default(''),
		/** Why the approver should look twice ("much higher than usual"), computed at submission. */
		flags: jsonb('flags').$type<string[]>().notNull().default([]),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decisionComment: text('decision_comment').notNull().default('')
	},
	(t) => [
		// One composite key instead of one to the initiative and one to the indicator: the database
		// holds that a value belongs to its indicator's initiative (Z3), and a bulk import pays for one
		// foreign-key check per row, not two (measured on PostgreSQL: ~0.3 s of ~1.5 s per 50,000 rows).
		// Deleting the initiative deletes its indicators, and so their values.
		foreignKey({
			name: 'observations_indicator_initiative_fk',
			columns: [t.indicatorId, t.initiativeId],
			foreignColumns: [indicators.id, indicators.initiativeId]
		}).onDelete('cascade'),
		index('observations_slot_idx').on(t.indicatorId, t.periodEnd, t.categoriesKey),
		index('observations_initiative_state_idx').on(t.initiativeId, t.state),
		// The dashboard's newest-rows-per-indicator reads (server/measurement/dashboard.ts): one ordered
		// index range per indicator and state, whatever the size of the initiative.
		index('observations_indicator_state_end_idx').on(t.indicatorId, t.state, t.periodEnd),
		uniqueIndex('observations_one_approved').on(t.indicatorId, t.period, t.categoriesKey).where(sql`${t.state} = 'approved'`),
		uniqueIndex('observations_one_waiting').on(t.indicatorId, t.period, t.categoriesKey).where(sql`${t.state} = 'submitted'`)
	]
);

/** Reminder mails sent, one row per indicator, period and reminder: the row is the "sent once" (R4). */
export const measurementReminders = pgTable(
	'measurement_reminders',
	{
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		period: text('period').notNull(),
		/** `before`, `after-1`, `after-2` … */
		reminder: text('reminder').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.indicatorId, t.period, t.reminder] })]
);

/** Per-initiative API tokens (shown once, stored as SHA-256), scoped, expiring, revocable. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull(),
		scopes: jsonb('scopes').$type<('read' | 'submit')[]>().notNull(),
		/** The actor a submit-scoped token reports for. */
		actorId: uuid('actor_id').references(() => initiativeActors.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_initiative_idx').on(t.initiativeId)]
);

export type IndicatorRow = typeof indicators.$inferSelect;
export type ObservationRow = typeof observations.$inferSelect;
