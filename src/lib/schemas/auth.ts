import { z } from 'zod';
import {
	checkboxField,
	emailField,
	localeField,
	nameField,
	newPasswordField,
	optionalNameField,
	passwordConfirmField,
	passwordField
} from './fields.ts';

export const SignInSchema = z.object({ email: emailField, password: passwordField });

export const SetupSchema = z.object({ email: emailField, name: nameField, password: newPasswordField });

export const ForgotPasswordSchema = z.object({ email: emailField });

export const ResetPasswordSchema = z
	.object({ password: newPasswordField, passwordConfirm: passwordConfirmField, name: optionalNameField })
	.refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'field_password_mismatch' });

export const ProfileSchema = z.object({ name: nameField, locale: localeField });

export const ChangePasswordSchema = z
	.object({
		currentPassword: passwordField,
		newPassword: newPasswordField,
		passwordConfirm: passwordConfirmField,
		endOtherSessions: checkboxField
	})
	.refine((v) => v.newPassword === v.passwordConfirm, { path: ['passwordConfirm'], message: 'field_password_mismatch' });

/**
 * Only local paths: `next` must never send the user to another site. Printable ASCII only (a path
 * is percent-encoded), as it ends up in the Location header, where other characters are refused.
 */
/** Where a person lands after signing in (or setting their password) when nothing else is asked for. */
export const SIGNED_IN_HOME = '/min-side';

export const NextPathSchema = z
	.string()
	.regex(/^\/(?![/\\])[!-~]*$/)
	.max(500)
	.catch('/');
