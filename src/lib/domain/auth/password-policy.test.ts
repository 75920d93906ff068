import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, countCharacters } from './password-policy.ts';

describe('password policy (A2)', () => {
	it('refuses fewer than 12 characters', () => {
		expect(checkPassword('kort-kode1')).toBe('too_short');
	});
	it('accepts 12 characters with no composition rules, including æøå', () => {
		expect(checkPassword('rødgrødmedfl')).toBeNull();
		expect(countCharacters('æøåæøåæøåæøå')).toBe(12);
		expect(checkPassword('blå hest på græs')).toBeNull();
	});
	it('accepts 64 characters and more, refuses over 128', () => {
		expect(checkPassword('lang sætning om en ko der går på marken '.repeat(2).slice(0, 64))).toBeNull();
		expect(checkPassword('x1'.repeat(65))).toBe('too_long');
	});
	it('refuses common passwords, also with digits appended', () => {
		expect(checkPassword('qwerty123456')).toBe('too_common');
		expect(checkPassword('Adgangskode123')).toBe('too_common');
		expect(checkPassword('password1234567')).toBe('too_common');
		expect(checkPassword('aaaaaaaaaaaaaaa')).toBe('too_common');
	});
	it('refuses a password that contains the e-mail name', () => {
		expect(checkPassword('mette.hansen2026!', { email: 'mette.hansen@kommune.dk' })).toBe('contains_email');
	});
	it('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				checkPassword(s, { email: s });
			})
		);
	});
});
