/**
 * The principles section (what collective impact is and when to use it, phases, principles of
 * practice, equity, roles), the five conditions and the seed's seven cross-case lessons. General
 * framework content is the public collective impact literature (Kania & Kramer 2011, the Collective
 * Impact Forum's principles of practice 2016, "Centering Equity in Collective Impact" 2022) as
 * product.md §2 lists it; the five phases are Samspil's own framing (product.md §2). Every statement
 * about a Danish case comes from cases.md — where cases.md is silent, the page says so. Our own words
 * throughout; seed-content.test.ts guards the figures.
 */
import { LESSON_TITLES_DA, type PageContent } from '../../../domain/learning/content.ts';

const topics: PageContent[] = [
	{
		kind: 'topic',
		key: 'what_and_when',
		slug: 'hvad-og-hvornaar',
		title: { da: 'Hvad er collective impact – og hvornår?', en: 'What is collective impact – and when is it the right tool?' },
		summary: {
			da: 'Collective impact er en systematisk måde for mange aktører at arbejde sammen om ét komplekst samfundsproblem. Her kan I læse, hvad det er, og hvordan I vurderer, om det passer til jeres problem.',
			en: 'Collective impact is a systematic way for many actors to work together on one complex social problem. Read what it is and how to judge whether it fits your problem.'
		},
		body: {
			da: `Collective impact er en måde at arbejde sammen på, når mange aktører — kommuner, fonde, foreninger, virksomheder, vidensinstitutioner og borgere — vil flytte ét komplekst samfundsproblem. I stedet for at hver organisation kører sit eget projekt, bliver parterne enige om et fælles mål, måler på samme måde, fordeler indsatsen mellem sig, taler løbende sammen og får hjælp af et fælles sekretariat. Begrebet blev beskrevet af John Kania og Mark Kramer i 2011.

## Hvorfor collective impact?

- **Problemdrevet filantropi.** Udgangspunktet er problemet og de mennesker, det rammer — ikke den enkelte organisations projekt.
- **»Vilde problemer«.** Nogle problemer har ingen enkel løsning. De kræver noget nyt af alle, også af samfundets institutioner.
- **En systematik.** Collective impact giver samarbejdet en fast struktur. Det er ét værktøj blandt flere — ikke svaret på alt.

## De fem kerneprincipper

1. [Fælles agenda og konkrete mål](/principper/faelles-agenda)
2. [Fælles målemetoder](/principper/faelles-maalemetoder)
3. [Gensidigt forpligtende aktiviteter](/principper/forpligtende-aktiviteter)
4. [Hyppig og åben kommunikation](/principper/kommunikation)
5. [Fælles sekretariat (backbone)](/principper/faelles-sekretariat)

Danske vejledninger lægger ofte et sjette princip til: **brugerinddragelse** — at de mennesker, problemet handler om, er med til at forme løsningen. Det hænger tæt sammen med læringen [Det kan ikke siges tit nok: Involver](/laering/involver).

## Hvornår giver det mening?

Collective impact koster tid og koordinering. Det betaler sig, når problemet er komplekst, når flere aktører kan påvirke det, og når de er klar til at arbejde sammen. [Vurderingen](/vurdering) fører jer gennem fire trin:

1. **Vælg problemet.** Sammenlign de problemer, I overvejer. Hvor kan I forbedre resultaterne markant, udnytte nye politiske eller økonomiske rammer eller svare hurtigt på et presserende behov?
2. **Er der flere aktører?** Kan kun én aktør påvirke problemet, er et program eller kapacitetsopbygning som regel bedre. Er der flere, så overvej at løse det i samarbejde.
3. **Er collective impact det rette værktøj?** Det er det, når problemet er komplekst og af et betydeligt omfang, systemet er splittet, flere sektorer må arbejde sammen, og de fleste slutbrugere er berørt. Tegn på kompleksitet er fx, at ingen kan løse problemet alene, at der er siloer og mangler koordinering, eller at der skal nye politiske løsninger eller ny innovation til. Er svaret nej på et af punkterne, er et program sandsynligvis bedre.
4. **Er I klar?** Der skal være ildsjæle, der kan løfte den lokale ledelse, penge til samarbejdet i mindst et år, gode erfaringer med at samarbejde i området og en brændende platform. Mangler noget af det, er det der, I begynder.

Vurderingen kan tages alene eller af en hel gruppe, så I kan se, hvor I er enige, og hvor I ser forskelligt på tingene. Se også, hvordan syv danske initiativer har grebet det an, fx [Hjem til Alle alliancen](/eksempler/hjem-til-alle) og [DK2020](/eksempler/dk2020).`,
			en: `Collective impact is a way of working together when many actors — municipalities, foundations, associations, businesses, knowledge institutions and citizens — want to move one complex social problem. Instead of each organisation running its own project, the partners agree on a common goal, measure in the same way, divide the work between them, talk regularly and are supported by a shared secretariat. The idea was described by John Kania and Mark Kramer in 2011.

## Why collective impact?

- **Problem-driven philanthropy.** The starting point is the problem and the people it affects — not a single organisation’s project.
- **“Wicked problems”.** Some problems have no simple solution. They demand something new of everyone, including society’s institutions.
- **A systematic approach.** Collective impact gives collaboration a firm structure. It is one tool among several — not the answer to everything.

## The five conditions

1. [Common agenda](/principper/faelles-agenda)
2. [Shared measurement](/principper/faelles-maalemetoder)
3. [Mutually reinforcing activities](/principper/forpligtende-aktiviteter)
4. [Continuous communication](/principper/kommunikation)
5. [Backbone support](/principper/faelles-sekretariat)

Danish guides often add a sixth principle: **brugerinddragelse** (user involvement) — the people the problem is about help shape the solution. It is closely linked to the lesson [It cannot be said often enough: involve](/laering/involver).

## When does it make sense?

Collective impact costs time and coordination. It pays off when the problem is complex, when several actors can influence it, and when they are ready to work together. [The assessment](/vurdering) takes you through four steps:

1. **Choose the problem.** Compare the problems you are considering. Where can you improve results dramatically, use new political or financial conditions, or respond quickly to a pressing need?
2. **Are there several actors?** If only one actor can influence the problem, a programme or capacity building is usually better. If there are several, consider a collaborative approach.
3. **Is collective impact the right tool?** It is when the problem is complex and substantial in scale, the system is fragmented, several sectors must work together, and most end users are affected. Signs of complexity include that no one can solve the problem alone, that there are silos and missing coordination, or that new policy or new innovation is needed. If the answer to any of these is no, a programme is probably better.
4. **Are you ready?** You need champions who can lift local leadership, money for the collaboration for at least a year, good experiences of working together in the area, and a burning platform. If something is missing, that is where you start.

The assessment can be taken alone or by a whole group, so you can see where you agree and where you see things differently. See also how seven Danish initiatives went about it, for example [the Hjem til Alle Alliance](/eksempler/hjem-til-alle) and [DK2020](/eksempler/dk2020).`
		},
		sortOrder: 1
	},
	{
		kind: 'topic',
		key: 'phases',
		slug: 'faser',
		title: { da: 'Et initiativs faser', en: 'The phases of an initiative' },
		summary: {
			da: 'Samspil deler et collective impact-initiativ op i fem faser, fra at vurdere parathed til at fastholde handling og effekt. Faserne hjælper med at se, hvor man står — de er ikke en trappe, der skal gås i takt.',
			en: 'Samspil divides a collective impact initiative into five phases, from assessing readiness to sustaining action and impact. The phases help you see where you are — they are not a staircase to be climbed in step.'
		},
		body: {
			da: `Et collective impact-initiativ bliver ikke til på én gang. Samspil deler et initiativ op i fem faser: vurder parathed, sæt gang i arbejdet, organiser for effekt, begynd implementeringen og fasthold handling og effekt. Faserne kan overlappe, og et initiativ kan godt vende tilbage til en tidligere fase, når nye parter kommer til, eller problemet ændrer sig.

## 1. Vurder parathed

Er problemet egnet, og er aktørerne klar? Her afklarer I, om der er ildsjæle, ressourcer, gode samarbejdserfaringer og en brændende platform. Brug [vurderingen](/vurdering). [Hjem til Alle alliancen](/eksempler/hjem-til-alle) blev stiftet efter en forundersøgelse i 2015, og [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) blev til efter et afklaringsforløb med SUS.

## 2. Sæt gang i arbejdet

Find de centrale aktører, kortlæg feltet, og brug data til at vise problemet. Nedsæt en gruppe på tværs af sektorer, der kan lede arbejdet. I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) gik dialog fra 2015 forud for lanceringen i 2016.

## 3. Organiser for effekt

Bliv enige om den fælles agenda, de fælles målemetoder og sekretariatets rolle, og byg strukturen: styregruppe, arbejdsgrupper og sekretariat. [Hjem til Alle](/eksempler/hjem-til-alle) flyttede i 2017 sit sekretariat fra Bikubenfonden over i en selvstændig forening med egen bestyrelse.

## 4. Begynd implementeringen

Parterne sætter aktiviteter i gang, der understøtter hinanden, og begynder at måle. Det kan være klogt at afprøve i det små først: [DK2020](/eksempler/dk2020) begyndte med 20 pilotkommuner, og [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) afprøvede tilgangen i fire pilotprojekter.

## 5. Fasthold handling og effekt

Følg resultaterne, lær af dem, og juster. Sørg for, at arbejdet kan leve videre, når de første bevillinger slutter. [DK2020](/eksempler/dk2020) fortsætter som Klimaalliancen, og parterne bag [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) har forpligtet sig for 12 år.

## I Samspil

Hvert initiativ angiver sin fase, så sekretariat, partnere og fonde kan se, hvor arbejdet står. Se også [hvad der skal til for at holde fast](/laering/taalmodighed-og-raastyrke).`,
			en: `A collective impact initiative does not come about all at once. Samspil divides an initiative into five phases: assess readiness, initiate action, organise for impact, begin implementation, and sustain action and impact. The phases can overlap, and an initiative may well return to an earlier phase when new partners join or the problem changes.

## 1. Assess readiness

Is the problem suitable, and are the actors ready? This is where you find out whether there are champions, resources, good experiences of collaboration and a burning platform. Use [the assessment](/vurdering). [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) was founded after a pre-analysis in 2015, and [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) took shape after a scoping process with SUS.

## 2. Initiate action

Identify the key actors, map the field, and use data to make the problem visible. Set up a cross-sector group that can lead the work. In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet), dialogue from 2015 preceded the launch in 2016.

## 3. Organise for impact

Agree on the common agenda, the shared measurement and the role of the secretariat, and build the structure: steering group, working groups and secretariat. [Hjem til Alle](/eksempler/hjem-til-alle) moved its secretariat from Bikubenfonden to an independent association with its own board in 2017.

## 4. Begin implementation

The partners start mutually reinforcing activities and begin to measure. It can be wise to try things on a small scale first: [DK2020](/eksempler/dk2020) started with 20 pilot municipalities, and [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) tried its approach in four pilot projects.

## 5. Sustain action and impact

Follow the results, learn from them and adjust. Make sure the work can live on when the first grants end. [DK2020](/eksempler/dk2020) continues as Klimaalliancen, and the partners behind [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) have committed for 12 years.

## In Samspil

Each initiative records its phase, so that the secretariat, partners and funders can see where the work stands. See also [what it takes to keep going](/laering/taalmodighed-og-raastyrke).`
		},
		sortOrder: 2
	},
	{
		kind: 'topic',
		key: 'practice_principles',
		slug: 'praksisprincipper',
		title: { da: 'Otte principper for praksis', en: 'Eight principles of practice' },
		summary: {
			da: 'I 2016 offentliggjorde Collective Impact Forum otte principper for, hvordan collective impact gøres godt i praksis.',
			en: 'In 2016 the Collective Impact Forum published eight principles for doing collective impact well in practice.'
		},
		body: {
			da: `De fem kerneprincipper siger, hvad et initiativ skal have på plads. De otte praksisprincipper, som Collective Impact Forum offentliggjorde i 2016, handler om, hvordan arbejdet gøres.

## De otte principper

1. **Sæt lighed i centrum fra begyndelsen.** Design og gennemfør initiativet med lighed som prioritet: Hvem rammer problemet hårdest, og hvem får gavn af løsningerne? Læs mere under [Lighed i centrum](/principper/lighed).
2. **Tag borgerne med i samarbejdet.** De mennesker, problemet handler om, skal være med — ikke kun høres. Se læringen [Involver](/laering/involver).
3. **Rekrutter og skab sammen med partnere fra flere sektorer.** Myndigheder, fonde, civilsamfund, erhvervsliv og vidensinstitutioner bidrager med hver sit. [Hjem til Alle alliancens](/eksempler/hjem-til-alle) styregruppe fra 2016 rummede dem alle.
4. **Brug data til løbende at lære, tilpasse og forbedre.** Data er ikke kun til afrapportering. [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) tog udgangspunkt i konkrete tal for ensomhed, uddannelse og forsørgelse. Se [Fælles målemetoder](/principper/faelles-maalemetoder).
5. **Udvikl ledere med blik for hele systemet.** Collective impact kræver ledere, der kan samle uden at bestemme. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) havde en uafhængig formand.
6. **Arbejd både med programmer og med systemet.** Gode projekter er ikke nok; også politik, regler og praksis må flytte sig. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) arbejdede for en jordreform.
7. **Byg en kultur med relationer, tillid og respekt.** Samarbejdet hviler på tillid mellem parterne, og den tager tid at bygge. Se [Hyppig og åben kommunikation](/principper/kommunikation).
8. **Tilpas til den lokale sammenhæng.** Det, der virker ét sted, skal oversættes til det næste. [Bo trygt](/eksempler/bo-trygt) arbejder gennem 16 lokale partnerskaber mellem kommune og politi.

## Sådan bruger I dem

Principperne er ikke en tjekliste, men en hjælp til at stille de rigtige spørgsmål undervejs. De går igen i Samspils [læringspunkter](/laering/det-nytter) og i initiativernes løbende sundhedstjek.`,
			en: `The five conditions say what an initiative needs to have in place. The eight principles of practice, published by the Collective Impact Forum in 2016, are about how the work is done.

## The eight principles

1. **Design and implement with a priority on equity.** Who is hit hardest by the problem, and who benefits from the solutions? Read more under [Centering equity](/principper/lighed).
2. **Include community members in the collaborative.** The people the problem is about should take part — not just be consulted. See the lesson [Involve](/laering/involver).
3. **Recruit and co-create with cross-sector partners.** Public bodies, foundations, civil society, business and knowledge institutions each bring something different. [The Hjem til Alle Alliance’s](/eksempler/hjem-til-alle) 2016 steering group included all of them.
4. **Use data to continuously learn, adapt and improve.** Data is not only for reporting. [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) started from concrete figures on loneliness, education and public benefits. See [Shared measurement](/principper/faelles-maalemetoder).
5. **Cultivate leaders with system leadership skills.** Collective impact needs leaders who can bring people together without being in charge. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) had an independent chair.
6. **Focus on programme and system strategies.** Good projects are not enough; policy, rules and practice have to move too. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) worked for a land reform.
7. **Build a culture of relationships, trust and respect.** Collaboration rests on trust between the partners, and trust takes time to build. See [Continuous communication](/principper/kommunikation).
8. **Customise for local context.** What works in one place has to be translated to the next. [Bo trygt](/eksempler/bo-trygt) works through 16 local partnerships between a municipality and the police.

## How to use them

The principles are not a checklist but a help to ask the right questions along the way. They recur in Samspil’s [lessons](/laering/det-nytter) and in initiatives’ regular health checks.`
		},
		sortOrder: 3
	},
	{
		kind: 'topic',
		key: 'equity',
		slug: 'lighed',
		title: { da: 'Lighed i centrum', en: 'Centering equity' },
		summary: {
			da: 'I 2022 beskrev en række af forfatterne bag collective impact, hvordan lighed må stå i centrum af arbejdet — med fem strategier.',
			en: 'In 2022 several of the authors behind collective impact described how equity must be at the centre of the work — with five strategies.'
		},
		body: {
			da: `Den første beskrivelse af collective impact fra 2011 sagde ikke meget om lighed. I artiklen *Centering Equity in Collective Impact* (2022) vender John Kania, Mark Kramer og en række medforfattere tilbage til begrebet og siger det klart: Et initiativ, der ikke tager fat på, hvorfor nogle grupper systematisk klarer sig dårligere, risikerer at bevare de skævheder, det skulle mindske.

## De fem strategier

1. **Forankr arbejdet i data og kontekst, og målret løsningerne.** Opdel data, så forskelle mellem grupper og områder bliver synlige, og ret indsatsen mod dem, der har mest brug for den.
2. **Arbejd med systemforandring, ikke kun med programmer og ydelser.** Se på de regler, strukturer og vaner, der holder problemet fast.
3. **Flyt magt i samarbejdet.** Hvem sidder med, når beslutningerne træffes? Giv dem, der er berørt, reel indflydelse.
4. **Lyt til og handl sammen med lokalsamfundet.** Inddragelse er et samarbejde, ikke en høring.
5. **Opbyg ledelse og ansvarlighed for lighed.** Ledere på alle niveauer skal kunne se og tale om ulighed og stå til ansvar for at mindske den.

## I en dansk sammenhæng

Danske vejledninger har et sjette princip, **brugerinddragelse**, som ligger tæt på strategi 3 og 4 — se [Involver](/laering/involver).

I eksemplerne ses lighedsperspektivet især i data og i det fysiske design. [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) sammenlignede bydelen med resten af Esbjerg og landet: 64,5 % af de unge begyndte på en ungdomsuddannelse inden for 15 måneder mod 89,2 % i Esbjerg som helhed, og 28 % af forældrene var på offentlig forsørgelse mod 16 % på landsplan. [Troldhedestien](/eksempler/troldhedestien) byggede mødesteder efter universelt design, så mennesker med handicap kan bruge dem sammen med alle andre. Kilderne til eksemplerne siger mindre om, hvordan magten blev delt — et godt spørgsmål at stille i sit eget initiativ.

## I Samspil

Samspil er bygget til at vise data opdelt på fx køn, alder og område direkte i figurerne, ikke kun i eksporten, og til at skjule små tal på offentlige sider, så ingen kan genkendes. En inddragelseslog viser, hvem der er blevet inddraget, og hvordan.`,
			en: `The first description of collective impact in 2011 said little about equity. In the article *Centering Equity in Collective Impact* (2022), John Kania, Mark Kramer and several co-authors return to the idea and say it plainly: an initiative that does not address why some groups systematically do worse risks preserving the very inequities it set out to reduce.

## The five strategies

1. **Ground the work in data and context, and target solutions.** Break data down so that differences between groups and areas become visible, and direct the effort at those who need it most.
2. **Focus on systems change, in addition to programmes and services.** Look at the rules, structures and habits that hold the problem in place.
3. **Shift power within the collaborative.** Who is at the table when decisions are made? Give those affected real influence.
4. **Listen to and act with community.** Involvement is a collaboration, not a consultation.
5. **Build equity leadership and accountability.** Leaders at every level must be able to see and talk about inequity and be accountable for reducing it.

## In a Danish context

Danish guides have a sixth principle, **brugerinddragelse** (user involvement), which is close to strategies 3 and 4 — see [Involve](/laering/involver).

In the examples, the equity perspective shows mostly in data and in physical design. [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) compared the neighbourhood with the rest of Esbjerg and the country: 64.5% of young people started upper secondary education within 15 months, against 89.2% in Esbjerg as a whole, and 28% of parents were on public benefits, against 16% nationally. [Troldhedestien](/eksempler/troldhedestien) built meeting places to universal design, so that people with disabilities can use them together with everyone else. The sources on the examples say less about how power was shared — a good question to ask in your own initiative.

## In Samspil

Samspil is built to show data broken down by, for example, sex, age and area directly in the charts, not only in exports, and to hide small numbers on public pages so that no one can be identified. An involvement log shows who has been involved, and how.`
		},
		sortOrder: 4
	},
	{
		kind: 'topic',
		key: 'roles',
		slug: 'roller',
		title: { da: 'Roller og organisering', en: 'Roles and governance' },
		summary: {
			da: 'De roller, der går igen i danske collective impact-initiativer — fra styregruppe og sekretariat til advisory board og fundersgruppe — og hvor de findes i eksemplerne.',
			en: 'The roles that recur in Danish collective impact initiatives — from steering group and secretariat to advisory board and funders’ group — and where they appear in the examples.'
		},
		body: {
			da: `Der er ingen fast opskrift på, hvordan et initiativ organiseres. FSG’s strategiske gennemgang af Realdanias arbejde i 2016 rådede netop til at designe sekretariatet, så det passer til opgaven, og at vælge formænd med omhu. Disse roller går igen i de danske eksempler.

## Styregruppe

Træffer de store beslutninger og holder retningen, typisk med ledere fra de vigtigste parter. [Hjem til Alle alliancen](/eksempler/hjem-til-alle) havde fra 2016 en bred styregruppe med fonde, kommuner, stat, erhvervsliv og civilsamfund. I [Troldhedestien](/eksempler/troldhedestien) lå styregruppen i kommunen.

## Arbejdsgrupper

Mindre grupper, der driver en konkret del af strategien — et delmål, en målgruppe eller et fagområde — og melder tilbage til styregruppen. Kilderne til eksempelsamlingen beskriver ikke arbejdsgrupperne nærmere.

## Partnergruppe

Et forum for de parter, der har forpligtet sig. I [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) ledes partnergruppen af Lauritzen Fondens formand.

## Samarbejdsparter

Organisationer, der bidrager med aktiviteter, viden, penge eller data uden nødvendigvis at sidde i ledelsen. [Hjem til Alle](/eksempler/hjem-til-alle) voksede fra 15 til 22 partnere, og [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) samlede 15 parter og forskere fra tre universiteter.

## Fælles sekretariat (backbone)

Holder samarbejdet sammen i hverdagen: forbereder møder, samler data, kommunikerer og hjælper parterne med at koordinere. Det kan være et fondsfinansieret sekretariat, vidensparter, en kommunal projektdirektør eller en selvstændig forening. Læs mere under [Fælles sekretariat (backbone)](/principper/faelles-sekretariat).

## Uafhængig formand

En formand uden egne interesser i sagen kan samle parter, hvis interesser trækker i hver sin retning. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) havde en uafhængig formand, Søren Møller.

## Bestyrelse

Når sekretariatet bliver sin egen organisation, får det en bestyrelse. Foreningen bag [Hjem til Alle](/eksempler/hjem-til-alle) fik sin egen bestyrelse i 2017. [Bo trygt](/eksempler/bo-trygt) har en aktionsbestyrelse med Det Kriminalpræventive Råd, politiet, udvalgte kommuner, Forsikring & Pension og Bolius.

## Advisory board

Et rådgivende organ, der giver sparring og netværk uden at træffe beslutningerne. I [Hjem til Alle](/eksempler/hjem-til-alle) blev styregruppen omdannet til et advisory board, mens sekretariatet blev en forening med egen bestyrelse.

## Fundersgruppe

Fonde og andre bidragydere koordinerer deres støtte i en fælles gruppe i stedet for hver for sig. [Bo trygt](/eksempler/bo-trygt) har en fundersgruppe.

## Målgruppen selv

Den vigtigste rolle står sjældent i organisationsdiagrammet: de mennesker, problemet handler om. Danske vejledninger gør **brugerinddragelse** til et sjette princip — se [Involver](/laering/involver).

## I Samspil

Sekretariatet kan registrere initiativets organer og deres medlemmer, medarbejdere, finansiering og hvor længe pengene rækker, så alle kan se, hvem der gør hvad.`,
			en: `There is no fixed recipe for how an initiative is organised. FSG’s strategic review of Realdania’s work in 2016 advised precisely that the secretariat be designed to fit the task and that chairs be chosen with care. These roles recur in the Danish examples.

## Steering group

Makes the big decisions and keeps the direction, usually with leaders from the main partners. [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) had a broad steering group from 2016, with foundations, municipalities, the state, business and civil society. In [Troldhedestien](/eksempler/troldhedestien) the steering group sat in the municipality.

## Working groups

Smaller groups that drive a specific part of the strategy — a sub-goal, a target group or a field — and report back to the steering group. The sources on the example collection do not describe the working groups in detail.

## Partner group

A forum for the partners who have made a commitment. In [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) the partner group is chaired by the chair of Lauritzen Fonden.

## Collaborating partners

Organisations that contribute activities, knowledge, money or data without necessarily being part of the leadership. [Hjem til Alle](/eksempler/hjem-til-alle) grew from 15 to 22 partners, and [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) brought together 15 parties and researchers from three universities.

## Shared secretariat (backbone)

Holds the collaboration together day to day: prepares meetings, gathers data, communicates and helps the partners coordinate. It can be a foundation-funded secretariat, knowledge partners, a municipal project director or an independent association. Read more under [Backbone support](/principper/faelles-sekretariat).

## Independent chair

A chair with no stake of their own can bring together parties whose interests pull in different directions. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) had an independent chair, Søren Møller.

## Board

When the secretariat becomes an organisation of its own, it gets a board. The association behind [Hjem til Alle](/eksempler/hjem-til-alle) got its own board in 2017. [Bo trygt](/eksempler/bo-trygt) has an action board with the Danish Crime Prevention Council, the police, selected municipalities, Insurance & Pension Denmark and Bolius.

## Advisory board

An advisory body that offers counsel and networks without making the decisions. In [Hjem til Alle](/eksempler/hjem-til-alle) the steering group was turned into an advisory board, while the secretariat became an association with its own board.

## Funders’ group

Foundations and other funders coordinate their support in a joint group instead of separately. [Bo trygt](/eksempler/bo-trygt) has a funders’ group.

## The target group itself

The most important role is rarely on the organisation chart: the people the problem is about. Danish guides make **brugerinddragelse** (user involvement) a sixth principle — see [Involve](/laering/involver).

## In Samspil

The secretariat can record the initiative’s bodies and their members, staff, funding and how long the money will last, so that everyone can see who does what.`
		},
		sortOrder: 5
	}
];

