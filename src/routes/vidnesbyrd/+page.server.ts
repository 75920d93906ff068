import { contextFrom } from '#lib/server/http/event-context.ts';
import { isContentEditor } from '#lib/server/learning/cases.usecases.ts';
import { loadLessonTitles, loadTestimonyViews } from '#lib/server/learning/learning-pages.ts';
import { localeOf } from '#lib/server/http/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const locale = localeOf(event);
	const [testimonies, lessonTitles] = await Promise.all([loadTestimonyViews(ctx, locale), loadLessonTitles(ctx, locale)]);
	return { testimonies, lessonTitles, canEdit: isContentEditor(ctx.actor), saved: event.url.searchParams.get('saved') };
};
