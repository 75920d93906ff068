import { redirect } from '@sveltejs/kit';
import { CreateApiTokenSchema, RevokeApiTokenSchema } from '#lib/schemas/measurement-api.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { API_TOKEN_MAX_DAYS, createApiToken, listApiTokens, revokeApiToken } from '#lib/server/measurement/api-tokens.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const load: PageServerLoad = async (event) => {
	const { scope, tokens, actors } = await listApiTokens(contextFrom(event), event.params.slug);
	const now = Date.now();
	return {
		isLead: scope.role === 'backbone_lead',
		tokens,
		actors,
		/** the API's address on this server, for the how-to */
		apiBase: `${event.url.origin}/api/v1/initiatives/${scope.slug}`,
		openApiUrl: '/api/v1/openapi.json',
		maxDays: API_TOKEN_MAX_DAYS,
		firstDay: isoDay(new Date(now + DAY_MS)),
		lastDay: isoDay(new Date(now + API_TOKEN_MAX_DAYS * DAY_MS)),
		suggestedDay: isoDay(new Date(now + 90 * DAY_MS))
	};
};

export const actions: Actions = {
	/** The secret is in this answer only (a POST answer, never cached): the page shows it once. */
	create: formAction(CreateApiTokenSchema, async (input, event) => {
		const created = await createApiToken(contextFrom(event), event.params.slug, input);
		return { created: { id: created.id, name: input.name, token: created.token, expiresAt: created.expiresAt } };
	}),
	revoke: formAction(
		RevokeApiTokenSchema,
		async ({ tokenId }, event) => {
			await revokeApiToken(contextFrom(event), event.params.slug, tokenId);
			redirect(303, `/initiativer/${event.params.slug}/maaling/api?gemt=tilbagekaldt`);
		},
		{ sideForm: true }
	)
};
