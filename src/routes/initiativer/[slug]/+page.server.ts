import { contextFrom } from '#lib/server/http/event-context.ts';
import { getCockpit } from '#lib/server/initiatives/cockpit.usecases.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => getCockpit(contextFrom(event), event.params.slug);
