import { exportResponse } from '#lib/server/assessments/export-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	exportResponse(event, { shareToken: event.params.token }, 'xlsx', `/vurdering/delt/${event.params.token}`);
