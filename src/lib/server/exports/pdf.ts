/**
 * The PDFs people download (a self-check's result, a group round's), written one way (issue 11):
 * tagged and language-marked (a structure tree of headings, paragraphs and lists, /Lang, the title
 * shown instead of the file name; the Danish accessibility rules apply to documents too), page
 * numbers "Side n af N" as pagination artefacts, list markers drawn once with wrapped lines
 * indented under the text, and a block (a paragraph, a list item, a heading with what follows it)
 * moved whole to the next page rather than split, so no lone line starts or ends a page.
 */
import type PDFKit from 'pdfkit';

export interface PdfOptions {
	title: string;
	/** BCP 47: "da-DK" or "en-GB" */
	lang: string;
	/** The page number's words, e.g. "Side 2 af 3". */
	pageLabel: (page: number, pages: number) => string;
	/** Tests read the content streams; downloads are compressed. */
	compress?: boolean;
}

type StructureElement = ReturnType<PDFKit.PDFDocument['struct']>;

const MARGIN = 56;
const BODY_SIZE = 11;
const LIST_INDENT = 18;
const INK = '#000000';
const ACCENT = '#0b4f57';
const MUTED = '#4a4a4a';

/** Does a block of this height fit below `y`, or should it start a new page (where it would fit)? */
export function shouldMoveToNextPage(blockHeight: number, y: number, pageBottom: number, pageTop: number): boolean {
	const fitsHere = y + blockHeight <= pageBottom;
	const fitsOnEmptyPage = pageTop + blockHeight <= pageBottom;
	return !fitsHere && fitsOnEmptyPage && y > pageTop;
}

export class PdfWriter {
	readonly doc: PDFKit.PDFDocument;
	private readonly options: PdfOptions;
	private readonly root: StructureElement;
	private readonly chunks: Buffer[] = [];
	private readonly done: Promise<Buffer>;

	private constructor(doc: PDFKit.PDFDocument, options: PdfOptions) {
		this.doc = doc;
		this.options = options;
		doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
		this.done = new Promise<Buffer>((resolve, reject) => {
			doc.on('end', () => resolve(Buffer.concat(this.chunks)));
			doc.on('error', reject);
		});
		this.root = doc.struct('Document');
		doc.addStructure(this.root);
	}

	static async create(options: PdfOptions): Promise<PdfWriter> {
		// Loaded on the first PDF, not at start: pdfkit with its fonts costs ~30 MB that most servers never need.
		const { default: PDFDocument } = await import('pdfkit');
		const doc = new PDFDocument({
			size: 'A4',
			margin: MARGIN,
			pdfVersion: '1.7',
			tagged: true,
			lang: options.lang,
			displayTitle: true,
			bufferPages: true,
			compress: options.compress ?? true,
			info: { Title: options.title, Author: 'Samspil', Creator: 'Samspil' }
		});
		doc.font('Helvetica').fontSize(BODY_SIZE).fillColor(INK);
		return new PdfWriter(doc, options);
	}

	private get width(): number {
		return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
	}

	private get bottom(): number {
		return this.doc.page.height - this.doc.page.margins.bottom;
	}

	/** Starts a new page first when the block would not fit here but would on a page of its own. */
	private keepTogether(height: number) {
		if (shouldMoveToNextPage(height, this.doc.y, this.bottom, this.doc.page.margins.top)) this.doc.addPage();
	}

	private measure(text: string, font: string, size: number, width = this.width): number {
		return this.doc.font(font).fontSize(size).heightOfString(text, { width });
	}

	/** The document's title (H1). */
	title(text: string) {
		this.block('H1', text, { font: 'Helvetica-Bold', size: 18, color: INK });
	}

	/** A section heading (H2), kept on the page with the next two lines. */
	heading(text: string, level: 2 | 3 = 2) {
		const size = level === 2 ? 13 : 11.5;
		this.doc.moveDown(level === 2 ? 0.8 : 0.5);
		const height = this.measure(text, 'Helvetica-Bold', size) + 2 * this.doc.currentLineHeight(true);
		this.keepTogether(height);
		this.block(`H${level}`, text, { font: 'Helvetica-Bold', size, color: ACCENT, keep: false });
	}

	paragraph(text: string, options: { muted?: boolean; size?: number; link?: string } = {}) {
		this.block('P', text, { font: 'Helvetica', size: options.size ?? BODY_SIZE, color: options.muted ? MUTED : INK, link: options.link });
	}

	private block(
		tag: 'H1' | 'H2' | 'H3' | 'P',
		text: string,
		style: { font: string; size: number; color: string; keep?: boolean; link?: string }
	) {
		if (style.keep !== false) this.keepTogether(this.measure(text, style.font, style.size));
		const doc = this.doc;
		this.root.add(
			doc.struct(tag, {}, () => {
				doc
					.font(style.font)
					.fontSize(style.size)
					.fillColor(style.color)
					.text(text, doc.page.margins.left, doc.y, { width: this.width, ...(style.link ? { link: style.link } : {}) });
			})
		);
		doc.font('Helvetica').fontSize(BODY_SIZE).fillColor(INK);
	}

	/**
	 * A list: the marker ("•", or the given one, e.g. a rank "1.") is drawn once, in its own column,
	 * and the item's wrapped lines line up under its first word. Each item stays on one page.
	 */
	list(items: readonly string[], options: { markers?: readonly string[] } = {}) {
		const doc = this.doc;
		const list = doc.struct('L');
		this.root.add(list);
		const bodyWidth = this.width - LIST_INDENT;
		items.forEach((text, index) => {
			this.keepTogether(this.measure(text, 'Helvetica', BODY_SIZE, bodyWidth));
			const left = doc.page.margins.left;
			const y = doc.y;
			const marker = options.markers?.[index] ?? '•';
			const item = doc.struct('LI');
			list.add(item);
			item.add(
				doc.struct('Lbl', {}, () => {
					doc.font('Helvetica').fontSize(BODY_SIZE).text(marker, left, y, { width: LIST_INDENT, lineBreak: false });
				})
			);
			item.add(
				doc.struct('LBody', {}, () => {
					doc.text(text, left + LIST_INDENT, y, { width: bodyWidth });
				})
			);
			item.end();
			doc.x = left;
			doc.moveDown(0.15);
		});
		list.end();
	}

	space(lines = 0.5) {
		this.doc.moveDown(lines);
	}

	/** Writes the page numbers on every page (as artefacts, outside the structure) and finishes. */
	async finish(): Promise<Buffer> {
		const doc = this.doc;
		this.root.end();
		const { start, count } = doc.bufferedPageRange();
		for (let index = start; index < start + count; index++) {
			doc.switchToPage(index);
			const bottomMargin = doc.page.margins.bottom;
			// writing inside the bottom margin must not start a new page
			doc.page.margins.bottom = 0;
			doc.markContent('Artifact', { type: 'Pagination' });
			doc
				.font('Helvetica')
				.fontSize(9)
				.fillColor(MUTED)
				.text(this.options.pageLabel(index - start + 1, count), doc.page.margins.left, doc.page.height - MARGIN / 2 - 6, {
					width: this.width,
					align: 'center',
					lineBreak: false
				});
			doc.endMarkedContent();
			doc.page.margins.bottom = bottomMargin;
		}
		doc.end();
		return this.done;
	}
}

/** The PDF language tag for the reader's locale. */
export function pdfLang(locale: string): string {
	return locale === 'en' ? 'en-GB' : 'da-DK';
}
