import { apiEndpoint } from '#lib/server/api/endpoint.ts';
import { listObservationsOperation, submitObservationOperation } from '#lib/server/api/operations.ts';

export const GET = apiEndpoint('read', listObservationsOperation);
export const POST = apiEndpoint('submit', submitObservationOperation);
