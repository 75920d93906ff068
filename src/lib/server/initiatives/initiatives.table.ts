/**
 * The initiative area (issue 12, initiatives.md). Everything inside an initiative carries its
 * `initiative_id`, and every query filters on it, so another initiative's ids answer 404 (Z3).
 * Editable items carry a `revision` for optimistic concurrency (two people saving → one 409).
 */
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	bigint,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	ACTIVITY_STATUSES,
	ACTOR_ROLES,
	FUNDING_KINDS,
	GOVERNANCE_KINDS,
	INITIATIVE_ROLES,
	PHASES,
	type ReadinessGap,
	RELATION_KINDS,
	VISIBILITIES
} from '../../domain/initiatives/model.ts';
import { SECTORS } from '../../domain/organisations/sectors.ts';
import { assessments, groupRounds } from '../assessments/assessments.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';

export const initiatives = pgTable(
	'initiatives',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		/** Municipality/region codes, or ['DK'] for national (domain/initiatives/areas.ts). */
		areas: jsonb('areas').$type<string[]>().notNull().default([]),
		problemStatement: text('problem_statement').notNull().default(''),
		vision: text('vision').notNull().default(''),
		values: text('values').notNull().default(''),
		targetGroup: text('target_group').notNull().default(''),
		phase: text('phase', { enum: PHASES }).notNull().default('assess_readiness'),
		visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('private'),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		/** The assessment it started from, and what was copied from it at the start. */
		assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
		groupRoundId: uuid('group_round_id').references(() => groupRounds.id, { onDelete: 'set null' }),
		focusProblem: text('focus_problem'),
		assessmentOutcome: text('assessment_outcome'),
		readinessGaps: jsonb('readiness_gaps').$type<ReadinessGap[]>().notNull().default([]),
		/** The backbone organisation: one of the initiative's actors. */
		backboneActorId: uuid('backbone_actor_id').references((): AnyPgColumn => initiativeActors.id, { onDelete: 'set null' }),
		/** The version number the agenda (problem, vision, goals, strategies) has now; 0 before the first save. */
		agendaVersion: integer('agenda_version').notNull().default(0),
		revision: integer('revision').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('initiatives_slug_unique').on(t.slug)]
);

/** Each phase change, dated (the date the phase began, which may be earlier than the change). */
export const initiativePhaseHistory = pgTable(
	'initiative_phase_history',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		phase: text('phase', { enum: PHASES }).notNull(),
		startedOn: date('started_on', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('initiative_phase_history_idx').on(t.initiativeId, t.startedOn)]
);

/** An organisation taking part (from the register, or added on the fly). One contact: name and work e-mail (P1). */
export const initiativeActors = pgTable(
	'initiative_actors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		sector: text('sector', { enum: SECTORS }).notNull(),
		role: text('role', { enum: ACTOR_ROLES }).notNull().default('partner'),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('initiative_actors_idx').on(t.initiativeId),
		uniqueIndex('initiative_actors_name_unique').on(t.initiativeId, sql`lower(${t.name})`)
	]
);

/** A person's role in one initiative, and the actor they act for (a partner editor edits only that actor's items). */
export const initiativeMembers = pgTable(
	'initiative_members',
	{
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: INITIATIVE_ROLES }).notNull(),
		actorId: uuid('actor_id').references(() => initiativeActors.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.initiativeId, t.userId] }), index('initiative_members_user_idx').on(t.userId)]
);

/** An invitation by e-mail to a role in one initiative; the link's token is stored as its SHA-256. */
export const initiativeInvitations = pgTable(
	'initiative_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: text('role', { enum: INITIATIVE_ROLES }).notNull(),
		actorId: uuid('actor_id').references(() => initiativeActors.id, { onDelete: 'set null' }),
		tokenHash: text('token_hash').notNull(),
		invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('initiative_invitations_token_unique').on(t.tokenHash), index('initiative_invitations_idx').on(t.initiativeId)]
);

/** The goal tree: long-term goals (no parent) and their sub-goals, ordered by `position` among siblings. */
export const initiativeGoals = pgTable(
	'initiative_goals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id').references((): AnyPgColumn => initiativeGoals.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull().default(0),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('initiative_goals_idx').on(t.initiativeId, t.parentId, t.position)]
);

/** A strategy: how the partners will reach a goal. */
export const initiativeStrategies = pgTable(
	'initiative_strategies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => initiativeGoals.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		position: integer('position').notNull().default(0),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('initiative_strategies_idx').on(t.initiativeId, t.goalId)]
);

