import { redirect } from '@sveltejs/kit';
import { INDICATOR_TEMPLATES } from '#lib/domain/measurement/templates.ts';
import { indicatorFormSchema, TemplateChoiceSchema } from '#lib/schemas/measurement-core.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { createIndicator, createIndicatorFromTemplate, indicatorFormOptions } from '#lib/server/measurement/indicators.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await indicatorFormOptions(contextFrom(event), event.params.slug)),
	templates: INDICATOR_TEMPLATES
});

const created = (slug: string, id: string) => redirect(303, `/initiativer/${slug}/maaling/${id}?gemt=oprettet`);

export const actions: Actions = {
	create: (event) =>
		formAction(indicatorFormSchema(event.locals.locale), async (input) => {
			const { id } = await createIndicator(contextFrom(event), event.params.slug, input);
			created(event.params.slug, id);
		})(event),
	fromTemplate: formAction(TemplateChoiceSchema, async (input, event) => {
		const { id } = await createIndicatorFromTemplate(contextFrom(event), event.params.slug, {
			templateKey: input.templateKey,
			locale: event.locals.locale,
			isKey: input.isKey
		});
		created(event.params.slug, id);
	})
};
