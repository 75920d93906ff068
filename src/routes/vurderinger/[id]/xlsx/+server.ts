import { exportResponse } from '#lib/server/assessments/export-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => exportResponse(event, { id: event.params.id }, 'xlsx', `/vurderinger/${event.params.id}`);
