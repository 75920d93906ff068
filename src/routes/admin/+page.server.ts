import { getAuditEntries } from '#lib/server/audit/audit.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { getOrganisations } from '#lib/server/organisations/organisations.usecases.ts';
import { listUsers } from '#lib/server/users/users.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const [users, organisations, recent] = await Promise.all([listUsers(ctx), getOrganisations(ctx), getAuditEntries(ctx, { limit: 5 })]);
	return {
		counts: {
			users: users.length,
			activeUsers: users.filter((u) => u.status === 'active').length,
			invitedUsers: users.filter((u) => u.status === 'invited').length,
			organisations: organisations.length
		},
		recent
	};
};
