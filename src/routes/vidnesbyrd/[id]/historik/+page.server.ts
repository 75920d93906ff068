import { contextFrom } from '#lib/server/http/event-context.ts';
import { restoreTestimonyAction } from '#lib/server/learning/editor-actions.ts';
import { buildRevisionViews } from '#lib/server/learning/revision-view.ts';
import { listTestimonyRevisions } from '#lib/server/learning/testimonies.usecases.ts';
import { shownText } from '#lib/server/learning/view.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { record, revisions } = await listTestimonyRevisions(contextFrom(event), event.params.id);
	const attribution = shownText(record.content.attribution, event.locals.locale === 'en' ? 'en' : 'da');
	return {
		base: '/vidnesbyrd',
		slug: `${record.id}/rediger`,
		title: attribution,
		currentRevision: record.revision,
		revisions: buildRevisionViews(revisions),
		canRestore: true,
		restored: event.url.searchParams.get('restored'),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	restore: restoreTestimonyAction
};
