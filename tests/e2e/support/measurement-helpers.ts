/**
 * Set-up shared by the measurement specs: form posts through a signed-in browser context (its
 * cookies, a same-origin Origin header, HTML answers) and a private initiative started the way the
 * new-initiative form starts one.
 */
import type { Page } from '@playwright/test';
import { BASE_URL, expect } from './fixtures.ts';

const headers = { Origin: BASE_URL, Accept: 'text/html' };

/** Posts a form as the page's signed-in person, like a browser without JavaScript; redirects are not followed. */
export function postAs(page: Page, url: string, form: Record<string, string>) {
	return page.request.post(url, { form, headers, maxRedirects: 0 });
}

/** Starts a private initiative (the person becomes its backbone lead) and returns its path. */
export async function startInitiative(page: Page, name: string, problemStatement: string): Promise<string> {
	const started = await postAs(page, '/initiativer/ny', {
		name,
		slug: '',
		areas: '751',
		problemStatement,
		vision: '',
		values: '',
		targetGroup: '',
		visibility: 'private'
	});
	expect(started.status()).toBe(303);
	return started.headers().location as string;
}
