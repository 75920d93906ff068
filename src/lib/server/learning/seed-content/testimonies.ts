/**
 * Statements about the cases and about collective impact in Denmark that cases.md attributes to
 * someone, with a source. There are no verbatim quotes in the sources we have, so every entry is a
 * paraphrase in our own words (the page says so); attributions are roles or organisations.
 */
import type { TestimonyContent } from '../../../domain/learning/content.ts';

export const SEED_TESTIMONIES: TestimonyContent[] = [
	{
		caseSlug: null,
		lessons: ['philanthropic_engine', 'leadership'],
		kind: 'paraphrase',
		statement: {
			da: 'Direktøren for Børns Vilkår har kritiseret collective impact for, at omkostningerne til at koordinere samarbejdet er meget høje.',
			en: 'The director of Børns Vilkår has criticised collective impact for the very high cost of coordinating the collaboration.'
		},
		attribution: { da: 'direktør, Børns Vilkår', en: 'director, Børns Vilkår' },
		sourceTitle: 'Altinget: Er collective impact filantropiens nye ord for ineffektivitet?',
		sourceUrl: 'https://www.altinget.dk/artikel/er-collective-impact-filantropiens-nye-ord-for-ineffektivitet',
		date: null
	},
	{
		caseSlug: null,
		lessons: ['it_works', 'patience', 'leadership'],
		kind: 'paraphrase',
		statement: {
			da: 'FSG’s strategiske review konkluderede, at Realdanias tre collective impact-grupper inden for to år havde gjort betydelige fremskridt med de fem kerneprincipper. FSG rådede Realdania til at investere i at definere problemet, at designe sekretariatet, så det passer til opgaven, at vælge formænd med omhu og at bruge udviklingsorienteret evaluering.',
			en: 'FSG’s strategic review concluded that Realdania’s three collective impact groups had made significant progress on the five conditions within two years. FSG advised Realdania to invest in defining the problem, to design the backbone to fit the task, to choose chairs carefully and to use developmental evaluation.'
		},
		attribution: { da: 'FSG (strategisk review for Realdania)', en: 'FSG (strategic review for Realdania)' },
		sourceTitle: 'FSG: Strategic Review of Collective Impact at Realdania',
		sourceUrl: 'https://docslib.org/doc/4652267/strategic-review-of-collective-impact-at-realdania',
		date: '2016'
	},
	{
		caseSlug: 'hjem-til-alle',
		lessons: ['it_works'],
		kind: 'paraphrase',
		statement: {
			da: 'VIVE tilskriver faldet i antallet af hjemløse unge den generelle omstilling til Housing First — ikke Hjem til Alle alliancen i sig selv.',
			en: 'VIVE attributes the fall in the number of homeless young people to the general shift to Housing First — not to the Hjem til Alle Alliance as such.'
		},
		attribution: { da: 'VIVE', en: 'VIVE' },
		sourceTitle: 'socialraadgiverne.dk: Analyse – færre lever i hjemløshed',
		sourceUrl: 'https://socialraadgiverne.dk/faglig-artikel/analyse-faerre-lever-i-hjemloeshed/',
		date: null
	}
];
