import {
	answerLabel,
	criterionShortLabel,
	outcomeNextStep,
	outcomeText,
	outcomeTitle,
	questionLabel,
	recommendationText
} from '../../assessment-labels.ts';
import { COMPLEX_SIGNS, CRITERIA, QUESTION_STEP } from '../../domain/assessment/index.ts';
import { formatDateTime } from '../../i18n.ts';
import { m } from '../../paraglide/messages.js';
import { PdfWriter, pdfLang } from '../exports/pdf.ts';
import { type ExportLocale, type Row, rowsToCsv, sheetsToXlsx } from '../exports/table.ts';
import type { AssessmentView } from './assessments.usecases.ts';

/** The complexity signs the person ticked: the only real answers among them. */
function tickedSigns(view: AssessmentView) {
	return COMPLEX_SIGNS.filter((sign) => view.answers[sign] === 'yes');
}

export const exportLocale = (locale: string): ExportLocale => (locale === 'en' ? 'en' : 'da');

/**
 * The result as rows: section, key, question, answer, and the number where there is one (a
 * candidate problem's ratings and total), so a spreadsheet can sort and sum them.
 */
export function assessmentRows(view: AssessmentView, link: string, locale: string): Row[] {
	const rows: Row[] = [
		[
			m.assessment_export_section(),
			m.assessment_export_key(),
			m.assessment_question(),
			m.assessment_answer(),
			...CRITERIA.map((c) => criterionShortLabel(c)),
			m.assessment_total()
		]
	];
	rows.push(['', '', m.assessment_date(), formatDateTime(view.completedAt ?? view.updatedAt, locale)]);
	rows.push(['', '', m.assessment_export_link(), link]);
	rows.push(['', '', m.assessment_focus_label(), view.focusProblem?.title ?? '']);
	rows.push(['', 'outcome', m.assessment_outcome_label(), outcomeTitle(view.result.outcome)]);
	for (const problem of view.ranked) {
		rows.push([
			m.assessment_steps_heading_n({ step: 1 }),
			`problem.${problem.rank}`,
			problem.title,
			'',
			...CRITERIA.map((c) => problem.ratings[c]),
			problem.total
		]);
	}
	for (const key of view.reached) {
		rows.push([m.assessment_steps_heading_n({ step: QUESTION_STEP[key] }), key, questionLabel(key), answerLabel(view.answers[key])]);
		if (key === 'step3.complexity') {
			// a sign is a checkbox: only a tick is an answer, an unticked sign is no "no" (issue 11)
			for (const sign of tickedSigns(view))
				rows.push([m.assessment_steps_heading_n({ step: 3 }), sign, questionLabel(sign), m.assessment_sign_ticked()]);
		}
	}
	for (const rec of view.result.recommendations)
		rows.push([m.assessment_recommendations_heading(), rec, recommendationText(rec, view.result.toFindOut), '']);
	return rows;
}

/** CSV in the reader's locale: semicolons and decimal commas in Danish, with a BOM (issue 11). */
export function assessmentToCsv(view: AssessmentView, link: string, locale: string): string {
	return rowsToCsv(assessmentRows(view, link, locale), exportLocale(locale));
}

export function assessmentToXlsx(view: AssessmentView, link: string, locale: string): Promise<Buffer> {
	return sheetsToXlsx(
		[{ name: m.assessment_heading(), rows: assessmentRows(view, link, locale), widths: [16, 34, 60, 24, 10, 10, 10, 8] }],
		{
			title: `Samspil – ${m.assessment_heading()}`
		}
	);
}

/** The result as a PDF on A4: outcome, reasons, recommendations, answers, date and link. */
export async function assessmentToPdf(
	view: AssessmentView,
	link: string,
	locale: string,
	options: { compress?: boolean } = {}
): Promise<Buffer> {
	const title = `Samspil – ${m.assessment_heading()}`;
	const pdf = await PdfWriter.create({
		title,
		lang: pdfLang(locale),
		pageLabel: (page, pages) => m.pdf_page_label({ page, pages }),
		compress: options.compress
	});
	pdf.title(title);
	pdf.paragraph(`${m.assessment_date()}: ${formatDateTime(view.completedAt ?? view.updatedAt, locale)}`, { muted: true, size: 10 });
	pdf.paragraph(`${m.assessment_export_link()}: ${link}`, { muted: true, size: 10, link });
	if (view.focusProblem) {
		pdf.space();
		pdf.paragraph(`${m.assessment_focus_label()}: ${view.focusProblem.title}`);
	}

	pdf.heading(`${m.assessment_outcome_label()}: ${outcomeTitle(view.result.outcome)}`);
	pdf.paragraph(outcomeText(view.result.outcome));

	pdf.heading(m.assessment_reasons_heading());
	pdf.list(view.result.reasons.map((reason) => `${questionLabel(reason.key)} – ${answerLabel(reason.answer)}`));
	pdf.paragraph(m.assessment_signs_summary({ count: view.result.complexSignsCount }));

	if (view.result.recommendations.length) {
		pdf.heading(m.assessment_recommendations_heading());
		pdf.list(view.result.recommendations.map((rec) => recommendationText(rec, view.result.toFindOut)));
	}
	if (view.result.toFindOut.length) {
		pdf.heading(m.assessment_to_find_out_heading());
		pdf.list(view.result.toFindOut.map(questionLabel));
	}
	pdf.heading(m.assessment_next_heading());
	pdf.paragraph(outcomeNextStep(view.result.outcome));

	if (view.ranked.length) {
		pdf.heading(m.assessment_candidates_heading());
		// the rank is the list's marker, never a second one after a bullet ("• 1.", issue 11)
		pdf.list(
			view.ranked.map((problem) => {
				const ratings = CRITERIA.map((c) => `${criterionShortLabel(c)} ${problem.ratings[c]}`).join(', ');
				return `${problem.title} (${ratings}; ${m.assessment_total()} ${problem.total})`;
			}),
			{ markers: view.ranked.map((problem) => `${problem.rank}.`) }
		);
	}
	pdf.heading(m.assessment_answers_heading());
	const answers: string[] = [];
	for (const key of view.reached) {
		answers.push(`${questionLabel(key)} – ${answerLabel(view.answers[key])}`);
		if (key === 'step3.complexity') {
			for (const sign of tickedSigns(view)) answers.push(`${questionLabel(sign)} – ${m.assessment_sign_ticked()}`);
		}
	}
	pdf.list(answers);
	return pdf.finish();
}

export type ExportFormat = 'csv' | 'pdf' | 'xlsx';

/** A file name without anything from the user's text. */
export function exportFileName(extension: ExportFormat, date: Date, kind = 'vurdering'): string {
	return `samspil-${kind}-${date.toISOString().slice(0, 10)}.${extension}`;
}
