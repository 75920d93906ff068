import { redirect } from '@sveltejs/kit';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import { createCase } from '#lib/server/learning/cases.usecases.ts';
import { addCaseFormRow, loadEditorChoices, readCaseForm } from '#lib/server/learning/learning-routes.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadEditorChoices(event);

export const actions: Actions = {
	save: async (event) => {
		const { values, input, problems } = await readCaseForm(event);
		let slug: string;
		try {
			if (problems) throw problems;
			({ slug } = await createCase(contextFrom(event), input));
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, `/eksempler/${slug}?saved=1`);
	},
	addRow: async (event) => addCaseFormRow(event)
};
