import { redirect } from '@sveltejs/kit';
import { TestimonyFormSchema } from '#lib/schemas/learning.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { loadEditorChoices } from '#lib/server/learning/editor-actions.ts';
import { createTestimony } from '#lib/server/learning/testimonies.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadEditorChoices(event);

export const actions: Actions = {
	save: formAction(TestimonyFormSchema, async ({ content }, event) => {
		const created = await createTestimony(contextFrom(event), content);
		redirect(303, created.content.caseSlug ? `/eksempler/${created.content.caseSlug}?saved=1` : '/vidnesbyrd');
	})
};
