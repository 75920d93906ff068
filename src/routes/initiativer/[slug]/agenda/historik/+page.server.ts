import { contextFrom } from '#lib/server/http/event-context.ts';
import { getAgendaHistory } from '#lib/server/initiatives/agenda.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getAgendaHistory(contextFrom(event), event.params.slug);