const conditions: PageContent[] = [
	{
		kind: 'condition',
		key: 'common_agenda',
		slug: 'faelles-agenda',
		title: { da: 'Fælles agenda og konkrete mål', en: 'Common agenda' },
		summary: {
			da: 'Parterne deler en forståelse af problemet og er enige om, hvad de vil opnå, og hvordan de vil nå det.',
			en: 'The partners share an understanding of the problem and agree on what they want to achieve and how.'
		},
		body: {
			da: `## Hvad betyder det?

En fælles agenda er mere end en fælles overskrift. Parterne er enige om, hvad problemet er, hvad der skal til for at løse det, og hvilke konkrete mål de vil nå. Der vil altid være uenighed om detaljer, men alle arbejder mod de samme overordnede mål. Den danske betegnelse — fælles agenda (eller dagsorden) og **konkrete mål** — understreger, at visionen skal kunne omsættes til mål, man kan følge.

At nå dertil tager tid. FSG’s gennemgang af Realdanias collective impact-arbejde i 2016 rådede til at investere i at definere problemet.

## Sådan så det ud i de danske eksempler

- [Bo trygt](/eksempler/bo-trygt) satte tal på: indbrud skulle ned fra 29.000 til under 10.000 om året (senere 7.000), og andelen af bekymrede danskere fra hver fjerde til hver tiende.
- I [DK2020](/eksempler/dk2020) var målet netto nuludledning senest i 2050, og de fleste pilotkommuner satte også et mål om 70 % reduktion i 2030.
- [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) har et klart langsigtet mål: I 2030 skal alle 0–25-årige i bydelen finde vej gennem uddannelse og ind i arbejde.
- [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) samlede 15 parter med modstridende interesser om ét mål — en jordreform bygget på multifunktionel jordfordeling — og endte med seks fælles anbefalinger i 2022.
- [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) havde en bred vision om et område, der er attraktivt at besøge, bo og arbejde i, delt op i seks fokusområder.
- [Hjem til Alle alliancen](/eksempler/hjem-til-alle) samledes om en fælles metode, Housing First.

## Hvad Samspil giver

*Initiativdelen af Samspil er under opbygning og endnu ikke åbnet. Indtil da kan I bruge [vurderingen](/vurdering) og [eksemplerne](/eksempler). Sådan er den tænkt:*

Samspil samler den fælles agenda ét sted: problemformulering, vision, værdier, målgruppe og geografi, et måltræ fra vision til konkrete mål og de strategier, der skal føre dertil. Partnerne kan tilslutte sig agendaen, så det er synligt, hvem der står bag. Målene kobles til [fælles målemetoder](/principper/faelles-maalemetoder) og til parternes [aktiviteter](/principper/forpligtende-aktiviteter).`,
			en: `## What it means

A common agenda is more than a shared headline. The partners agree on what the problem is, what it takes to solve it, and which concrete goals they want to reach. There will always be disagreement about details, but everyone works towards the same overall goals. The Danish term — a common agenda and **concrete goals** — stresses that the vision must translate into goals you can follow.

Getting there takes time. FSG’s 2016 review of Realdania’s collective impact work advised investing in defining the problem.

## How it looked in the Danish examples

- [Bo trygt](/eksempler/bo-trygt) put numbers on it: burglaries were to fall from 29,000 to under 10,000 a year (later 7,000), and the share of worried Danes from one in four to one in ten.
- In [DK2020](/eksempler/dk2020) the goal was net zero emissions by 2050 at the latest, and most pilot municipalities also aimed for a 70% reduction by 2030.
- [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) has a clear long-term goal: by 2030, all 0–25-year-olds in the neighbourhood should find their way through education and into work.
- [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) brought 15 parties with conflicting interests together around one goal — a land reform built on multifunctional land consolidation — and ended with six joint recommendations in 2022.
- [The Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) had a broad vision of an area that is attractive to visit, live and work in, divided into six focus areas.
- [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) came together around a shared method, Housing First.

## What Samspil gives you

*The initiative area of Samspil is being built and is not open yet. Until then, you can use [the assessment](/vurdering) and [the case library](/eksempler). This is how it is meant to work:*

Samspil keeps the common agenda in one place: the problem statement, vision, values, target group and geography, a goal tree from vision to concrete goals, and the strategies that lead there. Partners can endorse the agenda, so it is visible who stands behind it. The goals are linked to [shared measurement](/principper/faelles-maalemetoder) and to the partners’ [activities](/principper/forpligtende-aktiviteter).`
		},
		sortOrder: 1
	},
	{
		kind: 'condition',
		key: 'shared_measurement',
		slug: 'faelles-maalemetoder',
		title: { da: 'Fælles målemetoder', en: 'Shared measurement' },
		summary: {
			da: 'Parterne måler de samme ting på samme måde, så de kan følge udviklingen, lære af den og holde hinanden op på målene.',
			en: 'The partners measure the same things in the same way, so they can follow progress, learn from it and hold each other to the goals.'
		},
		body: {
			da: `## Hvad betyder det?

Uden fælles målinger kan parterne ikke se, om de kommer nærmere målet — eller hvem der bidrager med hvad. Fælles målemetoder betyder et lille sæt indikatorer, som alle indsamler og opgør på samme måde, med et udgangspunkt (baseline) og et mål. Målingerne bruges både til at lære og justere undervejs og til at fortælle ærligt om resultaterne.

Det er nyttigt at skelne mellem tal for hele befolkningen (er problemet blevet mindre?) og tal for indsatsen (hvor meget gjorde vi, hvor godt, og har nogen fået det bedre?). FSG anbefalede Realdania i 2016 at bruge udviklingsorienteret evaluering, der støtter læring, mens arbejdet står på.

## Sådan så det ud i de danske eksempler

- [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) tog udgangspunkt i tal: 41 % af de yngre elever følte sig ensomme, og 64,5 % begyndte på en ungdomsuddannelse inden for 15 måneder mod 89,2 % i hele Esbjerg. Evalueringen for 2018–2022 spurgte aktørerne: 72 % mener, at MedVind hjælper unge i uddannelse og job.
- [Hjem til Alle alliancen](/eksempler/hjem-til-alle) kan følge VIVEs landsdækkende tællinger: 1.023 hjemløse 18–24-årige i 2019 og 744 i 2022. VIVE tilskriver dog faldet den generelle omstilling til Housing First, ikke alliancen.
- [Bo trygt](/eksempler/bo-trygt) følger de anmeldte indbrud: 24.553 i 2019, det laveste i 30 år. Faldet på 43 % i 2. kvartal 2020 skyldtes især covid-nedlukningen — en påmindelse om at læse tal i deres sammenhæng.
- I [DK2020](/eksempler/dk2020) fik 95 kommuner en klimaplan godkendt, og en evaluering anslår, at omkring hver fjerde kommune ellers ikke ville have haft en.
- [Troldhedestien](/eksempler/troldhedestien) har et effektstudie, der følger 250 borgere, men vi har ikke fundet resultater. I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) steg antallet af besøgende markant ifølge kilderne — uden at de giver et tal.

## Hvad Samspil giver

*Initiativdelen af Samspil er under opbygning og endnu ikke åbnet. Indtil da kan I bruge [vurderingen](/vurdering) og [eksemplerne](/eksempler). Sådan er den tænkt:*

Samspil lader initiativet definere indikatorer med udgangspunkt og mål, lader partnerne indberette deres data, viser udviklingen i figurer mod målet og samler det hele i et resultatkort, der kan gøres offentligt. Tallene kan opdeles på fx køn, alder og område, og små tal skjules på offentlige sider.`,
			en: `## What it means

Without shared measurement, the partners cannot see whether they are getting closer to the goal — or who contributes what. Shared measurement means a small set of indicators that everyone collects and counts in the same way, with a baseline and a target. The measurements are used both to learn and adjust along the way and to report honestly on results.

It helps to distinguish between figures for the whole population (has the problem got smaller?) and figures for the effort (how much did we do, how well, and is anyone better off?). In 2016 FSG recommended that Realdania use developmental evaluation, which supports learning while the work is under way.

## How it looked in the Danish examples

- [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) started from figures: 41% of younger pupils felt lonely, and 64.5% started upper secondary education within 15 months, against 89.2% in Esbjerg as a whole. The 2018–2022 evaluation asked the actors: 72% believe MedVind helps young people into education and work.
- [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) can follow VIVE’s national counts: 1,023 homeless 18–24-year-olds in 2019 and 744 in 2022. VIVE, however, attributes the fall to the general shift to Housing First, not to the alliance.
- [Bo trygt](/eksempler/bo-trygt) follows reported burglaries: 24,553 in 2019, the lowest in 30 years. The 43% fall in Q2 2020 was mainly due to the COVID lockdown — a reminder to read figures in context.
- In [DK2020](/eksempler/dk2020) 95 municipalities had a climate plan approved, and an evaluation estimates that about one municipality in four would otherwise have had none.
- [Troldhedestien](/eksempler/troldhedestien) has an effect study following 250 citizens, but we have not found any results. In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) visitor numbers rose markedly according to the sources — without them giving a figure.

## What Samspil gives you

*The initiative area of Samspil is being built and is not open yet. Until then, you can use [the assessment](/vurdering) and [the case library](/eksempler). This is how it is meant to work:*

Samspil lets an initiative define indicators with baselines and targets, lets partners report their data, shows progress against the target in charts, and brings it all together in a report card that can be made public. Figures can be broken down by, for example, sex, age and area, and small numbers are hidden on public pages.`
		},
		sortOrder: 2
	},
	{
		kind: 'condition',
		key: 'reinforcing_activities',
		slug: 'forpligtende-aktiviteter',
		title: { da: 'Gensidigt forpligtende aktiviteter', en: 'Mutually reinforcing activities' },
		summary: {
			da: 'Parterne gør ikke det samme, men det, de hver især er bedst til — koordineret, så indsatserne forstærker hinanden.',
			en: 'The partners do not all do the same thing, but what each does best — coordinated so that the efforts reinforce each other.'
		},
		body: {
			da: `## Hvad betyder det?

I collective impact skal alle ikke lave det samme. Hver part bidrager med det, den er bedst til, og aktiviteterne hænger sammen i en fælles plan, så de understøtter hinanden i stedet for at overlappe eller modarbejde hinanden. »Forpligtende« betyder, at parterne binder sig: til en opgave, til penge, til medarbejdere eller til at ændre deres egen praksis — og at det er synligt for de andre.

Et godt overblik viser også hullerne: mål, som ingen arbejder på, eller sektorer, der mangler rundt om bordet.

## Sådan så det ud i de danske eksempler

- [Bo trygt](/eksempler/bo-trygt) kombinerer en aktionsbestyrelse — med Det Kriminalpræventive Råd, politiet, udvalgte kommuner, Forsikring & Pension og Bolius — med 16 lokale partnerskaber mellem kommune og politi.
- I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) var arbejdet delt op i seks fokusområder. Kommunen, tre fonde og staten havde i 2019 givet tilsagn om omkring 265 mio. kr.; kommunen stod selv for 140 mio. kr.
- [Troldhedestien](/eksempler/troldhedestien) samlede kommunen, Realdania, Lokale- og Anlægsfonden og Friluftsrådet om finansieringen, mens Designskolen Kolding og arkitekterne M&G deltog i arbejdet.
- I [DK2020](/eksempler/dk2020) havde hver part sin rolle: CONCITO og C40 leverede viden og sekretariat, fem regionale rådgivere støttede kommunerne, og fra 2020 var KL og regionerne med.
- [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) forbandt interesseorganisationer, forskere og lokale pilotprojekter — og finansloven 2018 afsatte 150 mio. kr. til lignende projekter.

## Hvad Samspil giver

*Initiativdelen af Samspil er under opbygning og endnu ikke åbnet. Indtil da kan I bruge [vurderingen](/vurdering) og [eksemplerne](/eksempler). Sådan er den tænkt:*

Samspil viser, hvilke aktører der er med, og hvad de hver især har forpligtet sig til. Aktiviteter kobles til den [fælles agendas](/principper/faelles-agenda) mål, en bidragsmatrix viser, hvem der bidrager til hvilke mål, og et aktørkort viser, hvem der arbejder sammen med hvem — og hvor der er huller, overlap eller manglende sektorer.`,
			en: `## What it means

In collective impact, not everyone has to do the same thing. Each partner contributes what it does best, and the activities fit together in a shared plan so that they support each other instead of overlapping or working against each other. “Mutually reinforcing” — in Danish, *forpligtende*, binding — means that the partners commit: to a task, to money, to staff or to changing their own practice — and that this is visible to the others.

A good overview also shows the gaps: goals nobody is working on, or sectors missing from the table.

## How it looked in the Danish examples

- [Bo trygt](/eksempler/bo-trygt) combines an action board — with the Danish Crime Prevention Council, the police, selected municipalities, Insurance & Pension Denmark and Bolius — with 16 local partnerships between a municipality and the police.
- In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) the work was organised in six focus areas. By 2019 the municipality, three foundations and the state had pledged about DKK 265m; the municipality itself provided DKK 140m.
- [Troldhedestien](/eksempler/troldhedestien) brought the municipality, Realdania, Lokale- og Anlægsfonden and Friluftsrådet together on funding, while Designskolen Kolding and the architects M&G took part in the work.
- In [DK2020](/eksempler/dk2020) each partner had its role: CONCITO and C40 provided knowledge and the secretariat, five regional advisers supported the municipalities, and from 2020 KL and the regions took part.
- [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) connected interest organisations, researchers and local pilot projects — and the 2018 Finance Act set aside DKK 150m for similar projects.

## What Samspil gives you

*The initiative area of Samspil is being built and is not open yet. Until then, you can use [the assessment](/vurdering) and [the case library](/eksempler). This is how it is meant to work:*

Samspil shows which actors are involved and what each has committed to. Activities are linked to the goals of the [common agenda](/principper/faelles-agenda), a contribution matrix shows who contributes to which goals, and an actor map shows who works with whom — and where there are gaps, overlaps or missing sectors.`
		},
		sortOrder: 3
	},
	{
		kind: 'condition',
		key: 'communication',
		slug: 'kommunikation',
		title: { da: 'Hyppig og åben kommunikation', en: 'Continuous communication' },
		summary: {
			da: 'Parterne taler regelmæssigt og åbent sammen, så tilliden vokser, og alle ved, hvad der sker — og omverdenen kan følge med.',
			en: 'The partners talk regularly and openly, so that trust grows, everyone knows what is happening — and the outside world can follow.'
		},
		body: {
			da: `## Hvad betyder det?

Parter, der er vant til at konkurrere om de samme penge eller se problemet på hver sin måde, får ikke tillid til hinanden af sig selv. Hyppig og åben kommunikation — faste møder, klare beslutninger, delte referater og løbende opdateringer — bygger et fælles sprog og den tillid, samarbejdet hviler på. Kommunikationen går både indad, mellem parterne, og udad, til målgruppen og offentligheden.

Tillid tager tid. Derfor spørger [vurderingen](/vurdering) også, om der i forvejen er gode erfaringer med samarbejde i området.

## Sådan så det ud i de danske eksempler

Kilderne siger ikke meget om møderytmer og kanaler, men organiseringen viser, hvor kommunikationen skulle ske:

- I [DK2020](/eksempler/dk2020) var der ud over sekretariatet hos CONCITO og C40 fem regionale rådgivere.
- [Hjem til Alle alliancen](/eksempler/hjem-til-alle) omdannede sin styregruppe til et advisory board, et rådgivende organ.
- I [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) har 57 % af aktørerne startet nye samarbejder gennem alliancen — et tegn på, at parterne har fundet hinanden.
- [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) havde sit projektkontor i Højer, tæt på det område, det handlede om.
- [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) sluttede med at offentliggøre seks fælles anbefalinger i november 2022.

## Hvad Samspil giver

*Initiativdelen af Samspil er under opbygning og endnu ikke åbnet. Indtil da kan I bruge [vurderingen](/vurdering) og [eksemplerne](/eksempler). Sådan er den tænkt:*

Samspil samler møder, beslutninger, opgaver og opdateringer ét sted, så partnerne kan se, hvad der er besluttet, og hvem der gør hvad til hvornår. En inddragelseslog holder styr på, hvem der er blevet inddraget, hvordan, og hvad det førte til. Offentlige sider og resultatkort gør det muligt at fortælle omverdenen, hvordan det går.`,
			en: `## What it means

Partners used to competing for the same money, or seeing the problem in different ways, do not come to trust each other by themselves. Continuous, open communication — regular meetings, clear decisions, shared minutes and ongoing updates — builds a common language and the trust the collaboration rests on. Communication goes both inwards, between the partners, and outwards, to the target group and the public.

Trust takes time. That is why [the assessment](/vurdering) also asks whether there are already good experiences of collaboration in the area.

## How it looked in the Danish examples

The sources say little about meeting rhythms and channels, but the organisation shows where communication was meant to happen:

- In [DK2020](/eksempler/dk2020) there were five regional advisers besides the secretariat at CONCITO and C40.
- [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) turned its steering group into an advisory board, an advisory body.
- In [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen), 57% of the actors have started new collaborations through the alliance — a sign that the partners have found each other.
- [The Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) had its project office in Højer, close to the area it was about.
- [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) ended by publishing six joint recommendations in November 2022.

## What Samspil gives you

*The initiative area of Samspil is being built and is not open yet. Until then, you can use [the assessment](/vurdering) and [the case library](/eksempler). This is how it is meant to work:*

Samspil keeps meetings, decisions, action items and updates in one place, so partners can see what has been decided and who does what by when. An involvement log keeps track of who has been involved, how, and what it led to. Public pages and report cards make it possible to tell the outside world how things are going.`
		},
		sortOrder: 4
	},
	{
		kind: 'condition',
		key: 'backbone',
		slug: 'faelles-sekretariat',
		title: { da: 'Fælles sekretariat (backbone)', en: 'Backbone support' },
		summary: {
			da: 'Et sekretariat med egne medarbejdere holder samarbejdet sammen i hverdagen — på engelsk kaldet »backbone«.',
			en: 'A secretariat with its own staff holds the collaboration together day to day — the “backbone”.'
		},
		body: {
			da: `## Hvad betyder det?

Samarbejde på tværs af mange organisationer kræver nogen, der har det som deres egentlige arbejde. Et fælles sekretariat — på engelsk *backbone* — holder retningen, forbereder og leder møder, samler og formidler data, hjælper parterne med at koordinere deres aktiviteter, skaber opbakning udadtil og arbejder for den nødvendige finansiering. Sekretariatet skal tjene partnerskabet, ikke styre det.

Der findes ikke én rigtig model. FSG rådede i 2016 Realdania til at designe sekretariatet, så det passer til opgaven, og til at vælge formænd med omhu. Samtidig koster et sekretariat penge: Direktøren for Børns Vilkår har kritiseret, at omkostningerne til koordinering er meget høje — se [den filantropiske hjælpemotor](/laering/filantropisk-hjaelpemotor).

## Sådan så det ud i de danske eksempler

- [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber): et sekretariat finansieret af Realdania og en uafhængig formand.
- [Hjem til Alle alliancen](/eksempler/hjem-til-alle): sekretariatet lå først hos Bikubenfonden og blev fra 2017 en selvstændig forening med egen bestyrelse; styregruppen blev et advisory board.
- [DK2020](/eksempler/dk2020): CONCITO og C40 var vidensparter og sekretariat, støttet af fem regionale rådgivere.
- [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet): en projektdirektør ansat i kommunen med projektkontor i Højer.
- [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen): et backbone-kontor på Præstegårdsskolen og en partnergruppe ledet af Lauritzen Fondens formand.
- [Troldhedestien](/eksempler/troldhedestien): en kommunal styregruppe og projektledelse og én fuldtidskoordinator.

Eksemplerne viser spændet: fra én koordinator til et sekretariat, der bliver sin egen organisation.

## Hvad Samspil giver

*Initiativdelen af Samspil er under opbygning og endnu ikke åbnet. Indtil da kan I bruge [vurderingen](/vurdering) og [eksemplerne](/eksempler). Sådan er den tænkt:*

Samspil er først og fremmest et værktøj for sekretariatet. Her registreres sekretariatets organisation, initiativets organer og deres medlemmer, medarbejdere, finansiering og hvor længe pengene rækker, og hvilken fase initiativet er i. Se også [Roller og organisering](/principper/roller).`,
			en: `## What it means

Collaboration across many organisations needs someone whose actual job it is. A shared secretariat — the *backbone* — keeps the direction, prepares and runs meetings, gathers and shares data, helps the partners coordinate their activities, builds public support and works to secure the funding needed. The secretariat serves the partnership; it does not run it.

There is no single right model. In 2016 FSG advised Realdania to design the backbone to fit the task and to choose chairs with care. At the same time, a secretariat costs money: the director of Børns Vilkår has criticised coordination costs as very high — see [the philanthropic auxiliary engine](/laering/filantropisk-hjaelpemotor).

## How it looked in the Danish examples

- [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber): a secretariat funded by Realdania and an independent chair.
- [The Hjem til Alle Alliance](/eksempler/hjem-til-alle): the secretariat was first hosted by Bikubenfonden and from 2017 became an independent association with its own board; the steering group became an advisory board.
- [DK2020](/eksempler/dk2020): CONCITO and C40 were knowledge partners and secretariat, supported by five regional advisers.
- [The Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet): a project director employed by the municipality, with a project office in Højer.
- [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen): a backbone office at Præstegårdsskolen and a partner group chaired by the chair of Lauritzen Fonden.
- [Troldhedestien](/eksempler/troldhedestien): a municipal steering group and project lead, and one full-time coordinator.

The examples show the range: from one coordinator to a secretariat that becomes an organisation of its own.

## What Samspil gives you

*The initiative area of Samspil is being built and is not open yet. Until then, you can use [the assessment](/vurdering) and [the case library](/eksempler). This is how it is meant to work:*

Samspil is first of all a tool for the secretariat. It records the backbone organisation, the initiative’s governance bodies and their members, staff, funding and how long the money will last, and which phase the initiative is in. See also [Roles and governance](/principper/roller).`
		},
		sortOrder: 5
	}
];

