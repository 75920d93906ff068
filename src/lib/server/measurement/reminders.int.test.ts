import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { fromPglite, PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/policy/policy.ts';
import { addTestMember, createTestInitiative, newPerson, type TestInitiative } from '../initiatives/initiatives.fixtures.ts';
import { initiativeActors, initiatives } from '../initiatives/initiatives.table.ts';
import { startJobQueue, stopJobQueue } from '../jobs/queue.ts';
import { getOutboxDir, MAIL_QUEUE, type MailMessage } from '../mail/mailer.ts';
import { contextFor, createTestDatabase } from '../testing/test-db.ts';
import { users } from '../users/users.table.ts';
import { createIndicator, type IndicatorInput } from './indicators.usecases.ts';
import { indicators, measurementReminders } from './measurement.table.ts';
import { submitObservation } from './observations.usecases.ts';
import { findDueReminders, measurementReminderQueue, REMINDER_QUEUE, sendDueReminders, sendPlannedReminders } from './reminders.ts';

/**
 * Reminders of data reports: sent once — with two workers on one database, on reruns — nothing for
 * a period reported or an archived initiative, in the recipient's language, and a reminder is
 * recorded only together with its mail. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const databaseUrl = () => (database.pool as unknown as { options: { connectionString?: string } } | undefined)?.options.connectionString;
const as = (actor: Actor) => contextFor(database.db, actor);

const definition = (name: string, responsibleActorId?: string): IndicatorInput => ({
	name,
	definition: '',
	kind: 'how_much',
	polarity: 'higher_is_better',
	frequency: 'month',
	unit: 'count',
	unitLabel: '',
	source: '',
	reportingDelayDays: 30,
	validMin: undefined,
	validMax: undefined,
	responsibleActorId,
	goalIds: [],
	dimensions: []
});

/** An initiative whose own actor has a contact, with one monthly indicator created on 1 January 2026. */
async function world(contact: { email: string; name: string } | null, name = `Påmind ${crypto.randomUUID().slice(0, 6)}`) {
	const initiative = await createTestInitiative(database.db, name);
	if (contact)
		await database.db
			.update(initiativeActors)
			.set({ contactEmail: contact.email, contactName: contact.name })
			.where(eq(initiativeActors.id, initiative.ownActorId));
	const { id } = await createIndicator(as(initiative.lead), initiative.slug, definition('Unge i praktik', initiative.ownActorId));
	await database.db
		.update(indicators)
		.set({ createdAt: new Date('2026-01-01T08:00:00Z') })
		.where(eq(indicators.id, id));
	return { initiative, indicatorId: id };
}

async function outbox(): Promise<MailMessage[]> {
	const files = await fs.readdir(getOutboxDir()).catch(() => [] as string[]);
	return Promise.all(
		files.filter((f) => f.endsWith('.json')).map(async (f) => JSON.parse(await fs.readFile(path.join(getOutboxDir(), f), 'utf8')))
	);
}
const mailsTo = async (email: string) => (await outbox()).filter((mail) => mail.to === email);

async function remindersOf(indicatorId: string) {
	const rows = await database.db.select().from(measurementReminders).where(eq(measurementReminders.indicatorId, indicatorId));
	return rows.map((r) => `${r.period}|${r.reminder}`).toSorted();
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 25_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

beforeAll(async () => {
	database = await createTestDatabase();
}, 120_000);
afterAll(async () => {
	await stopJobQueue();
	await database.dispose();
});

describe('reminders without a queue (mail delivered after the commit)', () => {
	it('January is due 2 March: a reminder on 23 February, none before, none twice on the same day', async () => {
		const contact = { email: `kontakt-${crypto.randomUUID()}@example.org`, name: 'Karen Kontakt' };
		const { initiative, indicatorId } = await world(contact);
		expect(await sendDueReminders(database.db, { today: '2026-02-22' })).toMatchObject({ reminders: 0 });
		expect(await mailsTo(contact.email)).toHaveLength(0);
		const first = await sendDueReminders(database.db, { today: '2026-02-23' });
		expect(first.reminders).toBeGreaterThanOrEqual(1);
		expect(await remindersOf(indicatorId)).toEqual(['2026-01|before']);
		const [mail] = await mailsTo(contact.email);
		expect(mail?.subject).toBe(`Påmindelse: data til ${await initiativeName(initiative)} skal snart indberettes`);
		expect(mail?.text).toContain('Hej Karen Kontakt');
		expect(mail?.text).toContain('Unge i praktik, periode 2026-01: fristen er 2026-03-02.');
		expect(mail?.text).toContain(`http://localhost:3000/initiativer/${initiative.slug}/maaling/${indicatorId}/indberet`);
		// a rerun the same day (a restart, the other server) sends nothing
		await sendDueReminders(database.db, { today: '2026-02-23' });
		await sendDueReminders(database.db, { today: '2026-02-25' });
		expect(await mailsTo(contact.email)).toHaveLength(1);
		// the day after the due date: the next one, and it says the date has passed
		await sendDueReminders(database.db, { today: '2026-03-03' });
		expect(await remindersOf(indicatorId)).toEqual(['2026-01|after-1', '2026-01|before']);
		const late = (await mailsTo(contact.email)).find((m) => m.text.includes('fristen var 2026-03-02'));
		expect(late?.subject).toMatch(/mangler/);
	});

	it('nothing for a period with a value waiting for approval (or approved)', async () => {
		const contact = { email: `rapporteret-${crypto.randomUUID()}@example.org`, name: 'Rie' };
		const { initiative, indicatorId } = await world(contact);
		await submitObservation(as(initiative.editor), initiative.slug, indicatorId, {
			period: '2026-01',
			value: '12',
			categories: {},
			reportingActorId: undefined,
			note: ''
		});
		await sendDueReminders(database.db, { today: '2026-03-03' });
		expect(await remindersOf(indicatorId)).toEqual([]);
		expect(await mailsTo(contact.email)).toHaveLength(0);
		// February is not reported: its own reminder comes on its day
		await sendDueReminders(database.db, { today: '2026-03-23' });
		expect(await remindersOf(indicatorId)).toEqual(['2026-02|before']);
	});

	it('nothing for an archived initiative', async () => {
		const contact = { email: `arkiv-${crypto.randomUUID()}@example.org`, name: 'Arne' };
		const { initiative, indicatorId } = await world(contact);
		await database.db
			.update(initiatives)
			.set({ archivedAt: new Date('2026-02-01T00:00:00Z') })
			.where(eq(initiatives.id, initiative.id));
		await sendDueReminders(database.db, { today: '2026-03-03' });
		expect(await remindersOf(indicatorId)).toEqual([]);
		expect(await mailsTo(contact.email)).toHaveLength(0);
	});

	it('in the language of the account with the contact address; without a contact, to the backbone leads', async () => {
		const english = { email: `english-${crypto.randomUUID()}@example.org`, name: 'Emma' };
		const { initiative: withContact } = await world(english);
		await database.db.insert(users).values({ email: english.email, name: 'Emma', locale: 'en' });
		await sendDueReminders(database.db, { today: '2026-03-03' });
		const [mail] = await mailsTo(english.email);
		expect(mail?.text).toContain('Hello Emma');
		expect(mail?.text).toContain('period 2026-01: was due on 2026-03-02.');
		expect(mail?.subject).toContain(`data for ${await initiativeName(withContact)} is missing`);

		const { initiative: noContact } = await world(null);
		const [lead] = await database.db
			.select()
			.from(users)
			.where(eq(users.id, noContact.lead.userId as string));
		await sendDueReminders(database.db, { today: '2026-03-03' });
		// (the lead also got the account invitation when the fixture made them)
		const leadMails = (await mailsTo(lead?.email as string)).filter((mail) => mail.subject.startsWith('Påmindelse'));
		expect(leadMails).toHaveLength(1);
		expect(leadMails[0]?.text).toContain(await initiativeName(noContact));

		// once a lead has an active account, an invited lead who never accepted hears no more
		const { initiative: twoLeads } = await world(null);
		const invited = await newPerson(database.db);
		await addTestMember(database.db, twoLeads.id, invited, 'backbone_lead');
		await database.db
			.update(users)
			.set({ status: 'active' })
			.where(eq(users.id, twoLeads.lead.userId as string));
		await sendDueReminders(database.db, { today: '2026-03-03' });
		const emailOf = async (person: Actor) =>
			(
				await database.db
					.select()
					.from(users)
					.where(eq(users.id, person.userId as string))
			)[0]?.email as string;
		const reminders = async (person: Actor) =>
			(await mailsTo(await emailOf(person))).filter((mail) => mail.subject.startsWith('Påmindelse'));
		expect(await reminders(twoLeads.lead)).toHaveLength(1);
		expect(await reminders(invited)).toHaveLength(0);
	});

	it('two runs that both found the reminder due (the race of two servers): only the first to record it mails it', async () => {
		const contact = { email: `kapløb-${crypto.randomUUID()}@example.org`, name: 'Kaj' };
		const { indicatorId } = await world(contact);
		const seenByA = (await findDueReminders(database.db, '2026-03-03')).filter((p) => p.indicator.id === indicatorId);
		const seenByB = (await findDueReminders(database.db, '2026-03-03')).filter((p) => p.indicator.id === indicatorId);
		expect(seenByA).toHaveLength(1);
		expect(await sendPlannedReminders(database.db, seenByA)).toEqual({ reminders: 1, mails: 1 });
		expect(await sendPlannedReminders(database.db, seenByB)).toEqual({ reminders: 0, mails: 0 });
		expect(await mailsTo(contact.email)).toHaveLength(1);
		expect(await remindersOf(indicatorId)).toEqual(['2026-01|after-1']);
	});

	it('a reminder is recorded only with its mail: when queueing the mail fails, nothing is recorded', async () => {
		const contact = { email: `fejl-${crypto.randomUUID()}@example.org`, name: 'Frede' };
		const { indicatorId } = await world(contact);
		const failing = {
			getJobById: async () => null,
			send: async () => {
				throw new Error('the queue is down');
			}
		} as unknown as PgBoss;
		await expect(sendDueReminders(database.db, { today: '2026-03-03', boss: failing })).rejects.toThrow('the queue is down');
		expect(await remindersOf(indicatorId)).toEqual([]);
		// the next run sends it
		await sendDueReminders(database.db, { today: '2026-03-03' });
		expect(await remindersOf(indicatorId)).toEqual(['2026-01|after-1']);
		expect(await mailsTo(contact.email)).toHaveLength(1);
	});
});

async function initiativeName(initiative: TestInitiative) {
	const [row] = await database.db.select({ name: initiatives.name }).from(initiatives).where(eq(initiatives.id, initiative.id));
	return row?.name ?? '';
}

describe('reminders through the job queue', () => {
	it('two workers on one database, six runs at once: each reminder recorded and mailed once', async () => {
		const contact = { email: `to-servere-${crypto.randomUUID()}@example.org`, name: 'To Servere' };
		const { indicatorId } = await world(contact);
		const boss = await startJobQueue(database, [MAIL_QUEUE, measurementReminderQueue(database.db)] as never, {
			databaseUrl: databaseUrl(),
			pollingIntervalSeconds: 0.5
		});
		const second = databaseUrl()
			? new PgBoss({ connectionString: databaseUrl(), max: 2 })
			: new PgBoss({ db: fromPglite(database.pglite as never), backend: 'pglite' });
		await second.start();
		const runs: string[] = [];
		await second.work(REMINDER_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 3 }, async (jobs) => {
			for (const job of jobs) {
				runs.push('second');
				await sendDueReminders(database.db, { today: (job.data as { today: string }).today, boss: second });
			}
		});
		try {
			for (let i = 0; i < 6; i++) await boss.send(REMINDER_QUEUE, { today: '2026-04-01' });
			await until(async () => {
				const [row] = await database.db
					.execute<{ n: number }>(
						sql`select count(*)::int as n from pgboss.job where name = ${REMINDER_QUEUE} and state in ('created', 'active', 'retry')`
					)
					.then((r) => (r as unknown as { rows: { n: number }[] }).rows);
				return row?.n === 0;
			});
			await until(async () => (await mailsTo(contact.email)).length >= 1);
			// time for a duplicate to show up, if there were one
			await new Promise((resolve) => setTimeout(resolve, 2_500));
			// on 1 April: January's after-4 is 24 March (8 days: too old), February's after-1 was
			// 31 March (yesterday), March's before is 23 April (not yet)
			expect(await remindersOf(indicatorId)).toEqual(['2026-02|after-1']);
			const mails = await mailsTo(contact.email);
			expect(mails).toHaveLength(1);
			expect(mails[0]?.text).toContain('periode 2026-02: fristen var 2026-03-30.');
		} finally {
			await second.stop({ graceful: true, close: true, timeout: 5_000 });
			await stopJobQueue();
		}
	}, 90_000);

	it('the daily run is a pg-boss schedule', async () => {
		const boss = await startJobQueue(database, [measurementReminderQueue(database.db)] as never, { databaseUrl: databaseUrl() });
		try {
			const { scheduleMeasurementReminders } = await import('./reminders.ts');
			await scheduleMeasurementReminders(boss);
			await scheduleMeasurementReminders(boss); // every start does it; still one schedule
			const schedules = await boss.getSchedules(REMINDER_QUEUE);
			expect(schedules).toHaveLength(1);
			expect(schedules[0]).toMatchObject({ name: REMINDER_QUEUE, cron: '0 7 * * *' });
		} finally {
			await stopJobQueue();
		}
	}, 60_000);
});
