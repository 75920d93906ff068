import { describe, expect, it } from 'vitest';
import { invitationState, leavesNoLead, needsActor } from './members.ts';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date('2026-12-03T10:00:00Z');
const earlier = new Date('2026-12-01T10:00:00Z');

describe('invitationState', () => {
	it('is open until it expires, and expired at the moment of expiry', () => {
		expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('open');
		expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
		expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe('expired');
	});
	it('accepted and revoked are final, whatever the expiry', () => {
		expect(invitationState({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('accepted');
		expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe('revoked');
	});
});

describe('leavesNoLead', () => {
	it('refuses taking the role from the last lead: demotion and leaving', () => {
		expect(leavesNoLead(1, 'backbone_lead', 'viewer')).toBe(true);
		expect(leavesNoLead(1, 'backbone_lead', 'partner_editor')).toBe(true);
		expect(leavesNoLead(1, 'backbone_lead', null)).toBe(true);
	});
	it('allows it when another lead remains, a lead staying lead, and any change to other roles', () => {
		expect(leavesNoLead(2, 'backbone_lead', null)).toBe(false);
		expect(leavesNoLead(1, 'backbone_lead', 'backbone_lead')).toBe(false);
		expect(leavesNoLead(1, 'viewer', null)).toBe(false);
		expect(leavesNoLead(1, 'partner_editor', 'viewer')).toBe(false);
	});
});

describe('needsActor', () => {
	it('only a partner editor must act for an actor', () => {
		expect(needsActor('partner_editor')).toBe(true);
		expect(needsActor('backbone_lead')).toBe(false);
		expect(needsActor('viewer')).toBe(false);
	});
});
