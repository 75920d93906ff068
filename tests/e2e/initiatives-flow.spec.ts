/**
 * The initiative area end to end, as two people from two organisations would use it (issue 12,
 * item 11): a municipal consultant assesses a problem for her organisation, starts an initiative
 * from the result, adds the actors and the goals, invites a partner from an NGO who accepts the
 * mailed link; the partner commits, plans an activity and endorses the agenda for his
 * organisation; the lead draws the relations; both then see the contribution matrix, the actor map
 * and the cockpit computed from what they entered. Every page passes axe, fits a 360 px phone and
 * ships no JavaScript.
 */
import type { Page } from '@playwright/test';
import {
	answer,
	createOrganisationAsAdmin,
	expectFitsWidth,
	next,
	PHONE,
	saveScreenshot,
	settle,
	STEP3,
	STEP4
} from './support/assessment-helpers.ts';
import { expect, readLatestMail, signedInPage, test } from './support/fixtures.ts';

/** Axe, a 360 px phone and no script on the current page; back to the desktop width afterwards. */
async function checkPage(page: Page, expectAccessible: (page: Page) => Promise<void>, name?: string, scripts = 0) {
	// (the map alone may add its small zoom script, from this origin: issue 12 item 6)
	expect(await page.locator('script').count(), `${page.url()} ships JavaScript`).toBeLessThanOrEqual(scripts);
	await expectAccessible(page);
	await page.setViewportSize(PHONE);
	await expectFitsWidth(page);
	if (name) await saveScreenshot(page, `${name}-360`);
	await page.setViewportSize({ width: 1280, height: 900 });
	if (name) await saveScreenshot(page, `${name}-1280`);
}

