import type { RequestEvent } from '@sveltejs/kit';
import { contextFrom } from '../http/event-context.ts';
import { assessmentToCsv, assessmentToPdf, assessmentToXlsx, type ExportFormat, exportFileName } from './assessment-export.ts';
import { type AssessmentRef, getAssessmentForExport, getSharedAssessmentForExport } from './assessments.usecases.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET handlers of the CSV and PDF downloads; `link` is the page the export belongs to. A share link only reads. */
export async function exportResponse(
	event: RequestEvent,
	ref: AssessmentRef | { shareToken: string },
	format: ExportFormat,
	linkPath: string
) {
	const ctx = contextFrom(event);
	const view =
		'shareToken' in ref ? await getSharedAssessmentForExport(ctx, ref.shareToken, format) : await getAssessmentForExport(ctx, ref, format);
	const link = `${event.url.origin}${linkPath}`;
	const locale = event.locals.locale;
	const headers = {
		'Content-Disposition': `attachment; filename="${exportFileName(format, view.completedAt ?? view.updatedAt)}"`,
		'Cache-Control': 'private, no-store'
	};
	if (format === 'csv') {
		return new Response(assessmentToCsv(view, link, locale), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	if (format === 'xlsx') {
		const xlsx = await assessmentToXlsx(view, link, locale);
		return new Response(new Uint8Array(xlsx), { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
	}
	const pdf = await assessmentToPdf(view, link, locale);
	return new Response(new Uint8Array(pdf), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
}
