/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas (zod 4's own
 * `z.toJSONSchema`, JSON Schema 2020-12 — the dialect of OpenAPI 3.1): the request body from the
 * form schema the endpoint validates with, the answers from api/schemas.ts. Built once per process.
 */
import { z } from 'zod';
import { ObservationSchema } from '../../domain/measurement/schemas.ts';
import { MAX_BODY_BYTES } from './operations.ts';
import { PROBLEMS, problemType } from './problem.ts';
import { ApiIndicatorListSchema, ApiObservationListSchema, ApiSubmittedSchema, ProblemSchema } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
	return rest;
}

/** The submitted observation as JSON: the form schema, with what each field means for a program. */
function observationBodySchema(): JsonSchema {
	const schema = schemaOf(ObservationSchema.strict(), 'input');
	const properties = schema.properties as Record<string, JsonSchema>;
	const describe: Record<string, string> = {
		period: "The period in the indicator's frequency: `2026-03` (month), `2026-Q1`, `2026-H1` or `2026`.",
		value: 'The value: a JSON number, or a string in English notation ("1234.5", "1,234.5"). Stored as an exact decimal.',
		categories: "One category per dimension of the indicator (keys from the indicator's `dimensions`); leave out for the total.",
		reportingActorId: "The reporting actor: the token's own actor (the only one allowed); may be left out.",
		note: 'A note for the approver (no personal data: a CPR number is refused).'
	};
	for (const [key, description] of Object.entries(describe)) if (properties[key]) properties[key] = { ...properties[key], description };
	return schema;
}

const problem = (description: string) => ({
	description,
	content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
});

let built: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
	built ??= buildDocument();
	return built;
}

function buildDocument(): JsonSchema {
	const slug = {
		name: 'slug',
		in: 'path',
		required: true,
		description: "The initiative's address name (as in /initiativer/{slug}).",
		schema: { type: 'string' }
	};
	const indicatorId = { name: 'indicatorId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
	const common = {
		'401': problem('No token, an unknown, revoked or expired token, or its maker is no longer a member. Has `WWW-Authenticate`.'),
		'404': problem("Not this token's initiative, or no such indicator."),
		'429': problem('Over the rate limit of the token; `Retry-After` says how many seconds to wait.')
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Samspil measurement API',
			version: '1.0.0',
			description:
				"Read an initiative's indicators and values, and submit values for approval. Authenticate with the initiative's API token " +
				'(made by the backbone lead on the page Fælles målemetoder → API) as `Authorization: Bearer smp_…`. A token is ' +
				'scoped `read`, or `read` + `submit` for one reporting actor; it expires and can be revoked. Submitted values wait for ' +
				"the backbone lead's approval; only approved values count. Errors are RFC 9457 problem details. Problem types: " +
				Object.keys(PROBLEMS)
					.map((code) => `\`${problemType(code as keyof typeof PROBLEMS)}\``)
					.join(', ') +
				'.'
		},
		servers: [{ url: '/api/v1' }],
		security: [{ bearerToken: [] }],
		paths: {
			'/initiatives/{slug}/indicators': {
				get: {
					operationId: 'listIndicators',
					summary: "The initiative's indicators, with dimensions, baseline and targets",
					parameters: [slug],
					responses: {
						'200': {
							description: 'The indicators',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/IndicatorList' } } }
						},
						...common
					}
				}
			},
			'/initiatives/{slug}/indicators/{indicatorId}/observations': {
				get: {
					operationId: 'listObservations',
					summary: "An indicator's approved values (optionally also the waiting ones)",
					parameters: [
						slug,
						indicatorId,
						{
							name: 'include',
							in: 'query',
							required: false,
							description: '`submitted`: also the values waiting for approval, marked `state: "submitted"`.',
							schema: { type: 'string', enum: ['submitted'] }
						}
					],
					responses: {
						'200': {
							description: 'The values, by period',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/ObservationList' } } }
						},
						'400': problem('An unknown `include` value.'),
						...common
					}
				},
				post: {
					operationId: 'submitObservation',
					summary: 'Submit a value for a period (needs the `submit` scope); it waits for approval',
					parameters: [slug, indicatorId],
					requestBody: {
						required: true,
						description: `At most ${MAX_BODY_BYTES} bytes. Fields not listed are refused.`,
						content: { 'application/json': { schema: { $ref: '#/components/schemas/ObservationInput' } } }
					},
					responses: {
						'201': {
							description: 'Submitted, waiting for approval',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Submitted' } } }
						},
						'400': problem('Not valid: `errors` lists each field (a wrong period, an unknown category, a number that cannot be read …).'),
						'403': problem('A token without the `submit` scope, or its maker may not report for this actor.'),
						'409': problem('The initiative is archived, or a parallel decision on the same period.'),
						'413': problem('The body is too large.'),
						'415': problem('The body is not application/json.'),
						...common
					}
				}
			}
		},
		components: {
			securitySchemes: {
				bearerToken: { type: 'http', scheme: 'bearer', description: 'An initiative API token, `smp_` + 43 characters.' }
			},
			schemas: {
				IndicatorList: schemaOf(ApiIndicatorListSchema, 'output'),
				ObservationList: schemaOf(ApiObservationListSchema, 'output'),
				ObservationInput: observationBodySchema(),
				Submitted: schemaOf(ApiSubmittedSchema, 'output'),
				Problem: schemaOf(ProblemSchema, 'output')
			}
		}
	};
}
