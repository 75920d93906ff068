/**
 * A file answer written as it is produced: the writer fills a pass-through stream that the response
 * reads, so a large export never sits whole in memory. A failure after the first bytes can only cut
 * the download short (the status is sent); it is logged, not shown.
 */
import { PassThrough, Readable, type Writable } from 'node:stream';
import { log } from '../../log/logger.ts';

export const CONTENT_TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export function fileResponse(
	fileName: string,
	format: keyof typeof CONTENT_TYPES,
	write: (out: Writable) => Promise<unknown>,
	context: { requestId: string }
): Response {
	const out = new PassThrough();
	write(out).catch((error: unknown) => {
		log.error({ requestId: context.requestId, error: (error as Error)?.message }, 'file download failed while writing');
		out.destroy(error as Error);
	});
	return new Response(Readable.toWeb(out) as unknown as ReadableStream, {
		headers: {
			'content-type': CONTENT_TYPES[format],
			'content-disposition': `attachment; filename="${fileName.replace(/[^a-zA-Z0-9._-]/g, '-')}"`,
			'cache-control': 'no-store'
		}
	});
}
