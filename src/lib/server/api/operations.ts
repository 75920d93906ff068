/**
 * The /api/v1 operations: thin, like routes — parse the request with the schemas the forms use, call
 * the same use cases as the pages (as the token's maker, so access, approval, the audit log and the
 * unusual-value flags all apply), and answer JSON described by api/schemas.ts.
 */
import { ObservationSchema } from '../../domain/measurement/schemas.ts';
import { AppError } from '../http/errors.ts';
import { hasControlCharacter } from '../http/forms.ts';
import { listIndicators } from '../measurement/indicators.usecases.ts';
import { indicatorSeries, submitObservation } from '../measurement/observations.usecases.ts';
import type { ApiCall } from './endpoint.ts';
import { problemResponse } from './problem.ts';
import { type ApiIndicator, type ApiObservation, ApiSubmittedSchema, ObservationsQuerySchema } from './schemas.ts';
import type { z } from 'zod';

/** A JSON body larger than this is refused (one observation is a few hundred bytes). */
export const MAX_BODY_BYTES = 16 * 1024;

/** The strict form of the form schema: a field it does not know (an owner, a state) is refused, not ignored (Z3). */
const SubmitBodySchema = ObservationSchema.strict();

function json(body: unknown, status = 200): Response {
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

export async function listIndicatorsOperation(call: ApiCall): Promise<Response> {
	const { indicators } = await listIndicators(call.ctx, call.slug);
	const data: ApiIndicator[] = indicators.map((indicator) => ({
		id: indicator.id,
		name: indicator.name,
		definition: indicator.definition,
		kind: indicator.kind,
		polarity: indicator.polarity,
		frequency: indicator.frequency,
		unit: indicator.unit,
		unitLabel: indicator.unitLabel,
		source: indicator.source,
		validMin: indicator.validMin,
		validMax: indicator.validMax,
		responsibleActorId: indicator.responsibleActorId,
		isKey: indicator.isKey,
		dimensions: indicator.dimensions,
		baseline: indicator.baseline,
		targets: indicator.targets.map((target) => ({ value: target.value, date: target.date, note: target.note })),
		goalIds: indicator.goalIds,
		updatedAt: new Date(indicator.updatedAt).toISOString()
	}));
	return json({ data });
}

export async function listObservationsOperation(call: ApiCall): Promise<Response> {
	const query = ObservationsQuerySchema.safeParse(Object.fromEntries(call.url.searchParams));
	if (!query.success) throw AppError.fromIssues(query.error.issues);
	const series = await indicatorSeries(call.ctx, call.slug, call.params.indicatorId ?? '', {
		includeSubmitted: query.data.include === 'submitted'
	});
	const data: ApiObservation[] = series.map((value) => ({
		id: value.observationId,
		period: value.period,
		periodEnd: value.periodEnd,
		categories: value.categories,
		value: value.value,
		state: value.submitted ? 'submitted' : 'approved'
	}));
	return json({ data });
}

export async function submitObservationOperation(call: ApiCall): Promise<Response> {
	const { request, ctx } = call;
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	if (!/^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/.test(type))
		return problemResponse('unsupported_media_type', { detail: 'Send the observation as application/json.', requestId: ctx.requestId });
	const text = await readLimited(request, MAX_BODY_BYTES);
	if (text === null) return problemResponse('payload_too_large', { detail: `At most ${MAX_BODY_BYTES} bytes.`, requestId: ctx.requestId });
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return problemResponse('malformed_body', { detail: 'The body is not valid JSON.', requestId: ctx.requestId });
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return problemResponse('malformed_body', { detail: 'The body must be one JSON object.', requestId: ctx.requestId });
	const controlled = Object.entries(body).filter(([, v]) => typeof v === 'string' && hasControlCharacter(v));
	if (controlled.length > 0)
		throw new AppError('invalid_input', Object.fromEntries(controlled.map(([key]) => [key, 'field_control_characters'])));
	const parsed = SubmitBodySchema.safeParse(body);
	if (!parsed.success) throw AppError.fromIssues(parsed.error.issues);
	const input = parsed.data;
	// a submit token reports for its one actor: naming another is refused, never silently changed
	if (input.reportingActorId !== undefined && input.reportingActorId !== call.token.actorId)
		throw new AppError('invalid_input', { reportingActorId: 'field_measurement_api_other_actor' });
	const result = await submitObservation(ctx, call.slug, call.params.indicatorId ?? '', {
		...input,
		reportingActorId: call.token.actorId ?? undefined
	});
	const answer: z.input<typeof ApiSubmittedSchema> = {
		id: result.id,
		state: 'submitted',
		period: input.period,
		value: input.value,
		flags: result.flags,
		replacedId: result.replacedId
	};
	return json(answer, 201);
}

/** The body as text, or null when it is longer than `max` bytes (read no further than that). */
async function readLimited(request: Request, max: number): Promise<string | null> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > max) return null;
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
