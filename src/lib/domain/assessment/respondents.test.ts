import { describe, expect, it } from 'vitest';
import { answersBySector, canRemind, nextReminderAt, respondentSectors } from './respondents.ts';

const respondents = [
	{ sector: 'public' as const, answers: { 'step2.multipleActors': 'yes' as const } },
	{ sector: 'public' as const, answers: { 'step2.multipleActors': 'no' as const } },
	{ sector: 'civil_society' as const, answers: { 'step2.multipleActors': 'yes' as const } },
	{ sector: null, answers: {} }
];

describe("the respondents' sectors", () => {
	it('counts respondents per sector, "not given" last', () => {
		expect(respondentSectors(respondents)).toEqual([
			{ sector: 'public', count: 2 },
			{ sector: 'civil_society', count: 1 },
			{ sector: 'none', count: 1 }
		]);
	});

	it('shows who gave each answer, counting only real answers', () => {
		expect(answersBySector(respondents, 'step2.multipleActors')).toEqual({
			yes: [
				{ sector: 'public', count: 1 },
				{ sector: 'civil_society', count: 1 }
			],
			no: [{ sector: 'public', count: 1 }],
			unknown: []
		});
	});
});

describe('reminders to named respondents', () => {
	const invitedAt = new Date('2026-12-01T09:00:00Z');

	it('allows one mail a day: not within 24 hours of the invitation or the last reminder', () => {
		expect(canRemind({ invitedAt, lastRemindedAt: null }, new Date('2026-12-02T08:59:59Z'))).toBe(false);
		expect(canRemind({ invitedAt, lastRemindedAt: null }, new Date('2026-12-02T09:00:00Z'))).toBe(true);
		const lastRemindedAt = new Date('2026-12-02T10:00:00Z');
		expect(canRemind({ invitedAt, lastRemindedAt }, new Date('2026-12-03T09:59:00Z'))).toBe(false);
		expect(canRemind({ invitedAt, lastRemindedAt }, new Date('2026-12-03T10:00:00Z'))).toBe(true);
		expect(nextReminderAt({ invitedAt, lastRemindedAt })).toEqual(new Date('2026-12-03T10:00:00Z'));
	});
});
