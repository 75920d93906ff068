/**
 * Shared measurement end to end (issue 13, item 9), as two people from two organisations use it:
 * the backbone lead (a municipality) defines an indicator split by a dimension, with a baseline and a
 * target; the partner editor (an NGO, responsible for the indicator) downloads the initiative's
 * import template, loads an XLSX file of a year with mistakes in it and reads the per-row report,
 * then imports the corrected year without JavaScript; the lead approves the values on the approvals
 * page; the indicator page shows the chart (SVG), the one-line summary, the table and the on-track
 * status with its rule; the chart splits by the dimension; the dashboard shows status and last
 * reported. Once in Danish (a year of months), once in English (a year of quarters, lower is
 * better), the language switched with the header's switch. Every page visited ships no JavaScript,
 * passes axe and fits a 360 px phone.
 *
 * Screenshots for the closing note (not compared) go to SAMSPIL_SHOTS_DIR when it is set
 * (e.g. /tmp/measurement-shots).
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createOrganisationAsAdmin } from './support/assessment-helpers.ts';
import { BASE_URL, expect, readLatestMail, signIn, type TestUser, test } from './support/fixtures.ts';
import { postAs as post, startInitiative } from './support/measurement-helpers.ts';
import { checkPage, DESKTOP } from './support/page-checks.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOTS = process.env.SAMSPIL_SHOTS_DIR;

type Cell = string | number | Date;

/** What differs between the two runs: the words on the pages, the indicator and its year of data. */
interface Story {
	locale: 'da' | 'en';
	/** the header's switch to this language (none: Danish is the default) */
	switchButton?: string;
	indicator: {
		name: string;
		definition: string;
		kind: string;
		polarity: 'higher_is_better' | 'lower_is_better';
		frequency: 'month' | 'quarter';
		unit: string;
		unitLabel: string;
		dimension: string;
		/** key = label lines of the categories */
		categories: [string, string][];
		baseline: [string, string];
		target: [string, string];
	};
	/** the year of data: one row per period with the total and each category (in the categories' order) */
	periods: { key: string; period: Cell; total: number; split: number[] }[];
	/** a number typed as text the file's way (Danish: with thousands separator), read without a report */
	numberText: string;
	/** a date that does not exist, typed the file's way */
	badDate: string;
	/** a category cell: the label (Danish run) or the key (English run) */
	categoryCell: (index: number) => string;
	words: {
		create: string;
		created: string;
		edit: string;
		saveBaseline: string;
		baselineSaved: string;
		addTarget: string;
		targetAdded: string;
		template: string;
		preview: string;
		report: (file: string) => string;
		reportCaption: string;
		hasErrors: string;
		badPeriod: string;
		unknownCategory: string;
		duplicate: (row: number) => string;
		ready: (values: number) => string;
		commit: (values: number) => string;
		imported: (values: number) => string;
		waiting: (values: number) => string;
		approveChosen: string;
		approveAll: (values: number) => string;
		approved: string;
		noneWaiting: string;
		chartTitle: (name: string) => string;
		splitBy: string;
		show: string;
		lastReported: string;
		formatted: (value: number) => string;
	};
}

// The year of data is the last twelve months (four quarters) that have ended: the status counts only
// recent approved values (a year-old series has no status), and a new indicator has no overdue periods.
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');

