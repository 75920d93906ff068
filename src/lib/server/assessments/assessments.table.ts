import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AssessmentAnswers, CandidateProblem, Outcome } from '../../domain/assessment/index.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { users } from '../users/users.table.ts';

/**
 * One assessment "Collective impact – hvornår?". Anonymous self-checks have no organisation and
 * are reached only through an unguessable link whose SHA-256 is `tokenHash`; an organisation's
 * assessments are reached by id, by members of that organisation (Z3).
 */
export const assessments = pgTable(
	'assessments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** SHA-256 (hex) of the link token of an anonymous self-check; null for an organisation's. */
		tokenHash: text('token_hash'),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		title: text('title').notNull().default(''),
		candidateProblems: jsonb('candidate_problems').$type<CandidateProblem[]>().notNull().default([]),
		focusProblemId: text('focus_problem_id'),
		answers: jsonb('answers').$type<AssessmentAnswers>().notNull().default({}),
		/** Set when the person reached the result; null while the steps are still being answered. */
		outcome: text('outcome').$type<Outcome>(),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		/** For a later link to an initiative (the initiatives issue adds the foreign key). */
		initiativeId: uuid('initiative_id'),
		revision: integer('revision').notNull().default(0),
		/** Anonymous self-checks are deleted from view after this; null = kept. */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('assessments_token_hash_unique').on(t.tokenHash).where(sql`${t.tokenHash} is not null`),
		index('assessments_org_idx').on(t.organisationId)
	]
);

/** A snapshot per saved change of an organisation's assessment: the revision history. */
export const assessmentRevisions = pgTable(
	'assessment_revisions',
	{
		id: serial('id').primaryKey(),
		assessmentId: uuid('assessment_id')
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		revision: integer('revision').notNull(),
		title: text('title').notNull(),
		candidateProblems: jsonb('candidate_problems').$type<CandidateProblem[]>().notNull(),
		focusProblemId: text('focus_problem_id'),
		answers: jsonb('answers').$type<AssessmentAnswers>().notNull(),
		outcome: text('outcome').$type<Outcome>(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('assessment_revisions_unique').on(t.assessmentId, t.revision)]
);

/**
 * A group round: several people answer the same questions about one focus problem. Rounds that
 * repeat an earlier one share its `seriesId` and count up `roundNumber`, so they can be compared.
 */
export const groupRounds = pgTable(
	'group_rounds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
		seriesId: uuid('series_id').notNull(),
		roundNumber: integer('round_number').notNull().default(1),
		focusProblem: text('focus_problem').notNull(),
		/**
		 * The invite link's token, kept readable so the facilitator can share the link again. It only
		 * lets someone add an answer, never read others' (see docs/decisions/0003-assessment-storage.md).
		 */
		inviteToken: text('invite_token').notNull(),
		/**
		 * V5: the round's own secret, never shown. Respondent tokens are signed with it, so only tokens
		 * this server handed out are accepted (a client cannot make up new respondents).
		 */
		respondentKey: text('respondent_key').notNull().default(sql`gen_random_uuid()::text`),
		status: text('status', { enum: ['open', 'closed'] })
			.notNull()
			.default('open'),
		openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
		openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('group_rounds_invite_unique').on(t.inviteToken),
		uniqueIndex('group_rounds_series_round_unique').on(t.seriesId, t.roundNumber),
		index('group_rounds_org_idx').on(t.organisationId)
	]
);

/** One respondent's answers in a round; the respondent's personal token is stored hashed. */
export const groupResponses = pgTable(
	'group_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => groupRounds.id, { onDelete: 'cascade' }),
		respondentTokenHash: text('respondent_token_hash').notNull(),
		name: text('name').notNull().default(''),
		/** The respondent's organisation (free text) and sector, both optional: shown with the distribution. */
		organisation: text('organisation').notNull().default(''),
		sector: text('sector').$type<Sector>(),
		answers: jsonb('answers').$type<AssessmentAnswers>().notNull(),
		comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
		/** Sent after the round was closed: kept and shown as late, never counted. */
		isLate: boolean('is_late').notNull().default(false),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	// A respondent has at most one counted answer and one late one (sent after the round closed).
	(t) => [uniqueIndex('group_responses_token_unique').on(t.roundId, t.respondentTokenHash, t.isLate)]
);

/**
 * A named invitation to a round: the facilitator knows who was asked, so the round shows who has not
 * answered and can remind them (at most once a day each). The personal link's token is rebuilt from
 * `tokenRandom` and the round's secret key (`issueRespondentToken`); its answer is the response with
 * that token's hash.
 */
export const groupInvitations = pgTable(
	'group_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => groupRounds.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		email: text('email').notNull(),
		/** The random half of the personal token (the other half is an HMAC under the round's key). */
		tokenRandom: text('token_random').notNull(),
		respondentTokenHash: text('respondent_token_hash').notNull(),
		invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
		lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('group_invitations_email_unique').on(t.roundId, t.email),
		uniqueIndex('group_invitations_token_unique').on(t.respondentTokenHash)
	]
);

export type GroupInvitationRow = typeof groupInvitations.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type GroupRoundRow = typeof groupRounds.$inferSelect;
export type GroupResponseRow = typeof groupResponses.$inferSelect;
