import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_RENDERER, skipUnusedPageData, skipUnusedSerialisation } from './skip-unused-page-data.ts';

const kitRoot = path.dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const rendererPath = path.join(kitRoot, 'src/runtime/server/page/index.js');
const installed = fs.readFileSync(rendererPath, 'utf8');

describe('skipping the unused data serialisation of csr = false pages (decision 0015)', () => {
	it("applies to the installed SvelteKit's page renderer: data is serialised only with csr", () => {
		expect(installed).toContain('data_serializer.add_node(i, server_data)');
		const changed = skipUnusedSerialisation(installed);
		expect(changed).toMatch(/if \(node && csr\) \{\s*data_serializer\.add_node\(i, server_data\);/);
		expect(changed).not.toMatch(/if \(node\) \{\s*data_serializer\.add_node\(i, server_data\);/);
		// one change, nothing else touched
		expect(changed.length - installed.length).toBe(' && csr'.length);
	});

	it('fails loudly when SvelteKit no longer has the code it changes', () => {
		expect(() => skipUnusedSerialisation('const csr = nodes.csr();\nif (node) { other(); }')).toThrow(/decision 0015/);
		expect(() => skipUnusedSerialisation('if (node) { data_serializer.add_node(i, server_data); }')).toThrow(/csr/);
	});

	it('transforms only the page renderer', () => {
		const plugin = skipUnusedPageData();
		const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
		expect(transform.call({}, installed, '/x/node_modules/@sveltejs/kit/src/runtime/server/page/render.js')).toBeNull();
		expect(transform.call({}, installed, `/x/node_modules${PAGE_RENDERER}?v=1`)?.code).toContain('node && csr');
	});
});
