/**
 * The seed's example collection ("Eksempelsamling"): seven Danish collective impact-inspired
 * initiatives, in the seed's order. Every fact comes from /work/shared/spec/cases.md (the sources
 * listed on each case); what was looked for and not found is said in `notFound`, never guessed.
 * The texts are our own words. seed-content.test.ts guards the figures against cases.md.
 */
import type { CaseContent, CaseSource } from '../../../domain/learning/content.ts';

/** Realdania's case collection (Nov 2022): the main source of every case. */
const REALDANIA_COLLECTION: CaseSource = {
	title: 'Realdania: Syv danske collective impact-inspirerede initiativer 2014-2022 – eksempelsamling',
	url: 'https://realdania.dk/publikationer/faglige-publikationer/syv-danske-collective-impact-inspirerede-initiativer-2014-2022'
};

const fremtidensBaeredygtigeLandskaber: CaseContent = {
	slug: 'fremtidens-baeredygtige-landskaber',
	name: { da: 'Fremtidens bæredygtige landskaber', en: 'Sustainable Landscapes of the Future' },
	summary: {
		da: 'Et nationalt partnerskab af 15 parter fra landbrug, natur, friluftsliv og forskning, der i otte år arbejdede for en jordreform bygget på multifunktionel jordfordeling.',
		en: 'A national partnership of 15 parties from farming, nature, outdoor life and research that worked for eight years towards a land reform built on multifunctional land consolidation.'
	},
	problemField: 'land_and_nature',
	scale: 'national',
	place: {
		da: 'Hele landet; pilotprojekter i Skive, Jammerbugt, Ringkøbing-Skjern og Mariagerfjord',
		en: 'Denmark; pilot projects in Skive, Jammerbugt, Ringkøbing-Skjern and Mariagerfjord'
	},
	periodStart: 2014,
	periodEnd: 2022,
	periodNote: {
		da: 'Hed indtil 2020 »Det åbne land som dobbelt ressource«.',
		en: 'Called “Det åbne land som dobbelt ressource” (the open land as a double resource) until 2020.'
	},
	problem: {
		da: `Det åbne land skal rumme meget på én gang: landbrug, natur, vandmiljø, klima, energi, friluftsliv og udvikling af landdistrikterne. Skulle hvert af de hensyn have sit eget areal, ville det kræve ekstra jord svarende til hele Fyn.

Kravene til jorden konkurrerer med hinanden. Initiativet samlede organisationer, der taler for de forskellige hensyn, og forskere for at finde løsninger, hvor det samme areal kan tjene flere formål.`,
		en: `The open countryside has to serve many purposes at once: farming, nature, water, climate, energy, outdoor life and rural development. Meeting each of those needs on its own land would take extra land the size of Funen.

The demands on the land compete. The initiative brought together organisations that speak for the different interests, and researchers, to find solutions where the same land serves several purposes.`
	},
	backbone: {
		da: `Et sekretariat finansieret af Realdania drev arbejdet, og partnerskabet havde en **uafhængig formand**, Søren Møller.

Parterne arbejdede nationalt, mens tilgangen blev afprøvet lokalt i pilotprojekter i Skive, Jammerbugt, Ringkøbing-Skjern og Mariagerfjord.`,
		en: `A secretariat funded by Realdania ran the work, and the partnership had an **independent chair**, Søren Møller.

The parties worked nationally, while the approach was tried locally in pilot projects in Skive, Jammerbugt, Ringkøbing-Skjern and Mariagerfjord.`
	},
	goals: {
		da: 'Målet var en jordreform baseret på **multifunktionel jordfordeling**: at fordele jorden på ny, så de samme arealer kan bruges til flere formål.',
		en: 'The goal was a land reform based on **multifunctional land consolidation**: redistributing land so that the same areas can be used for several purposes.'
	},
	funding: {
		da: 'Realdania finansierede partnerskabets sekretariat.',
		en: 'Realdania funded the partnership’s secretariat.'
	},
	notFound: {
		da: 'Vi har ikke fundet initiativets samlede budget, hvor mange projekter der fik del i finanslovens pulje, eller hvad de seks anbefalinger siden har ført til.',
		en: 'We have not found the initiative’s total budget, how many projects received money from the Finance Act pool, or what the six recommendations have led to since.'
	},
	actors: [
		{ name: 'Realdania', sector: 'foundation', role: { da: 'finansierede sekretariatet', en: 'funded the secretariat' } },
		{ name: 'Landbrug & Fødevarer', sector: 'business', role: { da: 'en af de 15 parter', en: 'one of the 15 parties' } },
		{ name: 'Friluftsrådet', sector: 'civil_society', role: { da: 'en af de 15 parter', en: 'one of the 15 parties' } },
		{ name: 'Danmarks Sportsfiskerforening', sector: 'civil_society', role: { da: 'en af de 15 parter', en: 'one of the 15 parties' } },
		{
			name: 'Danmarks Naturfredningsforening',
			sector: 'civil_society',
			role: { da: 'en af de 15 parter', en: 'one of the 15 parties' }
		},
		{ name: 'Aarhus Universitet', sector: 'knowledge', role: { da: 'forskere deltog', en: 'researchers took part' } },
		{ name: 'Københavns Universitet', sector: 'knowledge', role: { da: 'forskere deltog', en: 'researchers took part' } },
		{ name: 'Syddansk Universitet', sector: 'knowledge', role: { da: 'forskere deltog', en: 'researchers took part' } }
	],
	results: [
		{
			date: '2018',
			figure: { da: '150 mio. kr.', en: 'DKK 150m' },
			description: {
				da: 'Finansloven 2018 afsatte 150 mio. kr. til pilotprojekter af samme slags. Der var flere ansøgninger, end puljen kunne dække.',
				en: 'The 2018 Finance Act set aside DKK 150m for pilot projects of the same kind. The pool was oversubscribed.'
			},
			sourceUrl: null
		},
		{
			date: '2022-11-23',
			figure: { da: '6 anbefalinger', en: '6 recommendations' },
			description: {
				da: 'Partnerskabet offentliggjorde seks fælles anbefalinger til en jordreform.',
				en: 'The partnership published six joint recommendations for a land reform.'
			},
			sourceUrl:
				'https://lf.dk/aktuelt/nyheder/2022/november/efter-8-aars-samarbejde-fremtidens-baeredygtige-landskaber-praesenterer-seks-anbefalinger'
		}
	],
	events: [
		{
			date: '2014',
			text: {
				da: 'Partnerskabet begynder under navnet »Det åbne land som dobbelt ressource«.',
				en: 'The partnership starts under the name “Det åbne land som dobbelt ressource”.'
			}
		},
		{
			date: '2020',
			text: {
				da: 'Initiativet skifter navn til Fremtidens bæredygtige landskaber.',
				en: 'The initiative is renamed Fremtidens bæredygtige landskaber (Sustainable Landscapes of the Future).'
			}
		},
		{
			date: '2022',
			text: { da: 'Samarbejdet slutter efter otte år.', en: 'The collaboration ends after eight years.' }
		}
	],
	sources: [
		{ title: 'Realdania: Fremtidens bæredygtige landskaber', url: 'https://realdania.dk/projekter/fremtidens-b%C3%A6redygtige-landskaber' },
		{ title: 'collectiveimpact.dk: Analyser', url: 'https://collectiveimpact.dk/analyser/' },
		{ title: 'collectiveimpact.dk: Fælles anbefalinger', url: 'https://collectiveimpact.dk/faelles-anbefalinger/' },
		{
			title: 'Landbrug & Fødevarer: Efter 8 års samarbejde præsenterer Fremtidens bæredygtige landskaber seks anbefalinger',
			url: 'https://lf.dk/aktuelt/nyheder/2022/november/efter-8-aars-samarbejde-fremtidens-baeredygtige-landskaber-praesenterer-seks-anbefalinger'
		},
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'patience',
			note: {
				da: 'Der gik otte år, fra 2014 til 2022, før de seks fælles anbefalinger til en jordreform lå klar. Undervejs, i 2020, skiftede initiativet navn.',
				en: 'It took eight years, from 2014 to 2022, before the six joint recommendations for a land reform were ready. Along the way, in 2020, the initiative changed its name.'
			}
		},
		{
			lesson: 'narrative',
			note: {
				da: 'Udgangspunktet var, at det ville kræve ekstra jord svarende til Fyn, hvis hvert hensyn skulle have sit eget areal. Målet blev i stedet multifunktionel jordfordeling: at den samme jord kan tjene flere formål.',
				en: 'The starting point was that giving each need its own land would take extra land the size of Funen. The goal instead became multifunctional land consolidation: the same land serving several purposes.'
			}
		},
		{
			lesson: 'involve',
			note: {
				da: 'Landbruget, naturfredningen, lystfiskerne og friluftslivet sad i samme partnerskab sammen med forskere fra tre universiteter — også de parter, hvis interesser trækker hver sin vej.',
				en: 'Farmers, nature conservationists, anglers and outdoor organisations sat in the same partnership with researchers from three universities — including the parties whose interests pull in different directions.'
			}
		},
		{
			lesson: 'national_local',
			note: {
				da: 'Målet var nationalt — en jordreform — men tilgangen blev afprøvet lokalt i fire pilotprojekter, og finansloven 2018 afsatte penge til flere af samme slags.',
				en: 'The goal was national — a land reform — but the approach was tried locally in four pilot projects, and the 2018 Finance Act set money aside for more of the same kind.'
			}
		}
	]
};

