import { redirect } from '@sveltejs/kit';
import { formatDateTime } from '#lib/i18n.ts';
import { UndeleteCaseSchema, UndeleteTestimonySchema } from '#lib/schemas/learning.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { listDeletedCaseRows, undeleteCase } from '#lib/server/learning/cases.usecases.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import { listDeletedTestimonyRows, undeleteTestimony } from '#lib/server/learning/testimonies.usecases.ts';
import { shownText } from '#lib/server/learning/view.ts';
import type { Actions, PageServerLoad } from './$types';

/** Deleted cases and testimonies, so an editor can undo a deletion. */
export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const locale = localeOf(event);
	const [cases, testimonies] = await Promise.all([listDeletedCaseRows(ctx), listDeletedTestimonyRows(ctx)]);
	return {
		cases: cases.map((row) => ({
			slug: row.slug,
			name: shownText(row.name, locale),
			isDraft: row.status === 'draft',
			deletedAt: formatDateTime(row.deletedAt, locale),
			deletedAtIso: new Date(row.deletedAt).toISOString(),
			deletedBy: row.deletedBy
		})),
		testimonies: testimonies.map((row) => ({
			id: row.id,
			statement: shownText(row.content.statement, locale),
			attribution: shownText(row.content.attribution, locale),
			deletedAt: formatDateTime(row.deletedAt, locale),
			deletedAtIso: new Date(row.deletedAt).toISOString(),
			deletedBy: row.deletedBy
		})),
		restored: event.url.searchParams.get('restored')
	};
};

export const actions: Actions = {
	restoreCase: formAction(UndeleteCaseSchema, async ({ slug }, event) => {
		await undeleteCase(contextFrom(event), slug);
		redirect(303, `/eksempler/${slug}?saved=restored`);
	}),
	restoreTestimony: formAction(UndeleteTestimonySchema, async ({ id }, event) => {
		await undeleteTestimony(contextFrom(event), id);
		redirect(303, '/laering/slettet?restored=testimony');
	})
};
