/**
 * A library of indicator templates to start from (issue 13 § 1), a few per problem field of the
 * case library. A template is copied into an initiative (`templateToDefinition`), never referenced:
 * later changes to the library leave an initiative's indicators alone.
 *
 * Population indicators name a public Danish source precisely (publisher, publication or table,
 * address) so a backbone can fetch the figures itself; the library holds no figures. Performance
 * indicators ("how much", "how well", "better off") are counted by the initiative's own partners:
 * their source says so.
 */
import type { Localized, ProblemField } from '../learning/content.ts';
import type { Frequency, IndicatorKind, Polarity, Unit } from './indicator.ts';
import type { NumberLocale } from './numbers.ts';

export interface TemplateSource {
	/** public: a published statistic or survey; own: the initiative's partners count it */
	kind: 'public' | 'own';
	publisher: string;
	/** the publication, series or statistics table, as the publisher names it */
	title: string;
	/** Statistikbanken's table code, where there is one */
	table?: string;
	url?: string;
	/** how often the source publishes, when it differs from the indicator's frequency */
	note?: Localized;
}

export interface IndicatorTemplate {
	key: string;
	problemField: ProblemField;
	name: Localized;
	definition: Localized;
	kind: IndicatorKind;
	polarity: Polarity;
	frequency: Frequency;
	unit: Unit;
	unitLabel?: Localized;
	dimensions: { key: string; label: Localized; categories: { key: string; label: Localized }[] }[];
	source: TemplateSource;
}

const L = (da: string, en: string): Localized => ({ da, en });

const GENDER = {
	key: 'koen',
	label: L('Køn', 'Gender'),
	categories: [
		{ key: 'k', label: L('Kvinde', 'Woman') },
		{ key: 'm', label: L('Mand', 'Man') }
	]
};

/** VIVE's age groups in the national count of homelessness. */
const HOMELESS_AGE = {
	key: 'alder',
	label: L('Alder', 'Age'),
	categories: ['18-24', '25-29', '30-39', '40-49', '50-59', '60+'].map((key) => ({ key, label: L(`${key} år`, `${key} years`) }))
};

const VIVE_HOMELESSNESS: TemplateSource = {
	kind: 'public',
	publisher: 'VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd',
	title: 'Hjemløshed i Danmark – national kortlægning (optælling i uge 6)',
	url: 'https://www.vive.dk/',
	note: L('Hvert andet år siden 2007; opgjort på kommuner, køn og alder.', 'Every second year since 2007; by municipality, gender and age.')
};

const OWN = (what: Localized): TemplateSource => ({ kind: 'own', publisher: 'Initiativets partnere', title: what.da, note: what });