const hjemTilAlle: CaseContent = {
	slug: 'hjem-til-alle',
	name: { da: 'Hjem til Alle alliancen', en: 'The Hjem til Alle Alliance (Home for All)' },
	summary: {
		da: 'En national alliance, stiftet i 2016 af tre fonde og Københavns Kommune. Problemet var stigende hjemløshed blandt unge; metoden er Housing First.',
		en: 'A national alliance, founded in 2016 by three foundations and Copenhagen Municipality. The problem was rising youth homelessness; the method is Housing First.'
	},
	problemField: 'homelessness',
	scale: 'national',
	place: { da: 'Hele landet', en: 'Denmark (national)' },
	periodStart: 2016,
	periodEnd: null,
	periodNote: {
		da: 'Stiftet 2016 efter en forundersøgelse i 2015; ingen slutdato oplyst.',
		en: 'Founded 2016 after a pre-analysis in 2015; no end date given.'
	},
	problem: {
		da: `Hjemløsheden blandt unge var stigende. Alliancen samlede fonde, kommuner og en bred kreds af andre parter om én fælles indsats.

Alliancen valgte **Housing First** (»boligen først«) som metode. Inspirationen kom fra Calgarys plan for at afskaffe hjemløshed (*Plan to End Homelessness*) og fra *A Way Home* i Toronto.`,
		en: `Youth homelessness was rising. The alliance brought foundations, municipalities and a broad group of other parties together around one shared effort.

The alliance chose **Housing First** as its method. It drew inspiration from Calgary’s *Plan to End Homelessness* and from *A Way Home* in Toronto.`
	},
	backbone: {
		da: `I begyndelsen lå sekretariatet hos Bikubenfonden. Fra 2017 blev det til en selvstændig forening, **Foreningen Hjem til Alle**, med sin egen bestyrelse.

Styregruppen fra 2016 samlede ud over stifterne Socialstyrelsen, Aarhus Kommune, KAB, Falck, Metropol, KL, Ungdommens Røde Kors og SAND. Den blev senere omdannet til et **advisory board**.`,
		en: `At first the secretariat was hosted by Bikubenfonden. From 2017 it became an independent association, **Foreningen Hjem til Alle**, with its own board.

Besides the founders, the 2016 steering group included Socialstyrelsen (the National Board of Social Services), Aarhus Municipality, KAB, Falck, Metropol, KL (Local Government Denmark), Ungdommens Røde Kors (Danish Red Cross Youth) and SAND. It was later turned into an **advisory board**.`
	},
	goals: {
		da: 'Vi har ikke fundet et konkret, tidsfastsat mål. Alliancen arbejder med hjemløshed blandt unge og har Housing First som metode.',
		en: 'We have not found a concrete, time-bound target. The alliance works on youth homelessness, with Housing First as its method.'
	},
	funding: { da: '', en: '' },
	notFound: {
		da: 'Vi har ikke fundet alliancens budget, hvordan den er finansieret, konkrete tidsfastsatte mål, eller hvornår antallet af partnere voksede fra 15 til 20 og 22.',
		en: 'We have not found the alliance’s budget, how it is funded, concrete time-bound targets, or when the number of partners grew from 15 to 20 and 22.'
	},
	actors: [
		{
			name: 'Bikubenfonden',
			sector: 'foundation',
			role: { da: 'medstifter; husede sekretariatet i starten', en: 'co-founder; hosted the secretariat at first' }
		},
		{ name: 'Realdania', sector: 'foundation', role: { da: 'medstifter', en: 'co-founder' } },
		{ name: 'Helsefonden', sector: 'foundation', role: { da: 'medstifter', en: 'co-founder' } },
		{ name: 'Københavns Kommune', sector: 'public', role: { da: 'medstifter', en: 'co-founder' } },
		{ name: 'Socialstyrelsen', sector: 'public', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{ name: 'Aarhus Kommune', sector: 'public', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{ name: 'KAB', sector: 'civil_society', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{ name: 'Falck', sector: 'business', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{ name: 'Metropol', sector: 'knowledge', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{ name: 'KL', sector: 'public', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{
			name: 'Ungdommens Røde Kors',
			sector: 'civil_society',
			role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' }
		},
		{ name: 'SAND', sector: 'civil_society', role: { da: 'medlem af styregruppen (2016)', en: 'steering group member (2016)' } },
		{
			name: 'Foreningen Hjem til Alle',
			sector: 'civil_society',
			role: { da: 'sekretariat fra 2017, med egen bestyrelse', en: 'secretariat from 2017, with its own board' }
		}
	],
	results: [
		{
			date: '2022',
			figure: { da: '1.023 → 744', en: '1,023 → 744' },
			description: {
				da: 'VIVEs landsdækkende tællinger fandt 1.023 hjemløse 18–24-årige i 2019 og 744 i 2022. VIVE tilskriver faldet den generelle omstilling til Housing First, ikke alliancen.',
				en: 'VIVE’s national counts found 1,023 homeless 18–24-year-olds in 2019 and 744 in 2022. VIVE attributes the fall to the general shift to Housing First, not to the alliance.'
			},
			sourceUrl: 'https://socialraadgiverne.dk/faglig-artikel/analyse-faerre-lever-i-hjemloeshed/'
		},
		{
			date: null,
			figure: { da: '15 → 20 → 22', en: '15 → 20 → 22' },
			description: {
				da: 'Antallet af partnere i alliancen er vokset over tid.',
				en: 'The number of partners in the alliance has grown over time.'
			},
			sourceUrl: null
		}
	],
	events: [
		{
			date: '2015',
			text: { da: 'En forundersøgelse går forud for alliancen.', en: 'A pre-analysis precedes the alliance.' }
		},
		{
			date: '2016',
			text: {
				da: 'Bikubenfonden, Realdania, Helsefonden og Københavns Kommune stifter alliancen og nedsætter en bred styregruppe.',
				en: 'Bikubenfonden, Realdania, Helsefonden and Copenhagen Municipality found the alliance and set up a broad steering group.'
			}
		},
		{
			date: '2017',
			text: {
				da: 'Sekretariatet flytter fra Bikubenfonden til Foreningen Hjem til Alle, der får sin egen bestyrelse.',
				en: 'The secretariat moves from Bikubenfonden to the association Foreningen Hjem til Alle, which has its own board.'
			}
		}
	],
	sources: [
		{ title: 'Hjem til Alle: Historien bag Hjem til Alle', url: 'https://hjemtilalle.dk/historien-bag-hjem-til-alle/' },
		{
			title: 'socialraadgiverne.dk: Analyse – færre lever i hjemløshed',
			url: 'https://socialraadgiverne.dk/faglig-artikel/analyse-faerre-lever-i-hjemloeshed/'
		},
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'it_works',
			note: {
				da: 'Antallet af hjemløse 18–24-årige faldt fra 1.023 i 2019 til 744 i 2022. Men VIVE tilskriver faldet omstillingen til Housing First generelt, ikke alliancen — kilderne viser ikke, hvor meget alliancen selv har bidraget.',
				en: 'The number of homeless 18–24-year-olds fell from 1,023 in 2019 to 744 in 2022. But VIVE attributes the fall to the shift to Housing First in general, not to the alliance — the sources do not show how much the alliance itself contributed.'
			}
		},
		{
			lesson: 'leadership',
			note: {
				da: 'Sekretariatet begyndte hos en af de stiftende fonde, men blev i 2017 til en selvstændig forening med egen bestyrelse, og styregruppen blev til et advisory board.',
				en: 'The secretariat started at one of the founding foundations but became an independent association with its own board in 2017, and the steering group became an advisory board.'
			}
		},
		{
			lesson: 'narrative',
			note: {
				da: 'Alliancen samledes om én metode, Housing First (»boligen først«), og hentede inspiration i Calgarys plan for at afskaffe hjemløshed (*Plan to End Homelessness*) og i *A Way Home* i Toronto.',
				en: 'The alliance came together around one method, Housing First, and drew inspiration from Calgary’s *Plan to End Homelessness* and from *A Way Home* in Toronto.'
			}
		},
		{
			lesson: 'philanthropic_engine',
			note: {
				da: 'Tre fonde var med til at stifte alliancen, og en af dem husede sekretariatet i starten. Siden 2017 har alliancen haft sin egen forening.',
				en: 'Three foundations co-founded the alliance, and one of them hosted the secretariat at first. Since 2017 the alliance has had its own association.'
			}
		}
	]
};

const dk2020: CaseContent = {
	slug: 'dk2020',
	name: { da: 'DK2020', en: 'DK2020' },
	summary: {
		da: 'Realdania, CONCITO og C40 hjalp kommunerne med at lave klimaplaner i tråd med Parisaftalen — først 20 pilotkommuner, siden næsten alle landets kommuner.',
		en: 'Realdania, CONCITO and C40 helped Danish municipalities make climate plans in line with the Paris Agreement — first 20 pilot municipalities, then almost all of them.'
	},
	problemField: 'climate',
	scale: 'national',
	place: { da: 'Alle 98 kommuner', en: 'All 98 municipalities' },
	periodStart: 2019,
	periodEnd: null,
	periodNote: {
		da: 'Første dato i kilderne er udvælgelsen af pilotkommuner i 2019. Arbejdet fortsætter som Klimaalliancen; ingen slutdato oplyst.',
		en: 'The first date in the sources is the selection of pilot municipalities in 2019. The work continues as Klimaalliancen; no end date given.'
	},
	problem: {
		da: `Kommunernes klimaplaner var ikke i tråd med Parisaftalen. DK2020 var rettet mod alle 98 kommuner.

Kommunerne lavede deres planer gennem DK2020, med CONCITO og C40 som vidensparter og sekretariat og med fem regionale rådgivere.`,
		en: `Municipal climate plans were not in line with the Paris Agreement. DK2020 was aimed at all 98 municipalities.

The municipalities made their plans through DK2020, with CONCITO and C40 as knowledge partners and secretariat, and with five regional advisers.`
	},
	backbone: {
		da: `**CONCITO** og **C40** var vidensparter og sekretariat, og der var fem regionale rådgivere.

Fra 2020 kom også KL og de fem regioner med som parter.`,
		en: `**CONCITO** and **C40** were the knowledge partners and the secretariat, and there were five regional advisers.

From 2020, KL (Local Government Denmark) and the five regions also joined as partners.`
	},
	goals: {
		da: `- Netto nuludledning senest i 2050.
- De fleste pilotkommuner satte desuden et mål om 70 % reduktion i 2030.`,
		en: `- Net zero emissions by 2050 at the latest.
- Most pilot municipalities also aimed for a 70% reduction by 2030.`
	},
	funding: {
		da: 'Et fælles budget på 45 mio. kr.',
		en: 'A joint budget of DKK 45m.'
	},
	notFound: {
		da: 'Vi har ikke fundet, hvordan budgettet på 45 mio. kr. fordelte sig mellem parterne, hvornår DK2020 formelt sluttede, eller hvor meget kommunernes udledning er faldet som følge af planerne.',
		en: 'We have not found how the DKK 45m budget was split between the partners, when DK2020 formally ended, or how much municipal emissions have fallen as a result of the plans.'
	},
	actors: [
		{ name: 'Realdania', sector: 'foundation', role: { da: 'partner bag DK2020', en: 'partner behind DK2020' } },
		{ name: 'CONCITO', sector: 'knowledge', role: { da: 'vidensparter og sekretariat', en: 'knowledge partner and secretariat' } },
		{ name: 'C40', sector: 'civil_society', role: { da: 'vidensparter og sekretariat', en: 'knowledge partner and secretariat' } },
		{ name: 'KL', sector: 'public', role: { da: 'partner fra 2020', en: 'partner from 2020' } },
		{ name: 'De fem regioner', sector: 'public', role: { da: 'partnere fra 2020', en: 'partners from 2020' } },
		{
			name: 'Kommunerne',
			sector: 'public',
			role: {
				da: '20 pilotkommuner fra 2019; siden næsten alle kommuner',
				en: '20 pilot municipalities from 2019; later almost all municipalities'
			}
		}
	],
	results: [
		{
			date: '2024',
			figure: { da: '96 kommuner', en: '96 municipalities' },
			description: {
				da: 'I 2024 havde 96 kommuner en politisk godkendt klimaplan: 95 gennem DK2020 og Københavns Kommune med sin egen.',
				en: 'By 2024, 96 municipalities had a politically approved climate plan: 95 through DK2020, plus Copenhagen with its own.'
			},
			sourceUrl: 'https://realdania.dk/nyheder/2024/06/dk2020-projekt-har-transformeret-kommunernes-klimaindsats'
		},
		{
			date: null,
			figure: { da: 'ca. 1 ud af 4', en: 'about 1 in 4' },
			description: {
				da: 'En evaluering anslår, at omkring hver fjerde kommune ikke ville have haft en klimaplan uden DK2020.',
				en: 'An evaluation estimates that about one municipality in four would have had no climate plan without DK2020.'
			},
			sourceUrl: null
		}
	],
	events: [
		{
			date: '2019',
			text: {
				da: '20 pilotkommuner udvælges blandt 31 ansøgere.',
				en: '20 pilot municipalities are chosen from 31 applicants.'
			}
		},
		{
			date: '2020',
			text: { da: 'KL og de fem regioner kommer med i partnerskabet.', en: 'KL and the five regions join the partnership.' }
		}
	],
	sources: [
		{ title: 'Realdania: DK2020', url: 'https://realdania.org/whatwedo/grants-and-projects/dk2020' },
		{
			title: 'Realdania: DK2020-projekt har transformeret kommunernes klimaindsats',
			url: 'https://realdania.dk/nyheder/2024/06/dk2020-projekt-har-transformeret-kommunernes-klimaindsats'
		},
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'it_works',
			note: {
				da: '95 kommuner fik en klimaplan godkendt gennem DK2020, og en evaluering anslår, at omkring hver fjerde kommune ellers ikke ville have haft en. Hvad planerne betyder for udledningen, viser kilderne ikke.',
				en: '95 municipalities had a climate plan approved through DK2020, and an evaluation estimates that about one in four would otherwise have had none. The sources do not show what the plans mean for emissions.'
			}
		},
		{
			lesson: 'leadership',
			note: {
				da: 'CONCITO og C40 var både vidensparter og sekretariat, og der var fem regionale rådgivere. Arbejdet fortsætter som Klimaalliancen.',
				en: 'CONCITO and C40 were both knowledge partners and the secretariat, and there were five regional advisers. The work continues as Klimaalliancen.'
			}
		},
		{
			lesson: 'national_local',
			note: {
				da: 'DK2020 begyndte med 20 pilotkommuner og blev siden bredt ud til næsten alle kommuner: 95 fik en klimaplan godkendt gennem DK2020. Fra 2020 var også KL og de fem regioner med.',
				en: 'DK2020 started with 20 pilot municipalities and then spread to almost all of them: 95 had a climate plan approved through DK2020. From 2020, KL and the five regions took part too.'
			}
		}
	]
};

const toendermarskInitiativet: CaseContent = {
	slug: 'toendermarsk-initiativet',
	name: { da: 'Tøndermarsk Initiativet', en: 'The Tøndermarsk Initiative' },
	summary: {
		da: 'Tønder Kommune, tre fonde og staten gik sammen om at gøre Tøndermarsken og Højer, et område i tilbagegang, attraktivt at besøge, bo og arbejde i.',
		en: 'Tønder Municipality, three foundations and the state joined forces to make Tøndermarsken and Højer, an area in decline, attractive to visit, live and work in.'
	},
	problemField: 'local_development',
	scale: 'local',
	place: { da: 'Tøndermarsken og Højer, Tønder Kommune', en: 'Tøndermarsken and Højer, Tønder Municipality' },
	periodStart: 2016,
	periodEnd: 2023,
	periodNote: {
		da: 'Dialog fra 2015, lanceret 4. juni 2016, afsluttet i 2023 efter syv års arbejde.',
		en: 'Dialogue from 2015, launched on 4 June 2016, ended in 2023 after seven years of work.'
	},
	problem: {
		da: `Tønder Kommune var præget af tilbagegang. Højer mistede 23 % af sine indbyggere på 16 år, huspriserne var meget lave, og huse var længe om at blive solgt. Samtidig voksede risikoen for oversvømmelse i marsken.

Initiativet samlede indsatsen om ét område: Tøndermarsken og Højer.`,
		en: `Tønder Municipality was in decline. Højer lost 23% of its residents in 16 years, house prices were very low, and homes took a long time to sell. At the same time, the risk of flooding in the marshland was growing.

The initiative focused on one area: Tøndermarsken and Højer.`
	},
	backbone: {
		da: 'En projektdirektør ansat i kommunen ledede arbejdet fra et **projektkontor i Højer** — i det område, det hele handlede om.',
		en: 'A project director employed by the municipality led the work from a **project office in Højer** — in the area it was all about.'
	},
	goals: {
		da: 'At gøre området attraktivt at besøge, bo og arbejde i. Arbejdet var delt op i seks fokusområder.',
		en: 'To make the area attractive to visit, live and work in. The work was organised in six focus areas.'
	},
	funding: {
		da: `Ved lanceringen den 4. juni 2016 var der givet tilsagn om 210 mio. kr. I 2019 var beløbet vokset til omkring 265 mio. kr.:

- Tønder Kommune: 140 mio. kr.
- Realdania: ca. 65 mio. kr. (75 mio. kr. ved afslutningen)
- A.P. Møller Fonden: 31 mio. kr.
- Nordea-fonden: 16,5 mio. kr.
- Staten: 10 mio. kr.`,
		en: `At the launch on 4 June 2016, DKK 210m had been pledged. By 2019 the total had grown to about DKK 265m:

- Tønder Municipality: DKK 140m
- Realdania: about DKK 65m (DKK 75m in the end)
- A.P. Møller Fonden: DKK 31m
- Nordea-fonden: DKK 16.5m
- The state: DKK 10m`
	},
	notFound: {
		da: 'Vi har ikke fundet tal for antallet af besøgende (kilderne siger kun, at det steg markant), hvad de seks fokusområder hver især omfattede, eller hvordan befolkningstallet i Højer har udviklet sig siden.',
		en: 'We have not found visitor figures (the sources only say that visitor numbers rose markedly), what each of the six focus areas covered, or how Højer’s population has developed since.'
	},
	actors: [
		{
			name: 'Tønder Kommune',
			sector: 'public',
			role: { da: 'ansatte projektdirektøren; 140 mio. kr.', en: 'employed the project director; DKK 140m' }
		},
		{
			name: 'A.P. Møller Fonden',
			sector: 'foundation',
			role: { da: 'partner fra starten; 31 mio. kr.', en: 'partner from the start; DKK 31m' }
		},
		{
			name: 'Realdania',
			sector: 'foundation',
			role: {
				da: 'partner fra starten; ca. 65 mio. kr. (75 mio. kr. ved afslutningen)',
				en: 'partner from the start; about DKK 65m (DKK 75m in the end)'
			}
		},
		{ name: 'Nordea-fonden', sector: 'foundation', role: { da: 'kom senere med; 16,5 mio. kr.', en: 'joined later; DKK 16.5m' } },
		{ name: 'Staten', sector: 'public', role: { da: 'bidrog med 10 mio. kr.', en: 'contributed DKK 10m' } }
	],
	results: [
		{
			date: '2016-06-04',
			figure: { da: '210 mio. kr.', en: 'DKK 210m' },
			description: { da: 'Tilsagn ved lanceringen.', en: 'Pledged at the launch.' },
			sourceUrl: null
		},
		{
			date: '2019',
			figure: { da: 'ca. 265 mio. kr.', en: 'about DKK 265m' },
			description: { da: 'Samlede tilsagn i 2019.', en: 'Total pledges by 2019.' },
			sourceUrl: null
		},
		{
			date: '2019',
			figure: { da: '54 km', en: '54 km' },
			description: { da: 'Marskstien, en sti på 54 km, åbner.', en: 'Marskstien, a 54 km trail, opens.' },
			sourceUrl: null
		},
		{
			date: null,
			figure: { da: '', en: '' },
			description: {
				da: 'Antallet af besøgende steg markant. Kilderne giver ikke et tal.',
				en: 'Visitor numbers rose markedly. The sources give no figure.'
			},
			sourceUrl: null
		}
	],
	events: [
		{
			date: '2015',
			text: {
				da: 'Dialogen om initiativet begynder.',
				en: 'Dialogue about the initiative begins.'
			}
		},
		{
			date: '2016-06-04',
			text: {
				da: 'Tøndermarsk Initiativet lanceres.',
				en: 'The Tøndermarsk Initiative is launched.'
			}
		},
		{
			date: '2023',
			text: { da: 'Initiativet afsluttes efter syv års arbejde.', en: 'The initiative ends after seven years of work.' }
		}
	],
	sources: [
		{
			title: 'Realdania: Nyhed om afslutning på Tøndermarsk Initiativet',
			url: 'https://realdania.dk/nyheder/2023/10/nyhed-om-afslutning-paa-toendermarsk-initiativet'
		},
		{ title: 'Tøndermarsken: Tøndermarsk Initiativet', url: 'https://toendermarsken.dk/toendermarsk-initiativet/' },
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'patience',
			note: {
				da: 'Fra den første dialog i 2015 til afslutningen i 2023 — med syv års arbejde efter lanceringen i 2016.',
				en: 'From the first dialogue in 2015 to the end in 2023 — with seven years of work after the launch in 2016.'
			}
		},
		{
			lesson: 'narrative',
			note: {
				da: 'Udgangspunktet var et område i tilbagegang; målet var at gøre det til et sted, man har lyst til at besøge, bo og arbejde i.',
				en: 'The starting point was an area in decline; the goal was to make it a place people want to visit, live and work in.'
			}
		},
		{
			lesson: 'philanthropic_engine',
			note: {
				da: 'Tre fonde gav tilsagn om penge, men kommunen var selv den største bidragyder med 140 af de omkring 265 mio. kr. Fondene var en hjælpemotor, ikke hele motoren.',
				en: 'Three foundations pledged money, but the municipality itself was the largest contributor, with DKK 140m of about DKK 265m. The foundations were an auxiliary engine, not the whole engine.'
			}
		}
	]
};

const boTrygt: CaseContent = {
	slug: 'bo-trygt',
	name: { da: 'Bo trygt', en: 'Bo trygt (Live Safely)' },
	summary: {
		da: 'En national indsats mod indbrud i private hjem, lanceret i 2018 og ført ud i livet gennem 16 lokale partnerskaber mellem kommune og politi.',
		en: 'A national effort against home burglary, launched in 2018 and carried out through 16 local partnerships between municipalities and the police.'
	},
	problemField: 'safety',
	scale: 'national',
	place: { da: 'Hele landet; 16 lokale partnerskaber', en: 'Denmark; 16 local partnerships' },
	periodStart: 2018,
	periodEnd: null,
	periodNote: {
		da: 'Lanceret 2018; ingen slutdato oplyst. De seneste tal i kilderne er fra 2023.',
		en: 'Launched 2018; no end date given. The latest figures in the sources are from 2023.'
	},
	problem: {
		da: `Danmark havde omkring tre gange så mange indbrud i private hjem som nabolandene, og hver fjerde dansker var bekymret for indbrud.

Indsatsen samler fonde, Det Kriminalpræventive Råd, politiet, kommunerne, forsikringsbranchen og Bolius.`,
		en: `Denmark had about three times as many home burglaries as its neighbouring countries, and one Dane in four worried about burglary.

The effort brings together foundations, the Danish Crime Prevention Council, the police, municipalities, the insurance sector and Bolius.`
	},
	backbone: {
		da: `Indsatsen har en **fundersgruppe** og en **aktionsbestyrelse**. I aktionsbestyrelsen sidder Det Kriminalpræventive Råd, politiet, udvalgte kommuner, Forsikring & Pension og Bolius.

Lokalt sker arbejdet i 16 partnerskaber mellem kommune og politi.`,
		en: `The effort has a **funders’ group** and an **action board**. The action board brings together Det Kriminalpræventive Råd (the Danish Crime Prevention Council), the police, selected municipalities, Forsikring & Pension (Insurance & Pension Denmark) and Bolius.

Locally, the work happens in 16 partnerships between a municipality and the police.`
	},
	goals: {
		da: `- Antallet af indbrud skulle ned fra 29.000 til under 10.000 om året — senere skærpet til 7.000.
- Andelen af danskere, der er bekymrede for indbrud, skulle ned fra hver fjerde til hver tiende.`,
		en: `- Burglaries were to fall from 29,000 to under 10,000 a year — later tightened to 7,000.
- The share of Danes who worry about burglary was to fall from one in four to one in ten.`
	},
	funding: { da: '', en: '' },
	notFound: {
		da: 'Vi har ikke fundet indsatsens budget, hvem der sidder i fundersgruppen, hvem der driver sekretariatet, eller om målet for bekymring er nået.',
		en: 'We have not found the effort’s budget, who sits in the funders’ group, who runs the secretariat, or whether the target for worry has been met.'
	},
	actors: [
		{ name: 'TrygFonden', sector: 'foundation', role: { da: 'med til at lancere indsatsen i 2018', en: 'co-launched the effort in 2018' } },
		{ name: 'Realdania', sector: 'foundation', role: { da: 'med til at lancere indsatsen i 2018', en: 'co-launched the effort in 2018' } },
		{
			name: 'Bolius',
			sector: 'knowledge',
			role: { da: 'med til at lancere indsatsen; medlem af aktionsbestyrelsen', en: 'co-launched the effort; action board member' }
		},
		{
			name: 'Det Kriminalpræventive Råd',
			sector: 'civil_society',
			role: { da: 'med til at lancere indsatsen; medlem af aktionsbestyrelsen', en: 'co-launched the effort; action board member' }
		},
		{
			name: 'Politiet',
			sector: 'public',
			role: { da: 'medlem af aktionsbestyrelsen; lokale partnerskaber', en: 'action board member; local partnerships' }
		},
		{
			name: 'Kommunerne',
			sector: 'public',
			role: {
				da: 'udvalgte kommuner i aktionsbestyrelsen; 16 lokale partnerskaber',
				en: 'selected municipalities on the action board; 16 local partnerships'
			}
		},
		{ name: 'Forsikring & Pension', sector: 'business', role: { da: 'medlem af aktionsbestyrelsen', en: 'action board member' } }
	],
	results: [
		{
			date: '2019',
			figure: { da: '24.553', en: '24,553' },
			description: {
				da: 'Anmeldte indbrud i 2019 — det laveste antal i 30 år.',
				en: 'Reported burglaries in 2019 — the lowest number in 30 years.'
			},
			sourceUrl: null
		},
		{
			date: '2020',
			figure: { da: '−43 %', en: '−43%' },
			description: {
				da: 'Indbrud i 2. kvartal 2020 lå 43 % under 2. kvartal 2019. Faldet tilskrives først og fremmest covid-nedlukningen.',
				en: 'Burglaries in Q2 2020 were 43% below Q2 2019. The fall is credited mainly to the COVID lockdown.'
			},
			sourceUrl: null
		},
		{
			date: '2023',
			figure: { da: 'ca. 3.100–3.300 pr. kvartal', en: 'about 3,100–3,300 per quarter' },
			description: {
				da: 'Antallet af indbrud pr. kvartal i 2023.',
				en: 'The number of burglaries per quarter in 2023.'
			},
			sourceUrl: null
		}
	],
	events: [
		{
			date: '2018',
			text: {
				da: 'TrygFonden, Realdania, Bolius og Det Kriminalpræventive Råd lancerer Bo trygt.',
				en: 'TrygFonden, Realdania, Bolius and the Danish Crime Prevention Council launch Bo trygt.'
			}
		}
	],
	sources: [
		{ title: 'Det Kriminalpræventive Råd: Bo trygt', url: 'https://dkr.dk/nyheder/2018/jun/bo-trygt/' },
		{ title: 'Bo trygt: Om samarbejdet med kommunerne', url: 'https://botrygt.dk/kommune-samarbejde/om-samarbejdet' },
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'it_works',
			note: {
				da: 'Indbruddene faldt til 24.553 i 2019, det laveste i 30 år. Men faldet på 43 % i 2. kvartal 2020 skyldtes først og fremmest covid-nedlukningen — tallene skal læses med omtanke.',
				en: 'Burglaries fell to 24,553 in 2019, the lowest in 30 years. But the 43% fall in Q2 2020 was mainly due to the COVID lockdown — the figures must be read with care.'
			}
		},
		{
			lesson: 'national_local',
			note: {
				da: 'Målet er nationalt, men arbejdet sker i 16 lokale partnerskaber mellem kommune og politi.',
				en: 'The goal is national, but the work happens in 16 local partnerships between a municipality and the police.'
			}
		},
		{
			lesson: 'philanthropic_engine',
			note: {
				da: 'TrygFonden og Realdania var med til at lancere indsatsen, og den har en fundersgruppe. Lokalt sker arbejdet i 16 partnerskaber mellem kommune og politi.',
				en: 'TrygFonden and Realdania co-launched the effort, and it has a funders’ group. Locally, the work happens in 16 partnerships between a municipality and the police.'
			}
		}
	]
};

const medvindIOesterbyen: CaseContent = {
	slug: 'medvind-i-oesterbyen',
	name: { da: 'MedVind i Østerbyen', en: 'MedVind in Østerbyen' },
	summary: {
		da: 'Esbjerg Kommune og Lauritzen Fonden har forpligtet sig for 12 år til at løfte den sociale mobilitet blandt børn og unge i Østerbyen i Esbjerg.',
		en: 'Esbjerg Municipality and Lauritzen Fonden have committed for 12 years to improving social mobility among children and young people in Østerbyen, Esbjerg.'
	},
	problemField: 'children_and_education',
	scale: 'local',
	place: { da: 'Østerbyen, Esbjerg', en: 'Østerbyen, Esbjerg' },
	periodStart: 2018,
	periodEnd: null,
	periodNote: {
		da: 'Startåret 2018 er begyndelsen på den evaluerede periode 2018–2022, ikke et kendt stiftelsesår — det har vi ikke fundet. Forpligtelsen er på 12 år; målet gælder 2030.',
		en: 'The start year 2018 is the start of the evaluated period 2018–2022, not a known founding year — we have not found that. The commitment is for 12 years; the goal is set for 2030.'
	},
	problem: {
		da: `Børn og unge i Østerbyen i Esbjerg har lav social mobilitet. Udgangspunktet viste:

- 41 % af de yngre elever følte sig ensomme.
- 64,5 % begyndte på en ungdomsuddannelse inden for 15 måneder, mod 89,2 % i Esbjerg som helhed.
- 28 % af forældrene var på offentlig forsørgelse, mod 16 % på landsplan.

Indsatsen gælder hele opvæksten: alle 0–25-årige i Østerbyen.`,
		en: `Children and young people in Østerbyen, Esbjerg, have low social mobility. The baseline showed:

- 41% of younger pupils felt lonely.
- 64.5% started upper secondary education within 15 months, against 89.2% in Esbjerg as a whole.
- 28% of parents were on public benefits, against 16% nationally.

The effort covers the whole of growing up: all 0–25-year-olds in Østerbyen.`
	},
	backbone: {
		da: `Et **backbone-kontor** på Præstegårdsskolen driver det daglige arbejde. En **partnergruppe** samler parterne, med Lauritzen Fondens formand som formand.

Initiativet blev til efter et afklaringsforløb sammen med SUS.`,
		en: `A **backbone office** at Præstegårdsskolen runs the day-to-day work. A **partner group** brings the parties together, chaired by the chair of Lauritzen Fonden.

The initiative took shape after a scoping process with SUS.`
	},
	goals: {
		da: 'I 2030 skal alle 0–25-årige i Østerbyen finde vej gennem uddannelse og ind på arbejdsmarkedet.',
		en: 'By 2030, all 0–25-year-olds in Østerbyen should find their way through education and into work.'
	},
	funding: { da: '', en: '' },
	notFound: {
		da: 'Vi har ikke fundet budgettet, hvordan udgifterne deles mellem kommune og fond, eller nyere målinger af ensomhed og start på ungdomsuddannelse end udgangspunktet.',
		en: 'We have not found the budget, how costs are shared between the municipality and the foundation, or measurements of loneliness and starting upper secondary education more recent than the baseline.'
	},
	actors: [
		{
			name: 'Esbjerg Kommune',
			sector: 'public',
			role: { da: 'står bag sammen med Lauritzen Fonden', en: 'behind the initiative with Lauritzen Fonden' }
		},
		{
			name: 'Lauritzen Fonden',
			sector: 'foundation',
			role: {
				da: 'står bag sammen med Esbjerg Kommune; fondens formand leder partnergruppen',
				en: 'behind the initiative with Esbjerg Municipality; the foundation’s chair chairs the partner group'
			}
		},
		{ name: 'SUS', sector: 'civil_society', role: { da: 'afklaringsforløbet før start', en: 'the scoping process before the start' } },
		{ name: 'Præstegårdsskolen', sector: 'public', role: { da: 'huser backbone-kontoret', en: 'hosts the backbone office' } }
	],
	results: [
		{
			date: '2022',
			figure: { da: '72 %', en: '72%' },
			description: {
				da: 'Andelen af aktørerne, der mener, at MedVind hjælper unge i uddannelse og job (evaluering 2018–2022).',
				en: 'The share of actors who believe MedVind helps young people into education and work (evaluation 2018–2022).'
			},
			sourceUrl: 'https://medvind-oesterbyen.dk/viden/evaluering-medvind'
		},
		{
			date: '2022',
			figure: { da: '57 %', en: '57%' },
			description: {
				da: 'Andelen af aktørerne, der har startet nye samarbejder gennem alliancen (evaluering 2018–2022).',
				en: 'The share of actors who have started new collaborations through the alliance (evaluation 2018–2022).'
			},
			sourceUrl: 'https://medvind-oesterbyen.dk/viden/evaluering-medvind'
		}
	],
	// No dated event: the sources give none (2018 is only the start of the evaluated period).
	events: [],
	sources: [
		{ title: 'MedVind i Østerbyen: Baggrund', url: 'https://medvind-oesterbyen.dk/om-medvind/baggrund' },
		{ title: 'SUS: MedVind i Østerbyen', url: 'https://sus.dk/projekt/medvind-i-oesterbyen/' },
		{ title: 'MedVind i Østerbyen: Evaluering af MedVind', url: 'https://medvind-oesterbyen.dk/viden/evaluering-medvind' },
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'patience',
			note: {
				da: 'Parterne har forpligtet sig for 12 år, og målet ligger i 2030.',
				en: 'The partners have committed for 12 years, and the goal is set for 2030.'
			}
		},
		{
			lesson: 'leadership',
			note: {
				da: 'Et backbone-kontor på Præstegårdsskolen og en partnergruppe med Lauritzen Fondens formand for bordenden giver arbejdet både et sted og en ledelse.',
				en: 'A backbone office at Præstegårdsskolen and a partner group chaired by the chair of Lauritzen Fonden give the work both a home and leadership.'
			}
		},
		{
			lesson: 'involve',
			note: {
				da: 'Evalueringen spurgte de lokale aktører selv: 72 % mener, at MedVind hjælper unge i uddannelse og job, og 57 % har startet nye samarbejder gennem alliancen.',
				en: 'The evaluation asked the local actors themselves: 72% believe MedVind helps young people into education and work, and 57% have started new collaborations through the alliance.'
			}
		}
	]
};

const troldhedestien: CaseContent = {
	slug: 'troldhedestien',
	name: { da: 'Troldhedestien i Kolding', en: 'Troldhedestien in Kolding' },
	summary: {
		da: 'Kolding Kommune byggede fælles mødesteder langs Troldhedestien, en sti på omkring 10 km på en tidligere jernbanestrækning, for mennesker med handicap, socialt udsatte og alle andre.',
		en: 'Kolding Municipality built shared meeting places along Troldhedestien, a trail of about 10 km on a former railway line, for people with disabilities, socially vulnerable people and everyone else.'
	},
	problemField: 'inclusion',
	scale: 'local',
	place: { da: 'Kolding', en: 'Kolding' },
	periodStart: 2017,
	periodEnd: 2021,
	periodNote: {
		da: 'Projektperiode 2017–2021. I præsentationen staves navnet »Trolthedestien«.',
		en: 'Project period 2017–2021. The presentation spells the name “Trolthedestien”.'
	},
	problem: {
		da: `Mennesker med fysiske handicap, synshandicap eller psykiske handicap og socialt udsatte mennesker står ofte uden for fællesskabet.

Troldhedestien — en sti på omkring 10 km på en nedlagt jernbanestrækning — skulle give dem og alle andre steder at mødes.`,
		en: `People with physical, visual or mental disabilities and socially vulnerable people are often excluded from community life.

Troldhedestien — a trail of about 10 km along a former railway line — was to give them, and everyone else, places to meet.`
	},
	backbone: {
		da: `Kommunen havde **styregruppen og projektledelsen**, og **én fuldtidskoordinator** drev det daglige arbejde.

Projektet hørte under Realdanias collective impact-gruppe »Rummelighed for alle«. Designskolen Kolding og arkitekterne M&G var med i arbejdet.`,
		en: `The municipality held the **steering group and project lead**, and **one full-time coordinator** ran the day-to-day work.

The project was part of Realdania’s collective impact group “Rummelighed for alle” (room for everyone). Designskolen Kolding (Design School Kolding) and the architects M&G took part in the work.`
	},
	goals: {
		da: 'At skabe nye fællesskaber på tværs gennem mødesteder langs stien, som alle kan bruge.',
		en: 'To create new communities across groups through meeting places along the trail that everyone can use.'
	},
	funding: {
		da: `I alt 11,65 mio. kr.:

- Kolding Kommune: 4 mio. kr.
- Lokale- og Anlægsfonden: 4 mio. kr.
- Realdania: 3,3 mio. kr.
- Friluftsrådet: 0,35 mio. kr.`,
		en: `DKK 11.65m in total:

- Kolding Municipality: DKK 4m
- Lokale- og Anlægsfonden: DKK 4m
- Realdania: DKK 3.3m
- Friluftsrådet (the Danish Outdoor Council): DKK 0.35m`
	},
	notFound: {
		da: 'Vi har ikke fundet resultater fra effektstudiet, der følger 250 borgere, eller tal for, hvor mange der bruger stien og mødestederne.',
		en: 'We have not found results from the effect study that follows 250 citizens, or figures for how many people use the trail and the meeting places.'
	},
	actors: [
		{
			name: 'Kolding Kommune',
			sector: 'public',
			role: { da: 'styregruppe og projektledelse; 4 mio. kr.', en: 'steering group and project lead; DKK 4m' }
		},
		{
			name: 'Realdania',
			sector: 'foundation',
			role: {
				da: '3,3 mio. kr. gennem collective impact-gruppen »Rummelighed for alle«',
				en: 'DKK 3.3m through the collective impact group “Rummelighed for alle”'
			}
		},
		{ name: 'Lokale- og Anlægsfonden', sector: 'foundation', role: { da: 'bidrog med 4 mio. kr.', en: 'contributed DKK 4m' } },
		{ name: 'Friluftsrådet', sector: 'civil_society', role: { da: 'bidrog med 0,35 mio. kr.', en: 'contributed DKK 0.35m' } },
		{ name: 'Designskolen Kolding', sector: 'knowledge', role: { da: 'deltog i arbejdet', en: 'took part in the work' } },
		{ name: 'M&G (arkitekter)', sector: 'business', role: { da: 'deltog i arbejdet', en: 'took part in the work' } }
	],
	results: [
		{
			date: null,
			figure: { da: '3 mødesteder', en: '3 meeting places' },
			description: {
				da: 'Tre mødesteder langs stien er bygget efter principperne for universelt design.',
				en: 'Three meeting places along the trail were built to universal design.'
			},
			sourceUrl: null
		},
		{
			date: null,
			figure: { da: '250 borgere', en: '250 citizens' },
			description: {
				da: 'Et effektstudie følger 250 borgere. Vi har ikke fundet resultater.',
				en: 'An effect study follows 250 citizens. We have not found any results.'
			},
			sourceUrl: null
		}
	],
	events: [
		{
			date: '2017',
			text: {
				da: 'Projektet går i gang med støtte fra bl.a. Realdania.',
				en: 'The project starts with support from Realdania, among others.'
			}
		},
		{ date: '2021', text: { da: 'Projektperioden slutter.', en: 'The project period ends.' } }
	],
	sources: [
		{
			title: 'Kolding Kommune: Projektinformation om Troldhedestien',
			url: 'https://kolding.dk/borger/miljo-natur-og-klima/naturomrader-og-naturprojekter/troldhedestien/projektinformation-om-troldhedestien/'
		},
		{
			title: 'Realdania: Troldhedestien skal skabe nye fællesskaber',
			url: 'https://realdania.dk/nyheder/seneste-nyt/2017/troldhedestien-skal-skabe-nye-faellesskaber'
		},
		REALDANIA_COLLECTION
	],
	lessons: [
		{
			lesson: 'leadership',
			note: {
				da: 'En lille organisation: kommunal styregruppe og projektledelse og én fuldtidskoordinator, der holdt sammen på arbejdet.',
				en: 'A small organisation: a municipal steering group and project lead, and one full-time coordinator holding the work together.'
			}
		},
		{
			lesson: 'national_local',
			note: {
				da: 'Et bredt spørgsmål om rummelighed og inklusion, som Realdanias collective impact-gruppe »Rummelighed for alle« arbejdede med, blev gjort konkret gennem én sti i én kommune.',
				en: 'A broad question of inclusion, which Realdania’s collective impact group “Rummelighed for alle” worked on, was made concrete through one trail in one municipality.'
			}
		},
		{
			lesson: 'philanthropic_engine',
			note: {
				da: 'Realdania, Lokale- og Anlægsfonden og Friluftsrådet bidrog, men kommunen lagde selv 4 mio. kr. og havde ledelsen af projektet.',
				en: 'Realdania, Lokale- og Anlægsfonden and Friluftsrådet contributed, but the municipality put in DKK 4m itself and led the project.'
			}
		}
	]
};

/** The seed's order: Fremtidens bæredygtige landskaber, Hjem til Alle, DK2020, Tøndermarsk, Bo trygt, MedVind, Troldhedestien. */
export const SEED_CASES: CaseContent[] = [
	fremtidensBaeredygtigeLandskaber,
	hjemTilAlle,
	dk2020,
	toendermarskInitiativet,
	boTrygt,
	medvindIOesterbyen,
	troldhedestien
];
