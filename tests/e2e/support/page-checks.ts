/**
 * The checks every page of a chained flow gets (house style: no JavaScript, WCAG 2.1 AA, fits a
 * 360 px phone), with optional screenshots at both widths for people to look at (not compared).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expectFitsWidth, PHONE } from './assessment-helpers.ts';
import { expect, expectAccessible } from './fixtures.ts';

export const DESKTOP = { width: 1280, height: 900 } as const;

/**
 * No script on the page, axe clean, no sideways scrolling at 360 px; back at the desktop width
 * afterwards. With `shot`, full-page screenshots `<shot>-1280.png` and `<shot>-360.png` go to
 * `shotsDir` (made when missing).
 */
export async function checkPage(page: Page, options: { shot?: string; shotsDir?: string } = {}): Promise<void> {
	expect(await page.locator('script').count(), `${page.url()} ships JavaScript`).toBe(0);
	await expectAccessible(page);
	const dir = options.shot && options.shotsDir ? options.shotsDir : null;
	if (dir) {
		fs.mkdirSync(dir, { recursive: true });
		await page.screenshot({ path: `${dir}/${options.shot}-1280.png`, fullPage: true });
	}
	await page.setViewportSize(PHONE);
	await expectFitsWidth(page);
	if (dir) await page.screenshot({ path: `${dir}/${options.shot}-360.png`, fullPage: true });
	await page.setViewportSize(DESKTOP);
}
