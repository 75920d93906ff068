import { AuditFilterSchema } from '#lib/schemas/admin.ts';
import { getAuditEntries } from '#lib/server/audit/audit.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { listUsers } from '#lib/server/users/users.usecases.ts';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	const filter = AuditFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	const ctx = contextFrom(event);
	const [entries, users] = await Promise.all([
		getAuditEntries(ctx, { personId: filter.person, beforeId: filter.before, limit: PAGE_SIZE }),
		listUsers(ctx)
	]);
	const emails = Object.fromEntries(users.map((u) => [u.id, u.email]));
	return {
		filter,
		people: users.map((u) => ({ id: u.id, email: u.email })),
		entries: entries.map((e) => ({
			...e,
			actorEmail: e.actorUserId ? (emails[e.actorUserId] ?? e.actorUserId) : null,
			subjectEmail: e.subjectUserId ? (emails[e.subjectUserId] ?? e.subjectUserId) : null
		})),
		nextBefore: entries.length === PAGE_SIZE ? entries.at(-1)?.id : undefined
	};
};
