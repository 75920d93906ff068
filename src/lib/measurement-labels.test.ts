import { describe, expect, it } from 'vitest';
import { FREQUENCIES, INDICATOR_KINDS, POLARITIES, TRACK_STATUSES, UNITS } from './domain/measurement/index.ts';
import {
	forecastMethodText,
	frequencyLabel,
	indicatorKindLabel,
	polarityLabel,
	trackStatusLabel,
	trackStatusRule,
	unitLabel
} from './measurement-labels.ts';

describe('measurement labels', () => {
	it('every code has words in both languages', () => {
		for (const locale of ['da', 'en'] as const) {
			for (const k of INDICATOR_KINDS) expect(indicatorKindLabel(k, locale)).not.toBe('');
			for (const p of POLARITIES) expect(polarityLabel(p, locale)).not.toBe('');
			for (const f of FREQUENCIES) expect(frequencyLabel(f, locale)).not.toBe('');
			for (const u of UNITS) expect(unitLabel(u, undefined, locale)).not.toBe('');
			for (const s of TRACK_STATUSES) expect(trackStatusRule(s, locale)).not.toMatch(/\{/);
		}
	});

	it('states the rules with the thresholds the code uses', () => {
		expect(trackStatusRule('at_risk', 'da')).toContain('10 %');
		expect(trackStatusRule('no_forecast', 'en')).toContain('at least 3');
		expect(forecastMethodText('en')).toContain('last 6 periods');
		expect(trackStatusLabel('on_track', 'da')).toBe('På sporet');
		expect(unitLabel('other', 'timer', 'da')).toBe('timer');
	});
});
