import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CPR_REFUSED, freeTextField, notFreeTextReason } from './free-text.ts';

/**
 * P1, made structural: every exported schema of the forms (`src/lib/schemas/`) and of the domain
 * (`src/lib/domain/**\/schemas.ts`) is walked; every string field that takes ordinary prose is free
 * text and must refuse a CPR number, unless it is marked `notFreeText` (passwords, a search, ids).
 */
const modules = import.meta.glob(['../../schemas/*.ts', '../**/schemas.ts', '!../../schemas/*.test.ts'], { eager: true }) as Record<
	string,
	Record<string, unknown>
>;

const PROSE = 'Mette fra kommunen';
const WITH_CPR = 'Mette fra kommunen 010203-1234';

type Def = {
	type: string;
	shape?: Record<string, z.ZodType>;
	innerType?: z.ZodType;
	element?: z.ZodType;
	options?: z.ZodType[];
	in?: z.ZodType;
	out?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

function startsWithString(schema: z.ZodType): boolean {
	const def = defOf(schema);
	if (def.type === 'string') return true;
	if (WRAPPERS.has(def.type) && def.innerType) return startsWithString(def.innerType);
	if (def.type === 'pipe' && def.in) return startsWithString(def.in);
	return false;
}

/** Every string field: the outermost schema of each field whose input is a string. */
function stringFields(schema: z.ZodType, path: string, out: { path: string; schema: z.ZodType }[]) {
	if (notFreeTextReason(schema)) return;
	const def = defOf(schema);
	if (def.type === 'object' && def.shape) {
		for (const [key, field] of Object.entries(def.shape)) stringFields(field, `${path}.${key}`, out);
	} else if (def.type === 'array' && def.element) {
		stringFields(def.element, `${path}[]`, out);
	} else if (def.type === 'union' && def.options) {
		for (const [i, option] of def.options.entries()) stringFields(option, `${path}|${i}`, out);
	} else if (startsWithString(schema)) {
		out.push({ path, schema });
	} else if (WRAPPERS.has(def.type) && def.innerType) {
		stringFields(def.innerType, path, out);
	} else if (def.type === 'pipe' && def.in) {
		stringFields(def.in, path, out);
	}
}

const fields: { path: string; schema: z.ZodType }[] = [];
for (const [file, exports] of Object.entries(modules)) {
	for (const [name, value] of Object.entries(exports)) {
		if (value instanceof z.ZodType) stringFields(value, `${file.replace(/^.*\//, '')}:${name}`, fields);
	}
}
/** Free text: the field takes ordinary prose and passes it on as text (not a catch-all default, not a checkbox). */
const freeTextFields = fields.filter((field) => field.schema.safeParse(PROSE).data === PROSE);

describe('P1 every free-text field refuses a CPR number', () => {
	it('finds the schemas and their free-text fields', () => {
		expect(Object.keys(modules).length).toBeGreaterThanOrEqual(5);
		const paths = freeTextFields.map((f) => f.path);
		// a few known ones, so an empty walk cannot pass
		expect(paths).toEqual(
			expect.arrayContaining([
				'auth.ts:ProfileSchema.name',
				'admin.ts:OrganisationSchema.name',
				'assessment.ts:GroupResponseSchema.name',
				'schemas.ts:CaseContentSchema.summary.da'
			])
		);
	});

	it.each(freeTextFields.map((f) => [f.path, f.schema] as const))('%s', (_path, schema) => {
		const result = schema.safeParse(WITH_CPR);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message)).toContain(CPR_REFUSED);
	});

	it('the builder refuses a CPR number with and without the dash, and keeps ordinary numbers', () => {
		const field = freeTextField(100);
		expect(field.safeParse('CPR 0102031234').success).toBe(false);
		expect(field.safeParse('CPR 010203-1234').success).toBe(false);
		expect(field.safeParse('Telefon 12 34 56 78, 2024').success).toBe(true);
	});
});
