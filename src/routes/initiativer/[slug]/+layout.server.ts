import { contextFrom } from '#lib/server/http/event-context.ts';
import { getInitiativeFrame } from '#lib/server/initiatives/initiatives.usecases.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => ({ frame: await getInitiativeFrame(contextFrom(event), event.params.slug) });
