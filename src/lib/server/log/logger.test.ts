import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('L2 no secrets in logs', () => {
	it('censors passwords, tokens and cookies wherever they appear in a log object', () => {
		const lines: string[] = [];
		const sink = new Writable({
			write(chunk, _encoding, done) {
				lines.push(chunk.toString());
				done();
			}
		});
		const log = createLogger('info', sink);
		const secret = 'S3cret-Æøå-password-4242';
		log.info(
			{ password: secret, token: secret, body: { password: secret, token: secret }, headers: { cookie: `samspil_session=${secret}` } },
			'login'
		);
		log.info({ currentPassword: secret, newPassword: secret, sessionToken: secret }, 'change');
		const output = lines.join('');
		expect(output).toContain('"msg":"login"');
		expect(output).toContain('[redacted]');
		expect(output).not.toContain(secret);
	});
});
