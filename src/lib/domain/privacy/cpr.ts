/** P1: something that looks like a CPR number (ddmmyy-xxxx) is refused in free text. */
const CPR_PATTERN = /\b\d{6}-?\d{4}\b/;

export function looksLikeCprNumber(text: string): boolean {
	return CPR_PATTERN.test(text);
}
