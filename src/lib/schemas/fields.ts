import { z } from 'zod';

/**
 * Building blocks for form schemas. Messages are message keys (messages/*.json), shown next to
 * the field in the user's language.
 */
export const emailField = z
	.string({ error: 'field_required' })
	.trim()
	.min(1, 'field_required')
	.max(254, 'field_too_long')
	.pipe(z.email({ error: 'field_email_invalid' }));

export const nameField = z.string({ error: 'field_required' }).trim().min(1, 'field_required').max(120, 'field_too_long');

export const optionalNameField = z.string().trim().max(120, 'field_too_long').default('');

/** Length rules for passwords live in the password policy; this only caps what we read. */
export const passwordField = z.string({ error: 'field_required' }).min(1, 'field_required').max(1_000, 'password_too_long');

export const localeField = z.enum(['da', 'en'], { error: 'field_invalid' });

export const checkboxField = z
	.string()
	.optional()
	.transform((value) => value === 'on' || value === 'true' || value === '1');

export const uuidField = z.uuid({ error: 'field_invalid' });
