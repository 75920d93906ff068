import type { RequestEvent } from '@sveltejs/kit';
import { contextFrom } from '../http/event-context.ts';
import { exportFileName } from './assessment-export.ts';
import { groupRoundToCsv, groupRoundToPdf, groupRoundToXlsx } from './group-export.ts';
import { XLSX_TYPE } from './export-response.ts';
import { getGroupRoundForExport } from './group-rounds.usecases.ts';

/** GET handlers of a group round's downloads (the facilitator's; members of the round's organisation). */
export async function groupExportResponse(event: RequestEvent, format: 'csv' | 'pdf' | 'xlsx') {
	const report = await getGroupRoundForExport(contextFrom(event), event.params.id ?? '', format);
	const locale = event.locals.locale;
	const headers = {
		'Content-Disposition': `attachment; filename="${exportFileName(format, report.round.openedAt, `grupperunde-${report.round.roundNumber}`)}"`,
		'Cache-Control': 'private, no-store'
	};
	if (format === 'csv')
		return new Response(groupRoundToCsv(report, locale), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
	if (format === 'xlsx')
		return new Response(new Uint8Array(await groupRoundToXlsx(report, locale)), { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
	const pdf = await groupRoundToPdf(report, `${event.url.origin}/grupper/${report.round.id}`, locale);
	return new Response(new Uint8Array(pdf), { headers: { ...headers, 'Content-Type': 'application/pdf' } });
}
