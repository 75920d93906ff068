/**
 * What /api/v1 answers, as zod schemas: the OpenAPI document is generated from these and from the
 * form schemas the requests are validated with (domain/measurement/schemas.ts), and the tests parse
 * every answer with them, so the document cannot drift from what is sent.
 */
import { z } from 'zod';
import { FREQUENCIES, INDICATOR_KINDS, POLARITIES, UNITS } from '../../domain/measurement/indicator.ts';

const decimal = z
	.string()
	.regex(/^-?\d+(\.\d+)?$/)
	.meta({ description: 'An exact decimal in English notation (a string, never a float), e.g. "1234.5".', examples: ['1234.5'] });
const isoDate = z.iso.date();
const categoryMap = z
	.record(z.string(), z.string())
	.meta({ description: 'Dimension key → category key; {} for the total.', examples: [{ koen: 'k' }] });

export const ApiDimensionSchema = z.object({
	key: z.string(),
	label: z.string(),
	categories: z.array(z.object({ key: z.string(), label: z.string() }))
});

export const ApiIndicatorSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	definition: z.string(),
	kind: z.enum(INDICATOR_KINDS),
	polarity: z.enum(POLARITIES),
	frequency: z.enum(FREQUENCIES).meta({ description: 'Periods are `2026-03` (month), `2026-Q1`, `2026-H1` or `2026`.' }),
	unit: z.enum(UNITS),
	unitLabel: z.string(),
	source: z.string(),
	validMin: decimal.nullable(),
	validMax: decimal.nullable(),
	responsibleActorId: z.uuid().nullable(),
	isKey: z.boolean(),
	dimensions: z.array(ApiDimensionSchema),
	baseline: z.object({ value: decimal, date: isoDate }).nullable(),
	targets: z.array(z.object({ value: decimal, date: isoDate, note: z.string() })),
	goalIds: z.array(z.uuid()),
	updatedAt: z.iso.datetime()
});
export type ApiIndicator = z.output<typeof ApiIndicatorSchema>;

export const ApiIndicatorListSchema = z.object({ data: z.array(ApiIndicatorSchema) });

export const ApiObservationSchema = z.object({
	id: z.uuid(),
	period: z.string().meta({ examples: ['2026-Q1'] }),
	periodEnd: isoDate,
	categories: categoryMap,
	value: decimal,
	state: z.enum(['approved', 'submitted']).meta({ description: 'Only approved values count; submitted ones wait for the backbone lead.' })
});
export type ApiObservation = z.output<typeof ApiObservationSchema>;

export const ApiObservationListSchema = z.object({ data: z.array(ApiObservationSchema) });

export const ObservationsQuerySchema = z.object({
	include: z
		.enum(['submitted'])
		.optional()
		.meta({ description: '`submitted`: also the values waiting for approval (marked `state: "submitted"`).' })
});

export const ApiSubmittedSchema = z.object({
	id: z.uuid(),
	state: z.literal('submitted'),
	period: z.string(),
	value: decimal,
	flags: z.array(z.string()).meta({ description: 'Why the approver should look twice (e.g. out of the declared range).' }),
	replacedId: z.uuid().nullable().meta({ description: 'The waiting value of the same period and categories this one replaced.' })
});

export const ProblemSchema = z.object({
	type: z.string().meta({ description: 'A stable URN per kind of problem, e.g. `urn:samspil:problem:validation`.' }),
	title: z.string(),
	status: z.int(),
	detail: z.string(),
	instance: z.string().meta({ description: 'This request (`urn:uuid:` + the X-Request-Id header).' }),
	errors: z
		.array(z.object({ field: z.string(), code: z.string(), detail: z.string() }))
		.optional()
		.meta({ description: 'For validation problems: one entry per field.' })
});
