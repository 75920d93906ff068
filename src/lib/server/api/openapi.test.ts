import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTE_POLICIES } from '../policy/route-policy.ts';
import { openApiDocument } from './openapi.ts';

/**
 * The OpenAPI 3.1 document is checked against the official OpenAPI 3.1 JSON Schema by
 * @seriousme/openapi-schema-validator (it ships the OAI's schemas for 2.0, 3.0 and 3.1 and validates
 * with ajv; tested on the 2,000+ API descriptions of APIs.guru), and its paths against the routes.
 */
describe('the OpenAPI document', () => {
	const document = openApiDocument();

	it('is a valid OpenAPI 3.1 document', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(document));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('describes exactly the API routes and their methods', () => {
		const routes = Object.entries(ROUTE_POLICIES).filter(([id]) => id.startsWith('/api/v1/') && id !== '/api/v1/openapi.json');
		const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).map(([path, ops]) => [
			`/api/v1${path.replace(/\{(\w+)\}/g, '[$1]')}`,
			Object.keys(ops)
				.map((m) => m.toUpperCase())
				.sort()
		]);
		expect(documented.sort()).toEqual(routes.map(([id, policy]) => [id, Object.keys(policy.endpoints ?? {}).sort()]).sort());
	});

	it('takes its request body from the form schema: the same fields, required ones and rules', () => {
		const body = (
			document.components as {
				schemas: Record<string, { properties: Record<string, unknown>; required: string[]; additionalProperties: unknown }>;
			}
		).schemas.ObservationInput;
		expect(Object.keys(body.properties).sort()).toEqual(['categories', 'note', 'period', 'reportingActorId', 'value']);
		expect(body.required.sort()).toEqual(['period', 'value']);
		expect(body.additionalProperties).toBe(false);
		expect(body.properties.value).toMatchObject({ type: ['string', 'number'] });
		expect(body.properties.note).toMatchObject({ maxLength: 1000 });
		// read back as a schema, it accepts what the API accepts, and refuses unknown fields
		const schema = z.fromJSONSchema(body as never);
		expect(schema.safeParse({ period: '2026-Q1', value: 12.5 }).success).toBe(true);
		expect(schema.safeParse({ period: '2026-Q1', value: '1234.5', categories: { koen: 'k' } }).success).toBe(true);
		expect(schema.safeParse({ period: '2026-Q1', value: 12.5, state: 'approved' }).success).toBe(false);
		expect(schema.safeParse({ value: 12.5 }).success).toBe(false);
	});
});
