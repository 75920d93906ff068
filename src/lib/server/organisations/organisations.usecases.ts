import { slugify } from '../../domain/organisations/slug.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import { auditFromContext, requireAccess, type UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { findUserByEmail } from '../users/users.repository.ts';
import {
	addMembership,
	findOrganisationById,
	findOrganisationBySlug,
	insertOrganisation,
	listMembers,
	listOrganisations,
	removeMembership,
	updateOrganisation
} from './organisations.repository.ts';

export async function getOrganisations(ctx: UseCaseContext) {
	await requireAccess(ctx, 'organisation.list');
	return listOrganisations(ctx.db);
}

export async function getOrganisation(ctx: UseCaseContext, id: string) {
	await requireAccess(ctx, 'organisation.list');
	const organisation = await findOrganisationById(ctx.db, id);
	if (!organisation) throw new AppError('not_found');
	return { organisation, members: await listMembers(ctx.db, id) };
}

export async function createOrganisation(ctx: UseCaseContext, input: { name: string; sector: Sector }) {
	await requireAccess(ctx, 'organisation.create');
	const slug = slugify(input.name) || 'organisation';
	if (await findOrganisationBySlug(ctx.db, slug)) throw new AppError('conflict', { name: 'organisation_exists' });
	return ctx.db.transaction(async (tx) => {
		const created = await insertOrganisation(tx, { slug, name: input.name, sector: input.sector });
		if (!created) throw new AppError('conflict', { name: 'organisation_exists' });
		await auditFromContext(tx, ctx, {
			action: 'organisation.created',
			targetType: 'organisation',
			targetId: created.id,
			details: { name: input.name, sector: input.sector }
		});
		return created;
	});
}

export async function editOrganisation(ctx: UseCaseContext, input: { id: string; name: string; sector: Sector }) {
	await requireAccess(ctx, 'organisation.update');
	const existing = await findOrganisationById(ctx.db, input.id);
	if (!existing) throw new AppError('not_found');
	await ctx.db.transaction(async (tx) => {
		await updateOrganisation(tx, input.id, { name: input.name, sector: input.sector });
		await auditFromContext(tx, ctx, {
			action: 'organisation.updated',
			targetType: 'organisation',
			targetId: input.id,
			details: { from: { name: existing.name, sector: existing.sector }, to: { name: input.name, sector: input.sector } }
		});
	});
}

export async function addOrganisationMember(ctx: UseCaseContext, input: { organisationId: string; email: string }) {
	await requireAccess(ctx, 'organisation.manage_members');
	if (!(await findOrganisationById(ctx.db, input.organisationId))) throw new AppError('not_found');
	const user = await findUserByEmail(ctx.db, input.email);
	if (!user) throw new AppError('invalid_input', { email: 'user_not_found' });
	await ctx.db.transaction(async (tx) => {
		await addMembership(tx, user.id, input.organisationId);
		await auditFromContext(tx, ctx, {
			action: 'organisation.member_added',
			targetType: 'organisation',
			targetId: input.organisationId,
			subjectUserId: user.id
		});
	});
}

export async function removeOrganisationMember(ctx: UseCaseContext, input: { organisationId: string; userId: string }) {
	await requireAccess(ctx, 'organisation.manage_members');
	await ctx.db.transaction(async (tx) => {
		await removeMembership(tx, input.userId, input.organisationId);
		await auditFromContext(tx, ctx, {
			action: 'organisation.member_removed',
			targetType: 'organisation',
			targetId: input.organisationId,
			subjectUserId: input.userId
		});
	});
}
