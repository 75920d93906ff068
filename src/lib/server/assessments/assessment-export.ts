import { stringify } from 'csv-stringify/sync';
import {
	answerLabel,
	criterionShortLabel,
	outcomeNextStep,
	outcomeText,
	outcomeTitle,
	questionLabel,
	recommendationLabel
} from '../../assessment-labels.ts';
import { COMPLEX_SIGNS, CRITERIA, QUESTION_STEP } from '../../domain/assessment/index.ts';
import { formatDateTime } from '../../i18n.ts';
import { m } from '../../paraglide/messages.js';
import type { AssessmentView } from './assessments.usecases.ts';

/** V4: a cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The complexity signs the person ticked: the only real answers among them. */
function tickedSigns(view: AssessmentView) {
	return COMPLEX_SIGNS.filter((sign) => view.answers[sign] === 'yes');
}

/** UTF-8 with a byte-order mark, so that Excel shows æøå. */
export function assessmentToCsv(view: AssessmentView, link: string, locale: string): string {
	const rows: string[][] = [[m.assessment_export_section(), m.assessment_export_key(), m.assessment_question(), m.assessment_answer()]];
	rows.push(['', '', m.assessment_date(), formatDateTime(view.completedAt ?? view.updatedAt, locale)]);
	rows.push(['', '', m.assessment_export_link(), link]);
	rows.push(['', '', m.assessment_focus_label(), view.focusProblem?.title ?? '']);
	rows.push(['', 'outcome', m.assessment_outcome_label(), outcomeTitle(view.result.outcome)]);
	for (const problem of view.ranked) {
		const ratings = CRITERIA.map((c) => `${criterionShortLabel(c)}: ${problem.ratings[c]}`).join('; ');
		rows.push([
			m.assessment_steps_heading_n({ step: 1 }),
			`problem.${problem.rank}`,
			problem.title,
			`${ratings}; ${m.assessment_total()}: ${problem.total}`
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
	for (const rec of view.result.recommendations) rows.push([m.assessment_recommendations_heading(), rec, recommendationLabel(rec), '']);
	return `\uFEFF${stringify(
		rows.map((row) => row.map(neutraliseCell)),
		{ record_delimiter: '\r\n' }
	)}`;
}

const A4 = 'A4';

/** The result as a PDF on A4: outcome, reasons, recommendations, answers, date and link. */
export async function assessmentToPdf(view: AssessmentView, link: string, locale: string): Promise<Buffer> {
	// Loaded on the first PDF, not at start: pdfkit with its fonts costs ~30 MB that most servers never need.
	const { default: PDFDocument } = await import('pdfkit');
	const doc = new PDFDocument({ size: A4, margin: 56, info: { Title: `Samspil – ${m.assessment_heading()}` } });
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const heading = (text: string) => {
		doc
			.moveDown(0.8)
			.font('Helvetica-Bold')
			.fontSize(13)
			.fillColor('#0b4f57')
			.text(text)
			.fillColor('#000000')
			.font('Helvetica')
			.fontSize(11);
	};
	const bullet = (text: string) => doc.text(`•  ${text}`, { indent: 8 });

	doc.font('Helvetica-Bold').fontSize(18).text(`Samspil – ${m.assessment_heading()}`);
	doc.font('Helvetica').fontSize(10).fillColor('#4a4a4a');
	doc.text(`${m.assessment_date()}: ${formatDateTime(view.completedAt ?? view.updatedAt, locale)}`);
	doc.text(`${m.assessment_export_link()}: ${link}`, { link });
	doc.fillColor('#000000').fontSize(11);
	if (view.focusProblem) doc.moveDown(0.5).text(`${m.assessment_focus_label()}: ${view.focusProblem.title}`);

	heading(`${m.assessment_outcome_label()}: ${outcomeTitle(view.result.outcome)}`);
	doc.text(outcomeText(view.result.outcome));

	heading(m.assessment_reasons_heading());
	for (const reason of view.result.reasons) bullet(`${questionLabel(reason.key)} – ${answerLabel(reason.answer)}`);
	doc.text(m.assessment_signs_summary({ count: view.result.complexSignsCount }));

	if (view.result.recommendations.length) {
		heading(m.assessment_recommendations_heading());
		for (const rec of view.result.recommendations) bullet(recommendationLabel(rec));
	}
	if (view.result.toFindOut.length) {
		heading(m.assessment_to_find_out_heading());
		for (const key of view.result.toFindOut) bullet(questionLabel(key));
	}
	heading(m.assessment_next_heading());
	doc.text(outcomeNextStep(view.result.outcome));

	if (view.ranked.length) {
		heading(m.assessment_candidates_heading());
		for (const problem of view.ranked) {
			const ratings = CRITERIA.map((c) => `${criterionShortLabel(c)} ${problem.ratings[c]}`).join(', ');
			bullet(`${problem.rank}. ${problem.title} (${ratings}; ${m.assessment_total()} ${problem.total})`);
		}
	}
	heading(m.assessment_answers_heading());
	for (const key of view.reached) {
		bullet(`${questionLabel(key)} – ${answerLabel(view.answers[key])}`);
		if (key === 'step3.complexity') {
			for (const sign of tickedSigns(view)) doc.text(`${questionLabel(sign)} – ${m.assessment_sign_ticked()}`, { indent: 24 });
		}
	}
	doc.end();
	return done;
}

/** A file name without anything from the user's text. */
export function exportFileName(extension: 'csv' | 'pdf', date: Date): string {
	return `samspil-vurdering-${date.toISOString().slice(0, 10)}.${extension}`;
}
