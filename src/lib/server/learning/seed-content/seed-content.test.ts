import { describe, expect, it } from 'vitest';
import { CASE_FIGURES, CASE_SOURCES, normaliseNumber, numbersIn, SEED_TEXT } from '../../../../../tests/fixtures/seed.ts';
import {
	type CaseContent,
	CONDITION_KEYS,
	LESSON_KEYS,
	LESSON_TITLES_DA,
	type Localized,
	TOPIC_KEYS
} from '../../../domain/learning/content.ts';
import { caseInputFromFormValues, caseToFormValues, normaliseCaseFormValues } from '../../../domain/learning/case-form.ts';
import { CaseContentSchema, PageTextSchema, TestimonyContentSchema } from '../../../domain/learning/schemas.ts';
import { caseSearchDocuments } from '../cases.repository.ts';
import { SEED_CASES } from './cases.ts';
import { SEED_PAGES } from './pages.ts';
import { SEED_TESTIMONIES } from './testimonies.ts';

/**
 * Guards for the seed content: the shape the routes rely on (slugs, keys, order), working links,
 * and the rule that nothing is invented — every source is one of cases.md's, and every number of
 * two or more digits (year, count, amount, percentage) in a case, page or testimony, in either
 * language, is one cases.md gives (bar a short, justified allow-list).
 */
const seed = SEED_TEXT;
const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

// --- numbers -------------------------------------------------------------------------------
// cases.md's facts (its sources and the numbers in its prose) are kept in tests/fixtures/case-facts.json,
// compared with the shared cases.md by tests/fixtures/seed-fixtures.test.ts where that folder exists; normaliseNumber and numbersIn live beside them.

const SOURCED_NUMBERS = new Set(CASE_FIGURES);

/**
 * The few numbers the seed may give although cases.md does not, each only in the texts named in
 * `where` (the start of a text's path, e.g. "topic/lighed"). Single digits — list numbers, "1 af 7",
 * the five conditions and five phases (product.md §2), "1 ud af 4" — are not checked at all.
 * Keep this list short and justify every entry: anything about a Danish case must come from cases.md.
 * (The framework's other years, 2016 for the principles of practice and 2022 for "Centering
 * Equity", are years cases.md also names, so they need no entry.)
 */
const ALLOWED_UNSOURCED: { value: number; where: string[]; why: string }[] = [
	{
		value: 2011,
		where: ['topic/hvad-og-hvornaar', 'topic/lighed'],
		why: 'the year of Kania & Kramer’s article that named collective impact — product.md §2 (“Kania & Kramer 2011”), not a case fact'
	}
];

const isAllowed = (value: number, path: string) =>
	ALLOWED_UNSOURCED.some((entry) => entry.value === value && entry.where.some((prefix) => path.startsWith(prefix)));

/** The significant numbers of a text that cases.md does not give in any form (and the allow-list does not cover at `path`). */
function unsupportedNumbers(text: string, path = ''): string[] {
	return numbersIn(text)
		.filter((found) => found.isSignificant && !SOURCED_NUMBERS.has(found.value) && !isAllowed(found.value, path))
		.map((found) => found.token);
}

/** Every unsupported number in every text pair of `entries`, in both languages, as "path: token". */
function unsupportedIn(entries: { path: string; text: Localized }[]): string[] {
	return entries.flatMap(({ path, text }) =>
		[...unsupportedNumbers(text.da, path), ...unsupportedNumbers(text.en, path)].map((token) => `${path}: ${token}`)
	);
}

// --- walking the content -------------------------------------------------------------------

function isLocalized(value: unknown): value is Localized {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Localized).da === 'string' &&
		typeof (value as Localized).en === 'string' &&
		Object.keys(value).length === 2
	);
}

/** Every Danish/English text pair in a record, with its path. */
function localizedIn(value: unknown, path = ''): { path: string; text: Localized }[] {
	if (isLocalized(value)) return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, index) => localizedIn(item, `${path}[${index}]`));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => localizedIn(item, path ? `${path}.${key}` : key));
	}
	return [];
}

