import { contextFrom } from '#lib/server/http/event-context.ts';
import { listCaseRevisions } from '#lib/server/learning/cases.usecases.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import { restoreCaseAction } from '#lib/server/learning/editor-actions.ts';
import { buildRevisionViews } from '#lib/server/learning/revision-view.ts';
import { shownText } from '#lib/server/learning/view.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { record, revisions } = await listCaseRevisions(contextFrom(event), event.params.slug);
	return {
		base: '/eksempler',
		slug: record.slug,
		title: shownText(record.content.name, localeOf(event)),
		currentRevision: record.revision,
		revisions: buildRevisionViews(revisions),
		canRestore: true,
		restored: event.url.searchParams.get('restored')
	};
};

export const actions: Actions = {
	restore: restoreCaseAction
};
