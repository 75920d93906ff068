import { redirect } from '@sveltejs/kit';
import { CategoriesSchema, categoriesFromForm, ReportSchemaDa, ReportSchemaEn } from '#lib/schemas/measurement-data.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { AppError, isAppError } from '#lib/server/http/errors.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { getObservation, getReportForm, submitObservation } from '#lib/server/measurement/observations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

/** ?sendt=<id> shows the confirmation of a report; ?periode=… and ?cat_<dimension>=… choose the slot. */
export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const { slug, indicatorId } = event.params;
	const form = await getReportForm(ctx, slug, indicatorId);
	const sentId = event.url.searchParams.get('sendt');
	const sent = sentId
		? await getObservation(ctx, slug, indicatorId, sentId).catch((error: unknown) => {
				if (isAppError(error) && error.code === 'not_found') return null;
				throw error;
			})
		: null;
	const preset: Record<string, string> = {};
	for (const [name, value] of event.url.searchParams) if (name === 'periode' || name.startsWith('cat_')) preset[name] = value.slice(0, 60);
	return { ...form, sent: sent ? { observation: sent.observation, countedValue: sent.countedValue } : null, preset };
};

export const actions: Actions = {
	submit: (event) =>
		formAction(event.locals.locale === 'en' ? ReportSchemaEn : ReportSchemaDa, async (input, _event, formData) => {
			const categories = CategoriesSchema.safeParse(categoriesFromForm(formData));
			if (!categories.success) throw new AppError('invalid_input', { categories: 'field_measurement_category_unknown' });
			const { slug, indicatorId } = event.params;
			const { id } = await submitObservation(contextFrom(event), slug, indicatorId, { ...input, categories: categories.data });
			redirect(303, `/initiativer/${slug}/maaling/${indicatorId}/indberet?sendt=${id}`);
		})(event)
};
