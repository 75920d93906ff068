/**
 * A group round's result for the facilitator (issue 11): the same figures and words as the round's
 * page — the combined outcome, per question the distribution and the agreement by the rule in
 * domain/assessment/group.ts, the ticked signs, who answered (with organisation and sector) and
 * the comments — as a PDF, an XLSX workbook and a CSV in the reader's locale.
 */
import {
	answerLabel,
	consensusWords,
	distributionWords,
	outcomeText,
	outcomeTitle,
	questionLabel,
	recommendationText,
	stepTitle
} from '../../assessment-labels.ts';
import {
	ANSWERS,
	answersBySector,
	BROAD_AGREEMENT_SHARE,
	COMPLEX_SIGNS,
	type DecisionQuestion,
	STEP2_QUESTIONS,
	STEP3_QUESTIONS,
	STEP4_QUESTIONS,
	type SectorCount
} from '../../domain/assessment/index.ts';
import { formatDateTime } from '../../i18n.ts';
import { sectorLabel } from '../../labels.ts';
import { m } from '../../paraglide/messages.js';
import { PdfWriter, pdfLang } from '../exports/pdf.ts';
import { type Row, rowsToCsv, type Sheet, sheetsToXlsx } from '../exports/table.ts';
import { exportLocale } from './assessment-export.ts';
import type { RoundReport } from './group-rounds.usecases.ts';

const STEPS = [
	{ step: 2, keys: STEP2_QUESTIONS },
	{ step: 3, keys: STEP3_QUESTIONS },
	{ step: 4, keys: STEP4_QUESTIONS }
] as const;

const share = (count: number, total: number) => (total ? count / total : 0);

export function sectorWords(counts: readonly SectorCount[]): string {
	return counts.map(({ sector, count }) => `${sector === 'none' ? m.group_sector_not_given() : sectorLabel(sector)} ${count}`).join(', ');
}

/** Per answer, the sectors of those who gave it: "Ja: Kommune 2, Fond 1". */
export function bySectorWords(report: RoundReport, key: DecisionQuestion): string {
	const by = answersBySector(report.sectorAnswers, key);
	return ANSWERS.filter((answer) => by[answer].length)
		.map((answer) => `${answerLabel(answer)}: ${sectorWords(by[answer])}`)
		.join(' · ');
}

function questionSheet(report: RoundReport): Sheet {
	const rows: Row[] = [
		[
			m.assessment_export_section(),
			m.assessment_question(),
			...ANSWERS.map((answer) => answerLabel(answer)),
			m.group_export_answers(),
			m.group_export_agreement(),
			m.group_export_leading_share(),
			m.group_export_dissenting(),
			m.group_export_by_sector()
		]
	];
	for (const { step, keys } of STEPS) {
		for (const key of keys) {
			const q = report.combined.questions[key];
			rows.push([
				`${m.group_step_heading({ step })}: ${stepTitle(step)}`,
				questionLabel(key),
				...ANSWERS.map((answer) => q.counts[answer]),
				q.total,
				consensusWords(q),
				q.total ? share(q.leadingCount, q.total) : null,
				q.total ? q.dissenting : null,
				bySectorWords(report, key)
			]);
		}
	}
	for (const sign of COMPLEX_SIGNS) {
		const s = report.combined.signs[sign];
		rows.push([
			m.group_signs_heading(),
			questionLabel(sign),
			s.ticked,
			null,
			null,
			s.respondents,
			m.group_sign_ticked(),
			share(s.ticked, s.respondents),
			null,
			''
		]);
	}
	return { name: m.group_questions_heading(), rows, widths: [28, 60, 8, 8, 10, 10, 26, 12, 12, 40] };
}

function respondentSheet(report: RoundReport, locale: string): Sheet {
	const rows: Row[] = [
		[
			m.field_name(),
			m.group_respondent_organisation_short(),
			m.group_respondent_sector_short(),
			m.group_submitted_at(),
			m.group_late_badge()
		]
	];
	for (const r of report.respondents) {
		rows.push([
			r.name || m.group_anonymous(),
			r.organisation,
			r.sector ? sectorLabel(r.sector) : '',
			formatDateTime(r.submittedAt, locale),
			r.isLate ? m.group_late_badge() : ''
		]);
	}
	return { name: m.group_export_respondents(), rows, widths: [28, 32, 22, 20, 10] };
}

