import { getShareToken } from '#lib/server/assessments/assessments.usecases.ts';
import { exportResponse } from '#lib/server/assessments/export-response.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import type { RequestHandler } from './$types';

// The download names the read-only share link, never the private one: a file passed on must not edit (issue 11, bug 6).
export const GET: RequestHandler = async (event) =>
	exportResponse(
		event,
		{ token: event.params.token },
		'xlsx',
		`/vurdering/delt/${await getShareToken(contextFrom(event), event.params.token)}`
	);
