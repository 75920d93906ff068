import { groupExportResponse } from '#lib/server/assessments/group-export-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => groupExportResponse(event, 'xlsx');
