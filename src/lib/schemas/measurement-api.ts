import { z } from 'zod';
import { freeTextField } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';
import { dateField } from './initiatives.ts';

/**
 * The API tokens page (issue 13 § 7): a token has a name people recognise, a scope (read, or read
 * and submit for one actor) and an expiry date, which is required (checked against today and
 * API_TOKEN_MAX_DAYS by the use case).
 */
export const API_TOKEN_SCOPES = ['read', 'submit'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const API_TOKEN_NAME_MAX = 100;

export const CreateApiTokenSchema = z.object({
	name: freeTextField(API_TOKEN_NAME_MAX, { required: true }),
	scope: z.enum(API_TOKEN_SCOPES, { error: 'field_required' }),
	expiresOn: dateField,
	/** The actor a submit token reports for (a partner editor's own actor when left out). */
	actorId: z.preprocess((v) => (v === '' ? undefined : v), uuidField.optional())
});
export type CreateApiTokenInput = z.output<typeof CreateApiTokenSchema>;

export const RevokeApiTokenSchema = z.object({ tokenId: uuidField });
