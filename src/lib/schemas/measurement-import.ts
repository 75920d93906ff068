/** The forms of bulk entry, import and export (issue 13 § 3). */
import { z } from 'zod';

const optionalId = z.union([z.literal(''), z.uuid()]).optional();

/** The import form's small fields (sent before the file). */
export const ImportFieldsSchema = z.object({
	locale: z.enum(['da', 'en']),
	reportingActorId: optionalId,
	approve: z.literal('on').optional()
});

/** Commit or discard of a previewed import. */
export const StagedImportSchema = z.object({ stagedId: z.string().max(100) });

export const ExportQuerySchema = z.object({
	format: z.enum(['csv', 'xlsx']).catch('csv'),
	state: z.enum(['approved', 'all']).catch('approved')
});

export const TemplateQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).catch('csv') });

/** The entry grid's fixed fields; its cells (`v|<indicator>|<categories>`, `n|<indicator>`) are read by the use case. */
export const EntryGridSchema = z.looseObject({
	period: z.string().max(20),
	reportingActorId: optionalId,
	approve: z.literal('on').optional()
});
