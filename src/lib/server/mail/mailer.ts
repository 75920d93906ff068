import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getConfig } from '../config/config.ts';
import { getJobQueue, type JobQueueDefinition } from '../jobs/queue.ts';
import { log } from '../log/logger.ts';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/**
 * Every mail (invitations, reset links, review notices) goes through the job queue: the request
 * only stores the job, and the worker delivers it after the response. So a reset request for a
 * known address is not slower than one for an unknown address because of the mail (SMTP makes
 * that gap large), and a mail server that is down delays mail instead of failing the request.
 *
 * The job is kept only briefly after delivery (it holds an address and maybe a link with a token):
 * see MAIL_QUEUE's options. A message already waiting is not queued twice (singletonKey).
 * Without a running queue (command-line scripts, unit tests) the mail is delivered at once.
 */
export async function sendMail(message: MailMessage): Promise<void> {
	const queue = getJobQueue();
	if (!queue) return deliverMail(message);
	const singletonKey = createHash('sha256')
		.update(JSON.stringify([message.to, message.subject, message.text]))
		.digest('hex');
	await queue.send(MAIL_QUEUE.name, message, { singletonKey });
}

export const MAIL_QUEUE: JobQueueDefinition<MailMessage> = {
	name: 'mail',
	options: {
		// one waiting job per singletonKey: the same message is not queued twice while one waits
		policy: 'short',
		// a mail server that is down: try again after 30 s, 1 min, 2 min, … (8 tries, about 2 hours)
		retryLimit: 8,
		retryDelay: 30,
		retryBackoff: true,
		expireInSeconds: 120,
		// mail not delivered within a day is dropped (reset links are long dead by then)
		retentionSeconds: 24 * 3600,
		// a delivered mail's job (address, text with a link) is deleted after 5 minutes
		deleteAfterSeconds: 300
	},
	run: (message) => deliverMail(message)
};

/**
 * With SMTP_URL set, mail goes out through SMTP. Without it, each message is written as a JSON
 * file to DATA_DIR/outbox and announced in the log (without its body: it may hold a link with a
 * token, L2). Tests and local users read the outbox.
 */
export async function deliverMail(message: MailMessage): Promise<void> {
	const config = getConfig();
	if (config.SMTP_URL) {
		// Timeouts well below the job's expireInSeconds (120 s), so a slow server cannot let the job
		// expire and be delivered a second time while the first attempt still runs.
		// loaded on the first mail: a server without SMTP_URL never needs it (memory, issue 9)
		const { default: nodemailer } = await import('nodemailer');
		const transport = nodemailer.createTransport({
			url: config.SMTP_URL,
			connectionTimeout: 20_000,
			greetingTimeout: 15_000,
			socketTimeout: 60_000
		});
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