test.describe('an initiative from assessment to cockpit', () => {
	// one long story across two people and a dozen pages, each checked with axe
	test.describe.configure({ timeout: 300_000 });

	test('assess, start, invite a partner who accepts, plan together, endorse, and see matrix, map and cockpit', async ({
		browser,
		adminApi,
		createMember,
		expectAccessible
	}) => {
		const stamp = Date.now().toString(36);
		const municipality = `Fjordby Kommune ${stamp}`;
		const ngo = `Foreningen Ungeliv ${stamp}`;
		const municipalityId = await createOrganisationAsAdmin(adminApi, municipality);
		const ngoId = await createOrganisationAsAdmin(adminApi, ngo);
		const lead = await createMember({ organisationId: municipalityId });
		const partner = await createMember({ organisationId: ngoId });
		const { context, page } = await signedInPage(browser, lead);

		// 1. The organisation's assessment: ready on the problem, not yet on money and a burning platform.
		await page.goto('/vurderinger');
		await settle(page);
		await page.getByLabel('Navn').fill('Unge på vej');
		await page.getByRole('button', { name: 'Opret og start' }).click();
		await expect(page).toHaveURL(/\/vurderinger\/[0-9a-f-]{36}\/trin\/1$/);
		const assessment = new URL(page.url()).pathname.replace(/\/trin\/1$/, '');
		await settle(page);
		await page.getByLabel('Problemets navn').fill('Unge uden uddannelse og job');
		await page.locator('#field-dramaticImprovement').selectOption('5');
		await page.locator('#field-contextualChange').selectOption('4');
		await page.locator('#field-urgentNeed').selectOption('5');
		await page.getByRole('button', { name: 'Tilføj problem' }).click();
		await next(page);
		await answer(page, 'step2.multipleActors', 'yes');
		await next(page);
		for (const key of STEP3) await answer(page, key, 'yes');
		await next(page);
		const step4 = ['yes', 'no', 'yes', 'unknown'] as const;
		for (const [index, key] of STEP4.entries()) await answer(page, key, step4[index]);
		await next(page);
		await expect(page).toHaveURL(assessment);
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'NOT_YET_READY');

		// 2. Start the initiative from it: the focus problem and the readiness gaps come along.
		await page.getByRole('link', { name: 'Start et initiativ herfra' }).click();
		await expect(page).toHaveURL(/\/initiativer\/ny\?vurdering=/);
		await expect(page.locator('#source-heading')).toBeVisible();
		await expect(page.locator('#field-problemStatement')).toHaveValue('Unge uden uddannelse og job');
		await checkPage(page, expectAccessible);
		const name = `Unge på vej i Fjordby ${stamp}`;
		await page.locator('#field-name').fill(name);
		await page
			.getByRole('group', { name: /Område/ })
			.locator('summary', { hasText: 'Region Syddanmark' })
			.click();
		await page.getByLabel('Odense', { exact: true }).check();
		await Promise.all([page.waitForURL(/\/initiativer\/[a-z0-9-]+$/), page.getByRole('button', { name: 'Start initiativet' }).click()]);
		const base = new URL(page.url()).pathname;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		const gaps = page.locator('section[aria-labelledby="gaps-heading"]');
		await expect(gaps).toContainText('12 måneder');
		await expect(gaps.getByRole('link', { name: 'Startet fra en vurdering' })).toHaveAttribute('href', assessment);

		// 3. Actors: the municipality as backbone, the NGO as partner (with its contact), a business on the fly.
		// adding an actor opens its page (for commitments and contact); the list is one step back
		const addActor = async (fields: {
			organisationId?: string;
			name?: string;
			sector?: string;
			role: string;
			contact?: [string, string];
		}) => {
			await page.goto(`${base}/aktoerer`);
			if (fields.organisationId) await page.locator('#add-organisation').selectOption(fields.organisationId);
			if (fields.name) await page.locator('#add-name').fill(fields.name);
			if (fields.sector) await page.locator('#add-sector').selectOption(fields.sector);
			await page.locator('#add-role').selectOption(fields.role);
			if (fields.contact) {
				await page.locator('#add-contact-name').fill(fields.contact[0]);
				await page.locator('#add-contact-email').fill(fields.contact[1]);
			}
			await Promise.all([
				page.waitForURL(/\/aktoerer\/[0-9a-f-]{36}(\?.*)?$/),
				page.getByRole('button', { name: 'Tilføj aktøren' }).click()
			]);
			return new URL(page.url()).pathname.split('/').pop() ?? '';
		};
		await addActor({ organisationId: municipalityId, role: 'backbone' });
		const ngoActorId = await addActor({ organisationId: ngoId, role: 'partner', contact: ['Pia Partner', `pia@ungeliv-${stamp}.example`] });
		await addActor({ name: `Fjordby Erhvervsråd ${stamp}`, sector: 'business', role: 'funder' });
		await page.goto(`${base}/aktoerer`);
		for (const actor of [municipality, ngo, `Fjordby Erhvervsråd ${stamp}`]) {
			await expect(page.getByRole('link', { name: actor, exact: true })).toBeVisible();
		}
		await checkPage(page, expectAccessible);
		expect(ngoActorId).toMatch(/^[0-9a-f-]{36}$/);

		// 4. The common agenda: a long-term goal with a sub-goal.
		await page.goto(`${base}/agenda`);
		await page.locator('#new-goal-title').fill('Flere unge i uddannelse eller job');
		await page.getByRole('button', { name: 'Tilføj målet' }).click();
		await settle(page);
		const addSub = page.locator('details.add-sub-goal', { hasText: 'Flere unge i uddannelse eller job' });
		await addSub.locator('summary').click();
		await addSub.getByLabel('Titel').fill('Færre frafald på erhvervsuddannelserne');
		await addSub.getByRole('button', { name: 'Tilføj delmålet' }).click();
		await settle(page);
		await expect(page.getByRole('heading', { name: /Færre frafald på erhvervsuddannelserne/ })).toBeVisible();
		await checkPage(page, expectAccessible);

		// 5. Invite the NGO's person as partner editor acting for the NGO.
		await page.goto(`${base}/medlemmer`);
		const invite = page.locator('form[action="?/invite"]');
		await invite.getByLabel('E-mail').fill(partner.email);
		await invite.getByLabel('Rolle').selectOption('partner_editor');
		await invite.locator('#invite-actor').selectOption(ngoActorId);
		await invite.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByRole('status')).toContainText(`${partner.email} er inviteret.`);
		await checkPage(page, expectAccessible);
		const mail = await readLatestMail(partner.email, { subject: /^Invitation til/ });
		const link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? '';
		expect(link).not.toBe('');

		// 6. The partner, signed in with his own account, accepts and lands in the initiative.
		const other = await signedInPage(browser, partner);
		await other.page.goto(new URL(link).pathname);
		await checkPage(other.page, expectAccessible);
		await Promise.all([other.page.waitForURL(base), other.page.getByRole('button', { name: 'Tag imod invitationen' }).click()]);
		await expect(other.page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(other.page.getByText(/Din rolle: Partnerredaktør/)).toBeVisible();

		// 7. The partner commits his organisation to the sub-goal and plans an activity for it.
		await other.page.goto(`${base}/aktoerer/${ngoActorId}`);
		await other.page.locator('#commitment-new-text').fill('Mentorer til 40 unge om året, der er faldet fra.');
		await other.page.getByLabel('Færre frafald på erhvervsuddannelserne').check();
		await other.page.getByRole('button', { name: 'Tilføj forpligtelsen' }).click();
		await settle(other.page);
		await expect(other.page.getByText('Mentorer til 40 unge om året').first()).toBeVisible();
		await checkPage(other.page, expectAccessible);
		await other.page.goto(`${base}/aktiviteter`);
		// he can own activities for his organisation only
		await expect(other.page.locator('#add-actor option')).toHaveText([ngo]);
		await other.page.locator('#add-title').fill('Mentorordning på erhvervsskolen');
		await other.page.locator('#add-status').selectOption('running');
		await other.page.locator('#add-starts').fill('2026-09-01');
		await other.page.getByLabel('Færre frafald på erhvervsuddannelserne').check();
		await other.page.getByRole('button', { name: 'Tilføj aktiviteten' }).click();
		await settle(other.page);
		await expect(other.page.getByRole('link', { name: 'Mentorordning på erhvervsskolen' })).toBeVisible();
		await checkPage(other.page, expectAccessible);

		// 8. He endorses the agenda for his organisation, and only for it.
		await other.page.goto(`${base}/agenda`);
		await expect(other.page.locator('form[action="?/endorse"]')).toHaveCount(1);
		const endorse = other.page.locator('form[action="?/endorse"]');
		await expect(endorse).toContainText(ngo);
		await endorse.getByLabel('Underskriverens navn').fill('Per Partner, direktør');
		await endorse.getByRole('button', { name: /^Godkend version/ }).click();
		await settle(other.page);
		await expect(other.page.locator('section', { has: other.page.locator('#endorse-heading') })).toContainText('Per Partner, direktør');
		await checkPage(other.page, expectAccessible);

		// 9. The lead draws the relations: the backbone works with the NGO, the business funds it.
		await page.goto(`${base}/kort`);
		const relate = async (from: string, kind: string, to: string) => {
			await page.locator('#field-fromActorId').selectOption({ label: from });
			await page.locator('#field-kind').selectOption(kind);
			await page.locator('#field-toActorId').selectOption({ label: to });
			await page.getByRole('button', { name: 'Tilføj relation' }).click();
			await settle(page);
		};
		await relate(municipality, 'collaborates', ngo);
		await relate(`Fjordby Erhvervsråd ${stamp}`, 'funds', ngo);
		const map = page.locator('svg[role="img"]');
		await expect(map).toBeVisible();
		// three actors drawn as nodes, two relations as edges
		await expect(map.locator('g.node')).toHaveCount(3);
		await expect(map.locator('g.edges > path')).toHaveCount(2);
		// the NGO is the broker between the two others: degree 2 and the highest betweenness
		const ngoRow = page.getByRole('row', { name: new RegExp(ngo) }).first();
		await expect(ngoRow).toContainText('2');
		await checkPage(page, expectAccessible, 'initiative-flow-map', 1);

		// 10. The contribution matrix: the NGO contributes to the sub-goal; the gaps are named.
		await page.goto(`${base}/bidrag`);
		const matrix = page.locator('table.matrix');
		// the NGO's cell on the sub-goal's row: one commitment (F1) and one activity (A1)
		const subGoal = matrix.getByRole('row', { name: /Færre frafald/ });
		await expect(subGoal).toContainText('F1');
		await expect(subGoal).toContainText('A1');
		await expect(page.locator('section[aria-labelledby="flags-heading"]')).toContainText(/sektor/i);
		await checkPage(page, expectAccessible, 'initiative-flow-matrix');

		// 11. The cockpit: every condition has a state computed from what they entered, and the history tells who did what.
		await page.goto(base);
		const conditions = page.locator('section[aria-labelledby="conditions-heading"]');
		await expect(conditions).toContainText('Fælles agenda');
		await expect(conditions).toContainText('Forpligtende aktiviteter');
		await expect(page.locator('section[aria-labelledby="recent-heading"]')).toContainText(/godkend/i);
		await checkPage(page, expectAccessible, 'initiative-flow-cockpit');
		await page.goto(`${base}/historik`);
		await expect(page.getByRole('main')).toContainText('Mentorordning på erhvervsskolen');
		await checkPage(page, expectAccessible);

		// 12. A later change to the agenda marks his endorsement as given to an earlier version.
		await page.goto(`${base}/agenda`);
		await page.locator('#new-goal-title').fill('Flere unge i faste job');
		await page.getByRole('button', { name: 'Tilføj målet' }).click();
		await settle(page);
		await expect(page.locator('section', { has: page.locator('#endorse-heading') })).toContainText('Givet til en tidligere version');

		await other.context.close();
		await context.close();
	});
});
