import { redirect } from '@sveltejs/kit';
import { normaliseCaseFormValues } from '#lib/domain/learning/case-form.ts';
import { CaseFormSchema } from '#lib/schemas/learning.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { createCase } from '#lib/server/learning/cases.usecases.ts';
import { addCaseFormRowAction, loadEditorChoices } from '#lib/server/learning/editor-actions.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadEditorChoices(event);

export const actions: Actions = {
	save: formAction(
		CaseFormSchema,
		async ({ input }, event) => {
			const { slug } = await createCase(contextFrom(event), input);
			redirect(303, `/eksempler/${slug}?saved=1`);
		},
		{ values: normaliseCaseFormValues }
	),
	addRow: addCaseFormRowAction
};
