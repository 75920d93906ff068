import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { caseToFormValues, normaliseCaseFormValues } from '#lib/domain/learning/case-form.ts';
import { CaseFormSchema } from '#lib/schemas/learning.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { deleteCase, getCaseForEditing, setCaseStatus, updateCase } from '#lib/server/learning/cases.usecases.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import {
	addCaseFormRowAction,
	caseConflictSource,
	deleteAction,
	loadEditorChoices,
	withConflictResolution
} from '#lib/server/learning/editor-actions.ts';
import { shownText } from '#lib/server/learning/view.ts';
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

/** Publish and unpublish are buttons with no fields: a small form beside the edit form. */
function statusAction(status: 'published' | 'draft') {
	return formAction(
		z.object({}),
		async (_nothing, event) => {
			await setCaseStatus(contextFrom(event), event.params.slug ?? '', status);
			redirect(303, `/eksempler/${event.params.slug}?status=${status}`);
		},
		{ sideForm: true }
	);
}

export const actions: Actions = {
	save: withConflictResolution(
		formAction(
			CaseFormSchema,
			async ({ input, revision }, event) => {
				const { backToReview } = await updateCase(contextFrom(event), event.params.slug ?? '', input, revision);
				redirect(303, `/eksempler/${event.params.slug}?saved=${backToReview ? 'review' : '1'}`);
			},
			{ values: normaliseCaseFormValues }
		),
		caseConflictSource
	),
	addRow: addCaseFormRowAction,
	publish: statusAction('published'),
	unpublish: statusAction('draft'),
	delete: deleteAction((event) => deleteCase(contextFrom(event), event.params.slug ?? ''), '/eksempler?deleted=1')
};
