/**
 * Reading what an uncompressed PDF from `PdfWriter` holds, for tests (no checker for PDF/UA runs
 * on these machines: veraPDF is not in the registries we reach, and neither is poppler). It reads
 * the catalogue's /Lang and /MarkInfo, the structure types, and each page's text lines with their
 * position, from the object text and the content streams pdfkit writes.
 */

export interface PdfLine {
	page: number;
	x: number;
	y: number;
	text: string;
}

export interface InspectedPdf {
	lang: string | undefined;
	isMarked: boolean;
	hasStructTree: boolean;
	displaysTitle: boolean;
	/** The structure types used, in the order their elements were written. */
	structureTypes: string[];
	pageCount: number;
	lines: PdfLine[];
	/** Marked-content tags that open text (BDC), e.g. Artifact for the page numbers. */
	artifactTexts: string[];
}

/** WinAnsi's characters where it differs from Latin-1 (the ones our texts use). */
const WIN_ANSI: Readonly<Record<string, string>> = { '\x80': '€', '\x93': '“', '\x94': '”', '\x95': '•', '\x96': '–', '\x97': '—' };

/** pdfkit writes the standard fonts' text as hex strings in WinAnsi (Latin-1 for æøå). */
function decodeTj(array: string): string {
	return [...array.matchAll(/<([0-9a-f]*)>/gi)]
		.map((match) => Buffer.from(match[1] ?? '', 'hex').toString('latin1'))
		.join('')
		.replace(/[\x80-\x9f]/g, (char) => WIN_ANSI[char] ?? char);
}

export function inspectPdf(pdf: Buffer): InspectedPdf {
	const text = pdf.toString('latin1');
	const streams = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((match) => match[1] ?? '').filter((s) => s.includes('BT'));
	const lines: PdfLine[] = [];
	const artifactTexts: string[] = [];
	streams.forEach((stream, index) => {
		// a line: "1 0 0 1 x y Tm … [<hex> n <hex>] TJ"; an artefact's text follows "/Artifact … BDC"
		for (const block of stream.split(/(?=\/\w+ <<\n(?:\/\w+ [^\n]*\n)*>> BDC)/)) {
			const isArtifact = block.startsWith('/Artifact');
			for (const match of block.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm\n\/F\d+ [\d.]+ Tf\n\[(.*?)\] TJ/g)) {
				const line = { page: index + 1, x: Number(match[1]), y: Number(match[2]), text: decodeTj(match[3] ?? '') };
				if (isArtifact) artifactTexts.push(line.text);
				else lines.push(line);
			}
		}
	});
	return {
		lang: text.match(/\/Lang \(([^)]*)\)/)?.[1],
		isMarked: /\/Marked true/.test(text),
		hasStructTree: /\/StructTreeRoot/.test(text),
		displaysTitle: /\/DisplayDocTitle true/.test(text),
		structureTypes: [...text.matchAll(/\/S \/(\w+)/g)].map((match) => match[1] ?? ''),
		pageCount: Number(text.match(/\/Type \/Pages\n\/Count (\d+)/)?.[1] ?? 0),
		lines,
		artifactTexts
	};
}
