/**
 * Question catalogue of the assessment "Collective impact - hvornår?" (product.md §1).
 *
 * Keys are stable identifiers: they are stored with saved assessments and used as i18n keys,
 * so never rename one — add a new key instead.
 */

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

export type Step = 1 | 2 | 3 | 4;

/** Step 1 criteria, rated per candidate problem. */
export const CRITERIA = ['dramaticImprovement', 'contextualChange', 'urgentNeed'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const STEP2_QUESTIONS = ['step2.multipleActors'] as const;

/** All five must be "yes" for collective impact to be the right tool. */
export const STEP3_QUESTIONS = [
	'step3.complexity',
	'step3.scale',
	'step3.fragmented',
	'step3.multipleSectors',
	'step3.endUsersAffected'
] as const;

/**
 * Signs of a complex problem. They only support the user's own judgement of
 * `step3.complexity`; they never decide the outcome.
 */
export const COMPLEX_SIGNS = [
	'step3.complexSigns.noSingleActor',
	'step3.complexSigns.gapsAndSilos',
	'step3.complexSigns.missingCoordination',
	'step3.complexSigns.newPolicy',
	'step3.complexSigns.innovation'
] as const;

/** Readiness conditions; the seed joins them with "+", so all are needed. */
export const STEP4_QUESTIONS = ['step4.champions', 'step4.resources12Months', 'step4.positiveExperience', 'step4.burningPlatform'] as const;

export type Step2Question = (typeof STEP2_QUESTIONS)[number];
export type Step3Question = (typeof STEP3_QUESTIONS)[number];
export type ComplexSign = (typeof COMPLEX_SIGNS)[number];
export type Step4Question = (typeof STEP4_QUESTIONS)[number];
export type DecisionQuestion = Step2Question | Step3Question | Step4Question;
export type QuestionKey = DecisionQuestion | ComplexSign;

export type QuestionKind = 'decision' | 'sign';

export interface QuestionDefinition {
	readonly key: QuestionKey;
	readonly step: Step;
	readonly kind: QuestionKind;
}

/** Every answerable question in display order. */
export const QUESTIONS: readonly QuestionDefinition[] = [
	...STEP2_QUESTIONS.map((key) => ({ key, step: 2, kind: 'decision' }) as const),
	...STEP3_QUESTIONS.map((key) => ({ key, step: 3, kind: 'decision' }) as const),
	...COMPLEX_SIGNS.map((key) => ({ key, step: 3, kind: 'sign' }) as const),
	...STEP4_QUESTIONS.map((key) => ({ key, step: 4, kind: 'decision' }) as const)
];

export const QUESTION_KEYS: readonly QuestionKey[] = QUESTIONS.map((q) => q.key);

export const QUESTION_STEP = Object.fromEntries(QUESTIONS.map((q) => [q.key, q.step])) as Readonly<Record<QuestionKey, Step>>;

export const RECOMMENDATIONS = [
	'rec.considerCollaboration',
	'rec.considerProgramOrCapacity',
	'rec.considerProgram',
	'rec.recruitChampions',
	'rec.buildResources',
	'rec.buildTrust',
	'rec.makeProblemVisible'
] as const;
export type RecommendationKey = (typeof RECOMMENDATIONS)[number];

/** The seed's "Hvis nej, …" advice for each readiness condition. */
export const READINESS_RECOMMENDATION: Readonly<Record<Step4Question, RecommendationKey>> = {
	'step4.champions': 'rec.recruitChampions',
	'step4.resources12Months': 'rec.buildResources',
	'step4.positiveExperience': 'rec.buildTrust',
	'step4.burningPlatform': 'rec.makeProblemVisible'
};

/** The readiness condition a recommendation answers, if it is one of the "Hvis nej, …" pieces of advice for step 4. */
export function readinessQuestionOf(key: RecommendationKey): Step4Question | undefined {
	return (Object.keys(READINESS_RECOMMENDATION) as Step4Question[]).find((question) => READINESS_RECOMMENDATION[question] === key);
}

export function isAnswer(value: unknown): value is Answer {
	return (ANSWERS as readonly unknown[]).includes(value);
}

export function isQuestionKey(value: unknown): value is QuestionKey {
	return (QUESTION_KEYS as readonly unknown[]).includes(value);
}

/**
 * The seed's Danish wording, character for character (catalogue.test.ts compares it with the
 * seed file). Lines that continue a lead-in sentence keep the seed's leading "..." so that the
 * UI can render them exactly as the seed does; strip it there if a layout needs to.
 * Step titles are stored without the seed's step number ("1 ", "2 ", …).
 */
export const SEED_WORDING_DA = {
	heading: 'Collective impact - hvornår?',
	steps: {
		1: 'Hvilket specifikt problem skal vi fokusere på i dette område?',
		2: 'Er der flere aktører i systemet, som kan påvirke problemet?',
		3: 'Hvis ja, er Collective Impact det mest hensigtsmæssige værktøj til at løse problemet inden for dette problemfelt?',
		4: 'Hvis ja, er lokalsamfundet/de relevante aktører så klar til tværsektorielt samarbejde i området?'
	},
	step1Intro: 'Vurder det specifikke problem, og vælg det, der giver mulighed for...',
	step1Choose: 'Vælg hvilket problem, der skal fokuseres på',
	criteria: {
		dramaticImprovement: '...dramatisk at forbedre resultaterne.',
		contextualChange: '...at drage fordel af de seneste kontekstuelle ændringer (fx politiske ændringer/rammevilkår).',
		urgentNeed: '...hurtigst muligt at reagere på et samfundsbehov'
	},
	questions: {
		'step2.multipleActors': 'Er der flere aktører i systemet, som kan påvirke problemet?',
		'step3.complexity': 'Problemets kompleksitet',
		'step3.scale': 'Problemets omfang',
		'step3.fragmented': 'Er systemet fragmenteret, uden sammenhæng eller ødelagt?',
		'step3.multipleSectors': 'Hvis ja, skal flere sektorer så arbejde sammen for at løse problemet?',
		'step3.endUsersAffected': 'Er flertallet af slutbrugere i dette system berørt af problemet?',
		'step4.champions': 'Er der indflydelsesrige ildsjæle/champions, som kan løfte det lokale lederskab?',
		'step4.resources12Months': 'Findes der økonomiske ressourcer, der kan støtte samarbejdet i min. 12 mdr.?',
		'step4.positiveExperience': 'Er der positive erfaringer fra samarbejde i området?',
		'step4.burningPlatform': 'Er der en brændende platform, der motiverer til forandringer?'
	},
	complexSignsIntro: 'Ved komplekse problemer',
	complexSigns: {
		'step3.complexSigns.noSingleActor': '...kan ingen aktør løse problemet alene.',
		'step3.complexSigns.gapsAndSilos': '...er der kløfter og siloer i aktørsystemet.',
		'step3.complexSigns.missingCoordination': '...mangler der koordinering mellem aktørerne.',
		'step3.complexSigns.newPolicy': '...er der behov for nye politiske løsninger eller betydelige ændringer i lovmæssige rammer.',
		'step3.complexSigns.innovation': '...er der behov for innovation eller nye løsninger.'
	},
	recommendations: {
		'rec.considerCollaboration': 'Hvis ja, overvej en samarbejdsorienteret tilgang til løsning af problemet',
		'rec.considerProgramOrCapacity': 'Hvis nej, overvej en programløsning og/eller kapacitetsopbygning',
		'rec.considerProgram': 'Hvis nej, overvej en programløsning',
		'rec.recruitChampions': 'Hvis nej, fokusér på at rekruttere lokale ildsjæle/champions, der brænder for sagen',
		'rec.buildResources':
			'Hvis nej, fokusér på at opbygge nye ressourcer eller målret de eksisterende ressourcer, så de kan støtte samarbejdsindsatsen',
		'rec.buildTrust': 'Hvis nej, understøt indsatsen der opbygger relationer og tillid mellem lokale interessenter',
		'rec.makeProblemVisible': 'Hvis nej, samarbejd med lokale ildsjæle om at synliggøre problemet'
	}
} as const satisfies {
	heading: string;
	steps: Record<Step, string>;
	step1Intro: string;
	step1Choose: string;
	criteria: Record<Criterion, string>;
	questions: Record<DecisionQuestion, string>;
	complexSignsIntro: string;
	complexSigns: Record<ComplexSign, string>;
	recommendations: Record<RecommendationKey, string>;
};
