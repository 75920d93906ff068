import { type RequestEvent, redirect } from '@sveltejs/kit';
import { caseToFormValues } from '#lib/domain/learning/case-form.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import { deleteCase, getCaseForEditing, setCaseStatus, updateCase } from '#lib/server/learning/cases.usecases.ts';
import {
	addCaseFormRow,
	deleteAction,
	loadEditorChoices,
	localeOf,
	readCaseForm,
	sideFormFailure
} from '#lib/server/learning/learning-routes.ts';
import { expectedRevisionOf, shownText } from '#lib/server/learning/view.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const row = await getCaseForEditing(contextFrom(event), event.params.slug);
	return {
		...(await loadEditorChoices(event)),
		slug: row.slug,
		name: shownText(row.content.name, localeOf(event)),
		status: row.status,
		revision: row.revision,
		canPublish: row.canPublish,
		values: caseToFormValues(row.content)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { values, input, problems } = await readCaseForm(event);
		let backToReview = false;
		try {
			if (problems) throw problems;
			({ backToReview } = await updateCase(contextFrom(event), event.params.slug, input, expectedRevisionOf(values)));
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, `/eksempler/${event.params.slug}?saved=${backToReview ? 'review' : '1'}`);
	},
	addRow: async (event) => addCaseFormRow(event),
	publish: async (event) => setStatus(event, 'published'),
	unpublish: async (event) => setStatus(event, 'draft'),
	delete: async (event) => deleteAction(event, () => deleteCase(contextFrom(event), event.params.slug), '/eksempler?deleted=1')
};

async function setStatus(event: RequestEvent, status: 'published' | 'draft') {
	try {
		await setCaseStatus(contextFrom(event), event.params.slug ?? '', status);
	} catch (caught) {
		return sideFormFailure(caught);
	}
	redirect(303, `/eksempler/${event.params.slug}?status=${status}`);
}
