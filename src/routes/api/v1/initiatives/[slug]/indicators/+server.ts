import { apiEndpoint } from '#lib/server/api/endpoint.ts';
import { listIndicatorsOperation } from '#lib/server/api/operations.ts';

export const GET = apiEndpoint('read', listIndicatorsOperation);
