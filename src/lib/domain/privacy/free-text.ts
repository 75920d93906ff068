/**
 * P1: every field where a person types free text is built by `freeTextField`, so every one of them
 * refuses a CPR number — there is no second way to make a text field. A string field that is not
 * free text (a password, a search that is never stored, an internal id) says so with `notFreeText`.
 * `free-text.test.ts` walks every schema and fails on a string field that takes prose but lets a
 * CPR number through.
 */
import { z } from 'zod';
import { looksLikeCprNumber } from './cpr.ts';

/** The message key next to a field whose text looks like a CPR number. */
export const CPR_REFUSED = 'field_assessment_cpr';

/** Browsers send a textarea's line breaks as CRLF; stored text always uses LF. */
const normaliseLineBreaks = (value: string) => value.replace(/\r\n?/g, '\n');

export interface FreeTextOptions {
	/** empty (after trimming) is refused with `field_required` */
	required?: boolean;
	/** CRLF → LF (textareas) */
	lineBreaks?: boolean;
	/** the message when the value is not a string at all (default: field_required if required, else field_invalid) */
	typeError?: string;
}

export function freeTextField(max: number, options: FreeTextOptions = {}) {
	let schema = z.string({ error: options.typeError ?? (options.required ? 'field_required' : 'field_invalid') });
	if (options.lineBreaks) schema = schema.overwrite(normaliseLineBreaks);
	schema = schema.trim();
	if (options.required) schema = schema.min(1, 'field_required');
	return schema.max(max, 'field_too_long').refine((value) => !looksLikeCprNumber(value), CPR_REFUSED);
}

const notFreeTextReasons = new WeakMap<z.ZodType, string>();

/** Marks a string field that takes any text but is not free text about people (e.g. a password). */
export function notFreeText<T extends z.ZodType>(schema: T, why: string): T {
	notFreeTextReasons.set(schema, why);
	return schema;
}

/** Why a schema is not free text, if it was marked so (for the test that walks every schema). */
export function notFreeTextReason(schema: z.ZodType): string | undefined {
	return notFreeTextReasons.get(schema);
}
