import { describe, expect, it } from 'vitest';
import { refuseBadAddress } from './address-input.ts';

function request(url: string, options: { method?: string; routeId?: string | null; params?: Record<string, string> } = {}) {
	return {
		url: new URL(url, 'http://localhost'),
		request: new Request(new URL(url, 'http://localhost'), { method: options.method ?? 'GET' }),
		route: { id: options.routeId ?? null },
		params: options.params ?? {}
	};
}

describe('refuseBadAddress (V6)', () => {
	it('answers 400 with a message for a control character in the query or a path parameter', async () => {
		const query = refuseBadAddress(request('/eksempler?q=a%00b', { routeId: '/eksempler' }), 'en');
		expect(query?.status).toBe(400);
		expect(await query?.text()).toContain('control character');
		const param = refuseBadAddress(request('/eksempler/%00', { routeId: '/eksempler/[slug]', params: { slug: '\u0000' } }), 'da');
		expect(param?.status).toBe(400);
		expect(await param?.text()).toContain('kontroltegn');
		expect(refuseBadAddress(request('/eksempler?q=%1B%5B31m', { routeId: '/eksempler' }), 'da')?.status).toBe(400);
	});

	it('lets ordinary addresses through, tabs and line breaks in a query too', () => {
		expect(refuseBadAddress(request('/eksempler?q=b%C3%B8rn%0Aog%09unge&page=2', { routeId: '/eksempler' }), 'da')).toBeNull();
		expect(
			refuseBadAddress(request('/eksempler/et-eksempel', { routeId: '/eksempler/[slug]', params: { slug: 'et-eksempel' } }), 'da')
		).toBeNull();
	});

	it('answers 404 for a form action the route does not have, and for the reserved name `default`', () => {
		const post = (url: string, routeId: string) => refuseBadAddress(request(url, { method: 'POST', routeId }), 'da');
		expect(post('/login?/default', '/login')?.status).toBe(404);
		expect(post('/admin/users?/noSuchAction', '/admin/users')?.status).toBe(404);
		expect(post('/admin/users?/invite', '/admin/users')).toBeNull();
		expect(post('/login', '/login')).toBeNull();
	});
});