/** The agenda as it stood at each save: problem, vision, goal tree and strategies (for the diff and endorsements). */
export interface AgendaSnapshot {
	problemStatement: string;
	vision: string;
	goals: { id: string; parentId: string | null; title: string; description: string; position: number }[];
	strategies: { id: string; goalId: string; text: string; position: number }[];
}

export const agendaVersions = pgTable(
	'agenda_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		snapshot: jsonb('snapshot').$type<AgendaSnapshot>().notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('agenda_versions_unique').on(t.initiativeId, t.version)]
);

/** An actor's endorsement of one agenda version, by a named signatory on a date. */
export const agendaEndorsements = pgTable(
	'agenda_endorsements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id')
			.notNull()
			.references(() => initiativeActors.id, { onDelete: 'cascade' }),
		agendaVersion: integer('agenda_version').notNull(),
		signatoryName: text('signatory_name').notNull(),
		endorsedOn: date('endorsed_on', { mode: 'string' }).notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('agenda_endorsements_unique').on(t.initiativeId, t.actorId, t.agendaVersion)]
);

/** What an actor commits to, linked to goals. */
export const initiativeCommitments = pgTable(
	'initiative_commitments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id')
			.notNull()
			.references(() => initiativeActors.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('initiative_commitments_idx').on(t.initiativeId, t.actorId)]
);

export const commitmentGoals = pgTable(
	'commitment_goals',
	{
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => initiativeCommitments.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => initiativeGoals.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.commitmentId, t.goalId] }), index('commitment_goals_goal_idx').on(t.goalId)]
);

/** A binding activity: owned by an actor, linked to goals. */
export const initiativeActivities = pgTable(
	'initiative_activities',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id')
			.notNull()
			.references(() => initiativeActors.id, { onDelete: 'restrict' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		status: text('status', { enum: ACTIVITY_STATUSES }).notNull().default('planned'),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('initiative_activities_idx').on(t.initiativeId, t.actorId)]
);

export const activityGoals = pgTable(
	'activity_goals',
	{
		activityId: uuid('activity_id')
			.notNull()
			.references(() => initiativeActivities.id, { onDelete: 'cascade' }),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => initiativeGoals.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.activityId, t.goalId] }), index('activity_goals_goal_idx').on(t.goalId)]
);

/** A relation between two actors, for the actor map. */
export const initiativeRelations = pgTable(
	'initiative_relations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		fromActorId: uuid('from_actor_id')
			.notNull()
			.references(() => initiativeActors.id, { onDelete: 'cascade' }),
		toActorId: uuid('to_actor_id')
			.notNull()
			.references(() => initiativeActors.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: RELATION_KINDS }).notNull(),
		note: text('note').notNull().default(''),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('initiative_relations_idx').on(t.initiativeId),
		uniqueIndex('initiative_relations_unique').on(t.initiativeId, t.fromActorId, t.toActorId, t.kind)
	]
);

/** The backbone's staff: names and roles, and the share of a full-time post. */
export const backboneStaff = pgTable(
	'backbone_staff',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		role: text('role').notNull(),
		/** Share of a full-time post, 0.01–1. */
		fte: numeric('fte', { precision: 4, scale: 2, mode: 'number' }),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('backbone_staff_idx').on(t.initiativeId)]
);

/** A governance body: styregruppe, arbejdsgruppe … with its members (as text) and mandate. */
export const governanceBodies = pgTable(
	'governance_bodies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind', { enum: GOVERNANCE_KINDS }).notNull(),
		members: text('members').notNull().default(''),
		mandate: text('mandate').notNull().default(''),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('governance_bodies_idx').on(t.initiativeId)]
);

/** Money for the collaboration: who gives it, what kind, how much (whole DKK) and for which period. */
export const fundingSources = pgTable(
	'funding_sources',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		initiativeId: uuid('initiative_id')
			.notNull()
			.references(() => initiatives.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id').references(() => initiativeActors.id, { onDelete: 'set null' }),
		kind: text('kind', { enum: FUNDING_KINDS }).notNull(),
		amountDkk: bigint('amount_dkk', { mode: 'number' }).notNull(),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		note: text('note').notNull().default(''),
		revision: integer('revision').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('funding_sources_idx').on(t.initiativeId)]
);

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeActorRow = typeof initiativeActors.$inferSelect;
