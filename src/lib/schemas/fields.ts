import { z } from 'zod';
import { checkPassword } from '../domain/auth/password-policy.ts';
import { freeTextField, notFreeText } from '../domain/privacy/free-text.ts';

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

/** A person's or an organisation's name: free text, so it refuses a CPR number (P1). */
export const nameField = freeTextField(120, { required: true });

export const optionalNameField = freeTextField(120).default('');

/** Length rules for passwords live in the password policy; this only caps what we read. */
export const passwordField = notFreeText(
	z.string({ error: 'field_required' }).min(1, 'field_required').max(1_000, 'password_too_long'),
	'a password: any characters are allowed (A2)'
);

/**
 * A password being chosen: the policy's length and common-password rules are checked with the rest
 * of the form, so a too-short password is reported together with the other errors (issue 11). The
 * use case checks the whole policy again, with the address (A2).
 */
export const newPasswordField = notFreeText(
	passwordField.superRefine((value, ctx) => {
		const problem = value ? checkPassword(value) : null;
		if (problem) ctx.addIssue({ code: 'custom', message: `password_${problem}` });
	}),
	'a password being chosen: any characters are allowed (A2)'
);

/** The repeated password: compared with the password, never stored. */
export const passwordConfirmField = notFreeText(z.string().default(''), 'the repeated password, only compared');

export const localeField = z.enum(['da', 'en'], { error: 'field_invalid' });

export const checkboxField = z
	.string()
	.optional()
	.transform((value) => value === 'on' || value === 'true' || value === '1');

export const uuidField = z.uuid({ error: 'field_invalid' });