const caseTexts = SEED_CASES.flatMap((content) => localizedIn(content, `case/${content.slug}`));
const pageTexts = SEED_PAGES.flatMap((page) => localizedIn(page, `${page.kind}/${page.slug}`));
const testimonyTexts = SEED_TESTIMONIES.flatMap((testimony, index) => localizedIn(testimony, `testimony[${index}]`));
const allTexts = [...caseTexts, ...pageTexts, ...testimonyTexts];

function linkTargets(markdown: string): string[] {
	return [...markdown.matchAll(/\]\(([^)\s]*)\)/g)].map((match) => match[1] ?? '');
}

// --- expectations ----------------------------------------------------------------------------

const CASE_ORDER: [slug: string, field: CaseContent['problemField'], scale: CaseContent['scale']][] = [
	['fremtidens-baeredygtige-landskaber', 'land_and_nature', 'national'],
	['hjem-til-alle', 'homelessness', 'national'],
	['dk2020', 'climate', 'national'],
	['toendermarsk-initiativet', 'local_development', 'local'],
	['bo-trygt', 'safety', 'national'],
	['medvind-i-oesterbyen', 'children_and_education', 'local'],
	['troldhedestien', 'inclusion', 'local']
];

const PAGE_SLUGS: Record<string, Record<string, string>> = {
	topic: {
		what_and_when: 'hvad-og-hvornaar',
		phases: 'faser',
		practice_principles: 'praksisprincipper',
		equity: 'lighed',
		roles: 'roller'
	},
	condition: {
		common_agenda: 'faelles-agenda',
		shared_measurement: 'faelles-maalemetoder',
		reinforcing_activities: 'forpligtende-aktiviteter',
		communication: 'kommunikation',
		backbone: 'faelles-sekretariat'
	},
	lesson: {
		it_works: 'det-nytter',
		patience: 'taalmodighed-og-raastyrke',
		leadership: 'ledelse-og-organisation',
		narrative: 'en-ny-fortaelling',
		involve: 'involver',
		national_local: 'nationalt-blik-start-lokalt',
		philanthropic_engine: 'filantropisk-hjaelpemotor'
	}
};

const caseSlugs = new Set(SEED_CASES.map((content) => content.slug));
const pagesOf = (kind: string) => SEED_PAGES.filter((page) => page.kind === kind);
const principleSlugs = new Set([...pagesOf('topic'), ...pagesOf('condition')].map((page) => page.slug));
const lessonSlugs = new Set(pagesOf('lesson').map((page) => page.slug));
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isResolvableLink(target: string): boolean {
	if (/^https?:\/\/[^\s]+$/.test(target)) return URL.canParse(target);
	// the section front pages (routes that exist without a slug)
	if (['/vurdering', '/eksempler', '/laering', '/principper', '/vidnesbyrd'].includes(target)) return true;
	const [, section, slug] = /^\/([a-z]+)\/([a-z0-9-]+)$/.exec(target) ?? [];
	if (section === 'eksempler') return caseSlugs.has(slug ?? '');
	if (section === 'principper') return principleSlugs.has(slug ?? '');
	if (section === 'laering') return lessonSlugs.has(slug ?? '');
	return false;
}

