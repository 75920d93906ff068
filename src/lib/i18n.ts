import { m } from './paraglide/messages.js';

type MessageFn = (inputs?: Record<string, unknown>) => string;

/** Looks up a message by its key (used for error keys coming from the server); unknown keys show a generic message. */
export function translate(key: string | undefined | null, inputs: Record<string, unknown> = {}): string {
	if (!key) return '';
	const message = (m as unknown as Record<string, MessageFn | undefined>)[key];
	return message ? message(inputs) : m.field_invalid();
}

export function formatDateTime(value: Date | string | null | undefined, locale: string): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Copenhagen'
	}).format(new Date(value));
}
