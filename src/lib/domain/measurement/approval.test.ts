import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	APPROVAL_ACTIONS,
	APPROVAL_STATES,
	canTransition,
	countedVersion,
	decideVersion,
	type ObservationVersion,
	pendingVersion,
	submitVersion
} from './approval.ts';

const at = (n: number) => `2026-05-0${n}T10:00:00Z`;

describe('approval', () => {
	it('submitted → approved or rejected; nothing else moves', () => {
		for (const state of APPROVAL_STATES) {
			for (const action of APPROVAL_ACTIONS) expect(canTransition(state, action), `${state} ${action}`).toBe(state === 'submitted');
		}
	});

	it('approving makes the value count; rejecting needs a comment', () => {
		const history = submitVersion([], '12', at(1));
		expect(countedVersion(history)).toBeUndefined();
		expect(pendingVersion(history)?.value).toBe('12');
		expect(decideVersion(history, 0, { action: 'reject', at: at(2), comment: '  ' })).toEqual({ ok: false, problem: 'comment_required' });
		const rejected = decideVersion(history, 0, { action: 'reject', at: at(2), comment: 'Tallet dækker kun to kommuner' });
		expect(rejected.ok && rejected.history[0]).toMatchObject({ state: 'rejected', comment: 'Tallet dækker kun to kommuner' });
		const approved = decideVersion(history, 0, { action: 'approve', at: at(2) });
		expect(approved.ok && countedVersion(approved.history)?.value).toBe('12');
	});

	it('a correction keeps the earlier value in the history, which counts until the correction is approved', () => {
		const first = decideVersion(submitVersion([], '12', at(1)), 0, { action: 'approve', at: at(2) });
		if (!first.ok) throw new Error('approve');
		const corrected = submitVersion(first.history, '14', at(3));
		expect(countedVersion(corrected)?.value).toBe('12');
		const second = decideVersion(corrected, 1, { action: 'approve', at: at(4) });
		if (!second.ok) throw new Error('approve');
		expect(second.history.map((v) => [v.value, v.state])).toEqual([
			['12', 'superseded'],
			['14', 'approved']
		]);
		expect(countedVersion(second.history)?.value).toBe('14');
		// the given history is not changed
		expect(corrected.map((v) => v.state)).toEqual(['approved', 'submitted']);
	});

	it('refuses deciding twice or on a version that does not exist', () => {
		const approved = decideVersion(submitVersion([], '1', at(1)), 0, { action: 'approve', at: at(2) });
		if (!approved.ok) throw new Error('approve');
		expect(decideVersion(approved.history, 0, { action: 'reject', at: at(3), comment: 'x' })).toEqual({
			ok: false,
			problem: 'not_submitted'
		});
		expect(decideVersion(approved.history, 5, { action: 'approve', at: at(3) })).toEqual({ ok: false, problem: 'no_such_version' });
	});

	it('whatever the sequence of submissions and decisions, at most one version counts and none is lost (property)', () => {
		const step = fc.oneof(
			fc.record({ kind: fc.constant('submit' as const), value: fc.integer({ min: 0, max: 99 }) }),
			fc.record({ kind: fc.constant('decide' as const), index: fc.nat(20), action: fc.constantFrom(...APPROVAL_ACTIONS) })
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
				let history: ObservationVersion[] = [];
				let submissions = 0;
				for (const s of steps) {
					if (s.kind === 'submit') {
						history = submitVersion(history, String(s.value), at(1));
						submissions++;
					} else {
						const result = decideVersion(history, s.index, { action: s.action, at: at(2), comment: 'grund' });
						if (result.ok) history = result.history;
					}
					expect(history.filter((v) => v.state === 'approved').length).toBeLessThanOrEqual(1);
					expect(history).toHaveLength(submissions);
				}
			})
		);
	});
});
