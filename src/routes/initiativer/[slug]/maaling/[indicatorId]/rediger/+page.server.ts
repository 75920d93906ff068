import { redirect } from '@sveltejs/kit';
import {
	baselineFormSchema,
	DeleteIndicatorSchema,
	indicatorEditSchema,
	RemoveTargetSchema,
	targetFormSchema
} from '#lib/schemas/measurement-core.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	addTarget,
	deleteIndicator,
	getIndicatorForEdit,
	removeTarget,
	setBaseline,
	updateIndicator
} from '#lib/server/measurement/indicators.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => getIndicatorForEdit(contextFrom(event), event.params.slug, event.params.indicatorId);

type Params = { slug: string; indicatorId: string };
const back = (params: Params, saved: string) =>
	redirect(303, `/initiativer/${params.slug}/maaling/${params.indicatorId}/rediger?gemt=${saved}`);

export const actions: Actions = {
	save: (event) =>
		formAction(indicatorEditSchema(event.locals.locale), async (input) => {
			await updateIndicator(contextFrom(event), event.params.slug, event.params.indicatorId, input);
			redirect(303, `/initiativer/${event.params.slug}/maaling/${event.params.indicatorId}?gemt=gemt`);
		})(event),
	baseline: (event) =>
		formAction(baselineFormSchema(event.locals.locale), async (input) => {
			await setBaseline(contextFrom(event), event.params.slug, event.params.indicatorId, input);
			back(event.params, 'basislinje');
		})(event),
	addTarget: (event) =>
		formAction(targetFormSchema(event.locals.locale), async (input) => {
			await addTarget(contextFrom(event), event.params.slug, event.params.indicatorId, input);
			back(event.params, 'maal');
		})(event),
	removeTarget: formAction(
		RemoveTargetSchema,
		async (input, event) => {
			await removeTarget(contextFrom(event), event.params.slug, event.params.indicatorId, input.targetId);
			back(event.params, 'maal-fjernet');
		},
		{ sideForm: true }
	),
	delete: formAction(
		DeleteIndicatorSchema,
		async (input, event) => {
			await deleteIndicator(contextFrom(event), event.params.slug, event.params.indicatorId, { confirm: input.confirm });
			redirect(303, `/initiativer/${event.params.slug}/maaling?gemt=slettet`);
		},
		{ sideForm: true }
	)
};
