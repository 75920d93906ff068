import { hash, verify } from '@node-rs/argon2';

/** A1: argon2id, 19 MiB, 2 passes (OWASP's minimum for argon2id); the PHC string keeps the parameters. */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFC'), ARGON2_OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
	try {
		return await verify(storedHash, password.normalize('NFC'));
	} catch {
		return false;
	}
}

/** Compared against when the e-mail is unknown, so a miss costs as long as a hit. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
	dummyHash ??= hashPassword('samspil-timing-equaliser-not-a-password');
	return dummyHash;
}
