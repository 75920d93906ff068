/**
 * Reminders of data reports (issue 13 item 6, measurement.md § Periods): once a day a job on the
 * job queue (pg-boss's own `schedule()`, decision 0010 — no scheduler of our own, no external cron)
 * finds the reminders due that day (domain/measurement/overdue.ts) and mails the responsible
 * actor's contact — or, when the actor has no contact e-mail (or the indicator no responsible
 * actor), the initiative's backbone leads — in their language, with a link to the submit page.
 *
 * Sent once, even across restarts and with two app servers (R4): each reminder is a row in
 * `measurement_reminders` keyed (indicator, period, reminder). The row is inserted in the same
 * transaction that queues the mail job; a second run — on this server or another, at the same
 * moment or later — finds the key taken (its insert waits for the first transaction, then does
 * nothing) and queues nothing. A rolled-back transaction leaves neither the row nor the mail.
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { fromDrizzle, type PgBoss } from 'pg-boss';
import { createHash } from 'node:crypto';
import { type DueReminder, dueReminders, reminderKey, type ReportingSchedule } from '../../domain/measurement/overdue.ts';
import { addDays, todayIso } from '../../domain/measurement/periods.ts';
import { m } from '../../paraglide/messages.js';
import { getPublicUrl } from '../config/config.ts';
import type { Database, Executor } from '../db/client.ts';
import { initiativeActors, initiativeMembers, initiatives } from '../initiatives/initiatives.table.ts';
import { getJobQueue, type JobQueueDefinition } from '../jobs/queue.ts';
import { log } from '../log/logger.ts';
import { deliverMail, MAIL_QUEUE, type MailMessage } from '../mail/mailer.ts';
import { users } from '../users/users.table.ts';
import { indicators, measurementReminders, observations } from './measurement.table.ts';

export const REMINDER_QUEUE = 'measurement-reminders';
/** Every morning at 07:00 Danish time; a run missed while no server was up is made once at the next start. */
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_TIME_ZONE = 'Europe/Copenhagen';

type Locale = 'da' | 'en';

/**
 * The indicator's reporting schedule: from the day after its baseline date, else from the day it was
 * created; and only reports due after the day it was created (a baseline a year back does not make
 * the months before the indicator existed overdue). The dashboard counts by the same rule.
 */
export function scheduleOf(row: {
	frequency: ReportingSchedule['frequency'];
	reportingDelayDays: number;
	baselineDate: string | null;
	createdAt: Date;
}): ReportingSchedule {
	const createdOn = todayIso(row.createdAt);
	return {
		frequency: row.frequency,
		reportingDelayDays: row.reportingDelayDays,
		start: row.baselineDate ? addDays(row.baselineDate, 1) : createdOn,
		expectedAfter: createdOn
	};
}

/** The submit page of an indicator. */
export const submitLink = (slug: string, indicatorId: string) => `${getPublicUrl()}/initiativer/${slug}/maaling/${indicatorId}/indberet`;

interface ReminderIndicator {
	id: string;
	name: string;
	initiativeId: string;
	initiativeName: string;
	slug: string;
	responsibleActorId: string | null;
}

export interface PlannedReminder extends DueReminder {
	indicator: ReminderIndicator;
}

/**
 * The reminders due on `today` that were not sent yet, over every initiative that is not archived:
 * periods with a value approved or waiting need none. Reads only what can matter today — the
 * candidate periods' reports and reminders — so it stays cheap with a million observations.
 */
