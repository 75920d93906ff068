/**
 * The one way into a form action (issue 9 §4, V6): read the body safely, refuse control
 * characters, parse with a zod schema, call the use case, and turn its `AppError` into a failure
 * that keeps what the person typed (never a password). `redirect()` and `error()` pass through.
 */
import { type ActionFailure, error, fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { type AppError, isAppError } from './errors.ts';

/** What a failed form action hands back to its page: the user's input and a message key per field (V1). */
export interface FormFailure {
	values: Record<string, string>;
	errors: Record<string, string>;
	/** A message key for the form as a whole. */
	formError?: string;
	/** Fields sent more than once (checkboxes with one name): every value, in order (`values` holds the last). */
	lists?: Record<string, string[]>;
}

/** Fields never echoed back to the page. */
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'passwordConfirm']);

/**
 * C0 control characters and DEL, except tab, line feed and carriage return (which a textarea
 * sends). PostgreSQL cannot store NUL in text, and none of them belongs in what a person types.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(value: string): boolean {
	return CONTROL_CHARACTER.test(value);
}

/** The values of fields sent more than once (several checked checkboxes of one name). */
export function collectLists(formData: FormData): Record<string, string[]> | undefined {
	const lists: Record<string, string[]> = {};
	for (const key of new Set(formData.keys())) {
		if (SECRET_FIELDS.has(key) || key.length >= 100) continue;
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		if (all.length > 1) lists[key] = all.slice(0, 1_000).map((v) => v.slice(0, 200));
	}
	return Object.keys(lists).length ? lists : undefined;
}

export function collectValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of formData) {
		if (typeof value === 'string' && !SECRET_FIELDS.has(key) && key.length < 100) values[key] = value.slice(0, 20_000);
	}
	return values;
}

/**
 * The request's form data. A body that is not a form (`text/plain`, JSON, none) is 415, a form that
 * cannot be read (broken multipart, bad encoding) is 400: the sender's mistake, not a crash (V6).
 */
export async function readFormData(request: Request): Promise<FormData> {
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) error(415, 'form_unreadable');
	try {
		return await request.formData();
	} catch {
		error(400, 'form_unreadable');
	}
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; failure: FormFailure };

/** A field's message: the schema's message key when it has one, else the generic one. */
function messageOf(message: string): string {
	return message.startsWith('field_') || message.startsWith('password_') ? message : 'field_invalid';
}

/**
 * Validates form data with a schema; the first message per field is kept. A field holding a control
 * character is refused with its own message (the value is kept as typed, not silently changed).
 * Never throws.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): ParseResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	const errors: Record<string, string> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = all.length > 1 ? all : all[0];
		if (hasControlCharacter(key) || all.some(hasControlCharacter))
			errors[hasControlCharacter(key) ? 'form' : key] = 'field_control_characters';
	}
	// Said above the form too: the character is invisible, and it may sit in a field the page does not show.
	const formError = Object.keys(errors).length ? 'field_control_characters' : undefined;
	const result = schema.safeParse(raw);
	if (result.success && !formError) return { ok: true, data: result.data };
	for (const issue of result.error?.issues ?? []) errors[String(issue.path[0] ?? 'form')] ??= messageOf(issue.message);
	const lists = collectLists(formData);
	return {
		ok: false,
		failure: { values: collectValues(formData), errors, ...(formError ? { formError } : {}), ...(lists ? { lists } : {}) }
	};
}

/** A use case's AppError as a form failure: its field messages, or one for the form as a whole. */
function failureOf(appError: AppError, formData: FormData): FormFailure {
	const hasFields = Object.keys(appError.fields).length > 0;
	const lists = collectLists(formData);
	return {
		values: collectValues(formData),
		errors: appError.fields,
		formError: hasFields ? undefined : `error_${appError.code}`,
		...(lists ? { lists } : {})
	};
}

export interface FormActionOptions {
	/**
	 * The values a failure hands back, from the submitted ones (default: as submitted). The case form
	 * drops blank rows and renumbers the rest, so its field errors match its values.
	 */
	values?: (submitted: Record<string, string>) => Record<string, string>;
	/**
	 * A small form beside an edit form (publish, delete): its failure carries no values, so the edit
	 * form above it keeps the saved text rather than this form's few fields.
	 */
	sideForm?: boolean;
	/**
	 * The route has no page to show a failure on (the language switch, sign-out): a failure is an
	 * error page with the form's message instead.
	 */
	noPage?: boolean;
}

/** The failure a form action returns: the input kept (unless it is a side form) and messages. */
function failure(status: number, failed: FormFailure, options: FormActionOptions) {
	if (options.noPage) error(status, failed.formError ?? 'invalid_input');
	if (options.sideForm) return fail(status, { errors: failed.errors, formError: failed.formError });
	return fail(status, { ...failed, values: options.values ? options.values(failed.values) : failed.values });
}

/**
 * A form action: `run` gets the parsed input and the event and returns the action's data, or throws
 * `redirect()`. Invalid input (400) and a use case's `AppError` become a failure with the input kept.
 *
 *     save: formAction(RestoreSchema, async ({ restore }, event) => { …; redirect(303, …) })
 */
export function formAction<S extends z.ZodType, R, E extends RequestEvent = RequestEvent>(
	schema: S,
	run: (data: z.infer<S>, event: E, formData: FormData) => Promise<R> | R,
	options: FormActionOptions = {}
): (event: E) => Promise<R | ActionFailure<FormFailure> | ActionFailure<Omit<FormFailure, 'values'>>> {
	return async (event) => {
		const formData = await readFormData(event.request);
		const parsed = parseForm(schema, formData);
		if (!parsed.ok) return failure(400, parsed.failure, options);
		try {
			return await run(parsed.data, event, formData);
		} catch (caught) {
			if (!isAppError(caught)) throw caught; // redirect(), error() and real faults go on
			return failure(caught.status, failureOf(caught, formData), options);
		}
	};
}
