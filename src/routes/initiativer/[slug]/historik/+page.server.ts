import { isHistoryKind } from '#lib/domain/initiatives/history.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { listInitiativeHistory } from '#lib/server/initiatives/cockpit.usecases.ts';
import type { PageServerLoad } from './$types';

/** ?type=<kind> filters; ?foer=<id> pages back (keyset). Anything else in them is ignored. */
export const load: PageServerLoad = async (event) => {
	const kindParam = event.url.searchParams.get('type');
	const beforeParam = event.url.searchParams.get('foer') ?? '';
	const kind = isHistoryKind(kindParam) ? kindParam : undefined;
	const before = /^\d{1,15}$/.test(beforeParam) ? Number(beforeParam) : undefined;
	const history = await listInitiativeHistory(contextFrom(event), event.params.slug, { kind, before });
	return { ...history, kind: kind ?? '', paged: before !== undefined };
};