export async function findDueReminders(db: Executor, today: string): Promise<PlannedReminder[]> {
	const rows = await db
		.select({
			id: indicators.id,
			name: indicators.name,
			initiativeId: indicators.initiativeId,
			initiativeName: initiatives.name,
			slug: initiatives.slug,
			responsibleActorId: indicators.responsibleActorId,
			frequency: indicators.frequency,
			reportingDelayDays: indicators.reportingDelayDays,
			baselineDate: indicators.baselineDate,
			createdAt: indicators.createdAt
		})
		.from(indicators)
		.innerJoin(initiatives, eq(initiatives.id, indicators.initiativeId))
		.where(isNull(initiatives.archivedAt));
	const candidates: PlannedReminder[] = [];
	for (const row of rows) {
		const { frequency: _f, reportingDelayDays: _d, baselineDate: _b, createdAt: _c, ...indicator } = row;
		for (const due of dueReminders(scheduleOf(row), [], today)) candidates.push({ ...due, indicator });
	}
	if (candidates.length === 0) return [];
	const ids = [...new Set(candidates.map((c) => c.indicator.id))];
	const periods = [...new Set(candidates.map((c) => c.key))];
	const reported = new Set(
		(
			await db
				.selectDistinct({ indicatorId: observations.indicatorId, period: observations.period })
				.from(observations)
				.where(
					and(
						inArray(observations.indicatorId, ids),
						inArray(observations.period, periods),
						inArray(observations.state, ['approved', 'submitted'])
					)
				)
		).map((r) => `${r.indicatorId}|${r.period}`)
	);
	const sent = new Set(
		(
			await db
				.select({
					indicatorId: measurementReminders.indicatorId,
					period: measurementReminders.period,
					reminder: measurementReminders.reminder
				})
				.from(measurementReminders)
				.where(and(inArray(measurementReminders.indicatorId, ids), inArray(measurementReminders.period, periods)))
		).map((r) => `${r.indicatorId}|${reminderKey(r.period, r.reminder)}`)
	);
	return candidates.filter(
		(c) => !reported.has(`${c.indicator.id}|${c.key}`) && !sent.has(`${c.indicator.id}|${reminderKey(c.key, c.reminder)}`)
	);
}

interface Recipient {
	email: string;
	name: string;
	locale: Locale;
}

/**
 * Who hears about an actor's indicators: the actor's contact (its work e-mail), in the language of
 * the account with that address if there is one, else Danish; without a contact e-mail, the
 * initiative's backbone leads: those whose account is active, or, while none is, the invited ones
 * (never a disabled account).
 */
async function recipientsFor(db: Executor, initiativeId: string, actorIds: (string | null)[]): Promise<Map<string | null, Recipient[]>> {
	const known = actorIds.filter((id): id is string => id !== null);
	const contacts = known.length
		? await db
				.select({
					id: initiativeActors.id,
					contactName: initiativeActors.contactName,
					contactEmail: initiativeActors.contactEmail,
					locale: users.locale
				})
				.from(initiativeActors)
				.leftJoin(users, and(sql`lower(${users.email}) = lower(${initiativeActors.contactEmail})`, ne(users.status, 'disabled')))
				.where(and(eq(initiativeActors.initiativeId, initiativeId), inArray(initiativeActors.id, known)))
		: [];
	const allLeads = await db
		.select({ email: users.email, name: users.name, locale: users.locale, status: users.status })
		.from(initiativeMembers)
		.innerJoin(users, eq(users.id, initiativeMembers.userId))
		.where(
			and(eq(initiativeMembers.initiativeId, initiativeId), eq(initiativeMembers.role, 'backbone_lead'), ne(users.status, 'disabled'))
		);
	// a lead who never accepted the invitation hears about data only while no lead has
	const active = allLeads.filter((lead) => lead.status === 'active');
	const leads = (active.length > 0 ? active : allLeads).map(({ email, name, locale }) => ({ email, name, locale: locale as Locale }));
	const byActor = new Map<string | null, Recipient[]>();
	for (const actorId of actorIds) {
		const contact = contacts.find((c) => c.id === actorId && c.contactEmail.trim() !== '');
		byActor.set(
			actorId,
			contact ? [{ email: contact.contactEmail.trim(), name: contact.contactName, locale: (contact.locale ?? 'da') as Locale }] : leads
		);
	}
	return byActor;
}

/** One mail to one person about the reminders of one initiative, in plain words. */
export function reminderMail(recipient: Recipient, initiativeName: string, reminders: PlannedReminder[]): MailMessage {
	const locale = recipient.locale;
	const lines = reminders.map((r) => {
		const late = r.reminder !== 'before';
		const line = (late ? m.measurement_remind_mail_line_late : m.measurement_remind_mail_line_due)(
			{ indicator: r.indicator.name, period: r.key, due: r.dueDate },
			{ locale }
		);
		return `- ${line}\n  ${submitLink(r.indicator.slug, r.indicator.id)}`;
	});
	const anyLate = reminders.some((r) => r.reminder !== 'before');
	return {
		to: recipient.email,
		subject: (anyLate ? m.measurement_remind_mail_subject_late : m.measurement_remind_mail_subject)(
			{ initiative: initiativeName },
			{ locale }
		),
		text: [
			m.measurement_remind_mail_greeting({ name: recipient.name || recipient.email }, { locale }),
			'',
			m.measurement_remind_mail_intro({ initiative: initiativeName }, { locale }),
			'',
			...lines,
			'',
			m.measurement_remind_mail_footer({}, { locale })
		].join('\n')
	};
}

