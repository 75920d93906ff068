import { redirect } from '@sveltejs/kit';
import { EmptySchema, GapCloseSchema, GapReopenSchema, PhaseChangeSchema, UpdateInitiativeSchema } from '#lib/schemas/initiatives.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	changePhase,
	getInitiative,
	setArchived,
	setGapClosed,
	todayOf,
	updateInitiativeSettings
} from '#lib/server/initiatives/initiatives.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	return { ...(await getInitiative(ctx, event.params.slug)), today: todayOf(ctx) };
};

const back = (slug: string, saved: string) => redirect(303, `/initiativer/${slug}/indstillinger?gemt=${saved}`);

export const actions: Actions = {
	save: formAction(UpdateInitiativeSchema, async (input, event) => {
		const { slug } = await updateInitiativeSettings(contextFrom(event), event.params.slug, input);
		back(slug, 'indstillinger');
	}),
	phase: formAction(PhaseChangeSchema, async (input, event) => {
		await changePhase(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'fase');
	}),
	closeGap: formAction(GapCloseSchema, async (input, event) => {
		await setGapClosed(contextFrom(event), event.params.slug, { ...input, closed: true });
		back(event.params.slug, 'mangel');
	}),
	reopenGap: formAction(
		GapReopenSchema,
		async (input, event) => {
			await setGapClosed(contextFrom(event), event.params.slug, { ...input, closed: false });
			back(event.params.slug, 'mangel');
		},
		{ sideForm: true }
	),
	archive: formAction(
		EmptySchema,
		async (_input, event) => {
			await setArchived(contextFrom(event), event.params.slug, true);
			back(event.params.slug, 'arkiveret');
		},
		{ sideForm: true }
	),
	unarchive: formAction(
		EmptySchema,
		async (_input, event) => {
			await setArchived(contextFrom(event), event.params.slug, false);
			back(event.params.slug, 'genaabnet');
		},
		{ sideForm: true }
	)
};
