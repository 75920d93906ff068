import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../testing/pdf-inspect.ts';
import { PdfWriter, shouldMoveToNextPage } from './pdf.ts';

const LONG =
	'Et punkt med en lang tekst, der bryder over flere linjer, fordi den fortsætter og fortsætter med flere ord om samarbejde på tværs af sektorer.';

async function sample(paragraphs: number) {
	const pdf = await PdfWriter.create({ title: 'Prøve', lang: 'da-DK', pageLabel: (p, n) => `Side ${p} af ${n}`, compress: false });
	pdf.title('Samspil – prøve');
	pdf.heading('Kandidater');
	pdf.list([LONG, 'Kort punkt'], { markers: ['1.', '2.'] });
	pdf.heading('Svar');
	pdf.list([LONG, 'Ja']);
	for (let i = 0; i < paragraphs; i++) pdf.paragraph(`Afsnit ${i + 1}. ${LONG} ${LONG}`);
	return inspectPdf(await pdf.finish());
}

describe('the PDFs people download (issue 11)', () => {
	it('is tagged and language-marked, with headings, paragraphs and lists in the structure tree', async () => {
		const pdf = await sample(1);
		expect(pdf.lang).toBe('da-DK');
		expect(pdf.isMarked).toBe(true);
		expect(pdf.hasStructTree).toBe(true);
		expect(pdf.displaysTitle).toBe(true);
		for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(pdf.structureTypes).toContain(type);
	});

	it('draws each list marker once, in its own column, with wrapped lines indented under the text', async () => {
		const pdf = await sample(0);
		const texts = pdf.lines.map((line) => line.text);
		expect(texts.some((text) => /•\s*\d+\./.test(text))).toBe(false);
		const markers = pdf.lines.filter((line) => ['1.', '2.', '•'].includes(line.text));
		expect(markers.map((line) => line.text)).toEqual(['1.', '2.', '•', '•']);
		const [first, second] = markers;
		// the lines of the first item: from its marker's line down to the next marker
		const bodyLines = pdf.lines.filter(
			(line) => line.page === first?.page && line.y <= (first?.y ?? 0) && line.y > (second?.y ?? 0) && line.text !== '1.'
		);
		expect(bodyLines.length).toBeGreaterThanOrEqual(2);
		expect(new Set(bodyLines.map((line) => line.x))).toEqual(new Set([(first?.x ?? 0) + 18]));
	});

	it('numbers every page "Side n af N", outside the structure (an artefact)', async () => {
		const pdf = await sample(20);
		expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
		expect(pdf.artifactTexts).toEqual(Array.from({ length: pdf.pageCount }, (_, i) => `Side ${i + 1} af ${pdf.pageCount}`));
		expect(pdf.lines.some((line) => line.text.startsWith('Side '))).toBe(false);
	});

	it('keeps each paragraph on one page: no lone line starts or ends a page', async () => {
		const pdf = await sample(20);
		for (let n = 1; n <= 20; n++) {
			const pages = new Set(pdf.lines.filter((_line, index, all) => paragraphOf(all, index) === n).map((line) => line.page));
			expect(pages.size).toBe(1);
		}
	});

	it('moves a block to the next page only when it would fit there', () => {
		expect(shouldMoveToNextPage(40, 700, 785, 56)).toBe(false);
		expect(shouldMoveToNextPage(40, 760, 785, 56)).toBe(true);
		// taller than a page: it flows from here instead of leaving an empty page
		expect(shouldMoveToNextPage(900, 300, 785, 56)).toBe(false);
		// already at the top of a page
		expect(shouldMoveToNextPage(40, 56, 60, 56)).toBe(false);
	});
});

/** Which "Afsnit n." paragraph a line belongs to (lines follow their paragraph's first line). */
function paragraphOf(lines: { text: string }[], index: number): number | undefined {
	for (let i = index; i >= 0; i--) {
		const match = lines[i]?.text.match(/^Afsnit (\d+)\./);
		if (match) return Number(match[1]);
		if (/^(Svar|Kandidater|1\.|•)$/.test(lines[i]?.text ?? '')) return undefined;
	}
	return undefined;
}
