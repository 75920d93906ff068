import { getLocale } from '#lib/paraglide/runtime.js';
import { TemplateQuerySchema } from '#lib/schemas/measurement-import.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { importTemplate } from '#lib/server/measurement/bulk.usecases.ts';
import { fileResponse } from '#lib/server/measurement/import/stream-response.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { format } = TemplateQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const locale = getLocale() === 'en' ? 'en' : 'da';
	const template = await importTemplate(contextFrom(event), event.params.slug, { format, locale });
	return fileResponse(`${template.slug}-${locale === 'da' ? 'skabelon' : 'template'}.${format}`, format, template.write, event.locals);
};