/** Hours of mentoring a month, women and men, rising (higher is better). */
const months = Array.from({ length: 12 }, (_, i) => {
	const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + i, 15));
	const key = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}`;
	const women = 50 + 3 * i + (i % 2 ? 0.5 : 0);
	const men = 40 + 2 * i;
	// a few periods as real spreadsheet dates (mid-month, so no time zone moves them), the rest as keys
	return { key, period: i % 4 === 3 ? day : key, total: women + men, split: [women, men] };
});

/** The share of pupils leaving school early, a quarter, north and south, falling (lower is better). */
const lastQuarter = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) - 1;
const quarters = Array.from({ length: 4 }, (_, q) => {
	const index = lastQuarter - 3 + q;
	const key = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
	return { key, period: key, total: (114 - 5 * q) / 10, split: [(125 - 5 * q) / 10, (105 - 5 * q) / 10] };
});

/** The day before the first period: the baseline's date (reports are asked for from the day after it). */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const monthsBaseline = isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12, 0)));
const quartersBaseline = isoDay(new Date(Date.UTC(Math.floor((lastQuarter - 3) / 4), ((lastQuarter - 3) % 4) * 3, 0)));
const lastYear = (periods: { key: string }[]) => Number(periods.at(-1)?.key.slice(0, 4));

const DANISH: Story = {
	locale: 'da',
	indicator: {
		name: 'Mentortimer til unge',
		definition: 'Timer med en frivillig mentor pr. måned, opgjort af foreningen.',
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'month',
		unit: 'other',
		unitLabel: 'timer',
		dimension: 'Køn',
		categories: [
			['k', 'Kvinde'],
			['m', 'Mand']
		],
		baseline: ['80', monthsBaseline],
		target: ['190', `${lastYear(months) + 1}-12-31`]
	},
	periods: months,
	numberText: '1.234,5',
	badDate: `31-02-${lastYear(months)}`,
	categoryCell: (index) => ['Kvinde', 'Mand'][index],
	words: {
		create: 'Opret indikator',
		created: 'Indikatoren er oprettet',
		edit: 'Rediger indikatoren',
		saveBaseline: 'Gem basislinje',
		baselineSaved: 'Basislinjen er gemt.',
		addTarget: 'Tilføj mål',
		targetAdded: 'Målet er tilføjet.',
		template: 'Hent skabelon som XLSX',
		preview: 'Vis rapport',
		report: (file) => `Rapport for ${file}`,
		reportCaption: 'Fund i filen',
		hasErrors: 'Filen har fejl',
		badPeriod: 'Ikke en periode eller dato',
		unknownCategory: 'Ukendt kategori.',
		duplicate: (row) => `står allerede i række ${row}.`,
		ready: (n) => `Ingen fejl: ${n} værdier for 1 indikatorer er klar til import.`,
		commit: (n) => `Importér ${n} værdier`,
		imported: (n) => `${n} værdier er importeret`,
		waiting: (n) => `${n} værdier venter på din godkendelse.`,
		approveChosen: 'Godkend de valgte',
		approveAll: (n) => `Godkend alle ${n} viste`,
		approved: 'godkendt',
		noneWaiting: 'Ingen værdier venter på godkendelse.',
		chartTitle: (name) => `Udvikling: ${name}`,
		splitBy: 'Opdel efter',
		show: 'Vis',
		lastReported: 'Senest indberettet',
		formatted: (n) => n.toLocaleString('da-DK')
	}
};

const ENGLISH: Story = {
	locale: 'en',
	switchButton: 'English',
	indicator: {
		name: 'Pupils leaving school early',
		definition: 'The share of pupils who left a vocational school in the quarter without finishing, as the schools count them.',
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'quarter',
		unit: 'percent',
		unitLabel: '',
		dimension: 'Area',
		categories: [
			['north', 'North'],
			['south', 'South']
		],
		baseline: ['12', quartersBaseline],
		target: ['8.5', `${lastYear(quarters) + 1}-12-31`]
	},
	periods: quarters,
	numberText: '12.5',
	badDate: `${lastYear(quarters)}-02-30`,
	categoryCell: (index) => ['north', 'south'][index],
	words: {
		create: 'Create indicator',
		created: 'The indicator has been created',
		edit: 'Edit the indicator',
		saveBaseline: 'Save baseline',
		baselineSaved: 'The baseline has been saved.',
		addTarget: 'Add target',
		targetAdded: 'The target has been added.',
		template: 'Download the template as XLSX',
		preview: 'Show report',
		report: (file) => `Report for ${file}`,
		reportCaption: 'Findings in the file',
		hasErrors: 'The file has errors',
		badPeriod: 'Not a period or date',
		unknownCategory: 'Unknown category.',
		duplicate: (row) => `are already in row ${row}.`,
		ready: (n) => `No errors: ${n} values for 1 indicators are ready to import.`,
		commit: (n) => `Import ${n} values`,
		imported: (n) => `${n} values imported`,
		waiting: (n) => `${n} values are waiting for your approval.`,
		approveChosen: 'Approve the chosen ones',
		approveAll: (n) => `Approve all ${n} shown`,
		approved: 'approved',
		noneWaiting: 'No values are waiting for approval.',
		chartTitle: (name) => `Trend: ${name}`,
		splitBy: 'Split by',
		show: 'Show',
		lastReported: 'Last reported',
		formatted: (n) => n.toLocaleString('en-GB')
	}
};

/** A signed-in browser context, optionally without JavaScript, switched to the story's language with the header's switch. */
async function personPage(browser: Browser, user: TestUser, story: Story, javaScriptEnabled = true) {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'da-DK', javaScriptEnabled, viewport: DESKTOP });
	const page = await context.newPage();
	await signIn(page, user.email, user.password);
	await page.goto('/');
	if (story.switchButton && (await page.locator('html').getAttribute('lang')) !== story.locale) {
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: story.switchButton }).first().click()]);
	}
	await expect(page.locator('html')).toHaveAttribute('lang', story.locale);
	return { context, page };
}

async function xlsxFile(rows: Cell[][]): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Data');
	for (const row of rows) sheet.addRow(row);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, story: Story, name: string, buffer: Buffer) {
	await page.locator('#import-file').setInputFiles({ name, mimeType: XLSX, buffer });
	await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: story.words.preview }).click()]);
}

/** The initiative with the lead's municipality as backbone and the NGO as partner; the partner editor invited and accepted. */
async function startWithPartner(lead: Page, partner: Page, partnerUser: TestUser, organisations: { municipality: string; ngo: string }) {
	const base = await startInitiative(lead, `Unge på vej ${Date.now().toString(36)}`, 'Unge uden uddannelse og job');
	const addActor = async (form: Record<string, string>) => {
		const added = await post(lead, `${base}/aktoerer?/add`, { name: '', sector: '', contactName: '', contactEmail: '', ...form });
		expect(added.status(), 'adding an actor').toBe(303);
		return (added.headers().location as string).split('/').pop()?.split('?')[0] as string;
	};
	await addActor({ organisationId: organisations.municipality, role: 'backbone' });
	const ngoActorId = await addActor({
		organisationId: organisations.ngo,
		role: 'partner',
		contactName: 'Pia Partner',
		contactEmail: partnerUser.email
	});
	const since = new Date();
	expect(
		(await post(lead, `${base}/medlemmer?/invite`, { email: partnerUser.email, role: 'partner_editor', actorId: ngoActorId })).status()
	).toBeLessThan(400);
	const mail = await readLatestMail(partnerUser.email, { since, subject: /^(Invitation til|Invitation to)/ });
	const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
	expect(token).toBeTruthy();
	expect((await post(partner, `/invitation/${token}?/accept`, {})).status()).toBe(303);
	return { base, measurement: `${base}/maaling`, ngoActorId };
}

async function story(
	story: Story,
	{
		browser,
		adminApi,
		createMember
	}: {
		browser: Browser;
		adminApi: Parameters<typeof createOrganisationAsAdmin>[0];
		createMember: (o?: { organisationId?: string }) => Promise<TestUser>;
	}
) {
	const { words, indicator } = story;
	const stamp = `${story.locale}-${Date.now().toString(36)}`;
	const ngoName = `Foreningen Ungeliv ${stamp}`;
	const organisations = {
		municipality: await createOrganisationAsAdmin(adminApi, `Fjordby Kommune ${stamp}`),
		ngo: await createOrganisationAsAdmin(adminApi, ngoName)
	};
	const leadUser = await createMember({ organisationId: organisations.municipality });
	const partnerUser = await createMember({ organisationId: organisations.ngo });
	const contexts: BrowserContext[] = [];
	const open = async (user: TestUser, javaScriptEnabled = true) => {
		const opened = await personPage(browser, user, story, javaScriptEnabled);
		contexts.push(opened.context);
		return opened.page;
	};
	const lead = await open(leadUser);
	const partner = await open(partnerUser);
	const { measurement, ngoActorId } = await startWithPartner(lead, partner, partnerUser, organisations);
	const shot = (name: string) => ({ shot: `${story.locale}-${name}`, shotsDir: SHOTS });

	// 1. The lead: the empty dashboard leads to a new indicator; the form creates one split by a dimension.
	await lead.goto(measurement);
	await checkPage(lead);
	await lead
		.locator('main')
		.getByRole('link', { name: /indikator|indicator/i })
		.first()
		.click();
	await expect(lead).toHaveURL(`${measurement}/indikatorer/ny`);
	await checkPage(lead);
	const create = lead.locator('form[action="?/create"]');
	await create.locator('#field-name').fill(indicator.name);
	await create.locator('#field-definition').fill(indicator.definition);
	await create.locator(`#kind-${indicator.kind}`).check();
	await create.locator(`#polarity-${indicator.polarity}`).check();
	await create.locator('#field-frequency').selectOption(indicator.frequency);
	await create.locator('#field-unit').selectOption(indicator.unit);
	if (indicator.unitLabel) await create.locator('#field-unitLabel').fill(indicator.unitLabel);
	await create.locator('#field-responsibleActorId').selectOption(ngoActorId);
	await create.locator('#field-isKey').check();
	await create.locator('#field-dimension0Label').fill(indicator.dimension);
	await create.locator('#field-dimension0Categories').fill(indicator.categories.map(([key, label]) => `${key} = ${label}`).join('\n'));
	await Promise.all([
		lead.waitForURL(/\/maaling\/[0-9a-f-]{36}\?gemt=oprettet$/),
		create.getByRole('button', { name: words.create }).click()
	]);
	await expect(lead.getByRole('status')).toContainText(words.created);
	await expect(lead.getByRole('heading', { level: 1 })).toHaveText(indicator.name);
	const indicatorPath = new URL(lead.url()).pathname;

	// 2. Baseline and target, the number typed the page's way.
	await lead.getByRole('link', { name: words.edit, exact: true }).click();
	await lead.locator('#baseline-value').fill(indicator.baseline[0]);
	await lead.locator('#baseline-date').fill(indicator.baseline[1]);
	await lead.getByRole('button', { name: words.saveBaseline }).click();
	await expect(lead.getByRole('status').filter({ hasText: words.baselineSaved })).toBeVisible();
	await lead.locator('#target-value').fill(indicator.target[0]);
	await lead.locator('#target-date').fill(indicator.target[1]);
	await lead.locator('form[action="?/addTarget"]').getByRole('button', { name: words.addTarget }).click();
	await expect(lead.getByRole('status').filter({ hasText: words.targetAdded })).toBeVisible();
	await expect(lead.locator('#baseline-value')).toHaveValue(indicator.baseline[0]);
	await checkPage(lead);

	// 3. The partner downloads the template: the columns the import reads, one per breakdown, the indicator listed.
	await partner.goto(`${measurement}/import`);
	await expect(partner.getByText(ngoName).first()).toBeVisible();
	await checkPage(partner);
	const [download] = await Promise.all([partner.waitForEvent('download'), partner.getByRole('link', { name: words.template }).click()]);
	const template = new ExcelJS.Workbook();
	await template.xlsx.readFile(await download.path());
	const header = (template.worksheets[0].getRow(1).values as (string | undefined)[]).slice(1).map(String);
	expect(header).toHaveLength(5);
	expect(template.worksheets[0].getRow(2).getCell(1).text).toBe(indicator.name);
	expect(template.worksheets[1].getRow(2).getCell(4).text).toContain(indicator.categories.map(([key]) => key).join(', '));
	// indicator, period, value, the breakdown, note: the file is built on the template's own header row
	const row = (period: Cell, value: Cell, category = '', note = ''): Cell[] => [indicator.name, period, value, category, note];
	const yearRows: Cell[][] = story.periods.flatMap(({ period, total, split }) => [
		row(period, total),
		...split.map((value, index) => row(period, value, story.categoryCell(index)))
	]);
	const valueCount = yearRows.length;
	// one value with a decimal part typed as text the file's way (Danish: decimal comma), as a person pastes it
	const decimalIndex = yearRows.findIndex((cells) => typeof cells[2] === 'number' && !Number.isInteger(cells[2]));
	const typed = yearRows.map((cells, i) => {
		if (i !== decimalIndex) return cells;
		const text = (cells[2] as number).toFixed(1);
		return [...cells.slice(0, 2), story.locale === 'da' ? text.replace('.', ',') : text, ...cells.slice(3)];
	});

	// 4. A file with mistakes: a value with the decimal mark typed as text (accepted), a date that does not
	// exist, an unknown category, a period twice. The report names each by row and column; nothing is saved.
	const withErrors: Cell[][] = [
		header,
		...typed,
		row(story.badDate, 7),
		row(story.periods[0].period, story.numberText, story.locale === 'da' ? 'Ikke oplyst' : 'east'),
		row(story.periods[1].period, 99)
	];
	const errorRow = (index: number) => valueCount + 2 + index; // header is row 1, the year rows 2…valueCount+1
	await upload(partner, story, 'aar-med-fejl.xlsx', await xlsxFile(withErrors));
	await expect(partner.getByRole('heading', { level: 2, name: words.report('aar-med-fejl.xlsx') })).toBeVisible();
	await expect(partner.getByRole('alert').filter({ hasText: words.hasErrors })).toBeVisible();
	const report = partner.locator(`table:has(caption:text("${words.reportCaption}")) tbody tr`);
	await expect(report).toHaveCount(3);
	await expect(report.nth(0).locator('th')).toHaveText(String(errorRow(0)));
	await expect(report.nth(0)).toContainText(header[1]);
	await expect(report.nth(0)).toContainText(story.badDate);
	await expect(report.nth(0)).toContainText(words.badPeriod);
	await expect(report.nth(1).locator('th')).toHaveText(String(errorRow(1)));
	await expect(report.nth(1)).toContainText(header[3]);
	await expect(report.nth(1)).toContainText(words.unknownCategory);
	await expect(report.nth(2).locator('th')).toHaveText(String(errorRow(2)));
	await expect(report.nth(2)).toContainText(words.duplicate(1 + 1 + (1 + story.periods[0].split.length)));
	// the typed decimal number is read, not reported; the thousands separator on the unknown category's row too
	await expect(report.locator('th', { hasText: new RegExp(`^${decimalIndex + 2}$`) })).toHaveCount(0);
	await expect(report.nth(1)).not.toContainText(/tal|number/i);
	await expect(partner.getByRole('button', { name: words.commit(valueCount) })).toHaveCount(0);
	await checkPage(partner, shot('import-report-errors'));

	// 5. The corrected year, imported without JavaScript: the plain multipart form and the commit button.
	const plain = await open(partnerUser, false);
	await plain.goto(`${measurement}/import`);
	await upload(plain, story, 'aar.xlsx', await xlsxFile([header, ...typed]));
	await expect(plain.getByText(words.ready(valueCount))).toBeVisible();
	await Promise.all([plain.waitForURL(/importeret=/), plain.getByRole('button', { name: words.commit(valueCount) }).click()]);
	await expect(plain.getByRole('status').filter({ hasText: words.imported(valueCount) })).toBeVisible();
	await partner.goto(`${measurement}/import?importeret=${valueCount}`);
	await checkPage(partner);

	// 6. The partner's overdue list: nothing is late (every period since the baseline is reported).
	await partner.goto(`${measurement}/forsinket`);
	await expect(partner.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(partner.locator('tbody tr').filter({ hasText: indicator.name })).toHaveCount(0);
	await checkPage(partner);

	// 7. The lead approves the year on the approvals page: with the one button for all (Danish), by ticking each (English).
	await lead.goto(`${measurement}/godkendelser`);
	await expect(lead.getByText(words.waiting(valueCount))).toBeVisible();
	await expect(lead.locator('li.approval').first()).toContainText(ngoName);
	await checkPage(lead);
	if (story.locale === 'da') {
		// all of them with one button (a plain form: nothing has to tick the boxes)
		await lead.getByRole('button', { name: words.approveAll(valueCount) }).click();
	} else {
		for (const box of await lead.locator('input[type="checkbox"][name="ids"]').all()) await box.check();
		await lead.getByRole('button', { name: words.approveChosen }).click();
	}
	await expect(lead.getByRole('status').getByRole('listitem')).toHaveCount(valueCount);
	await expect(
		lead
			.getByRole('status')
			.getByRole('listitem')
			.filter({ hasText: new RegExp(`– ${words.approved}$`) })
	).toHaveCount(valueCount);
	await expect(lead.getByText(words.noneWaiting)).toBeVisible();

	// 8. The indicator page: status with its rule, the chart as SVG with its summary, the table split by the dimension.
	await lead.goto(indicatorPath);
	const last = story.periods.at(-1)!;
	const status = lead.locator('section[aria-labelledby="status-heading"]');
	await expect(status.locator('.status-badge')).toHaveAttribute('data-status', 'on_track');
	await expect(status.locator('.status-rule')).not.toBeEmpty();
	await expect(status).toContainText(words.formatted(last.total));
	const chart = lead.getByRole('img', { name: words.chartTitle(indicator.name) });
	await expect(chart).toHaveCount(1);
	await expect(chart.locator('.series')).toHaveCount(1);
	await expect(chart.locator('.target')).toHaveCount(1);
	await expect(lead.locator('figure.trend figcaption')).toContainText(words.formatted(last.total));
	await expect(lead.locator('.trend-status .badge')).toHaveAttribute('data-status', 'on_track');
	await expect(lead.locator('.trend-status')).toContainText('Theil–Sen');
	const table = lead.locator('section[aria-labelledby="values-heading"] table');
	for (const [, label] of indicator.categories) await expect(table.getByRole('columnheader', { name: new RegExp(label) })).toBeVisible();
	// the page shows the latest eight periods (the chart page's table has them all)
	await expect(table.locator('tbody tr')).toHaveCount(Math.min(8, story.periods.length));
	const newest = table.locator('tbody tr').first();
	for (const value of [last.total, ...last.split]) await expect(newest).toContainText(words.formatted(value));
	await checkPage(lead, shot('indicator'));

	// the chart split by the dimension: one series per category beside the total
	await lead.getByRole('link', { name: /^(Graf|Chart)$/ }).click();
	await lead.getByLabel(words.splitBy).selectOption({ label: indicator.dimension });
	await Promise.all([lead.waitForURL(/opdeling=/), lead.getByRole('button', { name: words.show, exact: true }).click()]);
	await expect(lead.getByRole('img', { name: words.chartTitle(indicator.name) }).locator('.series')).toHaveCount(
		1 + indicator.categories.length
	);
	for (const [, label] of indicator.categories) await expect(lead.locator('.legend')).toContainText(label);
	const chartTable = lead.locator('details.trend-table table');
	await expect(chartTable.locator('tbody tr')).toHaveCount(story.periods.length);
	await expect(chartTable.locator('thead th')).toHaveCount(2 + indicator.categories.length);
	await checkPage(lead, shot('chart-split'));
	await lead.goto(`${indicatorPath}/historik`);
	// the history pages back in time: every period once
	const historyPeriods = await lead.locator('section.period').count();
	await checkPage(lead);
	if (historyPeriods < story.periods.length) {
		await lead.locator('nav.pager a').last().click();
		await expect(lead.locator('section.period')).toHaveCount(story.periods.length - historyPeriods);
	} else expect(historyPeriods).toBe(story.periods.length);

	// 9. The dashboard: the key indicator with its status and when it was last reported.
	await lead.goto(measurement);
	const card = lead.locator('li.indicator-card').filter({ hasText: indicator.name });
	await expect(card.locator('.status-badge')).toHaveAttribute('data-status', 'on_track');
	await expect(card.locator('.status-rule')).not.toBeEmpty();
	await expect(card.locator('dt', { hasText: words.lastReported }).locator('+ dd')).toContainText(last.key);
	await checkPage(lead, shot('dashboard'));

	// 10. The remaining measurement pages, as the lead: reporting one value, entry grid, export, API tokens.
	for (const path of [`${indicatorPath}/indberet`, ...['indtastning', 'eksport', 'api'].map((page) => `${measurement}/${page}`)]) {
		await lead.goto(path);
		await expect(lead.getByRole('heading', { level: 1 })).toBeVisible();
		await checkPage(lead);
	}

	for (const context of contexts) await context.close();
}

test.describe('shared measurement end to end', () => {
	// two people, a dozen pages each checked with axe at two widths, two imports
	test.describe.configure({ timeout: 300_000 });

	test('Danish: define a split indicator, import a year of months from XLSX (with a report of mistakes), approve, see chart, status and dashboard', async ({
		browser,
		adminApi,
		createMember
	}) => {
		if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
		await story(DANISH, { browser, adminApi, createMember });
	});

	test('English: the same with a year of quarters, lower is better', async ({ browser, adminApi, createMember }) => {
		await story(ENGLISH, { browser, adminApi, createMember });
	});
});
