import { contextFrom } from '#lib/server/http/event-context.ts';
import { listOverdueReports } from '#lib/server/measurement/overdue.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => listOverdueReports(contextFrom(event), event.params.slug);
