import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { ImportFieldsSchema, StagedImportSchema } from '#lib/schemas/measurement-import.ts';
import { getDatabase } from '#lib/server/app.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { isAppError } from '#lib/server/http/errors.ts';
import { formAction, readFormData } from '#lib/server/http/forms.ts';
import { hitRateLimit } from '#lib/server/limits/rate-limit.ts';
import { IMPORT_MAX_BYTES, IMPORT_UPLOADS_PER_10_MINUTES, ImportFileError } from '#lib/server/measurement/import/limits.ts';
import { withImportUpload } from '#lib/server/measurement/import/upload.ts';
import { commitStagedImportById, discardStagedImport, importPageData, previewImport } from '#lib/server/measurement/import.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await importPageData(contextFrom(event), event.params.slug)),
	maxMb: Math.floor(IMPORT_MAX_BYTES / (1024 * 1024)),
	defaultLocale: getLocale() === 'en' ? ('en' as const) : ('da' as const)
});

/** The fields the person chose, kept for the page (never the file: a browser cannot be handed one back). */
const kept = (fields: Record<string, string>) => ({
	locale: fields.locale === 'en' ? 'en' : 'da',
	reportingActorId: (fields.reportingActorId ?? '').slice(0, 100),
	approve: fields.approve === 'on' ? 'on' : ''
});

export const actions: Actions = {
	preview: async (event) => {
		const ctx = contextFrom(event);
		let values: Record<string, string> = { locale: getLocale() === 'en' ? 'en' : 'da' };
		try {
			// V5: uploads are costly; counted per person across servers
			await hitRateLimit(
				getDatabase().db,
				{ name: 'measurement_import', limit: IMPORT_UPLOADS_PER_10_MINUTES, windowSeconds: 600 },
				ctx.actor.userId ?? ctx.ip,
				new Date()
			);
			return await withImportUpload(event.request, async (fields, file) => {
				values = kept(fields);
				const parsed = ImportFieldsSchema.safeParse(fields);
				if (!parsed.success) return fail(400, { values, errors: { form: 'invalid_input' } });
				if (!file) return fail(400, { values, errors: { file: 'measurement_import_file_required' } });
				if (!file.format) return fail(400, { values, errors: { file: 'measurement_import_file_format' } });
				const input = parsed.data;
				const preview = await previewImport(ctx, event.params.slug, {
					source: file.stream,
					format: file.format,
					locale: input.locale,
					reportingActorId: input.reportingActorId ? input.reportingActorId : undefined,
					approve: input.approve === 'on',
					fileName: file.name
				});
				return { values, fileName: file.name, preview };
			});
		} catch (caught) {
			if (caught instanceof ImportFileError)
				return fail(caught.code === 'too_large' ? 413 : 400, { values, fileError: caught.code, errors: {} });
			if (isAppError(caught))
				return fail(caught.status, {
					values,
					errors: caught.fields,
					formError: Object.keys(caught.fields).length ? undefined : `error_${caught.code}`
				});
			throw caught;
		}
	},
	commit: formAction(
		StagedImportSchema,
		async ({ stagedId }, event) => {
			let outcome: { inserted: number; approved: boolean };
			try {
				outcome = await commitStagedImportById(contextFrom(event), event.params.slug, stagedId);
			} catch (caught) {
				// the preview expired, was committed already, or is not this person's: upload again
				if (isAppError(caught) && caught.code === 'not_found') return fail(404, { errors: {}, formError: 'measurement_import_expired' });
				throw caught;
			}
			redirect(
				303,
				`/initiativer/${event.params.slug}/maaling/import?importeret=${outcome.inserted}${outcome.approved ? '&godkendt=1' : ''}`
			);
		},
		{ sideForm: true }
	),
	discard: async (event) => {
		const form = await readFormData(event.request);
		const stagedId = form.get('stagedId');
		if (typeof stagedId === 'string') await discardStagedImport(contextFrom(event), event.params.slug, stagedId);
		redirect(303, `/initiativer/${event.params.slug}/maaling/import`);
	}
};
