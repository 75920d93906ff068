/**
 * Benchmark: the actor map with a generated partnership (default 60 actors, 200 relations). Times
 * the metrics (graphology-metrics), the layout (ForceAtlas2) and the server render of the
 * ActorMap component (svelte/server through Vite's SSR loader, as the app renders it), and prints
 * the SVG's size. With --html <file> it also writes a page with the rendered map, to look at.
 *
 *   node scripts/bench/actor-map.ts [actors=60] [relations=200] [--html /tmp/actor-map.html]
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { buildActorGraph, computeActorMetrics } from '../../src/lib/domain/initiatives/actor-graph.ts';
import { layoutActorGraph } from '../../src/lib/domain/initiatives/actor-layout.ts';
import { generateActorGraph } from '../../src/lib/domain/initiatives/actor-map.fixtures.ts';

const positional = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && all[index - 1] !== '--html');
const htmlIndex = process.argv.indexOf('--html');
const htmlFile = htmlIndex > 0 ? process.argv[htmlIndex + 1] : null;
const actorCount = Number(positional[0] ?? 60);
const relationCount = Number(positional[1] ?? 200);
const ROUNDS = 20;

const { actors, relations } = generateActorGraph({ actors: actorCount, relations: relationCount, seed: 7 });

function time<T>(label: string, run: () => T): T {
	let result = run(); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const started = performance.now();
		result = run();
		samples.push(performance.now() - started);
	}
	samples.sort((a, b) => a - b);
	console.log(`${label.padEnd(28)} median ${samples[Math.floor(ROUNDS / 2)].toFixed(1)} ms, max ${samples[ROUNDS - 1].toFixed(1)} ms`);
	return result;
}

const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
try {
	const { render } = (await vite.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
	const { default: ActorMap } = await vite.ssrLoadModule('/src/lib/components/initiatives/ActorMap.svelte');
	const { buildActorMapView } = (await vite.ssrLoadModule(
		'/src/lib/domain/initiatives/actor-map.ts'
	)) as typeof import('../../src/lib/domain/initiatives/actor-map.ts');

	console.log(`actor map: ${actors.length} actors, ${relations.length} relations, ${ROUNDS} rounds after a warm-up`);
	time('metrics', () => computeActorMetrics(actors, relations));
	time('layout', () => layoutActorGraph(buildActorGraph(actors, relations)));
	const view = time('view (metrics + layout)', () => buildActorMapView(actors, relations));
	// The output's body is produced when read, so each timing reads it.
	const renderMap = (mapView: typeof view) => {
		const output = render(ActorMap, { props: { view: mapView, locale: 'da' } });
		return { head: output.head, body: output.body };
	};
	const rendered = time('render (svelte/server)', () => renderMap(view));
	time('total', () => renderMap(buildActorMapView(actors, relations)));
	const svg = rendered.body.match(/<svg[^>]*class="actor-map-svg[\s\S]*?<\/svg>/)?.[0] ?? '';
	console.log(
		`SVG ${(Buffer.byteLength(svg) / 1024).toFixed(1)} KiB, component HTML ${(Buffer.byteLength(rendered.body) / 1024).toFixed(1)} KiB`
	);
	console.log(`view box ${view.width} × ${view.height}, ${view.clusters.length} clusters, ${view.isolated.length} isolated`);
	if (htmlFile) {
		const css = (await vite.ssrLoadModule('/src/app.css?inline')) as { default: string };
		// The component's scoped CSS, as Vite would serve it to a browser.
		const styleModule = await vite.transformRequest('/src/lib/components/initiatives/ActorMap.svelte?svelte&type=style&lang.css');
		const componentCss = JSON.parse(styleModule?.code.match(/const __vite__css = ("(?:[^"\\]|\\.)*")/)?.[1] ?? '""') as string;
		writeFileSync(
			htmlFile,
			`<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${css.default}${componentCss}</style>${rendered.head}</head><body><main class="container">${rendered.body}</main></body></html>`
		);
		console.log(`wrote ${htmlFile}`);
	}
} finally {
	await vite.close();
}
