import { redirect } from '@sveltejs/kit';
import {
	AddFundingSchema,
	AddGovernanceSchema,
	AddStaffSchema,
	BackboneOrganisationSchema,
	DeleteItemSchema,
	UpdateFundingSchema,
	UpdateGovernanceSchema,
	UpdateStaffSchema
} from '#lib/schemas/initiatives-backbone.ts';
import {
	addFundingSource,
	addGovernanceBody,
	addStaff,
	deleteFundingSource,
	deleteGovernanceBody,
	deleteStaff,
	getBackbone,
	setBackboneOrganisation,
	updateFundingSource,
	updateGovernanceBody,
	updateStaff
} from '#lib/server/initiatives/backbone.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => getBackbone(contextFrom(event), event.params.slug);

/** Back to the page (PRG), at the section that changed. */
const back = (slug: string, done: 'gemt' | 'slettet', section: string) =>
	redirect(303, `/initiativer/${slug}/sekretariat?${done}=${section}#${section}`);

export const actions: Actions = {
	setOrganisation: formAction(BackboneOrganisationSchema, async (input, event) => {
		await setBackboneOrganisation(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'organisation');
	}),
	addStaff: formAction(AddStaffSchema, async (input, event) => {
		await addStaff(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'medarbejdere');
	}),
	updateStaff: formAction(UpdateStaffSchema, async (input, event) => {
		await updateStaff(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'medarbejdere');
	}),
	deleteStaff: formAction(
		DeleteItemSchema,
		async (input, event) => {
			await deleteStaff(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'slettet', 'medarbejdere');
		},
		{ sideForm: true }
	),
	addGovernance: formAction(AddGovernanceSchema, async (input, event) => {
		await addGovernanceBody(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'styring');
	}),
	updateGovernance: formAction(UpdateGovernanceSchema, async (input, event) => {
		await updateGovernanceBody(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'styring');
	}),
	deleteGovernance: formAction(
		DeleteItemSchema,
		async (input, event) => {
			await deleteGovernanceBody(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'slettet', 'styring');
		},
		{ sideForm: true }
	),
	addFunding: formAction(AddFundingSchema, async (input, event) => {
		await addFundingSource(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'finansiering');
	}),
	updateFunding: formAction(UpdateFundingSchema, async (input, event) => {
		await updateFundingSource(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'gemt', 'finansiering');
	}),
	deleteFunding: formAction(
		DeleteItemSchema,
		async (input, event) => {
			await deleteFundingSource(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'slettet', 'finansiering');
		},
		{ sideForm: true }
	)
};
