import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

/** V4: a text cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Danish Excel opens semicolon-separated files (the comma is the decimal mark); English, commas. */
export const csvDelimiter = (locale: 'da' | 'en') => (locale === 'da' ? ';' : ',');

/** Waits until everything is written to `out` (or it fails). */
export async function finishStream(out: Writable): Promise<void> {
	if (out.writableFinished) return;
	await finished(out);
}
