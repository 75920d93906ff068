import { redirect } from '@sveltejs/kit';
import { formatDateTime } from '#lib/i18n.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError } from '#lib/server/http/forms.ts';
import { listDeletedCaseRows, undeleteCase } from '#lib/server/learning/cases.usecases.ts';
import { localeOf, readFormValues } from '#lib/server/learning/learning-routes.ts';
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
	restoreCase: async (event) => {
		const values = await readFormValues(event);
		try {
			await undeleteCase(contextFrom(event), values.slug ?? '');
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, `/eksempler/${values.slug}?saved=restored`);
	},
	restoreTestimony: async (event) => {
		const values = await readFormValues(event);
		try {
			await undeleteTestimony(contextFrom(event), values.id ?? '');
		} catch (caught) {
			return failFromError(caught, values);
		}
		redirect(303, '/laering/slettet?restored=testimony');
	}
};
