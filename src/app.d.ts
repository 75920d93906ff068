import type { Actor } from '#lib/domain/policy/policy.ts';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			ip: string;
			locale: 'da' | 'en';
			sessionId: string | null;
			user: {
				id: string;
				email: string;
				name: string;
				locale: 'da' | 'en';
				platformRole: 'admin' | 'editor' | 'member';
			} | null;
			actor: Actor;
			/** Set by the authorisation hook when a page view is denied; the root layout raises it. */
			deniedStatus: 403 | null;
		}
	}
}
