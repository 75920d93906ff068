import { redirect } from '@sveltejs/kit';
import {
	AgendaTextsSchema,
	EndorseSchema,
	GoalCreateSchema,
	GoalUpdateSchema,
	MoveSchema,
	StrategyCreateSchema,
	StrategyDeleteSchema,
	StrategyUpdateSchema
} from '#lib/schemas/initiatives-agenda.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	createGoal,
	createStrategy,
	deleteStrategy,
	endorseAgenda,
	getAgenda,
	moveGoal,
	moveStrategy,
	updateAgendaTexts,
	updateGoal,
	updateStrategy
} from '#lib/server/initiatives/agenda.usecases.ts';
import { todayOf } from '#lib/server/initiatives/initiatives.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	return { ...(await getAgenda(ctx, event.params.slug)), today: todayOf(ctx) };
};

/** Back to the agenda with what was saved, at the item it concerns. */
const back = (slug: string, saved: string, anchor = '') =>
	redirect(303, `/initiativer/${slug}/agenda?gemt=${saved}${anchor ? `#${anchor}` : ''}`);

export const actions: Actions = {
	texts: formAction(AgendaTextsSchema, async (input, event) => {
		await updateAgendaTexts(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'tekst', 'problem-heading');
	}),
	addGoal: formAction(GoalCreateSchema, async (input, event) => {
		const created = await createGoal(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'maal', created ? `goal-${created.id}` : '');
	}),
	editGoal: formAction(GoalUpdateSchema, async (input, event) => {
		await updateGoal(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'maal', `goal-${input.goalId}`);
	}),
	moveGoal: formAction(
		MoveSchema,
		async (input, event) => {
			await moveGoal(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'flyttet', `goal-${input.id}`);
		},
		{ sideForm: true }
	),
	addStrategy: formAction(StrategyCreateSchema, async (input, event) => {
		const created = await createStrategy(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'strategi', created ? `strategy-${created.id}` : '');
	}),
	editStrategy: formAction(StrategyUpdateSchema, async (input, event) => {
		await updateStrategy(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'strategi', `strategy-${input.strategyId}`);
	}),
	moveStrategy: formAction(
		MoveSchema,
		async (input, event) => {
			await moveStrategy(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'flyttet', `strategy-${input.id}`);
		},
		{ sideForm: true }
	),
	deleteStrategy: formAction(
		StrategyDeleteSchema,
		async (input, event) => {
			await deleteStrategy(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'slettet', 'goals-heading');
		},
		{ sideForm: true }
	),
	endorse: formAction(EndorseSchema, async (input, event) => {
		await endorseAgenda(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'godkendt', 'endorse-heading');
	})
};
