/**
 * The learning area's vocabulary: the seed's seven lessons, the five conditions, the topics of the
 * principles section, problem fields and scales — as stable keys — and the shapes of the content
 * records (cases, pages, testimonies). Pure: no framework or database imports.
 */
import type { Sector } from '../organisations/sectors.ts';

/** The seed's "Hvad ser vi på tværs af eksemplerne?", in its order. */
export const LESSON_KEYS = [
	'it_works',
	'patience',
	'leadership',
	'narrative',
	'involve',
	'national_local',
	'philanthropic_engine'
] as const;
export type LessonKey = (typeof LESSON_KEYS)[number];

/** The seed's wording, verbatim (tests compare with the seed file). */
export const LESSON_TITLES_DA: Record<LessonKey, string> = {
	it_works: 'Det nytter',
	patience: 'Det kræver tålmodighed og råstyrke',
	leadership: 'Det kræver ledelse og en organisation, der driver udviklingen',
	narrative: 'Det kalder på en ny fortælling',
	involve: 'Det kan ikke siges tit nok: Involver',
	national_local: 'Det er (ofte) relevant med et strukturelt, nationalt blik, men start lokalt',
	philanthropic_engine: 'Det er nyttigt med en filantropisk hjælpemotor – men ikke en forudsætning'
};

/** The five conditions (Kania & Kramer 2011). */
export const CONDITION_KEYS = ['common_agenda', 'shared_measurement', 'reinforcing_activities', 'communication', 'backbone'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** The other pages of the principles section. */
export const TOPIC_KEYS = ['what_and_when', 'phases', 'practice_principles', 'equity', 'roles'] as const;
export type TopicKey = (typeof TOPIC_KEYS)[number];

export const PAGE_KINDS = ['condition', 'topic', 'lesson'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Problem fields of the case library (filter). Labels live in messages (`problem_field_<key>`). */
export const PROBLEM_FIELDS = [
	'land_and_nature',
	'climate',
	'homelessness',
	'local_development',
	'safety',
	'children_and_education',
	'inclusion',
	'other'
] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

export const CASE_SCALES = ['local', 'national'] as const;
export type CaseScale = (typeof CASE_SCALES)[number];

/** Danish and English text. An empty English text means "not translated": Danish is shown with a marker. */
export interface Localized {
	da: string;
	en: string;
}

/** A date known to the year, month or day: '2019', '2019-06' or '2019-06-04'. */
export type PartialDate = string;

export interface CaseActor {
	name: string;
	sector: Sector;
	/** the actor's role in the initiative, e.g. "stifter og medlem af styregruppen" */
	role: Localized;
}

export interface CaseResult {
	/** when the figure was measured or the result happened; null when no date is known */
	date: PartialDate | null;
	/** the figure as written, e.g. "1.023 → 744" (da) / "1,023 → 744" (en); empty when the result has no figure */
	figure: Localized;
	description: Localized;
	/** where the figure comes from (http/https); null when it is one of the case's general sources */
	sourceUrl: string | null;
}

export interface CaseEvent {
	date: PartialDate;
	text: Localized;
}

export interface CaseSource {
	title: string;
	url: string;
}

export interface CaseLesson {
	lesson: LessonKey;
	/** how the case shows the lesson (markdown, short) */
	note: Localized;
}

/** A case as it is written and edited (the record without ids and bookkeeping). */
export interface CaseContent {
	slug: string;
	name: Localized;
	/** one or two sentences for the list (plain text) */
	summary: Localized;
	problemField: ProblemField;
	scale: CaseScale;
	place: Localized;
	periodStart: number;
	/** null: still running or end not known (say which in periodNote) */
	periodEnd: number | null;
	periodNote: Localized;
	/** markdown */
	problem: Localized;
	/** markdown: the backbone / secretariat and governance */
	backbone: Localized;
	/** markdown */
	goals: Localized;
	/** markdown; empty when nothing is known */
	funding: Localized;
	/** markdown: facts that were looked for and not found (the page says so); empty when none */
	notFound: Localized;
	actors: CaseActor[];
	results: CaseResult[];
	events: CaseEvent[];
	sources: CaseSource[];
	lessons: CaseLesson[];
}

/** A principles/lesson page as it is written and edited. */
export interface PageContent {
	kind: PageKind;
	/** ConditionKey, TopicKey or LessonKey */
	key: string;
	/** the URL segment (Danish, ascii) */
	slug: string;
	title: Localized;
	/** one or two sentences (plain text) */
	summary: Localized;
	/** markdown */
	body: Localized;
	sortOrder: number;
}

export const TESTIMONY_KINDS = ['quote', 'paraphrase'] as const;
/** quote: the person's own words; paraphrase: what the source reports, in our words (the page says so). */
export type TestimonyKind = (typeof TESTIMONY_KINDS)[number];

export interface TestimonyContent {
	/** slug of the case it belongs to; null for a statement about collective impact in Denmark generally */
	caseSlug: string | null;
	lessons: LessonKey[];
	kind: TestimonyKind;
	statement: Localized;
	/** the role of who said it, e.g. "direktør, Børns Vilkår" — a role, not a private person's name */
	attribution: Localized;
	sourceTitle: string;
	/** always present (http/https) */
	sourceUrl: string;
	date: PartialDate | null;
}
