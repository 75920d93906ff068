import { describe, expect, it } from 'vitest';
import { bodySizeRefusal, DEFAULT_BODY_MAX_BYTES } from './body-size.ts';

const IMPORT = '/initiativer/[slug]/maaling/import';
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('V5: body size before anything reads the body', () => {
	it('refuses a declared length over 512 KiB outside the upload route, and allows it there', () => {
		const big = headers({ 'content-length': String(DEFAULT_BODY_MAX_BYTES + 1) });
		expect(bodySizeRefusal('/konto', big)).toBe(413);
		expect(bodySizeRefusal(null, big)).toBe(413);
		expect(bodySizeRefusal(IMPORT, big)).toBeNull();
		expect(bodySizeRefusal('/konto', headers({ 'content-length': String(DEFAULT_BODY_MAX_BYTES) }))).toBeNull();
	});

	it('asks a chunked body without a length for its length (411) outside the upload route', () => {
		const chunked = headers({ 'transfer-encoding': 'chunked' });
		expect(bodySizeRefusal('/konto', chunked)).toBe(411);
		expect(bodySizeRefusal('/api/v1/initiatives/[slug]/indicators/[indicatorId]/observations', chunked)).toBe(411);
		expect(bodySizeRefusal(IMPORT, chunked)).toBeNull();
	});

	it('lets a request without a body through', () => {
		expect(bodySizeRefusal('/konto', headers({}))).toBeNull();
	});
});
