/**
 * "Min side": where a signed-in person lands — their organisations' self-checks, the group rounds
 * they can facilitate, their initiatives, and where to start something new (issue 11). It reads
 * through the areas' own list use cases, so each area's access rules hold here too.
 */
import { listAssessments } from '../assessments/assessments.usecases.ts';
import { listGroupRounds } from '../assessments/group-rounds.usecases.ts';
import { requireAccess, type UseCaseContext } from '../context.ts';
import { listMyInitiatives } from '../initiatives/initiatives.usecases.ts';

/** How many of each the page shows; the area's own list has the rest. */
export const START_PAGE_LIMIT = 5;

export async function getMyStartPage(ctx: UseCaseContext) {
	await requireAccess(ctx, 'start.view');
	const [{ organisations, assessments }, { rounds }, { initiatives, archivedCount }] = await Promise.all([
		listAssessments(ctx),
		listGroupRounds(ctx),
		listMyInitiatives(ctx)
	]);
	// open rounds first (they are what a facilitator follows), each group newest first
	const roundsOpenFirst = [...rounds].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
	// the initiatives' list is by name; here the latest change comes first
	const initiativesRecent = [...initiatives].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
	return {
		organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
		assessments: { items: assessments.slice(0, START_PAGE_LIMIT), total: assessments.length },
		rounds: {
			items: roundsOpenFirst.slice(0, START_PAGE_LIMIT),
			total: rounds.length,
			open: rounds.filter((r) => r.status === 'open').length
		},
		initiatives: { items: initiativesRecent.slice(0, START_PAGE_LIMIT), total: initiatives.length, archivedCount }
	};
}
