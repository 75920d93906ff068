import { dictionary } from '@zxcvbn-ts/language-common';

/** A2 (NIST SP 800-63B): length is what counts; no composition rules; common passwords refused. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Danish passwords seen in breach lists, on top of the international list shipped with zxcvbn-ts. */
const DANISH_COMMON = [
	'adgangskode',
	'adgangskode1',
	'adgangskode123',
	'kodeord',
	'kodeord123',
	'kodeord12345',
	'hemmelighed',
	'mitkodeord123',
	'sommerfugl123',
	'velkommen123',
	'velkommen1234',
	'danmark12345',
	'københavn123',
	'samspil'
];

const COMMON = new Set<string>([...dictionary['passwords-common'], ...DANISH_COMMON].map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

/** Length counts Unicode code points, so "æøå" count as one character each. */
export function countCharacters(password: string): number {
	return [...password.normalize('NFC')].length;
}

export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
	const length = countCharacters(password);
	if (length < PASSWORD_MIN_LENGTH) return 'too_short';
	if (length > PASSWORD_MAX_LENGTH) return 'too_long';
	const lowered = password.normalize('NFC').toLowerCase();
	if (COMMON.has(lowered) || isOneRepeatedUnit(lowered) || COMMON.has(lowered.replace(/\d+$/, ''))) return 'too_common';
	const localPart = context.email?.split('@')[0]?.toLowerCase();
	if (localPart && localPart.length >= 4 && lowered.includes(localPart)) return 'contains_email';
	return null;
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "121212121212" */
function isOneRepeatedUnit(password: string): boolean {
	return /^(.{1,3})\1+$/u.test(password);
}
