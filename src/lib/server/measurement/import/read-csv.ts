/**
 * CSV → rows, streamed (csv-parse): the file is never held whole. The delimiter is taken from the
 * header line (semicolon, as Danish Excel writes it, comma or tab); a UTF-8 byte-order mark is
 * dropped. Cells stay text: numbers are read later, in the importer's language.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { capBytes, IMPORT_MAX_BYTES, IMPORT_MAX_COLUMNS, IMPORT_MAX_LINE_BYTES, IMPORT_MAX_ROWS, ImportFileError } from './limits.ts';
import type { ByteSource, RawRow, ReadOptions } from './rows.ts';

const DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** The delimiter that splits the header line the most (outside quotes); `fallback` when none does. */
export function detectDelimiter(headerLine: string, fallback: CsvDelimiter): CsvDelimiter {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (const char of headerLine) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
	}
	const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
	return count > 0 ? (best as CsvDelimiter) : fallback;
}

/** Splits off the first line (up to IMPORT_MAX_LINE_BYTES) so the delimiter can be chosen before parsing. */
async function peekFirstLine(chunks: AsyncIterator<Buffer>): Promise<{ head: Buffer[]; line: string; done: boolean }> {
	const head: Buffer[] = [];
	let size = 0;
	while (size < IMPORT_MAX_LINE_BYTES) {
		const next = await chunks.next();
		if (next.done) return { head, line: Buffer.concat(head).toString('utf8'), done: true };
		head.push(next.value);
		size += next.value.byteLength;
		if (next.value.includes(0x0a)) break;
	}
	const text = Buffer.concat(head).toString('utf8');
	return { head, line: text.split(/\r?\n/)[0], done: false };
}

export async function* readCsvRows(
	source: ByteSource,
	options: ReadOptions & { fallbackDelimiter?: CsvDelimiter } = {}
): AsyncGenerator<RawRow> {
	const maxRows = options.maxRows ?? IMPORT_MAX_ROWS;
	const chunks = capBytes(source, options.maxBytes ?? IMPORT_MAX_BYTES)[Symbol.asyncIterator]();
	const { head, line, done } = await peekFirstLine(chunks);
	const delimiter = detectDelimiter(line.replace(/^\uFEFF/, ''), options.fallbackDelimiter ?? ';');
	async function* all() {
		yield* head;
		if (done) return;
		for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
	}
	const input = Readable.from(all());
	const parser = parse({
		bom: true,
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: false,
		max_record_size: IMPORT_MAX_LINE_BYTES
	});
	input.on('error', (error) => parser.destroy(error));
	input.pipe(parser);
	let row = 0;
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			row++;
			if (row > maxRows + 1) throw new ImportFileError('too_many_rows', `more than ${maxRows} rows`);
			if (record.length > IMPORT_MAX_COLUMNS) throw new ImportFileError('too_many_columns', `more than ${IMPORT_MAX_COLUMNS} columns`);
			yield { row, cells: record };
		}
	} catch (error) {
		if (error instanceof ImportFileError) throw error;
		throw new ImportFileError('unreadable', `not a readable CSV file: ${(error as Error).message}`);
	} finally {
		input.destroy();
		parser.destroy();
	}
}
