import { openApiDocument } from '#lib/server/api/openapi.ts';

/** The OpenAPI 3.1 document of /api/v1 (public: it describes the API, it holds no data). */
export const GET = () =>
	new Response(JSON.stringify(openApiDocument()), {
		headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' }
	});
