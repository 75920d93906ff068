import { m } from './paraglide/messages.js';

/** Words for the actor map's reading; the relation kinds' labels are in initiative-labels.ts. */

/** "A, B og C" in the reader's language. */
export function listNames(names: readonly string[], locale: string): string {
	return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'da-DK', { style: 'long', type: 'conjunction' }).format(names);
}

/** A cluster named by its actors: all of them up to `max`, then "and n more". */
export function clusterNames(names: readonly string[], locale: string, max = 4): string {
	if (names.length <= max) return listNames(names, locale);
	return m.actor_map_names_more({ names: names.slice(0, max - 1).join(', '), count: names.length - (max - 1) });
}
