/**
 * Editors hear about a case waiting for them: a person added one, or changed their published one
 * (which made it a draft again). One mail per editor and administrator, in their language. At most
 * REVIEW_MAILS_PER_HOUR such rounds per author, so nobody can flood the editors; sending never
 * fails the author's save (a failure is logged).
 */
import { getPublicUrl } from '../config/config.ts';
import { nowOf, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { hitRateLimit } from '../limits/rate-limit.ts';
import { log } from '../log/logger.ts';
import { sendMail } from '../mail/mailer.ts';
import { m } from '../../paraglide/messages.js';
import { findUserById, listActiveUsersWithRoles } from '../users/users.repository.ts';

const REVIEW_MAILS_PER_HOUR = 10;

export async function notifyEditorsOfReview(
	ctx: UseCaseContext,
	item: { slug: string; name: string },
	reason: 'added' | 'changed'
): Promise<void> {
	try {
		if (!ctx.actor.userId) return;
		try {
			await hitRateLimit(ctx.db, { name: 'review_mail', limit: REVIEW_MAILS_PER_HOUR, windowSeconds: 3600 }, ctx.actor.userId, nowOf(ctx));
		} catch (error) {
			if (error instanceof AppError && error.code === 'too_many_requests') {
				log.warn({ requestId: ctx.requestId }, 'review mail not sent: too many from this author this hour');
				return;
			}
			throw error;
		}
		const author = await findUserById(ctx.db, ctx.actor.userId);
		const who = author?.name || author?.email || '';
		const link = `${getPublicUrl()}/eksempler/${item.slug}/rediger`;
		const editors = (await listActiveUsersWithRoles(ctx.db, ['editor', 'admin'])).filter((editor) => editor.id !== ctx.actor.userId);
		// one failed address does not keep the others from hearing about it
		const sent = await Promise.allSettled(
			editors.map(({ email, locale }) =>
				sendMail({
					to: email,
					subject: m.mail_case_review_subject({ name: item.name }, { locale }),
					text: (reason === 'added' ? m.mail_case_review_added : m.mail_case_review_changed)({ who, name: item.name, link }, { locale })
				})
			)
		);
		for (const result of sent) {
			if (result.status === 'rejected') log.error({ requestId: ctx.requestId, err: result.reason }, 'review mail failed');
		}
	} catch (error) {
		log.error({ requestId: ctx.requestId, err: error }, 'review mail failed');
	}
}