function commentSheet(report: RoundReport): Sheet {
	const rows: Row[] = [[m.assessment_question(), m.field_name(), m.group_comments()]];
	for (const key of Object.keys(report.comments) as DecisionQuestion[]) {
		for (const comment of report.comments[key]) {
			rows.push([
				questionLabel(key),
				`${comment.name || m.group_anonymous()}${comment.isLate ? ` (${m.group_late_badge()})` : ''}`,
				comment.text
			]);
		}
	}
	return { name: m.group_comments(), rows, widths: [60, 28, 80] };
}

function title(report: RoundReport) {
	return m.group_round_heading({ number: report.round.roundNumber, focus: report.round.focusProblem });
}

export function groupRoundToXlsx(report: RoundReport, locale: string): Promise<Buffer> {
	return sheetsToXlsx([questionSheet(report), respondentSheet(report, locale), commentSheet(report)], {
		title: `Samspil – ${title(report)}`
	});
}

/** The questions table as CSV in the reader's locale (semicolons and decimal commas in Danish). */
export function groupRoundToCsv(report: RoundReport, locale: string): string {
	return rowsToCsv(questionSheet(report).rows, exportLocale(locale));
}

export async function groupRoundToPdf(
	report: RoundReport,
	link: string,
	locale: string,
	options: { compress?: boolean } = {}
): Promise<Buffer> {
	const heading = title(report);
	const pdf = await PdfWriter.create({
		title: `Samspil – ${heading}`,
		lang: pdfLang(locale),
		pageLabel: (page, pages) => m.pdf_page_label({ page, pages }),
		compress: options.compress
	});
	const { round, combined } = report;
	pdf.title(`Samspil – ${heading}`);
	pdf.paragraph(
		`${round.status === 'open' ? m.group_status_open() : m.group_status_closed()} · ${m.group_responses_count({ count: combined.respondents })} · ${m.group_opened_at()}: ${formatDateTime(round.openedAt, locale)}`,
		{ muted: true, size: 10 }
	);
	pdf.paragraph(`${m.assessment_export_link()}: ${link}`, { muted: true, size: 10, link });
	if (report.sectors.length) pdf.paragraph(`${m.group_sectors_heading()}: ${sectorWords(report.sectors)}`);

	pdf.heading(m.group_combined_heading());
	if (combined.respondents === 0) pdf.paragraph(m.group_combined_none());
	else {
		pdf.paragraph(`${m.assessment_outcome_label()}: ${outcomeTitle(combined.result.outcome)}`);
		pdf.paragraph(outcomeText(combined.result.outcome));
		if (combined.result.recommendations.length)
			pdf.list(combined.result.recommendations.map((rec) => recommendationText(rec, combined.result.toFindOut)));
		if (combined.result.toFindOut.length) {
			pdf.paragraph(m.assessment_to_find_out_heading());
			pdf.list(combined.result.toFindOut.map(questionLabel));
		}
	}

	pdf.heading(m.group_questions_heading());
	pdf.paragraph(m.group_consensus_help({ broad: Math.round(BROAD_AGREEMENT_SHARE * 100) }), { muted: true, size: 9.5 });
	for (const { step, keys } of STEPS) {
		pdf.heading(`${m.group_step_heading({ step })}: ${stepTitle(step)}`, 3);
		pdf.list(
			keys.map((key) => {
				const q = report.combined.questions[key];
				const dissent = q.total && q.consensus !== 'split' ? ` · ${m.group_dissenting({ count: q.dissenting })}` : '';
				const sectors = bySectorWords(report, key);
				return `${questionLabel(key)}: ${consensusWords(q)}${dissent} (${distributionWords(q)})${sectors ? `. ${sectors}` : ''}`;
			})
		);
		if (step === 3) {
			pdf.paragraph(m.group_signs_heading());
			pdf.list(
				COMPLEX_SIGNS.map((sign) => {
					const s = combined.signs[sign];
					const percent = Math.round(share(s.ticked, s.respondents) * 100);
					return `${questionLabel(sign)}: ${m.group_sign_value({ count: s.ticked, total: s.respondents, percent })}`;
				})
			);
		}
	}

	const comments = commentSheet(report).rows.slice(1);
	if (comments.length) {
		pdf.heading(m.group_comments());
		pdf.list(comments.map(([question, who, text]) => `${who} – ${question}: ${text}`));
	}
	if (report.respondents.length) {
		pdf.heading(m.group_export_respondents());
		pdf.list(
			report.respondents.map((r) =>
				[r.name || m.group_anonymous(), r.organisation, r.sector ? sectorLabel(r.sector) : '', r.isLate ? m.group_late_badge() : '']
					.filter(Boolean)
					.join(' · ')
			)
		);
	}
	return pdf.finish();
}