describe('the number guard', () => {
	it('normalises Danish and English separators', () => {
		expect(normaliseNumber('1.023')).toBe(1023);
		expect(normaliseNumber('1,023')).toBe(1023);
		expect(normaliseNumber('16,5')).toBe(16.5);
		expect(normaliseNumber('16.5')).toBe(16.5);
		expect(normaliseNumber('11,65')).toBe(11.65);
		expect(normaliseNumber('29.000')).toBe(29000);
	});

	it('accepts figures cases.md gives, in either language’s format', () => {
		expect(unsupportedNumbers('1.023 → 744; 150 mio. kr.; 16,5 mio.; 43 %; 2018; 3.100–3.300; −70 %')).toEqual([]);
		expect(unsupportedNumbers('1,023 → 744; DKK 150m; DKK 16.5m; 43%; 3,100–3,300; 89.2%')).toEqual([]);
	});

	it('rejects an invented figure, decimal, percentage, year or two-digit count', () => {
		expect(unsupportedNumbers('Budgettet var 4.321 mio. kr.')).toEqual(['4.321']);
		expect(unsupportedNumbers('Et fald på 27 %')).toEqual(['27']);
		expect(unsupportedNumbers('Et fald på 7 %')).toEqual(['7']);
		expect(unsupportedNumbers('DKK 12.5m')).toEqual(['12.5']);
		expect(unsupportedNumbers('i 2031')).toEqual(['2031']);
		expect(unsupportedNumbers('13 partnere og 11 kommuner')).toEqual(['13', '11']);
		expect(unsupportedNumbers('covid-19')).toEqual(['19']);
	});

	it('skips single digits and numbers inside links', () => {
		expect(unsupportedNumbers('fem regioner, 2 år, læring 1 af 7, [kilde](https://example.org/2099/x)')).toEqual([]);
	});

	it('allows an unsourced number only where its allow-list entry says', () => {
		expect(unsupportedNumbers('Kania og Kramer i 2011', 'topic/hvad-og-hvornaar')).toEqual([]);
		expect(unsupportedNumbers('stiftet i 2011', 'case/hjem-til-alle.summary')).toEqual(['2011']);
		expect(unsupportedNumbers('i 2011', 'lesson/det-nytter.body')).toEqual(['2011']);
		for (const entry of ALLOWED_UNSOURCED) expect(SOURCED_NUMBERS.has(entry.value), `${entry.value} is in cases.md: drop it`).toBe(false);
	});
});

