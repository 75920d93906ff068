import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_MAX_BYTES, declaredBodyTooLarge } from '../../http/body-size.ts';
import { IMPORT_MAX_BYTES, ImportFileError } from './limits.ts';
import { readCsvRows } from './read-csv.ts';
import { formatOf, withImportUpload } from './upload.ts';

function formRequest(fields: Record<string, string>, file?: { name: string; type: string; body: string | Uint8Array }): Request {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.append(key, value);
	if (file) form.append('file', new Blob([file.body as BlobPart], { type: file.type }), file.name);
	return new Request('http://localhost/import', { method: 'POST', body: form });
}

describe('the import upload', () => {
	it('knows CSV and XLSX by name or type, nothing else', () => {
		expect(formatOf('data.XLSX', '')).toBe('xlsx');
		expect(formatOf('data.csv', 'application/octet-stream')).toBe('csv');
		expect(formatOf('data', 'text/csv')).toBe('csv');
		expect(formatOf('data.pdf', 'application/pdf')).toBeNull();
	});

	it('hands over the fields sent before the file and the file as a stream', async () => {
		const request = formRequest(
			{ locale: 'en', approve: 'on' },
			{ name: 'a.csv', type: 'text/csv', body: 'indicator,period,value\nA,2026,1\n' }
		);
		const result = await withImportUpload(request, async (fields, file) => {
			const rows = [];
			for await (const row of readCsvRows(file!.stream)) rows.push(row.cells);
			return { fields, name: file?.name, format: file?.format, rows };
		});
		expect(result).toEqual({
			fields: { locale: 'en', approve: 'on' },
			name: 'a.csv',
			format: 'csv',
			rows: [
				['indicator', 'period', 'value'],
				['A', '2026', '1']
			]
		});
	});

	it('no file chosen: run gets null', async () => {
		expect(await withImportUpload(formRequest({ locale: 'da' }), async (_fields, file) => file)).toBeNull();
	});

	it('V5: a file over the cap stops the reader with too_large', async () => {
		const line = `A;2026;1;${'x'.repeat(1000)}\n`;
		const body = `indicator;period;value;note\n${line.repeat(Math.ceil(IMPORT_MAX_BYTES / line.length) + 2)}`;
		const request = formRequest({ locale: 'da' }, { name: 'big.csv', type: 'text/csv', body });
		const error = await withImportUpload(request, async (_fields, file) => {
			for await (const _row of readCsvRows(file!.stream)) {
				// reading to the end
			}
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportFileError);
		expect((error as ImportFileError).code).toBe('too_large');
	});

	it('other routes keep the 512 KiB body limit; the upload route checks its own', () => {
		const headers = (length: number) => new Headers({ 'content-length': String(length) });
		expect(declaredBodyTooLarge('/account', headers(DEFAULT_BODY_MAX_BYTES + 1))).toBe(true);
		expect(declaredBodyTooLarge('/account', headers(DEFAULT_BODY_MAX_BYTES))).toBe(false);
		expect(declaredBodyTooLarge('/initiativer/[slug]/maaling/import', headers(IMPORT_MAX_BYTES))).toBe(false);
	});
});
