import { exportResponse } from '#lib/server/assessments/export-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	exportResponse(event, { token: event.params.token }, 'pdf', `/vurdering/${event.params.token}/resultat`);
