/**
 * The step pages are the same for an anonymous self-check (`/vurdering/<token>/…`) and an
 * organisation's assessment (`/vurderinger/<id>/…`); the routes hand these functions the way to
 * find the assessment and their base path.
 */
import { error, type RequestEvent, redirect } from '@sveltejs/kit';
import type { AssessmentAnswers, Step } from '../../domain/assessment/index.ts';
import { AddProblemSchema, DirectionSchema, RemoveProblemSchema, stepAnswersSchema } from '../../schemas/assessment.ts';
import { contextFrom } from '../http/event-context.ts';
import { failFromError, failWith, parseForm } from '../http/forms.ts';
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

export async function addProblem(event: RequestEvent, ref: AssessmentRef, base: string) {
	const formData = await event.request.formData();
	const parsed = parseForm(AddProblemSchema, formData);
	if (!parsed.ok) return failWith(400, parsed.failure);
	const { title, ...ratings } = parsed.data;
	try {
		await addCandidateProblem(contextFrom(event), ref, { title, ratings }, String(formData.get('focus') ?? ''));
	} catch (caught) {
		return failFromError(caught, formData);
	}
	redirect(303, `${base}/trin/1`);
}

export async function removeProblem(event: RequestEvent, ref: AssessmentRef, base: string) {
	const formData = await event.request.formData();
	const parsed = parseForm(RemoveProblemSchema, formData);
	if (!parsed.ok) return failWith(400, parsed.failure);
	try {
		await removeCandidateProblem(contextFrom(event), ref, parsed.data.problemId);
	} catch (caught) {
		return failFromError(caught, formData);
	}
	redirect(303, `${base}/trin/1`);
}

export async function saveStepAction(event: RequestEvent, ref: AssessmentRef, base: string, resultPath: string) {
	const step = parseStep(event.params.step);
	const formData = await event.request.formData();
	const direction = DirectionSchema.parse(formData.get('direction'));
	let answers: AssessmentAnswers | undefined;
	if (step !== 1) {
		const parsed = parseForm(stepAnswersSchema(step, direction === 'next'), formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		answers = parsed.data as AssessmentAnswers;
	}
	let destination: Step | 'result';
	try {
		destination = await saveStep(contextFrom(event), ref, step, { direction, focus: String(formData.get('focus') ?? ''), answers });
	} catch (caught) {
		return failFromError(caught, formData);
	}
	redirect(303, destination === 'result' ? resultPath : `${base}/trin/${destination}`);
}