export const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
	// Land, natur og arealanvendelse
	{
		key: 'coastal_waters_good_status',
		problemField: 'land_and_nature',
		name: L('Andel kystvande i god økologisk tilstand', 'Share of coastal waters in good ecological status'),
		definition: L(
			'Andelen af vandområdeplanens kystvandområder i oplandet, der er vurderet i god eller høj økologisk tilstand.',
			'The share of the river basin plan’s coastal water bodies in the catchment assessed as in good or high ecological status.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Miljøstyrelsen',
			title: 'Vandområdeplanerne 2021-2027 – tilstandsvurdering af vandområder (MiljøGIS)',
			url: 'https://mst.dk/',
			note: L('Opdateres med hver planperiode.', 'Updated with each planning period.')
		}
	},
	{
		key: 'nitrogen_to_sea',
		problemField: 'land_and_nature',
		name: L('Kvælstoftilførsel fra land til havet', 'Nitrogen load from land to the sea'),
		definition: L(
			'Den samlede tilførsel af kvælstof fra land til kystvandene i oplandet i løbet af året.',
			'The total nitrogen reaching the coastal waters of the catchment from land during the year.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'other',
		unitLabel: L('ton N', 'tonnes N'),
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'DCE – Nationalt Center for Miljø og Energi, Aarhus Universitet',
			title: 'Vandmiljø og Natur – NOVANA, tilstand og udvikling (årlig rapport)',
			url: 'https://dce.au.dk/'
		}
	},
	{
		key: 'hectares_changed_use',
		problemField: 'land_and_nature',
		name: L('Hektar med aftalt ændret arealanvendelse', 'Hectares with an agreed change of land use'),
		definition: L(
			'Hektar, hvor lodsejere har indgået aftale om udtagning, omlægning eller natur, opgjort ved periodens udgang.',
			'Hectares where landowners have agreed to take land out of production, convert it or turn it into nature, at the end of the period.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'other',
		unitLabel: L('hektar', 'hectares'),
		dimensions: [],
		source: OWN(L('Partnernes registrering af indgåede aftaler', 'The partners’ register of agreements'))
	},

	// Klima
	{
		key: 'ghg_emissions_municipality',
		problemField: 'climate',
		name: L('Drivhusgasudledning i kommunen', 'Greenhouse gas emissions in the municipality'),
		definition: L(
			'Kommunens samlede udledning af drivhusgasser opgjort geografisk (energi, transport, landbrug, affald m.m.).',
			'The municipality’s total greenhouse gas emissions on a geographical basis (energy, transport, agriculture, waste and more).'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'other',
		unitLabel: L('ton CO2e', 'tonnes CO2e'),
		dimensions: [
			{
				key: 'sektor',
				label: L('Sektor', 'Sector'),
				categories: [
					{ key: 'energi', label: L('Energi', 'Energy') },
					{ key: 'transport', label: L('Transport', 'Transport') },
					{ key: 'landbrug', label: L('Landbrug', 'Agriculture') },
					{ key: 'affald', label: L('Affald og spildevand', 'Waste and waste water') },
					{ key: 'industri', label: L('Industriprocesser', 'Industrial processes') }
				]
			}
		],
		source: {
			kind: 'public',
			publisher: 'Energistyrelsen (med KL og Realdania)',
			title: 'Energi- og CO2-regnskabet for kommunerne',
			url: 'https://ens.dk/ansvarsomraader/varme/energi-og-co2-regnskabet',
			note: L(
				'Tidligere år kan blive rettet, når nye datakilder kommer til.',
				'Earlier years may be revised when new data sources are added.'
			)
		}
	},
	{
		key: 'ghg_per_inhabitant',
		problemField: 'climate',
		name: L('Drivhusgasudledning pr. indbygger', 'Greenhouse gas emissions per inhabitant'),
		definition: L(
			'Kommunens geografiske udledning delt med befolkningstallet 1. januar.',
			'The municipality’s geographical emissions divided by its population on 1 January.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'other',
		unitLabel: L('ton CO2e pr. indbygger', 'tonnes CO2e per inhabitant'),
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Energistyrelsen og Danmarks Statistik',
			title: 'Energi- og CO2-regnskabet; befolkning: Statistikbanken FOLK1A',
			table: 'FOLK1A',
			url: 'https://ens.dk/ansvarsomraader/varme/energi-og-co2-regnskabet'
		}
	},
	{
		key: 'climate_actions_completed',
		problemField: 'climate',
		name: L('Gennemførte tiltag fra klimahandleplanen', 'Completed actions from the climate action plan'),
		definition: L(
			'Antal tiltag i klimahandleplanen, der er gennemført i perioden.',
			'Number of actions in the climate action plan completed in the period.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'half_year',
		unit: 'count',
		dimensions: [],
		source: OWN(L('Partnernes opfølgning på klimahandleplanen', 'The partners’ follow-up on the climate action plan'))
	},

	// Hjemløshed
	{
		key: 'homeless_count',
		problemField: 'homelessness',
		name: L('Personer i hjemløshed', 'People in homelessness'),
		definition: L(
			'Personer i en hjemløshedssituation i kommunen i tælleugen (uge 6): gadesovere, på herberg eller forsorgshjem, hos familie eller venner m.fl.',
			'People in a homelessness situation in the municipality in the count week (week 6): sleeping rough, in shelters, staying with family or friends and more.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'count',
		dimensions: [GENDER, HOMELESS_AGE],
		source: VIVE_HOMELESSNESS
	},
	{
		key: 'homeless_youth',
		problemField: 'homelessness',
		name: L('Unge 18-24 år i hjemløshed', 'Young people aged 18-24 in homelessness'),
		definition: L(
			'Personer på 18-24 år i en hjemløshedssituation i tælleugen.',
			'People aged 18-24 in a homelessness situation in the count week.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'count',
		dimensions: [GENDER],
		source: VIVE_HOMELESSNESS
	},
	{
		key: 'rough_sleepers',
		problemField: 'homelessness',
		name: L('Gadesovere', 'People sleeping rough'),
		definition: L(
			'Personer, der overnattede på gaden eller i trappeopgange o.l. i tælleugen.',
			'People who slept in the street, stairwells or similar in the count week.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'count',
		dimensions: [GENDER],
		source: VIVE_HOMELESSNESS
	},
	{
		key: 'housed_after_12_months',
		problemField: 'homelessness',
		name: L('Bor stadig i egen bolig efter 12 måneder', 'Still in their own home after 12 months'),
		definition: L(
			'Andelen af borgere, der fik egen bolig med bostøtte (Housing First), og som stadig bor i egen bolig 12 måneder efter indflytning.',
			'The share of people housed with support (Housing First) who still live in their own home 12 months after moving in.'
		),
		kind: 'better_off',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'percent',
		dimensions: [],
		source: OWN(L('Bostøttens sagsregistrering', 'The housing support’s case records'))
	},

	// Lokal udvikling
	{
		key: 'population_municipality',
		problemField: 'local_development',
		name: L('Befolkningstal', 'Population'),
		definition: L(
			'Antal indbyggere i kommunen den 1. i kvartalet.',
			'Number of inhabitants of the municipality on the first day of the quarter.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'count',
		dimensions: [
			GENDER,
			{
				key: 'alder',
				label: L('Alder', 'Age'),
				categories: [
					{ key: '0-17', label: L('0-17 år', '0-17 years') },
					{ key: '18-29', label: L('18-29 år', '18-29 years') },
					{ key: '30-64', label: L('30-64 år', '30-64 years') },
					{ key: '65+', label: L('65 år og derover', '65 and over') }
				]
			}
		],
		source: {
			kind: 'public',
			publisher: 'Danmarks Statistik',
			title: 'Befolkningen den 1. i kvartalet efter område, køn, alder og civilstand',
			table: 'FOLK1A',
			url: 'https://www.statistikbanken.dk/FOLK1A'
		}
	},
	{
		key: 'population_towns_rural',
		problemField: 'local_development',
		name: L('Folketal i byer og landdistrikter', 'Population in towns and rural districts'),
		definition: L(
			'Antal indbyggere 1. januar i kommunens byområder og landdistrikter efter bystørrelse.',
			'Inhabitants on 1 January in the municipality’s urban areas and rural districts, by town size.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'count',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Danmarks Statistik',
			title: 'Folketal 1. januar efter kommune og bystørrelse',
			table: 'BY2',
			url: 'https://www.statistikbanken.dk/BY2'
		}
	},
	{
		key: 'local_projects_started',
		problemField: 'local_development',
		name: L('Lokale projekter sat i gang', 'Local projects started'),
		definition: L(
			'Antal projekter fra udviklingsplanen, som borgere og partnere har sat i gang i perioden.',
			'Number of projects from the development plan started by residents and partners in the period.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'half_year',
		unit: 'count',
		dimensions: [],
		source: OWN(L('Sekretariatets projektoversigt', 'The backbone’s list of projects'))
	},

	// Tryghed
	{
		key: 'feel_safe_neighbourhood',
		problemField: 'safety',
		name: L('Trygge i eget nabolag', 'Feel safe in their neighbourhood'),
		definition: L(
			'Andelen af borgere i kommunen, der svarer, at de grundlæggende føler sig trygge i deres nabolag.',
			'The share of residents of the municipality who say that they basically feel safe in their neighbourhood.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Justitsministeriets Forskningskontor',
			title:
				'Tryghedsundersøgelsen (videreførelse af Politiets Tryghedsundersøgelse 2013-2019; hele landet, politikredse og de 98 kommuner)',
			url: 'https://www.justitsministeriet.dk/'
		}
	},
	{
		key: 'burglaries_reported',
		problemField: 'safety',
		name: L('Anmeldte indbrud i beboelser', 'Reported burglaries in homes'),
		definition: L(
			'Antal anmeldte indbrud i private beboelser i kommunen i kvartalet.',
			'Number of reported burglaries in private homes in the municipality in the quarter.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'quarter',
		unit: 'count',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Danmarks Statistik',
			title: 'Anmeldte forbrydelser efter område og type af overtrædelse (kvartal)',
			table: 'STRAF11',
			url: 'https://www.statistikbanken.dk/STRAF11'
		}
	},
	{
		key: 'neighbour_agreements',
		problemField: 'safety',
		name: L('Husstande med naboaftale', 'Households with a neighbour agreement'),
		definition: L(
			'Antal husstande, der har indgået aftale med naboer om at holde øje med hinandens hjem.',
			'Number of households that have agreed with neighbours to keep an eye on each other’s homes.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'count',
		dimensions: [],
		source: OWN(L('Partnernes registrering', 'The partners’ records'))
	},

	// Børn, unge og uddannelse
	{
		key: 'grade_average_9th',
		problemField: 'children_and_education',
		name: L('Karaktergennemsnit ved 9. klasses prøver', 'Average grade at the 9th-grade exams'),
		definition: L(
			'Gennemsnit af de bundne prøver i 9. klasse for kommunens elever.',
			'The average of the mandatory 9th-grade exams for pupils in the municipality.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'other',
		unitLabel: L('karakter (7-trinsskalaen)', 'grade (7-point scale)'),
		dimensions: [GENDER],
		source: {
			kind: 'public',
			publisher: 'Børne- og Undervisningsministeriet',
			title: 'Karakterer ved folkeskolens prøver i 9. klasse (datavarehuset uddannelsesstatistik.dk)',
			url: 'https://uddannelsesstatistik.dk/'
		}
	},
	{
		key: 'pupils_min_2_danish_maths',
		problemField: 'children_and_education',
		name: L('Elever med mindst 2 i dansk og matematik', 'Pupils with at least 2 in Danish and maths'),
		definition: L(
			'Andelen af 9.-klasseelever, der har mindst 2 i gennemsnit ved de bundne prøver i både dansk og matematik.',
			'The share of 9th-grade pupils with an average of at least 2 in the mandatory exams in both Danish and maths.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Børne- og Undervisningsministeriet',
			title: 'Statusredegørelse for folkeskolens udvikling – indikator: 9.-klasseelever med mindst 2 i dansk og matematik',
			url: 'https://uddannelsesstatistik.dk/'
		}
	},
	{
		key: 'youth_education_15_months',
		problemField: 'children_and_education',
		name: L('I gang med en ungdomsuddannelse 15 måneder efter 9. klasse', 'In upper-secondary education 15 months after 9th grade'),
		definition: L(
			'Andelen af kommunens 9.-klasseelever, der 15 måneder efter 9. klasse er i gang med en ungdomsuddannelse.',
			'The share of the municipality’s 9th-grade pupils who are in upper-secondary education 15 months after 9th grade.'
		),
		kind: 'population',
		polarity: 'higher_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [GENDER],
		source: {
			kind: 'public',
			publisher: 'Børne- og Undervisningsministeriet',
			title: 'Statusredegørelse for folkeskolens udvikling – indikator: elever påbegyndt en ungdomsuddannelse 15 måneder efter 9. klasse',
			url: 'https://uddannelsesstatistik.dk/'
		}
	},
	{
		key: 'children_in_homework_club',
		problemField: 'children_and_education',
		name: L('Børn der deltager i lektiecafé', 'Children attending homework clubs'),
		definition: L(
			'Antal forskellige børn, der har deltaget i lektiecafé mindst tre gange i perioden.',
			'Number of different children who attended a homework club at least three times in the period.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'month',
		unit: 'count',
		dimensions: [GENDER],
		source: OWN(L('Fremmøderegistrering i lektiecaféerne', 'Attendance records of the homework clubs'))
	},

	// Inklusion og fællesskaber
	{
		key: 'often_unwanted_alone',
		problemField: 'inclusion',
		name: L('Ofte uønsket alene', 'Often alone against their wish'),
		definition: L(
			'Andelen af voksne (16 år og derover) i kommunen, der svarer, at de ofte er alene, selv om de har lyst til at være sammen med andre.',
			'The share of adults (16 and over) in the municipality who say that they are often alone although they would like to be with others.'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [GENDER],
		source: {
			kind: 'public',
			publisher: 'Sundhedsstyrelsen og Statens Institut for Folkesundhed, SDU',
			title: 'Danskernes Sundhed – Den Nationale Sundhedsprofil',
			url: 'https://www.danskernessundhed.dk/',
			note: L(
				'Undersøgelsen gennemføres hvert fjerde år (2010, 2013, 2017, 2021, 2025).',
				'The survey runs every fourth year (2010, 2013, 2017, 2021, 2025).'
			)
		}
	},
	{
		key: 'severe_loneliness',
		problemField: 'inclusion',
		name: L('Tegn på svær ensomhed', 'Signs of severe loneliness'),
		definition: L(
			'Andelen af voksne med en score på 7 eller mere på Three-Item Loneliness Scale (T-ILS).',
			'The share of adults scoring 7 or more on the Three-Item Loneliness Scale (T-ILS).'
		),
		kind: 'population',
		polarity: 'lower_is_better',
		frequency: 'year',
		unit: 'percent',
		dimensions: [],
		source: {
			kind: 'public',
			publisher: 'Sundhedsstyrelsen og Statens Institut for Folkesundhed, SDU',
			title: 'Danskernes Sundhed – Den Nationale Sundhedsprofil',
			url: 'https://www.danskernessundhed.dk/',
			note: L('Hvert fjerde år.', 'Every fourth year.')
		}
	},
	{
		key: 'new_participants_communities',
		problemField: 'inclusion',
		name: L('Nye deltagere i fællesskaber', 'New participants in communities'),
		definition: L(
			'Antal borgere, der for første gang deltager i en af initiativets fællesskabsaktiviteter.',
			'Number of residents taking part in one of the initiative’s community activities for the first time.'
		),
		kind: 'how_much',
		polarity: 'higher_is_better',
		frequency: 'quarter',
		unit: 'count',
		dimensions: [],
		source: OWN(L('Deltagerregistrering', 'Participant records'))
	},
	{
		key: 'participants_new_friendship',
		problemField: 'inclusion',
		name: L('Deltagere, der har fået en ny relation', 'Participants who have made a new connection'),
		definition: L(
			'Andelen af deltagere, der efter tre måneder svarer, at de har fået mindst én ny person at være sammen med.',
			'The share of participants who after three months say that they have at least one new person to spend time with.'
		),
		kind: 'better_off',
		polarity: 'higher_is_better',
		frequency: 'half_year',
		unit: 'percent',
		dimensions: [],
		source: OWN(L('Opfølgende spørgeskema til deltagerne', 'Follow-up questionnaire to participants'))
	}
];

export function templatesForField(field: ProblemField): IndicatorTemplate[] {
	return INDICATOR_TEMPLATES.filter((template) => template.problemField === field);
}

export function findTemplate(key: string): IndicatorTemplate | undefined {
	return INDICATOR_TEMPLATES.find((template) => template.key === key);
}

/**
 * A template as the input of an indicator definition (schemas.ts) in one language: a fresh copy,
 * so an initiative's indicator never shares anything with the library.
 */
export function templateToDefinition(template: IndicatorTemplate, locale: NumberLocale) {
	const source = [template.source.publisher, template.source.title, template.source.table, template.source.url].filter(Boolean).join(' · ');
	return {
		name: template.name[locale],
		definition: template.definition[locale],
		kind: template.kind,
		polarity: template.polarity,
		frequency: template.frequency,
		unit: template.unit,
		unitLabel: template.unitLabel?.[locale] ?? '',
		source,
		dimensions: template.dimensions.map((d) => ({
			key: d.key,
			label: d.label[locale],
			categories: d.categories.map((c) => ({ key: c.key, label: c.label[locale] }))
		}))
	};
}
