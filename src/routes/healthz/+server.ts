import { json } from '@sveltejs/kit';
import { getDatabase } from '#lib/server/app.ts';
import type { RequestHandler } from './$types';

/** 200 only when the database answers (within 2 s). */
export const GET: RequestHandler = async () => {
	try {
		const handle = getDatabase();
		await Promise.race([handle.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2_000).unref())]);
		return json({ status: 'ok', database: handle.kind }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
	}
};
