/**
 * SvelteKit (3.2) turns every server `load`'s data into JavaScript source for the browser
 * (`devalue.uneval`) as soon as the load returns, also on pages with `csr = false`, where the
 * string is thrown away unused. Every page here has `csr = false` (src/routes/+layout.ts), so that
 * work is pure waste: ~20 % of the server's busy CPU on a case page, more garbage to collect, and it
 * runs again for every request even when the page's data comes from the visitor cache.
 *
 * This build step changes one condition in SvelteKit's page renderer
 * (`@sveltejs/kit/src/runtime/server/page/index.js`): a node's data is serialised only when the
 * page has client-side rendering. A page that turns `csr` on gets its data serialised as before.
 * If SvelteKit changes that code, the server build fails with a message saying so (the step never
 * silently does nothing). Decision record 0015.
 */
import type { Plugin } from 'vite';

export const PAGE_RENDERER = '/@sveltejs/kit/src/runtime/server/page/index.js';

const ADD_NODE = /if \(node\) \{(\s*)data_serializer\.add_node\(i, server_data\);/;

/** The renderer's source with the serialisation made conditional on `csr`; throws when the code is not found. */
export function skipUnusedSerialisation(source: string): string {
	if (!ADD_NODE.test(source)) {
		throw new Error(
			`skip-unused-page-data: SvelteKit's ${PAGE_RENDERER} no longer has "if (node) { data_serializer.add_node(i, server_data);". ` +
				'Check whether SvelteKit now skips serialising data for csr = false pages itself, then update or remove this step (decision 0015).'
		);
	}
	if (!/\bconst csr = nodes\.csr\(\);/.test(source)) {
		throw new Error(`skip-unused-page-data: SvelteKit's ${PAGE_RENDERER} no longer reads "const csr = nodes.csr();" (decision 0015).`);
	}
	return source.replace(ADD_NODE, 'if (node && csr) {$1data_serializer.add_node(i, server_data);');
}

export function skipUnusedPageData(): Plugin {
	let applied = false;
	return {
		name: 'samspil:skip-unused-page-data',
		enforce: 'pre',
		transform(code, id) {
			if (!id.replaceAll('\\', '/').split('?')[0]?.endsWith(PAGE_RENDERER)) return null;
			applied = true;
			return { code: skipUnusedSerialisation(code), map: null };
		},
		generateBundle(options) {
			// The server build must contain the renderer; if it no longer passes through here, say so.
			if (this.environment?.name === 'ssr' && !applied && options.dir?.includes('output/server')) {
				this.error(`skip-unused-page-data: the server build did not include ${PAGE_RENDERER} (decision 0015).`);
			}
		}
	};
}
