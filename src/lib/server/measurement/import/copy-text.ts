/**
 * Rows into a table with `COPY … FROM STDIN` in PostgreSQL's text format, through pg-copy-streams
 * on node-postgres (decision 0013). The statement names the table and columns only (fixed text);
 * every value travels as data, escaped as the text format requires (V2): a backslash, tab, newline
 * and carriage return are written as `\\`, `\t`, `\n`, `\r`, and SQL NULL as `\N` — so a note that
 * reads `\N`, or holds a tab or a line break, comes back exactly as written.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
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

/** A COPY in progress: text in, then the number of rows stored, or abandoned. */
export interface CopyIn {
	/** Sends rows' text (whole lines); waits while the connection is full. Rejects once the COPY has failed. */
	write(text: string): Promise<void>;
	/** Ends the data; the rows stored. */
	finish(): Promise<number>;
	/** Abandons the COPY (CopyFail: the server stores none of it); the transaction is then aborted. */
	abort(): Promise<void>;
}

/**
 * Starts `statement` (a `copy <table> (<columns>) from stdin` of fixed text) on the transaction's
 * own connection. A failure of the server (a constraint, a value the column refuses) rejects the
 * next `write` or `finish` with the database's error.
 */
export function openCopy(client: pg.PoolClient, statement: string): CopyIn {
	const stream = client.query(copyFrom(statement));
	let failure: unknown;
	stream.on('error', (error) => {
		failure ??= error;
	});
	return {
		async write(text) {
			if (failure) throw failure;
			if (!stream.write(text)) await once(stream, 'drain');
			if (failure) throw failure;
		},
		async finish() {
			if (failure) throw failure;
			stream.end();
			await finished(stream);
			return Number(stream.rowCount);
		},
		async abort() {
			stream.destroy(new Error('import abandoned'));
			await finished(stream).catch(() => {});
		}
	};
}
