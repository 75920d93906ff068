import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { getConfig } from '../config/config.ts';
import { log } from '../log/logger.ts';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/**
 * With SMTP_URL set, mail goes out through SMTP. Without it, each message is written as a JSON
 * file to DATA_DIR/outbox and announced in the log (without its body: it may hold a link with a
 * token, L2). Tests and local users read the outbox.
 */
export async function sendMail(message: MailMessage): Promise<void> {
	const config = getConfig();
	if (config.SMTP_URL) {
		const transport = nodemailer.createTransport(config.SMTP_URL);
		await transport.sendMail({ from: config.MAIL_FROM, ...message });
		log.info({ to: message.to, subject: message.subject }, 'mail sent');
		return;
	}
	const outbox = getOutboxDir();
	await fs.mkdir(outbox, { recursive: true });
	const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID().slice(0, 8)}.json`);
	await fs.writeFile(file, JSON.stringify({ from: config.MAIL_FROM, ...message, at: new Date().toISOString() }, null, 2));
	log.info({ to: message.to, subject: message.subject, file }, 'mail written to outbox (SMTP_URL is not set)');
}

export function getOutboxDir(): string {
	return path.join(getConfig().DATA_DIR, 'outbox');
}

/** The newest outbox message to an address, for tests and the admin's convenience. */
export async function readLatestOutboxMail(to: string, outbox = getOutboxDir()): Promise<(MailMessage & { at: string }) | undefined> {
	let files: string[];
	try {
		files = (await fs.readdir(outbox))
			.filter((f) => f.endsWith('.json'))
			.sort()
			.reverse();
	} catch {
		return undefined;
	}
	for (const file of files) {
		const mail = JSON.parse(await fs.readFile(path.join(outbox, file), 'utf8'));
		if (mail.to === to) return mail;
	}
	return undefined;
}
