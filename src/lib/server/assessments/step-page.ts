/**
 * The step pages are the same for an anonymous self-check (`/vurdering/<token>/…`) and an
 * organisation's assessment (`/vurderinger/<id>/…`); the routes hand these functions the way to
 * find the assessment and their base path.
 */
import { error, fail, type RequestEvent, redirect } from '@sveltejs/kit';
import type { AssessmentAnswers, Step } from '../../domain/assessment/index.ts';
import { AddProblemFormSchema, RemoveProblemSchema, StepNavigationSchema, stepAnswersSchema } from '../../schemas/assessment.ts';
import { contextFrom } from '../http/event-context.ts';
import { formAction, parseForm } from '../http/forms.ts';
import { type AssessmentRef, addCandidateProblem, getAssessment, removeCandidateProblem, saveStep } from './assessments.usecases.ts';

export function parseStep(value: string | undefined): Step {
	const step = Number(value);
	if (step === 1 || step === 2 || step === 3 || step === 4) return step;
	error(404, 'not_found');
}

export async function loadStep(event: RequestEvent, ref: AssessmentRef, base: string) {
	const step = parseStep(event.params.step);
	const view = await getAssessment(contextFrom(event), ref);
	// The tree decides which steps exist for these answers: a step beyond that goes to the furthest one.
	if (step > view.furthestStep) redirect(303, `${base}/trin/${view.furthestStep}`);
	return { view, step, base };
}

/** Where a step page's assessment is: how to find it, and its base and result paths. */
export interface StepPlace {
	ref: (event: RequestEvent) => AssessmentRef;
	base: (event: RequestEvent) => string;
	resultPath: (event: RequestEvent) => string;
}

/** The step page's three form actions: add and remove a candidate problem, save the step. */
export function stepActions(place: StepPlace) {
	return {
		add: formAction(AddProblemFormSchema, async ({ title, focus, ...ratings }, event) => {
			await addCandidateProblem(contextFrom(event), place.ref(event), { title, ratings }, focus);
			redirect(303, `${place.base(event)}/trin/1`);
		}),
		remove: formAction(RemoveProblemSchema, async ({ problemId }, event) => {
			await removeCandidateProblem(contextFrom(event), place.ref(event), problemId);
			redirect(303, `${place.base(event)}/trin/1`);
		}),
		// The direction and focus first (a form going back need not be complete), then the step's
		// answers with the schema for that step and direction.
		save: formAction(StepNavigationSchema, async ({ direction, focus }, event, formData) => {
			const step = parseStep(event.params.step);
			let answers: AssessmentAnswers | undefined;
			if (step !== 1) {
				const parsed = parseForm(stepAnswersSchema(step, direction === 'next'), formData);
				if (!parsed.ok) return fail(400, parsed.failure);
				answers = parsed.data as AssessmentAnswers;
			}
			const destination: Step | 'result' = await saveStep(contextFrom(event), place.ref(event), step, { direction, focus, answers });
			redirect(303, destination === 'result' ? place.resultPath(event) : `${place.base(event)}/trin/${destination}`);
		})
	};
}