describe('seed cases', () => {
	it('are the seed’s seven, in its order, with the agreed slugs, fields and scales', () => {
		expect(SEED_CASES.map((content) => [content.slug, content.problemField, content.scale])).toEqual(CASE_ORDER);
		expect(caseSlugs.size).toBe(SEED_CASES.length);
	});

	it('carry the seed’s names (the seed spells Troldhedestien “Trolthedestien”)', () => {
		for (const content of SEED_CASES) {
			const seedName = content.slug === 'troldhedestien' ? content.name.da.replace('Troldhede', 'Trolthede') : content.name.da;
			expect(seed, content.slug).toContain(seedName);
		}
	});

	it.each(SEED_CASES.map((content) => [content.slug, content] as const))('%s passes the content schema', (_slug, content) => {
		const result = CaseContentSchema.safeParse(content);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
		// unchanged by the schema, so an editor who saves without changing anything changes nothing
		expect(result.data).toEqual(content);
	});

	it.each(SEED_CASES.map((content) => [content.slug, content] as const))(
		'%s comes back unchanged from the edit form, as a browser sends it (CRLF line breaks)',
		(_slug, content) => {
			const sent = Object.fromEntries(Object.entries(caseToFormValues(content)).map(([key, value]) => [key, value.replace(/\n/g, '\r\n')]));
			expect(
				CaseContentSchema.parse({ ...(caseInputFromFormValues(normaliseCaseFormValues(sent)) as object), slug: content.slug })
			).toEqual(content);
		}
	);

	it('have periods that end after they start, in years cases.md names', () => {
		for (const content of SEED_CASES) {
			if (content.periodEnd !== null) expect(content.periodEnd, content.slug).toBeGreaterThanOrEqual(content.periodStart);
			for (const year of [content.periodStart, content.periodEnd]) {
				if (year !== null) expect(SOURCED_NUMBERS.has(year), `${content.slug}: ${year}`).toBe(true);
			}
			if (content.periodEnd === null) expect(content.periodNote.da, content.slug).not.toBe('');
		}
	});

	it('have partial dates on every event and dated result', () => {
		for (const content of SEED_CASES) {
			for (const date of [...content.events.map((event) => event.date), ...content.results.map((result) => result.date)]) {
				if (date !== null) expect(date, content.slug).toMatch(PARTIAL_DATE);
			}
		}
	});

	it('cite only sources listed in cases.md, always including Realdania’s case collection', () => {
		for (const content of SEED_CASES) {
			const urls = content.sources.map((source) => source.url);
			expect(new Set(urls).size, content.slug).toBe(urls.length);
			for (const url of urls) expect(CASE_SOURCES, `${content.slug}: ${url}`).toContain(url);
			expect(urls, content.slug).toContain(
				'https://realdania.dk/publikationer/faglige-publikationer/syv-danske-collective-impact-inspirerede-initiativer-2014-2022'
			);
			for (const result of content.results) {
				if (result.sourceUrl !== null) expect(urls, content.slug).toContain(result.sourceUrl);
			}
		}
	});

	it('give no figure that cases.md does not give (both languages)', () => {
		expect(unsupportedIn(caseTexts)).toEqual([]);
	});

	it('date events and results only in years cases.md names', () => {
		for (const content of SEED_CASES) {
			for (const date of [...content.events.map((event) => event.date), ...content.results.map((result) => result.date)]) {
				if (date !== null) expect(SOURCED_NUMBERS.has(Number(date.slice(0, 4))), `${content.slug}: ${date}`).toBe(true);
			}
		}
	});

	it('illustrate two to four lessons each, and every lesson in at least two cases', () => {
		for (const content of SEED_CASES) {
			const keys = content.lessons.map((lesson) => lesson.lesson);
			expect(keys.length, content.slug).toBeGreaterThanOrEqual(2);
			expect(keys.length, content.slug).toBeLessThanOrEqual(4);
			expect(new Set(keys).size, content.slug).toBe(keys.length);
		}
		for (const key of LESSON_KEYS) {
			const cases = SEED_CASES.filter((content) => content.lessons.some((lesson) => lesson.lesson === key));
			expect(cases.length, key).toBeGreaterThanOrEqual(2);
		}
	});

	// What the search indexes (name and summary weigh most). The search itself — Postgres stemming
	// and ranking — is tested against the seeded database in learning.int.test.ts.
	it('give the search Hjem til Alle by “hjemløs” and “homeless” in its weighted name or summary, and no other case', () => {
		const heading = (content: CaseContent, lang: 'da' | 'en') => {
			const doc = caseSearchDocuments(content)[lang];
			return `${doc.title} ${doc.summary}`.toLowerCase();
		};
		const whole = (content: CaseContent, lang: 'da' | 'en') => Object.values(caseSearchDocuments(content)[lang]).join(' ').toLowerCase();
		const hjemTilAlle = SEED_CASES.find((content) => content.slug === 'hjem-til-alle');
		if (!hjemTilAlle) throw new Error('hjem-til-alle is missing from the seed');
		expect(heading(hjemTilAlle, 'da')).toContain('hjemløs');
		expect(heading(hjemTilAlle, 'en')).toContain('homeless');
		const others = SEED_CASES.filter((content) => content !== hjemTilAlle);
		expect(others.filter((content) => whole(content, 'da').includes('hjemløs')).map((content) => content.slug)).toEqual([]);
		expect(others.filter((content) => whole(content, 'en').includes('homeless')).map((content) => content.slug)).toEqual([]);
	});
});

