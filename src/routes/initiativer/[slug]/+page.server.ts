import { contextFrom } from '#lib/server/http/event-context.ts';
import { getInitiative } from '#lib/server/initiatives/initiatives.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => getInitiative(contextFrom(event), event.params.slug);
