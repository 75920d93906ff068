import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { type AppError, isAppError } from './errors.ts';

/** What a failed form action hands back to its page: the user's input and a message key per field (V1). */
export interface FormFailure {
	values: Record<string, string>;
	errors: Record<string, string>;
	/** A message key for the form as a whole. */
	formError?: string;
}

/** Fields never echoed back to the page. */
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'passwordConfirm']);

export function collectValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of formData) {
		if (typeof value === 'string' && !SECRET_FIELDS.has(key) && key.length < 100) values[key] = value.slice(0, 20_000);
	}
	return values;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; failure: FormFailure };

/** Validates form data with a schema; the first message per field is kept. Never throws. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): ParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = all.length > 1 ? all : all[0];
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message.startsWith('field_') || issue.message.startsWith('password_') ? issue.message : 'field_invalid';
	}
	return { ok: false, failure: { values: collectValues(formData), errors } };
}

export function failWith(status: number, failure: FormFailure) {
	return fail(status, failure);
}

/** Turns a use case's AppError into a form failure that keeps the input; anything else is rethrown. */
export function failFromError(error: unknown, input: FormData | Record<string, string>) {
	if (!isAppError(error)) throw error;
	const appError = error as AppError;
	return fail(appError.status, {
		values: input instanceof FormData ? collectValues(input) : input,
		errors: appError.fields,
		formError: Object.keys(appError.fields).length ? undefined : `error_${appError.code}`
	} satisfies FormFailure);
}
