/**
 * A password reset request is answered at once and the same way for every address: the request
 * only stores a job. The worker then does what differs between a known and an unknown address —
 * look it up, make the link, queue the mail (`requestPasswordReset`) — so the response time says
 * nothing about which addresses have accounts. The audit entry keeps the request's id and address.
 */
import { ANONYMOUS } from '../../domain/policy/policy.ts';
import { requestPasswordReset } from '../auth/auth.usecases.ts';
import { nowOf, requireAccess, type UseCaseContext } from '../context.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { getJobQueue, type JobQueueDefinition } from '../jobs/queue.ts';
import { costlyRequestLimits, hitRateLimit } from '../limits/rate-limit.ts';
import { log } from '../log/logger.ts';

interface ResetRequestJob {
	email: string;
	requestId: string;
	ip: string;
}

const RESET_QUEUE = 'reset-request';

export function passwordResetQueue(db: Database): JobQueueDefinition<ResetRequestJob> {
	return {
		name: RESET_QUEUE,
		options: {
			retryLimit: 3,
			retryDelay: 10,
			retryBackoff: true,
			expireInSeconds: 60,
			// a link asked for more than an hour ago is not wanted any more
			retentionSeconds: 3600,
			// the job holds the typed address: gone 5 minutes after it is done
			deleteAfterSeconds: 300
		},
		run: async (job) => {
			try {
				await requestPasswordReset({ db, actor: ANONYMOUS, requestId: job.requestId, ip: job.ip }, { email: job.email });
			} catch (error) {
				// a refusal is final (nothing to retry); anything else is tried again
				if (!(error instanceof AppError)) throw error;
				log.warn({ requestId: job.requestId, code: error.code }, 'password reset request refused');
			}
		}
	};
}

/** The reset form's use case: the same check as `requestPasswordReset`, then only a job (or, without a queue, the work at once). */
export async function requestPasswordResetSoon(ctx: UseCaseContext, input: { email: string }): Promise<void> {
	await requireAccess(ctx, 'auth.reset_password');
	// V5: per address, whatever e-mail is named, so a flood cannot fill the queue and push real
	// requests past their hour; the limit says nothing about which addresses have accounts.
	await hitRateLimit(ctx.db, costlyRequestLimits().resetRequest, ctx.ip, nowOf(ctx));
	const queue = getJobQueue();
	if (!queue) return requestPasswordReset(ctx, input);
	await queue.send(RESET_QUEUE, { email: input.email, requestId: ctx.requestId, ip: ctx.ip });
}
