import { getLocale } from '#lib/paraglide/runtime.js';
import { ExportQuerySchema } from '#lib/schemas/measurement-import.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { exportObservations } from '#lib/server/measurement/bulk.usecases.ts';
import { fileResponse } from '#lib/server/measurement/import/stream-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { format, state } = ExportQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const locale = getLocale() === 'en' ? 'en' : 'da';
	const file = await exportObservations(contextFrom(event), event.params.slug, { format, state, locale });
	const name = `${file.slug}-${locale === 'da' ? 'maaling' : 'measurement'}-${state === 'approved' ? (locale === 'da' ? 'godkendt' : 'approved') : locale === 'da' ? 'alle' : 'all'}.${format}`;
	return fileResponse(name, format, file.write, event.locals);
};
