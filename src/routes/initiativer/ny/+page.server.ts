import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { uuidField } from '#lib/schemas/fields.ts';
import { CreateInitiativeSchema } from '#lib/schemas/initiatives.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { getInitiativeSource, startInitiative } from '#lib/server/initiatives/initiatives.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

/** `?vurdering=<id>` or `?gruppe=<id>`: start from a finished assessment or group round. */
const SourceQuery = z.object({ vurdering: uuidField.optional(), gruppe: uuidField.optional() });

export const load: PageServerLoad = async (event) => {
	const query = SourceQuery.safeParse(Object.fromEntries(event.url.searchParams));
	const ref = query.success ? { assessmentId: query.data.vurdering, groupRoundId: query.data.gruppe } : {};
	return { source: await getInitiativeSource(contextFrom(event), ref) };
};

export const actions: Actions = {
	default: formAction(CreateInitiativeSchema, async (input, event) => {
		const { slug } = await startInitiative(contextFrom(event), input);
		redirect(303, `/initiativer/${slug}`);
	})
};
