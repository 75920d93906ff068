import { requireAccess, type UseCaseContext } from '../context.ts';
import { type AuditQuery, findAuditEntries } from './audit.repository.ts';

export async function getAuditEntries(ctx: UseCaseContext, query: AuditQuery) {
	await requireAccess(ctx, 'audit.view');
	return findAuditEntries(ctx.db, { ...query, limit: Math.min(query.limit ?? 50, 200) });
}
