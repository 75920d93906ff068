import { m } from './paraglide/messages.js';

type MessageFn = (inputs?: Record<string, unknown>) => string;

/** Looks up a message by its key (used for error keys coming from the server); unknown keys show a generic message. */
export function translate(key: string | undefined | null, inputs: Record<string, unknown> = {}): string {
	if (!key) return '';
	const message = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return message ? message(inputs) : m.field_invalid();
}

/** A message by key, or the given fallback when no message has that key. */
export function translateOr(key: string, fallback: string, inputs: Record<string, unknown> = {}): string {
	const message = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return message ? message(inputs) : fallback;
}

/** Audit events are stored as stable codes (`auth.sign_in`); people read them as text. */
export function auditEventLabel(action: string): string {
	return translateOr(`audit_event_${action.replace(/\./g, '_')}`, action);
}

/** One formatter per language: creating an Intl.DateTimeFormat costs ~1 ms, using one microseconds. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(value: Date | string | null | undefined, locale: string): string {
	if (!value) return '';
	const tag = locale === 'en' ? 'en-GB' : 'da-DK';
	let format = dateTimeFormats.get(tag);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
		dateTimeFormats.set(tag, format);
	}
	return format.format(new Date(value));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (yyyy-mm-dd, or a Date read in Danish time) as people read it: "2. dec. 2026" / "2 Dec 2026". */
export function formatDate(value: Date | string | null | undefined, locale: string): string {
	if (!value) return '';
	const timeZone = typeof value === 'string' ? 'UTC' : 'Europe/Copenhagen';
	const key = `${locale === 'en' ? 'en-GB' : 'da-DK'} ${timeZone}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeZone });
		dateFormats.set(key, format);
	}
	return format.format(typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
}
