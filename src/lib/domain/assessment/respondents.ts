/**
 * Who answered a group round (issue 11): the respondents' sectors beside the distribution, and, for
 * named invitations, who has not answered yet and when they may be reminded. Pure functions.
 */
import { SECTORS, type Sector } from '../organisations/sectors.ts';
import { ANSWERS, type Answer, type DecisionQuestion, isAnswer } from './catalogue.ts';
import type { AssessmentAnswers } from './evaluate.ts';

export interface RespondentAnswers {
	readonly sector: Sector | null;
	readonly answers: AssessmentAnswers;
}

/** A sector, or "not given" (the field is optional). */
export type SectorOrNone = Sector | 'none';

export interface SectorCount {
	readonly sector: SectorOrNone;
	readonly count: number;
}

const ORDER: readonly SectorOrNone[] = [...SECTORS, 'none'];

function countBySector(sectors: readonly (Sector | null)[]): SectorCount[] {
	const counts = new Map<SectorOrNone, number>();
	for (const sector of sectors) counts.set(sector ?? 'none', (counts.get(sector ?? 'none') ?? 0) + 1);
	return ORDER.filter((sector) => counts.has(sector)).map((sector) => ({ sector, count: counts.get(sector) ?? 0 }));
}

/** How many respondents came from each sector (in the sectors' order, "not given" last). */
export function respondentSectors(respondents: readonly RespondentAnswers[]): SectorCount[] {
	return countBySector(respondents.map((r) => r.sector));
}

/** Per answer to one question, the sectors of those who gave it (only real answers count). */
export function answersBySector(respondents: readonly RespondentAnswers[], key: DecisionQuestion): Record<Answer, SectorCount[]> {
	const result = {} as Record<Answer, SectorCount[]>;
	for (const answer of ANSWERS) {
		result[answer] = countBySector(respondents.filter((r) => isAnswer(r.answers[key]) && r.answers[key] === answer).map((r) => r.sector));
	}
	return result;
}

/** A named respondent gets at most one mail a day: the invitation, then reminders. */
export const REMINDER_INTERVAL_HOURS = 24;

/** May a reminder go out now? Not before a day has passed since the invitation or the last reminder. */
export function canRemind(invitation: { invitedAt: Date; lastRemindedAt: Date | null }, now: Date): boolean {
	const lastContact = invitation.lastRemindedAt ?? invitation.invitedAt;
	return now.getTime() - lastContact.getTime() >= REMINDER_INTERVAL_HOURS * 3600 * 1000;
}

/** When the next reminder may go out. */
export function nextReminderAt(invitation: { invitedAt: Date; lastRemindedAt: Date | null }): Date {
	const lastContact = invitation.lastRemindedAt ?? invitation.invitedAt;
	return new Date(lastContact.getTime() + REMINDER_INTERVAL_HOURS * 3600 * 1000);
}