/** The same singleton key the mailer gives a message, so a message already waiting is not queued twice. */
const singletonKeyOf = (message: MailMessage) =>
	createHash('sha256')
		.update(JSON.stringify([message.to, message.subject, message.text]))
		.digest('hex');

export interface ReminderRunResult {
	/** Reminder rows this run inserted (each reminder of each period of each indicator). */
	reminders: number;
	/** Mails queued (or, without a queue, delivered). */
	mails: number;
}

/**
 * One run: finds the reminders due on `today` and, per initiative in one transaction, records them
 * and queues their mails. Safe to run any number of times, anywhere, at once.
 */
export async function sendDueReminders(db: Database, options: { today?: string; boss?: PgBoss } = {}): Promise<ReminderRunResult> {
	const today = options.today ?? todayIso();
	const result = await sendPlannedReminders(db, await findDueReminders(db, today), options);
	if (result.reminders) log.info({ ...result, today }, 'measurement reminders sent');
	return result;
}

/**
 * Records and mails reminders found by `findDueReminders` — maybe a while ago, maybe by another
 * server too: only the reminders whose key this transaction inserts are mailed.
 */
export async function sendPlannedReminders(
	db: Database,
	planned: PlannedReminder[],
	options: { boss?: PgBoss } = {}
): Promise<ReminderRunResult> {
	const boss = options.boss ?? getJobQueue();
	const result: ReminderRunResult = { reminders: 0, mails: 0 };
	if (planned.length === 0) return result;
	// pg-boss looks a queue up once and keeps it; on the embedded database that look-up must not
	// happen inside our transaction (one connection: it would wait for the transaction to end)
	if (boss) await boss.getJobById(MAIL_QUEUE.name, crypto.randomUUID());
	const byInitiative = Map.groupBy(planned, (p) => p.indicator.initiativeId);
	for (const [initiativeId, reminders] of byInitiative) {
		const initiativeName = reminders[0]?.indicator.initiativeName ?? '';
		const toDeliver: MailMessage[] = [];
		await db.transaction(async (tx) => {
			const inserted = await tx
				.insert(measurementReminders)
				.values(reminders.map((r) => ({ indicatorId: r.indicator.id, period: r.key, reminder: r.reminder })))
				.onConflictDoNothing()
				.returning({ indicatorId: measurementReminders.indicatorId, period: measurementReminders.period });
			if (inserted.length === 0) return;
			const taken = new Set(inserted.map((row) => `${row.indicatorId}|${row.period}`));
			const ours = reminders.filter((r) => taken.has(`${r.indicator.id}|${r.key}`));
			const recipients = await recipientsFor(tx, initiativeId, [...new Set(ours.map((r) => r.indicator.responsibleActorId))]);
			const perPerson = new Map<string, { recipient: Recipient; reminders: PlannedReminder[] }>();
			for (const reminder of ours) {
				for (const recipient of recipients.get(reminder.indicator.responsibleActorId) ?? []) {
					const key = recipient.email.toLowerCase();
					const entry = perPerson.get(key) ?? { recipient, reminders: [] };
					entry.reminders.push(reminder);
					perPerson.set(key, entry);
				}
			}
			for (const { recipient, reminders: theirs } of perPerson.values()) {
				const message = reminderMail(recipient, initiativeName, theirs);
				if (boss)
					await boss.send(MAIL_QUEUE.name, message, {
						singletonKey: singletonKeyOf(message),
						db: fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql)
					});
				else toDeliver.push(message);
			}
			result.reminders += inserted.length;
			result.mails += perPerson.size;
			if (perPerson.size === 0)
				log.warn({ initiativeId }, 'measurement reminders recorded but nobody to mail (no contact, no backbone lead)');
		});
		// without a queue (scripts, unit tests) the mail goes out after the commit
		for (const message of toDeliver) await deliverMail(message);
	}
	return result;
}

/** The job: one run per scheduled occurrence. A failure is retried; a retry sends only what is still unsent. */
export function measurementReminderQueue(db: Database): JobQueueDefinition<{ today?: string }> {
	return {
		name: REMINDER_QUEUE,
		options: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60, deleteAfterSeconds: 7 * 24 * 3600 },
		run: async (job) => {
			await sendDueReminders(db, { today: job.today });
		}
	};
}

/** pg-boss's cron: one job a day for all servers together (pg-boss keeps one schedule row per name). */
export async function scheduleMeasurementReminders(boss: PgBoss): Promise<void> {
	await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, null, { tz: REMINDER_TIME_ZONE, missed: 'once' });
}
