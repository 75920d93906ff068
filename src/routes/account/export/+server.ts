import { contextFrom } from '#lib/server/http/event-context.ts';
import { exportOwnData } from '#lib/server/privacy/own-data.usecases.ts';
import type { RequestHandler } from './$types';

/** P2: everything Samspil holds about the signed-in person, as a JSON download (audited). */
export const GET: RequestHandler = async (event) => {
	const data = await exportOwnData(contextFrom(event));
	const day = data.exportedAt.slice(0, 10);
	return new Response(`${JSON.stringify(data, null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="samspil-mine-data-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
