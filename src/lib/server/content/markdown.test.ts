import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	isAllowedHref,
	markdownToPlainText,
	RenderCache,
	renderCacheStats,
	renderMarkdown,
	renderMarkdownUncached,
	sanitizeRenderedHtml
} from './markdown.ts';

// The oracle below is written independently of the module: it describes the only HTML that
// renderMarkdown may ever produce, tag by tag.
const TAG_NAMES = 'p|strong|em|a|ul|ol|li|h2|h3|h4|blockquote|code|pre|table|thead|tbody|tr|th|td';
const ALLOWED_TAG = new RegExp(
	String.raw`<(?:/(?:${TAG_NAMES})|(?:${TAG_NAMES})|br /|hr /|a href="[^"<>]*"(?: rel="noopener noreferrer")?|ol start="\d+")>`,
	'g'
);
const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i;
const DANGEROUS_SCHEME = /^[\s\p{Cc}]*(?:javascript|data|vbscript|file):/iu;

/** The hrefs of real links (text cannot contain a raw `<`, so this never matches text). */
function hrefs(html: string): string[] {
	return [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
}

/** Attribute values as a browser reads them (sanitize-html escapes only these four). */
function decodeAttribute(value: string): string {
	expect(value).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
	return value.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function expectSafe(html: string): void {
	// Text never contains a raw < or >: every one of them starts or ends an allowed tag.
	const text = html.replace(ALLOWED_TAG, '');
	expect(text).not.toMatch(/[<>]/);
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toMatch(/<(?:img|iframe|svg|style|object|embed|details|math|form|input|base|meta|link)\b/i);
	for (const tag of html.match(/<[^>]*>/g) ?? []) {
		expect(tag).not.toMatch(/\son\w+\s*=/i);
		expect(tag).not.toMatch(/\s(?:style|id|class|src|title|target)\s*=/i);
	}
	for (const raw of hrefs(html)) {
		const href = decodeAttribute(raw);
		expect(href).toMatch(SAFE_HREF);
		expect(href).not.toMatch(DANGEROUS_SCHEME);
		expect(href).not.toMatch(/[\s\p{Cc}]/u);
	}
}

describe('renderMarkdown: ordinary markdown', () => {
	it('renders paragraphs, bold, italics and line breaks', () => {
		expect(renderMarkdown('Første afsnit med **fed** og _kursiv_.\n\nAndet afsnit,  \nny linje.')).toBe(
			'<p>Første afsnit med <strong>fed</strong> og <em>kursiv</em>.</p>\n<p>Andet afsnit,<br />\nny linje.</p>\n'
		);
	});

	it('renders bullet and numbered lists, keeping a numbered list’s start', () => {
		expect(renderMarkdown('- en\n- to\n')).toBe('<ul>\n<li>en</li>\n<li>to</li>\n</ul>\n');
		expect(renderMarkdown('1. en\n2. to\n')).toBe('<ol>\n<li>en</li>\n<li>to</li>\n</ol>\n');
		expect(renderMarkdown('3. tre\n4. fire\n')).toBe('<ol start="3">\n<li>tre</li>\n<li>fire</li>\n</ol>\n');
	});

	it('keeps headings between h2 and h4 (the page owns the h1; "##" follows it without a gap), without ids', () => {
		expect(renderMarkdown('# En')).toBe('<h2>En</h2>\n');
		expect(renderMarkdown('## To')).toBe('<h2>To</h2>\n');
		expect(renderMarkdown('### Tre')).toBe('<h3>Tre</h3>\n');
		expect(renderMarkdown('#### Fire')).toBe('<h4>Fire</h4>\n');
		expect(renderMarkdown('##### Fem')).toBe('<h4>Fem</h4>\n');
		expect(renderMarkdown('###### Seks')).toBe('<h4>Seks</h4>\n');
		expect(renderMarkdown('Setext\n======\n\nOgså\n----\n')).toBe('<h2>Setext</h2>\n<h2>Også</h2>\n');
		expect(renderMarkdown('# Overskrift *med* [link](/x)')).toBe('<h2>Overskrift <em>med</em> <a href="/x">link</a></h2>\n');
	});

	it('renders tables without style attributes', () => {
		const html = renderMarkdown('| Navn | Antal |\n|:-----|------:|\n| Æbler | 3 |\n| Pærer | 4 |\n');
		expect(html).toBe(
			'<table>\n<thead>\n<tr>\n<th>Navn</th>\n<th>Antal</th>\n</tr>\n</thead>\n<tbody>\n' +
				'<tr>\n<td>Æbler</td>\n<td>3</td>\n</tr>\n<tr>\n<td>Pærer</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>\n'
		);
	});

	it('renders block quotes, rules and code, escaping the code and dropping language classes', () => {
		expect(renderMarkdown('> citat\n\n---\n')).toBe('<blockquote>\n<p>citat</p>\n</blockquote>\n<hr />\n');
		expect(renderMarkdown('Brug `<b>` her')).toBe('<p>Brug <code>&lt;b&gt;</code> her</p>\n');
		expect(renderMarkdown('```html\n<script>alert(1)</script>\n```\n')).toBe(
			'<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n'
		);
		expect(renderMarkdown('    indrykket kode\n')).toBe('<pre><code>indrykket kode\n</code></pre>\n');
	});

	it('keeps Danish characters as characters, not entities', () => {
		const html = renderMarkdown('# Æble, øl og å\n\nblåbærgrød — “citat” ÆØÅ æøå');
		expect(html).toBe('<h2>Æble, øl og å</h2>\n<p>blåbærgrød — “citat” ÆØÅ æøå</p>\n');
	});

	it('escapes special characters in text', () => {
		expect(renderMarkdown('A & B < C > D "q" \'s\' &amp;')).toBe('<p>A &amp; B &lt; C &gt; D "q" \'s\' &amp;</p>\n');
	});

	it('leaves strikethrough literal (not in the allowlist; dropping <s> would change the meaning)', () => {
		expect(renderMarkdown('~~gammel pris~~')).toBe('<p>~~gammel pris~~</p>\n');
	});

	it('renders empty and blank input as nothing', () => {
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown('  \n\n\t\n')).toBe('');
	});
});

describe('renderMarkdown: links', () => {
	it('keeps https and http links, with rel="noopener noreferrer" and no target', () => {
		expect(renderMarkdown('[Samspil](https://samspil.example/om)')).toBe(
			'<p><a href="https://samspil.example/om" rel="noopener noreferrer">Samspil</a></p>\n'
		);
		expect(renderMarkdown('[gammel](http://old.example)')).toBe(
			'<p><a href="http://old.example" rel="noopener noreferrer">gammel</a></p>\n'
		);
		expect(renderMarkdown('[x](https://ok.example)')).not.toContain('target');
	});

	it('keeps mailto links, internal paths and fragments, without rel', () => {
		expect(renderMarkdown('[skriv](mailto:kontakt@samspil.example)')).toBe('<p><a href="mailto:kontakt@samspil.example">skriv</a></p>\n');
		expect(renderMarkdown('[eksempel](/eksempler/x)')).toBe('<p><a href="/eksempler/x">eksempel</a></p>\n');
		expect(renderMarkdown('[forsiden](/)')).toBe('<p><a href="/">forsiden</a></p>\n');
		expect(renderMarkdown('[afsnit](#metode)')).toBe('<p><a href="#metode">afsnit</a></p>\n');
	});

	it('percent-encodes non-ASCII in hrefs', () => {
		expect(renderMarkdown('[x](/sø/æble?q=å)')).toBe('<p><a href="/s%C3%B8/%C3%A6ble?q=%C3%A5">x</a></p>\n');
	});

	it('linkifies bare https URLs and e-mail addresses, but not scheme-less or protocol-relative ones', () => {
		expect(renderMarkdown('Se https://samspil.example/a.')).toBe(
			'<p>Se <a href="https://samspil.example/a" rel="noopener noreferrer">https://samspil.example/a</a>.</p>\n'
		);
		expect(renderMarkdown('Skriv til kontakt@samspil.example')).toBe(
			'<p>Skriv til <a href="mailto:kontakt@samspil.example">kontakt@samspil.example</a></p>\n'
		);
		expect(renderMarkdown('www.samspil.example og //evil.example')).toBe('<p>www.samspil.example og //evil.example</p>\n');
	});

	it('drops link titles and keeps only href and rel', () => {
		expect(renderMarkdown('[x](https://ok.example "En titel")')).toBe(
			'<p><a href="https://ok.example" rel="noopener noreferrer">x</a></p>\n'
		);
	});

	it('keeps the text of a refused link, as plain text', () => {
		expect(renderMarkdown('Klik [her](javascript:alert(1)) nu')).toBe('<p>Klik her nu</p>\n');
		expect(renderMarkdown('[relativ](eksempler/x) og [query](?q=1)')).toBe('<p>relativ og query</p>\n');
		expect(renderMarkdown('[ftp](ftp://files.example) [fil](file:///etc/passwd)')).toBe('<p>ftp fil</p>\n');
		expect(renderMarkdown('[x]: javascript:alert(1)\n\nSe [x].')).toBe('<p>Se x.</p>\n');
	});

	it('renders reference links', () => {
		expect(renderMarkdown('Se [vejledningen][v].\n\n[v]: /hjaelp/vejledning')).toBe(
			'<p>Se <a href="/hjaelp/vejledning">vejledningen</a>.</p>\n'
		);
	});
});

describe('renderMarkdown: images and raw HTML', () => {
	it('renders an image as its alt text, never as <img>', () => {
		expect(renderMarkdown('![Et kort over *Aarhus*](https://maps.example/aarhus.png)')).toBe('<p>Et kort over Aarhus</p>\n');
		expect(renderMarkdown('![](https://tracker.example/pixel.gif)')).toBe('<p></p>\n');
		expect(renderMarkdown('[![logo](/logo.png)](https://ok.example)')).toBe(
			'<p><a href="https://ok.example" rel="noopener noreferrer">logo</a></p>\n'
		);
		expect(renderMarkdown('![<img src=x onerror=alert(1)>](x)')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n');
	});

	it('shows raw HTML as text', () => {
		expect(renderMarkdown('<b>fed</b>')).toBe('<p>&lt;b&gt;fed&lt;/b&gt;</p>\n');
		expect(renderMarkdown('<div>\nblok\n</div>')).toBe('<p>&lt;div&gt;\nblok\n&lt;/div&gt;</p>\n');
		expect(renderMarkdown('<!-- kommentar -->')).toBe('<p>&lt;!-- kommentar --&gt;</p>\n');
	});
});

const XSS_PAYLOADS: string[] = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[x](javascript:alert(1))',
	'[x](JAVASCRIPT:alert(1))',
	'[x](JaVaScRiPt:alert(1))',
	'[x](java\tscript:alert(1))',
	'[x](<java\tscript:alert(1)>)',
	'[x](<java\nscript:alert(1)>)',
	'[x](<\u0001javascript:alert(1)>)',
	'[x](< javascript:alert(1)>)',
	'[x](&#106;avascript:alert(1))',
	'[x](java&#x09;script:alert(1))',
	'[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
	'[x](javascript&colon;alert(1))',
	'[x](\\javascript:alert(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x](data:image/png;base64,iVBORw0KGgo=)',
	'[x](vbscript:msgbox)',
	'[x](file:///etc/passwd)',
	'[x](//evil.example)',
	'[x](/\\evil.example)',
	'[x](\\\\evil.example)',
	'<a href="javascript:alert(1)">x</a>',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<iframe src="https://evil.example"></iframe>',
	'<iframe src=javascript:alert(1)>',
	'<style>body{display:none}</style>',
	'"><script>alert(1)</script>',
	"'><img src=x onerror=alert(1)>",
	'[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
	'[x](https://ok.example \'a" onmouseover="alert(1)\')',
	'[x](https://ok.example" onmouseover="alert(1))',
	'[x](https://ok.example/"onmouseover="alert(1))',
	'javascript:alert(1)',
	'<javascript:alert(1)>',
	'<JAVASCRIPT:alert(1)>',
	'<data:text/html,<script>alert(1)</script>>',
	'<details open ontoggle=alert(1)>',
	'![x](javascript:alert(1))',
	'![x" onerror="alert(1)](https://ok.example/x.png)',
	'[![x](javascript:alert(1))](javascript:alert(1))',
	'[x]: javascript:alert(1)\n\n[x]',
	'[x][y]\n\n[y]: data:text/html,<script>alert(1)</script>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<form action="javascript:alert(1)"><input type=submit>',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<base href="https://evil.example/">',
	'<object data="javascript:alert(1)"></object>',
	'```\n</code></pre><script>alert(1)</script>\n```',
	'`</code><script>alert(1)</script>`',
	'| a |\n|---|\n| <script>alert(1)</script> |',
	'# <img src=x onerror=alert(1)>',
	'> <iframe srcdoc="<script>alert(1)</script>">',
	'[<script>alert(1)</script>](https://ok.example)',
	'<a href="https://ok.example" onclick="alert(1)">x</a>',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'\u0000<script>alert(1)</script>'
];

describe('renderMarkdown: XSS payloads', () => {
	it.each(XSS_PAYLOADS)('renders %j harmless', (payload) => {
		const html = renderMarkdown(payload);
		expectSafe(html);
		expect(html).not.toMatch(/<script/i);
		for (const href of hrefs(html)) expect(decodeAttribute(href)).not.toMatch(/javascript:|data:|vbscript:/i);
	});

	it('keeps the text of refused links and shows raw tags as text', () => {
		expect(renderMarkdown('[x](JAVASCRIPT:alert(1))')).toBe('<p>x</p>\n');
		expect(renderMarkdown('[x](&#106;avascript:alert(1))')).toBe('<p>x</p>\n');
		expect(renderMarkdown('[x](//evil.example)')).toBe('<p>x</p>\n');
		expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
	});

	it('neutralises the backslash trick without leaving the site', () => {
		expect(renderMarkdown('[x](/\\evil.example)')).toBe('<p><a href="/%5Cevil.example">x</a></p>\n');
	});
});

describe('isAllowedHref', () => {
	it.each(['https://ok.example', 'HTTPS://OK.EXAMPLE/x', 'http://ok.example', 'mailto:a@b.example', '/', '/eksempler/x', '#top'])(
		'allows %j',
		(href) => {
			expect(isAllowedHref(href)).toBe(true);
		}
	);

	it.each([
		'',
		'javascript:alert(1)',
		' javascript:alert(1)',
		'\u0001javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,x',
		'vbscript:msgbox',
		'file:///etc/passwd',
		'ftp://x.example',
		'//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'eksempler/x',
		'?q=1',
		'https://ok.example/\u200Bx',
		'https://ok.example/ x'
	])('refuses %j', (href) => {
		expect(isAllowedHref(href)).toBe(false);
	});
});

describe('sanitizeRenderedHtml (layer 2 on its own)', () => {
	it('reduces hostile HTML to the allowlist even without the markdown layer', () => {
		const hostile =
			'<h1 id="x" onclick="alert(1)">T</h1><script>alert(1)</script><img src=x onerror=alert(1)>' +
			'<a href="javascript:alert(1)">js</a><a href="java&#x09;script:alert(1)">tab</a>' +
			'<a href="//evil.example">pr</a><a href="https://ok.example" target="_blank" title="t" onclick="x">ok</a>' +
			'<a href="/intern" rel="opener">in</a><ol start="1 onclick=x"><li>l</li></ol><iframe src="https://evil.example"></iframe>' +
			'<style>p{}</style><svg onload=alert(1)></svg><p style="color:red" class="c">p</p><s>slettet</s>';
		const html = sanitizeRenderedHtml(hostile);
		expectSafe(html);
		expect(html).toBe(
			'T' +
				'jstabpr<a href="https://ok.example" rel="noopener noreferrer">ok</a>' +
				'<a href="/intern">in</a><ol><li>l</li></ol>' +
				'<p>p</p>slettet'
		);
	});
});

const DANGEROUS_FRAGMENTS = [
	'javascript:',
	'JaVaScRiPt:',
	'java\tscript:',
	'java\nscript:',
	'&#106;',
	'&#x6A;',
	'&#x09;',
	'&colon;',
	'&amp;',
	'data:text/html,',
	'vbscript:',
	'alert(1)',
	'<script>',
	'</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)>',
	'<a href="',
	'<',
	'>',
	'"',
	"'",
	'`',
	'```',
	'\\',
	'/',
	'//',
	'#',
	'[',
	']',
	'(',
	')',
	'![',
	'](',
	'[x]: ',
	' "',
	'onerror=',
	' onmouseover=',
	'https://ok.example',
	'mailto:a@b.example',
	'a@b.example',
	'**',
	'_',
	'~~',
	'# ',
	'- ',
	'1. ',
	'> ',
	'| a | b |\n|---|---|\n| ',
	' ',
	'\t',
	'\n',
	'\n\n',
	'\u0000',
	'\u0001',
	'\u200B',
	'æøå'
];

const DESTINATION_FRAGMENTS = [
	'javascript:',
	'JaVaScRiPt:',
	'java',
	'script:',
	'&#106;',
	'&#x09;',
	'&#58;',
	'&colon;',
	'data:text/html,',
	'vbscript:',
	'file:',
	'//',
	'/',
	'\\',
	'evil.example',
	'alert(1)',
	'%0a',
	'\t',
	'\u0001',
	' ',
	'"',
	"'",
	'<',
	'>',
	'https://ok.example',
	'mailto:',
	'#'
];

/** Something shaped like a link, an image, an autolink or a link definition, with a hostile destination. */
const linkLike = fc
	.tuple(
		fc.constantFrom('[x](', '![x](', '[x](<', '<', '[x]: ', '[![x](', '[x]('),
		fc.array(fc.constantFrom(...DESTINATION_FRAGMENTS), { minLength: 1, maxLength: 6 }),
		fc.constantFrom(')', '>)', '>', ' "t")', ')](https://ok.example)', '\n\n[x]', '')
	)
	.map(([open, destination, close]) => `${open}${destination.join('')}${close}`);

const dangerousMarkdown = fc
	.array(fc.oneof(fc.constantFrom(...DANGEROUS_FRAGMENTS), linkLike), { maxLength: 30 })
	.map((parts) => parts.join(''));

function expectPropertySafe(source: string): void {
	const html = renderMarkdown(source);
	expect(html).not.toMatch(/<script/i);
	for (const tag of html.match(/<[^>]*>/g) ?? []) {
		expect(tag).not.toMatch(/\son\w+\s*=/i);
		for (const [, value] of tag.matchAll(/="([^"]*)"/g)) expect(decodeAttribute(value)).not.toMatch(DANGEROUS_SCHEME);
	}
	expectSafe(html);
}

describe('renderMarkdown: properties', () => {
	it('never throws and never produces script, handlers or dangerous URLs, for arbitrary strings', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectPropertySafe), { numRuns: 500 });
		fc.assert(fc.property(fc.string({ maxLength: 300 }), expectPropertySafe), { numRuns: 500 });
	});

	it('… nor for strings built from dangerous fragments', () => {
		fc.assert(fc.property(dangerousMarkdown, expectPropertySafe), { numRuns: 2000 });
	});

	it('plain text never throws, and its whitespace is always collapsed and trimmed', () => {
		fc.assert(
			fc.property(dangerousMarkdown, (source) => {
				expect(markdownToPlainText(source)).not.toMatch(/^\s|\s$|\s{2}/);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('renderMarkdown: the render cache', () => {
	const LONG_TEXT = Array.from(
		{ length: 60 },
		(_, i) => `## Afsnit ${i}\n\nTekst med **fed** og [et link](https://example.dk/${i}) <script>x</script>.`
	).join('\n\n');

	it('gives exactly what a fresh render gives, on the first call and from the cache', () => {
		for (const source of [LONG_TEXT, '[x](javascript:alert(1)) <img src=x onerror=alert(1)>', '# Titel\n\n1. en\n2. to', '']) {
			const fresh = renderMarkdownUncached(source);
			expect(renderMarkdown(source)).toBe(fresh);
			expect(renderMarkdown(source)).toBe(fresh);
		}
	});

	it('renders a changed text afresh (the key is the content, not a page or a field)', () => {
		const before = renderMarkdown(`${LONG_TEXT}\n\nFør`);
		const after = renderMarkdown(`${LONG_TEXT}\n\nEfter`);
		expect(before).toContain('Før');
		expect(after).toContain('Efter');
		expect(after).not.toContain('Før');
	});

	it('stays within its bound however many different texts are rendered', () => {
		const { maxEntries, maxChars } = renderCacheStats();
		for (let i = 0; i < maxEntries + 50; i++) renderMarkdown(`tekst nummer ${i}`);
		const { entries, chars } = renderCacheStats();
		expect(entries).toBe(maxEntries);
		expect(chars).toBeLessThanOrEqual(maxChars);
	});

	it('evicts the least recently used entry when full, by count and by size', () => {
		const cache = new RenderCache(3, 100);
		cache.set('a', 'A');
		cache.set('b', 'B');
		cache.set('c', 'C');
		expect(cache.get('a')).toBe('A'); // now b is the oldest
		cache.set('d', 'D');
		expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual(['A', undefined, 'C', 'D']);
		expect(cache.size).toBe(3);

		cache.set('big', 'x'.repeat(98)); // 98 + 3 > 100: the older entries go until it fits
		expect(cache.chars).toBeLessThanOrEqual(100);
		expect(cache.get('big')).toHaveLength(98);
		cache.set('huge', 'x'.repeat(101)); // larger than the whole cache: not kept
		expect(cache.get('huge')).toBeUndefined();
		expect(cache.chars).toBeLessThanOrEqual(100);
	});
});

describe('markdownToPlainText', () => {
	it('strips markup, keeps link texts and collapses whitespace', () => {
		expect(
			markdownToPlainText(
				'# Om  Samspil\n\nVi arbejder **sammen** om _fælles_ mål.\nSe [eksemplerne](/eksempler) og https://ok.example.\n\n- én\n- to'
			)
		).toBe('Om Samspil Vi arbejder sammen om fælles mål. Se eksemplerne og https://ok.example. én to');
	});

	it('keeps code, table cells and image alt texts, and separates blocks', () => {
		expect(markdownToPlainText('Brug `npm`:\n\n```\nnpm ci\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![Kort over Aarhus](/k.png)')).toBe(
			'Brug npm: npm ci a b 1 2 Kort over Aarhus'
		);
		expect(markdownToPlainText('# Titel\nTekst')).toBe('Titel Tekst');
	});

	it('returns text, not HTML: entities decoded, raw tags kept as the text they are', () => {
		expect(markdownToPlainText('A &amp; B <b>c</b> æøå')).toBe('A & B <b>c</b> æøå');
	});

	it('keeps the text of a refused link without its destination', () => {
		expect(markdownToPlainText('[klik](javascript:alert(1)) her')).toBe('klik her');
	});

	it('returns an empty string for empty input', () => {
		expect(markdownToPlainText('')).toBe('');
		expect(markdownToPlainText('\n\n  \t')).toBe('');
	});
});
