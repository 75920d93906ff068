import { hash, verify } from '@node-rs/argon2';
import { createWorkLimit, passwordWorkLimits } from '../limits/work-limit.ts';

/** A1: argon2id, 19 MiB, 2 passes (OWASP's minimum for argon2id); the PHC string keeps the parameters. */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * A3/V5: every hash and check in this process shares one work limit, so a burst of sign-ins cannot
 * take every core; past the queue they are refused with `too_many_attempts`.
 */
const passwordWork = createWorkLimit(passwordWorkLimits());
export const passwordWorkStats = () => passwordWork.stats();

export function hashPassword(password: string): Promise<string> {
	return passwordWork.run(() => hash(password.normalize('NFC'), ARGON2_OPTIONS));
}

/** False for a wrong password or a malformed hash; `too_many_attempts` when the server is busy (nothing was checked). */
export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
	return passwordWork.run(async () => {
		try {
			return await verify(storedHash, password.normalize('NFC'));
		} catch {
			return false;
		}
	});
}

/** Compared against when the e-mail is unknown, so a miss costs as long as a hit. Made once, outside the limit (a refusal must not be cached). */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
	dummyHash ??= hash('samspil-timing-equaliser-not-a-password', ARGON2_OPTIONS);
	return dummyHash;
}
