import { createHash, randomBytes } from 'node:crypto';

/** 160 random bits, base64url: the value that goes into a cookie or an e-mailed link. */
export function generateToken(): string {
	return randomBytes(20).toString('base64url');
}

/** What the database keeps instead of the token. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
