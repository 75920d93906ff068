import { isActionFailure, isHttpError, isRedirect, type RequestEvent, redirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { formAction, hasControlCharacter, parseForm, readFormData } from './forms.ts';

function post(body: BodyInit | null, contentType?: string): Request {
	return new Request('http://localhost/x', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });
}

function eventOf(request: Request): RequestEvent {
	return { request, params: {}, url: new URL(request.url) } as unknown as RequestEvent;
}

function form(fields: Record<string, string>): Request {
	return post(new URLSearchParams(fields), 'application/x-www-form-urlencoded');
}

async function statusOfThrown(run: () => Promise<unknown>): Promise<number> {
	try {
		await run();
	} catch (caught) {
		if (isHttpError(caught)) return caught.status;
		throw caught;
	}
	throw new Error('did not throw');
}

describe('hasControlCharacter', () => {
	it('finds NUL, escape and DEL, but lets tab and line breaks through (a textarea sends them)', () => {
		for (const value of ['a\u0000b', '\u001b[31m', 'x\u007f', '\u0008'])
			expect(hasControlCharacter(value), JSON.stringify(value)).toBe(true);
		for (const value of ['plain', 'line\r\nbreak\n', 'tab\there', 'æøå – “quotes”'])
			expect(hasControlCharacter(value), JSON.stringify(value)).toBe(false);
	});
});

describe('readFormData (V6)', () => {
	it('reads urlencoded and multipart forms', async () => {
		expect((await readFormData(form({ a: '1' }))).get('a')).toBe('1');
		const multipart = new FormData();
		multipart.set('b', '2');
		expect((await readFormData(post(multipart))).get('b')).toBe('2');
	});

	it('answers 415 for a body that is not a form, and 400 for a form that cannot be read', async () => {
		expect(await statusOfThrown(() => readFormData(post('email=a', 'text/plain')))).toBe(415);
		expect(await statusOfThrown(() => readFormData(post('{"a":1}', 'application/json')))).toBe(415);
		expect(await statusOfThrown(() => readFormData(post(null)))).toBe(415);
		expect(await statusOfThrown(() => readFormData(post('--XYZ\r\nbroken', 'multipart/form-data; boundary=XYZ')))).toBe(400);
		expect(await statusOfThrown(() => readFormData(post('no boundary', 'multipart/form-data')))).toBe(400);
	});
});

describe('parseForm', () => {
	const Schema = z.object({ name: z.string().min(1, 'field_required'), password: z.string() });

	it('refuses a control character with its own message, keeps the value as typed, never echoes a password', () => {
		const data = new FormData();
		data.set('name', 'Ada\u0000');
		data.set('password', 'secret\u0000');
		const result = parseForm(Schema, data);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.failure.errors).toEqual({ name: 'field_control_characters', password: 'field_control_characters' });
		expect(result.failure.formError).toBe('field_control_characters');
		expect(result.failure.values).toEqual({ name: 'Ada\u0000' });
	});

	it('passes valid input through the schema', () => {
		const data = new FormData();
		data.set('name', 'Ada');
		data.set('password', 'x');
		expect(parseForm(Schema, data)).toEqual({ ok: true, data: { name: 'Ada', password: 'x' } });
	});
});

describe('formAction', () => {
	const Schema = z.object({ title: z.string().min(1, 'field_required'), password: z.string().default('') });

	it('hands the parsed input to the use case and returns what it returns', async () => {
		const action = formAction(Schema, async ({ title }) => ({ done: title }));
		expect(await action(eventOf(form({ title: 'Hej' })))).toEqual({ done: 'Hej' });
	});

	it('answers invalid input with 400, the field messages and the values, without running the use case', async () => {
		let ran = false;
		const action = formAction(Schema, async () => {
			ran = true;
		});
		const result = await action(eventOf(form({ title: '', password: 'hemmeligt' })));
		expect(ran).toBe(false);
		expect(isActionFailure(result)).toBe(true);
		expect(result).toMatchObject({ status: 400, data: { errors: { title: 'field_required' }, values: { title: '' } } });
		expect(JSON.stringify(result)).not.toContain('hemmeligt');
	});

	it("turns a use case's AppError into a failure with its status that keeps the input", async () => {
		const fieldError = formAction(Schema, async () => {
			throw new AppError('conflict', { title: 'field_taken' });
		});
		expect(await fieldError(eventOf(form({ title: 'Hej', password: 'hemmeligt' })))).toMatchObject({
			status: 409,
			data: { values: { title: 'Hej' }, errors: { title: 'field_taken' }, formError: undefined }
		});
		const formError = formAction(Schema, async () => {
			throw new AppError('not_found');
		});
		expect(await formError(eventOf(form({ title: 'Hej' })))).toMatchObject({ status: 404, data: { formError: 'error_not_found' } });
	});

	it('keeps every value of a field sent several times (checkboxes), on invalid input and on a use-case failure', async () => {
		const body = new URLSearchParams([
			['title', 'Hej'],
			['areas', '101'],
			['areas', '147']
		]);
		const request = () => post(body.toString(), 'application/x-www-form-urlencoded');
		const invalid = formAction(z.object({ title: z.string().min(5, 'field_too_short') }), async () => 'never');
		expect(await invalid(eventOf(request()))).toMatchObject({ status: 400, data: { lists: { areas: ['101', '147'] } } });
		const refused = formAction(Schema, async () => {
			throw new AppError('stale_revision');
		});
		expect(await refused(eventOf(request()))).toMatchObject({ status: 409, data: { lists: { areas: ['101', '147'] } } });
	});

	it('leaves redirect and unexpected errors alone', async () => {
		const redirecting = formAction(Schema, async () => redirect(303, '/next'));
		await expect(redirecting(eventOf(form({ title: 'Hej' })))).rejects.toSatisfy(isRedirect);
		const crashing = formAction(Schema, async () => {
			throw new TypeError('bug');
		});
		await expect(crashing(eventOf(form({ title: 'Hej' })))).rejects.toThrow('bug');
	});

	it('a side form fails without values; `values` reshapes those of a main form', async () => {
		const side = formAction(Schema, async () => undefined, { sideForm: true });
		const sideResult = await side(eventOf(form({ title: '' })));
		expect(sideResult).toMatchObject({ status: 400, data: { errors: { title: 'field_required' } } });
		expect((sideResult as { data: object }).data).not.toHaveProperty('values');
		const reshaped = formAction(Schema, async () => undefined, { values: (v) => ({ ...v, extra: '1' }) });
		expect(await reshaped(eventOf(form({ title: '' })))).toMatchObject({ data: { values: { title: '', extra: '1' } } });
	});

	it('refuses an unreadable body before parsing', async () => {
		const action = formAction(Schema, async () => 'ran');
		expect(await statusOfThrown(() => action(eventOf(post('title=x', 'text/plain'))))).toBe(415);
	});
});
