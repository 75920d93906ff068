/** Issue 11's next steps for group rounds: named invitations and reminders, organisation and sector, exports. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../../domain/policy/policy.ts';
import { findAuditEntries } from '../audit/audit.repository.ts';
import { readLatestOutboxMail } from '../mail/mailer.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import { inspectPdf } from '../testing/pdf-inspect.ts';
import { contextFor, createTestDatabase, SYSTEM_ADMIN } from '../testing/test-db.ts';
import { inviteUser } from '../users/users.usecases.ts';
import { groupRoundToCsv, groupRoundToPdf, groupRoundToXlsx } from './group-export.ts';
import {
	closeGroupRound,
	getGroupRoundForExport,
	getGroupRoundReport,
	getRoundForRespondent,
	inviteRespondent,
	openGroupRound,
	remindRespondent,
	submitGroupResponse
} from './group-rounds.usecases.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const admin = () => contextFor(database.db, SYSTEM_ADMIN);
const anonymous = () => contextFor(database.db, ANONYMOUS);
let orgA: string;
let facilitatorActor: Actor;
let outsiderActor: Actor;

const HOUR = 3600 * 1000;

async function auditOf(roundId: string) {
	const entries = await Promise.all(
		['group_round.invited', 'group_round.reminded', 'group_round.exported'].map((action) => findAuditEntries(database.db, { action }))
	);
	return entries.flat().filter((entry) => entry.targetId === roundId);
}
const at = (time: Date) => ({ now: () => time });

const answers = (answer: 'yes' | 'no') =>
	({
		'step2.multipleActors': answer,
		'step3.complexity': 'yes',
		'step3.scale': 'yes',
		'step3.fragmented': 'yes',
		'step3.multipleSectors': 'yes',
		'step3.endUsersAffected': 'yes',
		'step4.champions': 'yes',
		'step4.resources12Months': 'yes',
		'step4.positiveExperience': 'yes',
		'step4.burningPlatform': 'yes'
	}) as const;

beforeAll(async () => {
	database = await createTestDatabase();
	orgA = (await createOrganisation(admin(), { name: 'Aarhus Kommune', sector: 'public' })).id;
	const orgB = (await createOrganisation(admin(), { name: 'Fonden B', sector: 'foundation' })).id;
	const user = async (organisationId: string): Promise<Actor> => {
		const { user } = await inviteUser(admin(), {
			email: `${crypto.randomUUID()}@example.org`,
			name: 'T',
			platformRole: 'member',
			organisationId,
			locale: 'da'
		});
		return { userId: user.id, platformRole: 'member' };
	};
	facilitatorActor = await user(orgA);
	outsiderActor = await user(orgB);
});
afterAll(async () => {
	await database.dispose();
});

describe('named invitations (issue 11)', () => {
	it('shows who has not answered, mails a personal link, and reminds at most once a day, audited', async () => {
		const start = new Date('2026-12-01T09:00:00Z');
		const facilitator = (time = start) => contextFor(database.db, facilitatorActor, at(time));
		const round = await openGroupRound(facilitator(), { organisationId: orgA, focusProblem: 'Ensomhed blandt ældre' });
		const ada = await inviteRespondent(facilitator(), round.id, { name: 'Ada', email: 'Ada@Example.org' });
		await inviteRespondent(facilitator(), round.id, { name: 'Bo', email: 'bo@example.org' });
		await expect(inviteRespondent(facilitator(), round.id, { name: 'Ada igen', email: 'ada@example.org' })).rejects.toMatchObject({
			fields: { email: 'field_group_already_invited' }
		});

		// the invitation went out with Ada's own link, which opens her answer page
		const mail = await readLatestOutboxMail('ada@example.org');
		const link = mail?.text.match(/\/svar\/([\w-]{32})\?svar=([\w-]{32})/);
		expect(link).toBeTruthy();
		const [, invite, token] = link ?? [];
		const page = await getRoundForRespondent(anonymous(), invite ?? '', token);
		expect(page.respondentToken).toBe(token);

		let report = await getGroupRoundReport(facilitator(), round.id);
		expect(report.invitations.map((i) => [i.name, i.answeredAt === null])).toEqual([
			['Ada', true],
			['Bo', true]
		]);

		// Ada answers through her link: she is no longer waiting
		await submitGroupResponse(anonymous(), invite ?? '', {
			respondentToken: token ?? '',
			name: 'Ada',
			organisation: 'Aarhus Kommune',
			sector: 'public',
			answers: answers('yes'),
			comments: {}
		});
		report = await getGroupRoundReport(facilitator(), round.id);
		const bo = report.invitations.find((i) => i.name === 'Bo');
		expect(report.invitations.find((i) => i.name === 'Ada')?.answeredAt).not.toBeNull();
		await expect(remindRespondent(facilitator(new Date(start.getTime() + 48 * HOUR)), round.id, ada.id)).rejects.toMatchObject({
			fields: { invitationId: 'field_group_already_answered' }
		});

		// Bo: not within a day of the invitation; then once; then not again the same day
		await expect(remindRespondent(facilitator(new Date(start.getTime() + 23 * HOUR)), round.id, bo?.id ?? '')).rejects.toMatchObject({
			fields: { invitationId: 'field_group_reminder_too_soon' }
		});
		const dayLater = new Date(start.getTime() + 25 * HOUR);
		await remindRespondent(facilitator(dayLater), round.id, bo?.id ?? '');
		expect((await readLatestOutboxMail('bo@example.org'))?.subject).toContain('Påmindelse');
		// two clicks at once: exactly one reminder
		const twice = await Promise.allSettled([
			remindRespondent(facilitator(new Date(dayLater.getTime() + 25 * HOUR)), round.id, bo?.id ?? ''),
			remindRespondent(facilitator(new Date(dayLater.getTime() + 25 * HOUR)), round.id, bo?.id ?? '')
		]);
		expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		await expect(remindRespondent(facilitator(new Date(dayLater.getTime() + 30 * HOUR)), round.id, bo?.id ?? '')).rejects.toMatchObject({
			fields: { invitationId: 'field_group_reminder_too_soon' }
		});

		const audit = await auditOf(round.id);
		expect(audit.filter((e) => e.action === 'group_round.invited')).toHaveLength(2);
		expect(audit.filter((e) => e.action === 'group_round.reminded')).toHaveLength(2);
		// the audit names the invitation, never the address
		expect(JSON.stringify(audit)).not.toContain('bo@example.org');

		// Z3: another organisation's member can neither invite nor remind
		const outsider = contextFor(database.db, outsiderActor);
		await expect(inviteRespondent(outsider, round.id, { name: 'X', email: 'x@example.org' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(remindRespondent(outsider, round.id, bo?.id ?? '')).rejects.toMatchObject({ code: 'not_found' });
		// a closed round takes no invitations and sends no reminders
		await closeGroupRound(facilitator(), round.id);
		await expect(remindRespondent(facilitator(new Date(dayLater.getTime() + 100 * HOUR)), round.id, bo?.id ?? '')).rejects.toMatchObject({
			code: 'conflict'
		});
	});
});

describe("the respondent's organisation and sector, and the round's downloads (issue 11)", () => {
	it('shows sectors with the distribution and exports PDF, XLSX and CSV with the same figures, audited', async () => {
		const facilitator = contextFor(database.db, facilitatorActor);
		const round = await openGroupRound(facilitator, { organisationId: orgA, focusProblem: 'Unge uden job' });
		const respond = async (name: string, sector: 'public' | 'civil_society' | undefined, answer: 'yes' | 'no') => {
			const { respondentToken } = await getRoundForRespondent(anonymous(), round.inviteToken);
			await submitGroupResponse(anonymous(), round.inviteToken, {
				respondentToken,
				name,
				organisation: sector ? `${name}s organisation` : '',
				sector,
				answers: answers(answer),
				comments: {}
			});
		};
		await respond('Ada', 'public', 'yes');
		await respond('Bo', 'public', 'yes');
		await respond('Cy', 'civil_society', 'no');
		await respond('Di', undefined, 'no');

		const report = await getGroupRoundForExport(facilitator, round.id, 'csv');
		expect(report.sectors).toEqual([
			{ sector: 'public', count: 2 },
			{ sector: 'civil_society', count: 1 },
			{ sector: 'none', count: 1 }
		]);
		expect(report.respondents.map((r) => [r.name, r.organisation, r.sector])).toContainEqual(['Cy', 'Cys organisation', 'civil_society']);

		// Danish CSV: semicolons, and the 2–2 split's share as a decimal comma figure
		const csv = groupRoundToCsv(report, 'da');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const row = csv.split('\r\n').find((line) => line.includes('Er der flere aktører'));
		expect(row?.split(';').slice(2, 6)).toEqual(['2', '2', '0', '4']);
		expect(row).toContain('Delt – intet flertal');
		expect(groupRoundToCsv(report, 'en').split('\r\n')[1]).toContain(',');

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await groupRoundToXlsx(report, 'da')) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toHaveLength(3);
		const questions = workbook.worksheets[0];
		expect(questions?.getRow(2).getCell(3).value).toBe(2);
		expect(typeof questions?.getRow(2).getCell(8).value).toBe('number');

		const pdf = inspectPdf(await groupRoundToPdf(report, 'http://x/grupper/1', 'da', { compress: false }));
		expect(pdf.lang).toBe('da-DK');
		expect(pdf.isMarked).toBe(true);
		expect(pdf.structureTypes).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'L', 'LI', 'Lbl', 'LBody', 'P']));
		expect(pdf.artifactTexts[0]).toBe(`Side 1 af ${pdf.pageCount}`);
		const text = pdf.lines.map((line) => line.text).join(' ');
		expect(text).toContain('Delt – intet flertal');
		expect(text).toContain('Kommune/region/stat');

		for (const format of ['pdf', 'xlsx'] as const) await getGroupRoundForExport(facilitator, round.id, format);
		const audit = await auditOf(round.id);
		expect(
			audit
				.filter((e) => e.action === 'group_round.exported')
				.map((e) => (e.details as { format: string }).format)
				.sort()
		).toEqual(['csv', 'pdf', 'xlsx']);
		await expect(getGroupRoundForExport(contextFor(database.db, outsiderActor), round.id, 'pdf')).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
