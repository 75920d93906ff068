/**
 * Rows into a table with `COPY … FROM STDIN` in PostgreSQL's text format, through pg-copy-streams on
 * node-postgres (decision 0013). The statement names the table and columns only (fixed text); every value travels as
 * data, escaped as the text format requires (V2): a backslash, tab, newline and carriage return are
 * written as `\\`, `\t`, `\n`, `\r`, and SQL NULL as `\N` — so a note that reads `\N`, or holds a tab
 * or a line break, comes back exactly as written.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** The characters the text format gives a meaning: escaped wherever they occur in a value. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: NULL as `\N`, text with its special characters escaped. */
export function copyValue(value: string | null): string {
	if (value === null) return '\\N';
	return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (char) => ESCAPES[char]) : value;
}

/** One row: the values tab-separated, ended by a newline. */
export function copyLine(values: readonly (string | null)[]): string {
	let line = copyValue(values[0] ?? null);
	for (let i = 1; i < values.length; i++) line += `\t${copyValue(values[i])}`;
	return `${line}\n`;
}

/** Rows per chunk handed to the driver (~250 KB of text at ~250 bytes a row). */
const CHUNK_ROWS = 1_000;

function* chunks<T>(rows: readonly T[], line: (row: T) => string): Generator<string> {
	for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
		let text = '';
		const end = Math.min(rows.length, start + CHUNK_ROWS);
		for (let i = start; i < end; i++) text += line(rows[i]);
		yield text;
	}
}

/**
 * Sends `rows` through `statement` (a `copy <table> (<columns>) from stdin` of fixed text) on the
 * transaction's own connection; returns the number of rows stored. A failure (a constraint, a value
 * the column refuses) rejects with the database's error; the caller's transaction is then aborted.
 */
export async function copyRows<T>(client: pg.PoolClient, statement: string, rows: readonly T[], line: (row: T) => string): Promise<number> {
	if (rows.length === 0) return 0;
	const stream = client.query(copyFrom(statement));
	// backpressure and errors both ways: a failed COPY rejects here; an error while writing aborts the COPY (CopyFail)
	await pipeline(Readable.from(chunks(rows, line), { objectMode: false }), stream);
	return Number(stream.rowCount);
}
