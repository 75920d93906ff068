import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { EntryGridSchema } from '#lib/schemas/measurement-import.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { entryGrid, saveEntryGrid } from '#lib/server/measurement/bulk.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	entryGrid(contextFrom(event), event.params.slug, event.url.searchParams.get('periode'));

export const actions: Actions = {
	save: formAction(EntryGridSchema, async (input, event, formData) => {
		const fields: Record<string, string> = {};
		for (const [key, value] of formData)
			if (typeof value === 'string' && (key.startsWith('v|') || key.startsWith('n|'))) fields[key] = value;
		const { saved, approved } = await saveEntryGrid(contextFrom(event), event.params.slug, {
			period: input.period,
			fields,
			locale: getLocale() === 'en' ? 'en' : 'da',
			reportingActorId: input.reportingActorId ? input.reportingActorId : undefined,
			approve: input.approve === 'on'
		});
		redirect(
			303,
			`/initiativer/${event.params.slug}/maaling/indtastning?periode=${encodeURIComponent(input.period)}&gemt=${saved}${approved ? '&godkendt=1' : ''}`
		);
	})
};
