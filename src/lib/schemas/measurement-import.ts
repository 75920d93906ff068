/** The forms of bulk entry, import and export (issue 13 § 3). */
import { z } from 'zod';
import { notFreeText } from '#lib/domain/privacy/free-text.ts';

const optionalId = z.union([z.literal(''), z.uuid()]).optional();

/** The import form's small fields (sent before the file). */
export const ImportFieldsSchema = z.object({
	locale: z.enum(['da', 'en']),
	reportingActorId: optionalId,
	approve: z.literal('on').optional()
});

/** Commit or discard of a previewed import. */
export const StagedImportSchema = z.object({ stagedId: notFreeText(z.string().max(100), 'the id of a staged import') });

export const ExportQuerySchema = z.object({
	format: z.enum(['csv', 'xlsx']).catch('csv'),
	state: z.enum(['approved', 'all']).catch('approved')
});

export const TemplateQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).catch('csv') });

/** The entry grid's fixed fields; its cells (`v|<indicator>|<categories>`, `n|<indicator>`) are read by the use case. */
export const EntryGridSchema = z.looseObject({
	period: notFreeText(z.string().max(20), 'a period key (checked by the use case)'),
	reportingActorId: optionalId,
	approve: z.literal('on').optional()
});
