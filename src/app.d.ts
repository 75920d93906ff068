import type { Actor } from '#lib/domain/policy/policy.ts';
import type { InitiativeScope } from '#lib/server/initiatives/access.ts';

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
			/** Set by the authorisation hook when a page view is denied (403) or not found (404, Z3); the root layout shows it. */
			deniedStatus: 403 | 404 | null;
			/** Inside /initiativer/[slug]: the person's membership there, set by the authorisation hook. */
			initiative: InitiativeScope | null;
		}
	}
}