describe('seed pages', () => {
	it('cover all topics, conditions and lessons with the agreed slugs and a 1…n order', () => {
		const expectedKeys: Record<string, readonly string[]> = { topic: TOPIC_KEYS, condition: CONDITION_KEYS, lesson: LESSON_KEYS };
		for (const [kind, keys] of Object.entries(expectedKeys)) {
			const pages = pagesOf(kind);
			expect(pages.map((page) => page.key).sort(), kind).toEqual([...keys].sort());
			expect(Object.fromEntries(pages.map((page) => [page.key, page.slug])), kind).toEqual(PAGE_SLUGS[kind]);
			expect(
				pages.map((page) => page.sortOrder).sort((a, b) => a - b),
				kind
			).toEqual(keys.map((_, index) => index + 1));
			expect(new Set(pages.map((page) => page.slug)).size, kind).toBe(pages.length);
		}
		expect(SEED_PAGES).toHaveLength(TOPIC_KEYS.length + CONDITION_KEYS.length + LESSON_KEYS.length);
	});

	it('have URL-safe slugs', () => {
		for (const page of SEED_PAGES) expect(page.slug).toMatch(/^[a-z0-9-]+$/);
	});

	it('title the lessons with the seed’s own wording', () => {
		for (const page of pagesOf('lesson')) {
			const key = page.key as keyof typeof LESSON_TITLES_DA;
			expect(page.title.da).toBe(LESSON_TITLES_DA[key]);
			expect(normaliseSpace(seed)).toContain(normaliseSpace(page.title.da));
		}
	});

	it('pass the page text schema', () => {
		for (const page of SEED_PAGES) {
			const result = PageTextSchema.safeParse(page);
			expect(result.success, `${page.slug}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
			expect(page).toMatchObject(result.data ?? {});
		}
	});

	it('give no figure that cases.md does not give (both languages; see ALLOWED_UNSOURCED)', () => {
		expect(unsupportedIn(pageTexts)).toEqual([]);
	});

	it('give each page body sections', () => {
		for (const page of SEED_PAGES) {
			expect(page.body.da, page.slug).toMatch(/^## /m);
			expect(page.body.en, page.slug).toMatch(/^## /m);
		}
	});
});

describe('seed testimonies', () => {
	it('are paraphrases only: the sources hold no verbatim quotes', () => {
		expect(SEED_TESTIMONIES.length).toBeGreaterThan(0);
		for (const testimony of SEED_TESTIMONIES) expect(testimony.kind).toBe('paraphrase');
	});

	it('give no figure that cases.md does not give (both languages)', () => {
		expect(unsupportedIn(testimonyTexts)).toEqual([]);
	});

	it('have distinct seed keys (seed.ts finds a seeded testimony by its source and attribution)', () => {
		const keys = SEED_TESTIMONIES.map((testimony) => `${testimony.sourceUrl}#${testimony.attribution.da}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('belong to existing cases and cite cases.md’s sources', () => {
		for (const testimony of SEED_TESTIMONIES) {
			if (testimony.caseSlug !== null) expect(caseSlugs.has(testimony.caseSlug), testimony.caseSlug).toBe(true);
			expect(CASE_SOURCES).toContain(testimony.sourceUrl);
			if (testimony.date !== null) {
				expect(testimony.date).toMatch(PARTIAL_DATE);
				expect(SOURCED_NUMBERS.has(Number(testimony.date.slice(0, 4))), testimony.date).toBe(true);
			}
			expect(testimony.lessons.length).toBeGreaterThan(0);
			const result = TestimonyContentSchema.safeParse(testimony);
			expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
			expect(result.data).toEqual(testimony);
		}
	});
});

describe('all seed text', () => {
	it('is complete in both languages (a pair is empty in both or in neither)', () => {
		for (const { path, text } of allTexts) {
			expect(text.da.trim() === '', path).toBe(text.en.trim() === '');
		}
	});

	it('links only to the web or to pages that exist', () => {
		const targets = [
			...allTexts.flatMap(({ path, text }) => [...linkTargets(text.da), ...linkTargets(text.en)].map((target) => ({ path, target }))),
			...SEED_CASES.flatMap((content) => [
				...content.sources.map((source) => ({ path: content.slug, target: source.url })),
				...content.results.flatMap((result) => (result.sourceUrl ? [{ path: content.slug, target: result.sourceUrl }] : []))
			]),
			...SEED_TESTIMONIES.map((testimony) => ({ path: 'testimony', target: testimony.sourceUrl }))
		];
		expect(targets.length).toBeGreaterThan(50);
		const broken = targets.filter(({ target }) => !isResolvableLink(target)).map(({ path, target }) => `${path}: ${target}`);
		expect(broken).toEqual([]);
	});

	it('holds no raw HTML or images', () => {
		for (const { path, text } of allTexts) {
			for (const value of [text.da, text.en]) {
				expect(value, path).not.toMatch(/<\/?[a-z][^>]*>/i);
				expect(value, path).not.toContain('![');
			}
		}
	});

	it('formats numbers and money for its language', () => {
		for (const { path, text } of allTexts) {
			expect(text.da, path).not.toMatch(/DKK|\d\.\d{1,2}(?!\d)/);
			expect(text.en, path).not.toMatch(/mio\.|\bkr\.|\d,\d{1,2}(?!\d)/);
		}
	});
});
