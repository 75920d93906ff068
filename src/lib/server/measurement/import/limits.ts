import type { ByteSource } from './rows.ts';

/**
 * Bounds of an import (V5): an upload larger than this is refused with a clear message before it
 * is parsed to the end; the row and column caps bound the work a small but dense file can cause.
 */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;
export const IMPORT_MAX_COLUMNS = 50;
/** A CSV line longer than this is not data (csv-parse refuses it). */
export const IMPORT_MAX_LINE_BYTES = 64 * 1024;
/** The report lists at most this many issues; the counts include all of them. */
export const IMPORT_MAX_REPORTED_ISSUES = 1000;

export type ImportFileErrorCode = 'too_large' | 'too_many_rows' | 'too_many_columns' | 'unreadable';

/** The file is over IMPORT_MAX_BYTES, IMPORT_MAX_ROWS or otherwise not readable as a table. */
export class ImportFileError extends Error {
	readonly code: ImportFileErrorCode;
	constructor(code: ImportFileErrorCode, message: string) {
		super(message);
		this.code = code;
		this.name = 'ImportFileError';
	}
}

/** Passes the chunks on while counting bytes; throws `too_large` past `maxBytes`. */
export async function* capBytes(source: ByteSource, maxBytes: number): AsyncGenerator<Buffer> {
	let total = 0;
	for await (const chunk of source) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		total += buffer.byteLength;
		if (total > maxBytes) throw new ImportFileError('too_large', `the file is larger than ${maxBytes} bytes`);
		yield buffer;
	}
}

/** V5: previews (uploads) one person may run per 10 minutes, counted across app servers. */
export const IMPORT_UPLOADS_PER_10_MINUTES = 30;
