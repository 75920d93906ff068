import { fail } from '@sveltejs/kit';
import type { AssessmentAnswers, DecisionQuestion } from '#lib/domain/assessment/index.ts';
import { commentFieldName, DECISION_QUESTIONS, GroupResponseSchema } from '#lib/schemas/assessment.ts';
import { getRoundForRespondent, submitGroupResponse } from '#lib/server/assessments/group-rounds.usecases.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { collectValues, formAction } from '#lib/server/http/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	round: await getRoundForRespondent(contextFrom(event), event.params.token, event.url.searchParams.get('svar') ?? undefined)
});

export const actions: Actions = {
	send: formAction(GroupResponseSchema, async (response, event, formData) => {
		const data = response as unknown as Record<string, string>;
		const answers: AssessmentAnswers = {};
		for (const [key, value] of Object.entries(data)) {
			if (key.startsWith('step') && (value === 'yes' || value === 'no' || value === 'unknown'))
				answers[key as keyof AssessmentAnswers] = value;
		}
		const comments: Partial<Record<DecisionQuestion, string>> = {};
		for (const key of DECISION_QUESTIONS) comments[key] = data[commentFieldName(key)] ?? '';
		const { isLate } = await submitGroupResponse(contextFrom(event), event.params.token ?? '', {
			respondentToken: response.respondentToken,
			name: response.name,
			organisation: response.organisation,
			sector: response.sector,
			answers,
			comments
		});
		const result = { saved: true, late: isLate, values: collectValues(formData), respondentToken: response.respondentToken };
		// A late answer is kept, but the respondent must be told it did not count (409 Conflict).
		return isLate ? fail(409, result) : result;
	})
};