const lessons: PageContent[] = [
	{
		kind: 'lesson',
		key: 'it_works',
		slug: 'det-nytter',
		title: { da: LESSON_TITLES_DA.it_works, en: 'It works' },
		summary: {
			da: 'Flere af eksemplerne kan pege på målbare resultater — men det er ofte svært at sige, hvor meget der skyldes initiativet selv.',
			en: 'Several of the examples can point to measurable results — but it is often hard to say how much is due to the initiative itself.'
		},
		body: {
			da: `Flere af eksemplerne kan pege på målbare resultater. 95 kommuner har fået en klimaplan godkendt gennem [DK2020](/eksempler/dk2020), og en evaluering anslår, at omkring hver fjerde ellers ikke ville have haft en. Antallet af hjemløse 18–24-årige faldt fra 1.023 i 2019 til 744 i 2022, mens [Hjem til Alle alliancen](/eksempler/hjem-til-alle) arbejdede for Housing First. [Bo trygt](/eksempler/bo-trygt) så 24.553 anmeldte indbrud i 2019, det laveste i 30 år. Og finansloven 2018 afsatte 150 mio. kr. til pilotprojekter som dem, [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) havde sat i gang.

Men »det nytter« er ikke det samme som »det var os«. VIVE tilskriver faldet i hjemløshed blandt unge den generelle omstilling til Housing First, ikke alliancen. Bo trygts fald på 43 % i 2. kvartal 2020 skyldtes først og fremmest covid-nedlukningen. Og for [Troldhedestien](/eksempler/troldhedestien) har vi ikke fundet resultater fra effektstudiet. Andre forhold påvirker de samme tal, så det ærlige spørgsmål er ofte, hvad initiativet har bidraget til — ikke hvad det alene har skabt.

Fremskridt kan også være andet end de store tal. FSG’s review fra 2016 fandt, at Realdanias tre collective impact-grupper på to år havde gjort betydelige fremskridt med de fem kerneprincipper.

## Spørgsmål til jeres initiativ

- Hvilke tal viser, om problemet bliver mindre — og hvilke viser, hvad I selv har gjort?
- Hvad kan ellers forklare udviklingen i jeres tal: ny lovgivning, konjunkturer, en pandemi?
- Hvilke tidlige tegn på fremskridt kan I se, før effekten kan måles?
- Fortæller I ærligt om usikkerheden, når I fremlægger resultater?`,
			en: `Several of the examples can point to measurable results. 95 municipalities have had a climate plan approved through [DK2020](/eksempler/dk2020), and an evaluation estimates that about one in four would otherwise have had none. The number of homeless 18–24-year-olds fell from 1,023 in 2019 to 744 in 2022 while [the Hjem til Alle Alliance](/eksempler/hjem-til-alle) worked for Housing First. [Bo trygt](/eksempler/bo-trygt) saw 24,553 reported burglaries in 2019, the lowest in 30 years. And the 2018 Finance Act set aside DKK 150m for pilot projects like those [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) had started.

But “it works” is not the same as “we did it”. VIVE attributes the fall in youth homelessness to the general shift to Housing First, not to the alliance. Bo trygt’s 43% fall in Q2 2020 was mainly due to the COVID lockdown. And for [Troldhedestien](/eksempler/troldhedestien) we have not found results from the effect study. Other forces affect the same figures, so the honest question is often what the initiative contributed to — not what it achieved alone.

Progress can also be something other than the big numbers. FSG’s 2016 review found that Realdania’s three collective impact groups had made significant progress on the five conditions within two years.

## Questions for your initiative

- Which figures show whether the problem is getting smaller — and which show what you yourselves have done?
- What else could explain the trend in your figures: new legislation, the economy, a pandemic?
- What early signs of progress can you see before the effect can be measured?
- Are you honest about the uncertainty when you present results?`
		},
		sortOrder: 1
	},
	{
		kind: 'lesson',
		key: 'patience',
		slug: 'taalmodighed-og-raastyrke',
		title: { da: LESSON_TITLES_DA.patience, en: 'It takes patience and stamina' },
		summary: {
			da: 'Flere af eksemplerne har arbejdet i mange år — fra et partnerskab på otte år til en forpligtelse på 12 år.',
			en: 'Several of the examples have worked for many years — from an eight-year partnership to a 12-year commitment.'
		},
		body: {
			da: `Flere af eksemplerne har arbejdet i mange år. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) arbejdede i otte år, fra 2014 til 2022, før de seks fælles anbefalinger lå klar. [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) strakte sig fra den første dialog i 2015 til afslutningen i 2023. Parterne bag [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) har forpligtet sig for 12 år, med et mål, der ligger i 2030.

Råstyrke handler om at holde fast, når resultaterne lader vente på sig, og når initiativet ændrer sig undervejs. Fremtidens bæredygtige landskaber skiftede navn i 2020, og [Hjem til Alle alliancen](/eksempler/hjem-til-alle) flyttede i 2017 sit sekretariat fra en fond til en selvstændig forening.

[Vurderingen](/vurdering) spørger, om der er penge til samarbejdet i mindst et år. Det er et minimum; i flere af eksemplerne var tidsperspektivet mange år.

## Spørgsmål til jeres initiativ

- Passer jeres tidsperspektiv til problemet — og har jeres partnere og fonde det samme?
- Hvad holder motivationen oppe, før de store resultater kan ses?
- Hvordan sikrer I økonomi og bemanding ud over den første bevilling?
- Hvad gør I, når en vigtig partner eller nøgleperson forlader samarbejdet?`,
			en: `Several of the examples have worked for many years. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) worked for eight years, from 2014 to 2022, before its six joint recommendations were ready. [The Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) ran from the first dialogue in 2015 to its end in 2023. The partners behind [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) have committed for 12 years, with a goal set for 2030.

Stamina is about holding on when results are slow to come, and when the initiative changes along the way. Sustainable Landscapes of the Future changed its name in 2020, and in 2017 [the Hjem til Alle Alliance](/eksempler/hjem-til-alle) moved its secretariat from a foundation to an independent association.

[The assessment](/vurdering) asks whether there is money for the collaboration for at least a year. That is a minimum; in several of the examples the time frame was many years.

## Questions for your initiative

- Does your time frame fit the problem — and do your partners and funders share it?
- What keeps motivation up before the big results can be seen?
- How will you secure funding and staff beyond the first grant?
- What will you do when an important partner or key person leaves the collaboration?`
		},
		sortOrder: 2
	},
	{
		kind: 'lesson',
		key: 'leadership',
		slug: 'ledelse-og-organisation',
		title: { da: LESSON_TITLES_DA.leadership, en: 'It takes leadership and an organisation that drives development' },
		summary: {
			da: 'Nogen skal have ansvaret for helheden. Hvor vi kender eksemplernes organisering, ser den vidt forskellig ud.',
			en: 'Someone has to be responsible for the whole. Where we know how the examples were organised, it looks very different from one to the next.'
		},
		body: {
			da: `Når mange har et fælles ansvar, risikerer ingen at have det. I seks af de syv eksempler ved vi, hvem der bar sekretariatet eller ledede arbejdet — og de ser meget forskellige ud. [Troldhedestien](/eksempler/troldhedestien) havde én fuldtidskoordinator og en kommunal styregruppe og projektledelse. I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) ledede en kommunal projektdirektør arbejdet fra et projektkontor i Højer. [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) har et backbone-kontor på Præstegårdsskolen og en partnergruppe ledet af Lauritzen Fondens formand. I [DK2020](/eksempler/dk2020) var CONCITO og C40 sekretariat, og der var fem regionale rådgivere. For [Bo trygt](/eksempler/bo-trygt) kender vi en fundersgruppe og en aktionsbestyrelse, men vi har ikke fundet, hvem der driver sekretariatet.

Organisationen kan også vokse med opgaven. [Hjem til Alle alliancens](/eksempler/hjem-til-alle) sekretariat lå først hos Bikubenfonden, men blev i 2017 en selvstændig forening med egen bestyrelse. Og arbejdet i DK2020 fortsætter som Klimaalliancen.

Ledelse er også personer. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) havde en uafhængig formand, Søren Møller, for et partnerskab af parter med modstridende interesser. FSG’s råd til Realdania i 2016 var at designe sekretariatet, så det passer til opgaven, og at vælge formænd med omhu. Se også [Fælles sekretariat (backbone)](/principper/faelles-sekretariat) og [Roller og organisering](/principper/roller).

## Spørgsmål til jeres initiativ

- Hvem har ansvaret for helheden — og har de tid og mandat til det?
- Passer sekretariatets størrelse og placering til opgaven?
- Har formanden alle parters tillid?
- Hvad skal der til, for at organisationen kan leve videre, når den første finansiering slutter?`,
			en: `When many share a responsibility, no one may end up holding it. In six of the seven examples we know who carried the secretariat or led the work — and they look very different. [Troldhedestien](/eksempler/troldhedestien) had one full-time coordinator and a municipal steering group and project lead. In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) a municipal project director led the work from a project office in Højer. [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) has a backbone office at Præstegårdsskolen and a partner group chaired by the chair of Lauritzen Fonden. In [DK2020](/eksempler/dk2020), CONCITO and C40 were the secretariat, and there were five regional advisers. For [Bo trygt](/eksempler/bo-trygt) we know of a funders’ group and an action board, but we have not found who runs the secretariat.

The organisation can also grow with the task. [The Hjem til Alle Alliance’s](/eksempler/hjem-til-alle) secretariat was first hosted by Bikubenfonden but became an independent association with its own board in 2017. And the work of DK2020 continues as Klimaalliancen.

Leadership is also people. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) had an independent chair, Søren Møller, for a partnership of parties with conflicting interests. FSG’s advice to Realdania in 2016 was to design the backbone to fit the task and to choose chairs carefully. See also [Backbone support](/principper/faelles-sekretariat) and [Roles and governance](/principper/roller).

## Questions for your initiative

- Who is responsible for the whole — and do they have the time and mandate for it?
- Do the secretariat’s size and location fit the task?
- Does the chair have the trust of all the partners?
- What will it take for the organisation to live on when the first funding ends?`
		},
		sortOrder: 3
	},
	{
		kind: 'lesson',
		key: 'narrative',
		slug: 'en-ny-fortaelling',
		title: { da: LESSON_TITLES_DA.narrative, en: 'It calls for a new story' },
		summary: {
			da: 'Fastlåste problemer har ofte en fastlåst fortælling. En ny fortælling kan samle parter om et fælles mål.',
			en: 'Stuck problems often have a stuck story. A new story can bring parties together around a common goal.'
		},
		body: {
			da: `»Vilde problemer« har ofte en fortælling, der holder dem fast: at sådan er det bare, eller at problemet tilhører en bestemt sektor. En ny fortælling kan åbne for nye løsninger og samle parter om et fælles mål. Eksemplerne viser, hvordan problemet blev beskrevet, og hvad parterne samledes om.

I [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) var udgangspunktet en kamp om jorden: Skulle alle hensyn have deres eget areal, ville det kræve ekstra jord svarende til Fyn. Partnerskabet samledes i stedet om multifunktionel jordfordeling: at den samme jord kan tjene flere formål. [Hjem til Alle alliancen](/eksempler/hjem-til-alle) samledes om én metode, Housing First (»boligen først«), og hentede inspiration i Calgarys plan for at afskaffe hjemløshed (*Plan to End Homelessness*) og i *A Way Home* i Toronto. I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) var udgangspunktet et område i tilbagegang, hvor Højer havde mistet 23 % af sine indbyggere på 16 år; målet blev et område, der er attraktivt at besøge, bo og arbejde i.

En ny fortælling er ikke et reklameslogan. Den skal hvile på data, deles af parterne og kunne genkendes af de mennesker, den handler om.

## Spørgsmål til jeres initiativ

- Hvordan fortæller man i dag om jeres problem — og hvad holder den fortælling fast?
- Hvilken fortælling kan samle parter, der før stod på hver sin side?
- Kan de mennesker, problemet handler om, genkende sig selv i fortællingen?
- Hvor understøtter jeres data fortællingen — og hvor udfordrer de den?`,
			en: `“Wicked problems” often have a story that keeps them stuck: that this is just how things are, or that the problem belongs to one particular sector. A new story can open the way to new solutions and bring parties together around a common goal. The examples show how the problem was described and what the partners came together around.

In [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) the starting point was a contest over land: giving every need its own land would take extra land the size of Funen. Instead, the partnership came together around multifunctional land consolidation: the same land serving several purposes. [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) came together around one method, Housing First, and drew inspiration from Calgary’s *Plan to End Homelessness* and from *A Way Home* in Toronto. In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) the starting point was an area in decline, where Højer had lost 23% of its residents in 16 years; the goal became an area that is attractive to visit, live and work in.

A new story is not an advertising slogan. It must rest on data, be shared by the partners and be recognisable to the people it is about.

## Questions for your initiative

- How is your problem talked about today — and what keeps that story in place?
- What story could bring together parties that used to be on opposite sides?
- Can the people the problem is about recognise themselves in the story?
- Where do your data support the story — and where do they challenge it?`
		},
		sortOrder: 4
	},
	{
		kind: 'lesson',
		key: 'involve',
		slug: 'involver',
		title: { da: LESSON_TITLES_DA.involve, en: 'It cannot be said often enough: involve' },
		summary: {
			da: 'Involver partnerne, lokalsamfundet og de mennesker, problemet handler om — tidligt og hele vejen.',
			en: 'Involve the partners, the local community and the people the problem is about — early and all the way.'
		},
		body: {
			da: `Et collective impact-initiativ er kun så stærkt som de parter, der er med. Det gælder organisationerne, men også lokalsamfundet og de mennesker, problemet handler om. Danske vejledninger gør derfor **brugerinddragelse** til et sjette princip ved siden af de fem [kerneprincipper](/principper/hvad-og-hvornaar), og Collective Impact Forums [praksisprincipper](/principper/praksisprincipper) og strategierne for [lighed](/principper/lighed) siger det samme: Lyt til og handl sammen med dem, det drejer sig om.

I [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) sad landbruget, naturfredningen, lystfiskerne og friluftslivet i samme partnerskab sammen med forskere fra tre universiteter — også de parter, hvis interesser trækker i hver sin retning. I [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) spurgte evalueringen de lokale aktører selv: 72 % mener, at MedVind hjælper unge i uddannelse og job, og 57 % har startet nye samarbejder gennem alliancen.

Kilderne til eksemplerne siger til gengæld mindre om, hvordan målgrupperne selv — hjemløse unge, børn og forældre i Østerbyen eller mennesker med handicap — blev inddraget. Det er netop derfor, budskabet ikke kan siges tit nok.

## Spørgsmål til jeres initiativ

- Hvem er berørt af problemet, og hvor sidder de i jeres organisering?
- Inddrager I tidligt nok — mens der stadig kan ændres noget?
- Hvordan får de inddragede at vide, hvad deres bidrag førte til?
- Hvem mangler rundt om bordet?`,
			en: `A collective impact initiative is only as strong as the parties taking part. That goes for the organisations, but also for the local community and the people the problem is about. Danish guides therefore make **brugerinddragelse** (user involvement) a sixth principle alongside the five [conditions](/principper/hvad-og-hvornaar), and the Collective Impact Forum’s [principles of practice](/principper/praksisprincipper) and the strategies for [equity](/principper/lighed) say the same: listen to and act with the people concerned.

In [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber), farmers, nature conservationists, anglers and outdoor organisations sat in the same partnership with researchers from three universities — including the parties whose interests pull in different directions. In [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) the evaluation asked the local actors themselves: 72% believe MedVind helps young people into education and work, and 57% have started new collaborations through the alliance.

The sources on the examples say less, however, about how the target groups themselves — homeless young people, children and parents in Østerbyen, or people with disabilities — were involved. That is exactly why the message cannot be repeated often enough.

## Questions for your initiative

- Who is affected by the problem, and where are they in your organisation?
- Do you involve people early enough — while things can still change?
- How do the people you involve learn what their contribution led to?
- Who is missing from the table?`
		},
		sortOrder: 5
	},
	{
		kind: 'lesson',
		key: 'national_local',
		slug: 'nationalt-blik-start-lokalt',
		title: {
			da: LESSON_TITLES_DA.national_local,
			en: 'A structural, national view is (often) relevant — but start locally'
		},
		summary: {
			da: 'Mange problemer har nationale, strukturelle årsager, men forandringen sker lokalt. Eksemplerne forbinder de to niveauer.',
			en: 'Many problems have national, structural causes, but change happens locally. The examples connect the two levels.'
		},
		body: {
			da: `Mange komplekse problemer holdes fast af nationale rammer: lovgivning, økonomi og den måde, sektorerne er organiseret på. Men forandringen sker lokalt, i den enkelte kommune, bydel eller landsby. Eksemplerne viser, hvordan de to niveauer kan spille sammen.

[DK2020](/eksempler/dk2020) begyndte med 20 pilotkommuner, udvalgt blandt 31 ansøgere i 2019, og blev siden bredt ud til næsten alle kommuner; fra 2020 var også KL og de fem regioner med. [Bo trygt](/eksempler/bo-trygt) har et nationalt mål for indbrud, men arbejdet sker i 16 lokale partnerskaber mellem kommune og politi. [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber) ville have en national jordreform, men afprøvede tilgangen i fire lokale pilotprojekter — og finansloven 2018 afsatte 150 mio. kr. til flere af samme slags. [Troldhedestien](/eksempler/troldhedestien) gjorde et bredt spørgsmål om inklusion konkret gennem én sti i én kommune, som en del af Realdanias collective impact-gruppe »Rummelighed for alle«.

Ikke alle initiativer skal være nationale. [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) og [MedVind i Østerbyen](/eksempler/medvind-i-oesterbyen) er lokale fra starten og forankret i ét område. Det strukturelle blik handler om at se, hvilke rammer der holder problemet fast — og at få de lokale erfaringer videre til dem, der kan ændre rammerne.

## Spørgsmål til jeres initiativ

- Hvilke nationale rammer — love, økonomi, organisering — holder jeres problem fast?
- Hvor kan I afprøve en løsning lokalt, før den bredes ud?
- Hvem kan oversætte mellem det nationale og det lokale?
- Hvordan kommer jeres lokale erfaringer videre til dem, der ændrer rammerne?`,
			en: `Many complex problems are held in place by national conditions: legislation, finance and the way the sectors are organised. But change happens locally, in a particular municipality, neighbourhood or village. The examples show how the two levels can work together.

[DK2020](/eksempler/dk2020) started with 20 pilot municipalities, chosen from 31 applicants in 2019, and then spread to almost all municipalities; from 2020, KL and the five regions took part too. [Bo trygt](/eksempler/bo-trygt) has a national target for burglaries, but the work happens in 16 local partnerships between a municipality and the police. [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber) wanted a national land reform but tried its approach in four local pilot projects — and the 2018 Finance Act set aside DKK 150m for more of the same kind. [Troldhedestien](/eksempler/troldhedestien) made a broad question of inclusion concrete through one trail in one municipality, as part of Realdania’s collective impact group “Rummelighed for alle”.

Not every initiative needs to be national. [The Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) and [MedVind in Østerbyen](/eksempler/medvind-i-oesterbyen) were local from the start and are rooted in one area. The structural view is about seeing which conditions hold the problem in place — and getting local experience through to those who can change them.

## Questions for your initiative

- Which national conditions — laws, finance, organisation — hold your problem in place?
- Where can you try a solution locally before it is spread?
- Who can translate between the national and the local level?
- How does your local experience reach those who change the conditions?`
		},
		sortOrder: 6
	},
	{
		kind: 'lesson',
		key: 'philanthropic_engine',
		slug: 'filantropisk-hjaelpemotor',
		title: {
			da: LESSON_TITLES_DA.philanthropic_engine,
			en: 'A philanthropic auxiliary engine is useful – but not a prerequisite'
		},
		summary: {
			da: 'Fonde var med i alle syv eksempler. Men i to af dem var kommunen selv blandt de største bidragydere og havde ledelsen.',
			en: 'Foundations took part in all seven examples. But in two of them the municipality itself was among the largest contributors and led the work.'
		},
		body: {
			da: `Fonde var med i alle syv eksempler. I eksemplerne var fonde med til at stifte og lancere initiativer, finansierede eller husede sekretariater og gav tilsagn om penge. [Hjem til Alle alliancen](/eksempler/hjem-til-alle) blev stiftet af tre fonde sammen med Københavns Kommune, [Bo trygt](/eksempler/bo-trygt) har en fundersgruppe, og Realdania finansierede sekretariatet i [Fremtidens bæredygtige landskaber](/eksempler/fremtidens-baeredygtige-landskaber).

Men fonden er en hjælpemotor, ikke hele motoren. I [Tøndermarsk Initiativet](/eksempler/toendermarsk-initiativet) var kommunen selv den største bidragyder med 140 af de omkring 265 mio. kr. I [Troldhedestien](/eksempler/troldhedestien) lagde kommunen 4 mio. kr. og havde ledelsen. Hjem til Alle flyttede sit sekretariat fra en fond til en selvstændig forening, og [DK2020](/eksempler/dk2020) fortsætter som Klimaalliancen.

Der er også kritik. Direktøren for Børns Vilkår har påpeget, at koordineringsomkostningerne i collective impact er meget høje. Sekretariater og mange møder koster penge. FSG rådede i 2016 Realdania til at designe sekretariatet, så det passer til opgaven.

## Spørgsmål til jeres initiativ

- Hvad skal fondens penge bruges til, som andre ikke kan eller vil betale?
- Hvem ejer initiativet, hvis fonden trækker sig?
- Står koordineringsomkostningerne mål med det, samarbejdet skaber?
- Hvordan sikrer I, at dagsordenen er parternes og ikke kun fondens?`,
			en: `Foundations took part in all seven examples. In the examples, foundations helped found and launch initiatives, funded or hosted secretariats and pledged money. [The Hjem til Alle Alliance](/eksempler/hjem-til-alle) was founded by three foundations together with Copenhagen Municipality, [Bo trygt](/eksempler/bo-trygt) has a funders’ group, and Realdania funded the secretariat of [Sustainable Landscapes of the Future](/eksempler/fremtidens-baeredygtige-landskaber).

But the foundation is an auxiliary engine, not the whole engine. In [the Tøndermarsk Initiative](/eksempler/toendermarsk-initiativet) the municipality itself was the largest contributor, with DKK 140m of about DKK 265m. In [Troldhedestien](/eksempler/troldhedestien) the municipality put in DKK 4m and led the project. Hjem til Alle moved its secretariat from a foundation to an independent association, and [DK2020](/eksempler/dk2020) continues as Klimaalliancen.

There is also criticism. The director of Børns Vilkår has pointed out that coordination costs in collective impact are very high. Secretariats and many meetings cost money. In 2016 FSG advised Realdania to design the backbone to fit the task.

## Questions for your initiative

- What should the foundation’s money pay for that others cannot or will not fund?
- Who owns the initiative if the foundation pulls out?
- Are the coordination costs in proportion to what the collaboration creates?
- How do you make sure the agenda belongs to the partners and not only to the funder?`
		},
		sortOrder: 7
	}
];

/** Topics, then conditions, then lessons; each kind in its sortOrder. */
export const SEED_PAGES: PageContent[] = [...topics, ...conditions, ...lessons];
