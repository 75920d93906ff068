import { describe, expect, it } from 'vitest';
import { copyLine, copyValue } from './copy-text.ts';

describe('COPY text format', () => {
	it('escapes exactly the characters the format gives a meaning, and writes NULL as \\N', () => {
		expect(copyValue(null)).toBe('\\N');
		expect(copyValue('\\N')).toBe('\\\\N');
		expect(copyValue('\\.')).toBe('\\\\.');
		expect(copyValue('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
		// twice in a row: the pattern keeps no state between calls
		expect(copyValue('x\ty')).toBe('x\\ty');
		expect(copyValue('x\ty')).toBe('x\\ty');
		for (const plain of ['', 'æøå 🙂', '"quoted" ; , |', '{"koen":"k"}']) expect(copyValue(plain)).toBe(plain);
	});

	it('a line is the values tab-separated, ended by a newline', () => {
		expect(copyLine(['a', null, 'b\tc', ''])).toBe('a\t\\N\tb\\tc\t\n');
	});
});
