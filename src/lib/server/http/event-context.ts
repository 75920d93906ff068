import type { RequestEvent } from '@sveltejs/kit';
import { getDatabase } from '../app.ts';
import type { UseCaseContext } from '../context.ts';

export function contextFrom(event: Pick<RequestEvent, 'locals'>): UseCaseContext {
	return {
		db: getDatabase().db,
		actor: event.locals.actor,
		requestId: event.locals.requestId,
		ip: event.locals.ip,
		sessionId: event.locals.sessionId,
		denialRecorded: event.locals.deniedStatus !== null,
		viewedInitiative: event.locals.initiative
	};
}
