import { createHash } from 'node:crypto';
import MarkdownIt, { type StateCore, type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * V3/V6: editors' markdown becomes HTML that is safe to insert with `{@html}`, in two layers
 * (docs/decisions/0004-markdown.md):
 *
 * 1. markdown-it without raw HTML (`html: false`: tags in the source are shown as text), with our
 *    own rules: links are checked against an allowlist after parsing (a refused link keeps only
 *    its text), headings are kept between h2 and h4 (the page owns the h1), images render as their
 *    alt text, link titles are dropped.
 * 2. sanitize-html with an allowlist of tags and attributes as defence in depth: it re-checks
 *    every href with the same predicate, so a future change to layer 1 cannot let a tag, an
 *    attribute or a dangerous link through.
 */

/** The tags the rendered HTML may contain (and nothing else). */
const ALLOWED_TAGS = [
	'p',
	'br',
	'strong',
	'em',
	'a',
	'ul',
	'ol',
	'li',
	'h2',
	'h3',
	'h4',
	'blockquote',
	'code',
	'pre',
	'hr',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
] as const;

/** `rel` on links that leave the site. No `target`: opening new windows is the reader's choice. */
const EXTERNAL_LINK_REL = 'noopener noreferrer';

/**
 * http(s) and mailto, same-site paths (`/x`, but not `//host` or `/\host`, which browsers treat
 * as another host) and fragments. Anything else — javascript:, data:, vbscript:, file:, relative
 * paths, schemes spelt with entities or control characters — is refused. Whitespace and control
 * characters anywhere refuse the link: markdown-it percent-encodes them, so they only appear when
 * someone is trying something.
 */
const ALLOWED_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i;
const SUSPICIOUS_CHARACTER = /[\s\p{Cc}\p{Cf}]/u;
const EXTERNAL_HREF = /^https?:/i;

export function isAllowedHref(href: string): boolean {
	return ALLOWED_HREF.test(href) && !SUSPICIOUS_CHARACTER.test(href);
}

function linkAttributes(href: string): [string, string][] {
	return EXTERNAL_HREF.test(href)
		? [
				['href', href],
				['rel', EXTERNAL_LINK_REL]
			]
		: [['href', href]];
}

/** Core rule: refused links lose their `<a>` (the text stays); kept links get only href (+ rel). */
function allowlistLinks(state: StateCore): void {
	for (const blockToken of state.tokens) {
		if (blockToken.type !== 'inline' || !blockToken.children) continue;
		const kept: Token[] = [];
		const refused: boolean[] = [];
		for (const token of blockToken.children) {
			if (token.type === 'link_open') {
				const href = String(token.attrGet('href') ?? '');
				const allowed = isAllowedHref(href);
				refused.push(!allowed);
				if (allowed) {
					token.attrs = linkAttributes(href);
					kept.push(token);
				}
			} else if (token.type === 'link_close') {
				if (!refused.pop()) kept.push(token);
			} else {
				kept.push(token);
			}
		}
		blockToken.children = kept;
	}
}

/**
 * Core rule: headings between h2 and h4 — h1 becomes h2 (the page owns the h1), h2 and h3 stay,
 * h5/h6 become h4 — so an editor's "## Section" sits right under the page title without skipping
 * a level (axe heading-order); no attributes on headings.
 */
function demoteHeadings(state: StateCore): void {
	for (const token of state.tokens) {
		if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
		const level = Number(token.tag.slice(1));
		token.tag = `h${Math.min(Math.max(level, 2), 4)}`;
		token.attrs = null;
	}
}

function createMarkdown() {
	const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
	// Strikethrough is not in the allowlist; stripping <s> would show deleted text as if it
	// stood, so `~~x~~` stays literal instead.
	md.disable('strikethrough');
	// Links are judged after parsing (allowlistLinks), so that a refused link degrades to its
	// text instead of markdown-it's default of showing the raw `[x](…)` source.
	md.validateLink = () => true;
	// Linkify only what we would keep: http(s)://… and e-mail addresses. No protocol-relative
	// `//host`, no ftp, and no scheme-less `www.example.dk` (linkify-it's default, too many false hits).
	md.linkify.set({ fuzzyLink: false, fuzzyEmail: true }).add('//', null).add('ftp:', null);
	md.core.ruler.push('samspil_allowlist_links', allowlistLinks);
	md.core.ruler.push('samspil_demote_headings', demoteHeadings);
	// No images: the alt text, escaped, instead of an <img>.
	md.renderer.rules.image = (tokens, idx, options, env, renderer) =>
		md.utils.escapeHtml(renderer.renderInlineAsText(tokens[idx].children ?? [], options, env));
	return md;
}

/** One configured instance for the process: building one per call is slow. */
const md = createMarkdown();

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [...ALLOWED_TAGS],
	allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	allowedClasses: {},
	allowVulnerableTags: false,
	parseStyleAttributes: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		a: (tagName, attribs) => {
			const href = attribs.href ?? '';
			return { tagName, attribs: isAllowedHref(href) ? Object.fromEntries(linkAttributes(href)) : {} };
		},
		// markdown-it writes start="3" for a list that begins at 3; keep it only as a number.
		ol: (tagName, { start }) => {
			const attribs: sanitizeHtml.Attributes = {};
			if (start !== undefined && /^\d{1,9}$/.test(start)) attribs.start = start;
			return { tagName, attribs };
		}
	},
	// An <a> whose href was refused is dropped, its text kept.
	exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false)
};

