/**
 * The import form's multipart body, streamed (V5): `request.formData()` would hold the whole file in
 * memory, so the body is read with busboy (@fastify/busboy, maintained by the Fastify project). The
 * form's small fields come first in the page's markup, so they are known when the file part starts;
 * the file is handed on as a stream, and the import reads it while it arrives. Past IMPORT_MAX_BYTES
 * the reader stops with `too_large`; the rest of the body is drained so the browser gets the answer
 * (and the message) rather than a reset connection.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { SERVER_BODY_MAX_BYTES } from '../../http/body-size.ts';
import { IMPORT_MAX_BYTES, ImportFileError } from './limits.ts';

export type UploadFormat = 'csv' | 'xlsx';

export interface UploadedFile {
	name: string;
	format: UploadFormat | null;
	stream: BusboyFileStream;
}

/** Fields and their sizes a legitimate import form sends. */
const FIELD_LIMITS = { fields: 20, fieldSize: 2_000, fieldNameSize: 100, files: 1, parts: 25 };

/** The format from the file's name, else its type; null when it is neither CSV nor XLSX. */
export function formatOf(fileName: string, mimeType: string): UploadFormat | null {
	const name = fileName.toLowerCase();
	if (name.endsWith('.xlsx')) return 'xlsx';
	if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) return 'csv';
	if (mimeType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
	if (mimeType === 'text/csv' || mimeType === 'text/plain') return 'csv';
	return null;
}

/** The body was larger than the server accepts at all (adapter-node's BODY_SIZE_LIMIT): the file is too large. */
function isTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;
}

/**
 * Reads the form: `run` gets the fields sent before the file and the file (or null when none was
 * chosen). Resolves with what `run` returns once the body has been read to its end.
 */
export async function withImportUpload<T>(
	request: Request,
	run: (fields: Record<string, string>, file: UploadedFile | null) => Promise<T>
): Promise<T> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('multipart/form-data') || !request.body)
		throw new ImportFileError('unreadable', 'not a multipart form');
	const declared = Number(request.headers.get('content-length'));
	// a body that says it is far over the cap: no need to read it to know (the browser still gets the page)
	if (Number.isFinite(declared) && declared > SERVER_BODY_MAX_BYTES) throw new ImportFileError('too_large', 'declared too large');

	const fields: Record<string, string> = {};
	const busboy = Busboy({
		headers: { 'content-type': type },
		limits: { ...FIELD_LIMITS, fileSize: IMPORT_MAX_BYTES + 1 }
	});
	const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);

	let bodyError: unknown;
	const done = new Promise<void>((resolve, reject) => {
		busboy.on('finish', () => resolve());
		busboy.on('error', (error: unknown) => reject(error));
		body.on('error', (error) => {
			bodyError = error;
			reject(isTooLarge(error) ? new ImportFileError('too_large', 'body over the server limit') : error);
		});
	});
	done.catch(() => {}); // observed below; never an unhandled rejection

	let result: Promise<T> | undefined;
	const started = new Promise<void>((resolve) => {
		busboy.on('field', (name: string, value: string) => {
			if (name.length < 100) fields[name] = value;
		});
		busboy.on('file', (name: string, stream: BusboyFileStream, fileName: string, _encoding: string, mimeType: string) => {
			if (result || name !== 'file' || fileName === '') {
				stream.resume(); // not the import file (or no file chosen): drained, ignored
				return;
			}
			const file: UploadedFile = { name: fileName.slice(0, 200), format: formatOf(fileName, mimeType), stream };
			result = run({ ...fields }, file).finally(() => stream.resume());
			resolve();
		});
		busboy.on('finish', () => resolve());
		body.on('error', () => resolve());
	});
	body.pipe(busboy);
	await started;
	if (!result) {
		await done;
		return run({ ...fields }, null);
	}
	try {
		const value = await result;
		await done;
		return value;
	} catch (error) {
		if (bodyError && isTooLarge(bodyError)) throw new ImportFileError('too_large', 'body over the server limit');
		throw error;
	}
}
