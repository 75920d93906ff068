import { contextFrom } from '#lib/server/http/event-context.ts';
import { loadPrinciplesOverview } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadPrinciplesOverview(contextFrom(event), localeOf(event));