/** Layer 2 alone: reduces any HTML to the allowlist. Exported so its tests need not go through layer 1. */
export function sanitizeRenderedHtml(html: string): string {
	return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Both layers, every time: what the cache below stores. */
export function renderMarkdownUncached(source: string): string {
	return sanitizeRenderedHtml(md.render(source));
}

/**
 * A least-recently-used map from a content hash to rendered HTML, bounded both in entries and in
 * the characters it holds, so that many or very large texts cannot make it grow without limit.
 */
export class RenderCache {
	readonly #entries = new Map<string, string>();
	#chars = 0;

	readonly maxEntries: number;
	readonly maxChars: number;

	// No parameter properties: the scripts run this file through Node's type stripping, which refuses them.
	constructor(maxEntries: number, maxChars: number) {
		this.maxEntries = maxEntries;
		this.maxChars = maxChars;
	}

	get size(): number {
		return this.#entries.size;
	}

	get chars(): number {
		return this.#chars;
	}

	get(key: string): string | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			// Map keeps insertion order: re-inserting makes this the most recently used.
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}
		return value;
	}

	set(key: string, value: string): void {
		if (value.length > this.maxChars) return;
		const previous = this.#entries.get(key);
		if (previous !== undefined) {
			this.#entries.delete(key);
			this.#chars -= previous.length;
		}
		this.#entries.set(key, value);
		this.#chars += value.length;
		for (const [oldest, html] of this.#entries) {
			if (this.#entries.size <= this.maxEntries && this.#chars <= this.maxChars) break;
			this.#entries.delete(oldest);
			this.#chars -= html.length;
		}
	}
}

/**
 * Rendering a 9 KB text takes ~6 ms and the public pages show the same texts to everyone, so the
 * HTML is kept by a hash of the markdown: an edit changes the hash, so a stale render is never
 * served, and nothing needs invalidating. The rendering is a pure function of the source, so a
 * cached result is exactly what rendering again would give. ~8 MB at most.
 */
const renderCache = new RenderCache(2_000, 8_000_000);

/** How full the render cache is (for tests and diagnostics). */
export function renderCacheStats() {
	return { entries: renderCache.size, chars: renderCache.chars, maxEntries: renderCache.maxEntries, maxChars: renderCache.maxChars };
}

/** Markdown → HTML that is safe to insert with `{@html}`. */
export function renderMarkdown(source: string): string {
	const key = createHash('sha256').update(source).digest('base64');
	const cached = renderCache.get(key);
	if (cached !== undefined) return cached;
	const html = renderMarkdownUncached(source);
	renderCache.set(key, html);
	return html;
}

function inlineText(tokens: Token[]): string {
	let text = '';
	for (const token of tokens) {
		if (token.type === 'text' || token.type === 'code_inline') text += token.content;
		else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
		else if (token.type === 'image') text += inlineText(token.children ?? []);
	}
	return text;
}

/**
 * Markdown → plain text (for search indexing and summaries): no markup, link texts and image alt
 * texts kept, whitespace collapsed. The result is text, not HTML: output it with `{…}`, which
 * escapes, never with `{@html}`.
 */
export function markdownToPlainText(source: string): string {
	const parts: string[] = [];
	for (const token of md.parse(source, {})) {
		if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
		else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
	}
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}
