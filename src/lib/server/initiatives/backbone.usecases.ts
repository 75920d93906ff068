/**
 * The backbone (issue 12 item 7): the backbone organisation (one of the initiative's actors), its
 * staff, the governance bodies and the funding sources, with the runway they give. The backbone lead
 * changes them; everyone in the initiative reads them. Each change is one transaction with its
 * history entry; a stale revision is a 409 and changes nothing.
 */
import type { FundingKind, GovernanceKind } from '../../domain/initiatives/model.ts';
import { computeRunway } from '../../domain/initiatives/runway.ts';
import { isUuid } from '../assessments/assessments.usecases.ts';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../http/errors.ts';
import { type InitiativeScope, requireInitiative } from './access.ts';
import {
	deleteFundingSourceAt,
	deleteGovernanceBodyAt,
	deleteStaffAt,
	findFundingSource,
	findGovernanceBody,
	findStaff,
	type FundingValues,
	type GovernanceValues,
	insertFundingSource,
	insertGovernanceBody,
	insertStaff,
	isActorOf,
	listActorChoices,
	listFundingSources,
	listGovernanceBodies,
	listStaff,
	type StaffValues,
	updateFundingSourceAt,
	updateGovernanceBodyAt,
	updateStaffAt
} from './backbone.repository.ts';
import { recordInitiativeChange } from './changes.ts';
import { findInitiativeById, updateInitiativeAt } from './initiatives.repository.ts';
import { todayOf } from './initiatives.usecases.ts';

interface Editing {
	revision: number;
	/** After a 409: the current revision, confirmed by the person who saw the other version. */
	confirmRevision?: number;
}

const revisionOf = (input: Editing) => input.confirmRevision ?? input.revision;

/** An id the person sent that is not this initiative's: not found (Z3), whatever the reason. */
async function requireActor(ctx: UseCaseContext, scope: InitiativeScope, actorId: string | null) {
	if (actorId !== null && (!isUuid(actorId) || !(await isActorOf(ctx.db, scope.id, actorId)))) throw new AppError('not_found');
}

/** An item id that is not even a uuid is not found either (and never reaches the database). */
function requireItemId(id: string) {
	if (!isUuid(id)) throw new AppError('not_found');
}

export async function getBackbone(ctx: UseCaseContext, slug: string) {
	const scope = await requireInitiative(ctx, slug, 'initiative.view');
	const [initiative, actors, staff, governance, funding] = await Promise.all([
		findInitiativeById(ctx.db, scope.id),
		listActorChoices(ctx.db, scope.id),
		listStaff(ctx.db, scope.id),
		listGovernanceBodies(ctx.db, scope.id),
		listFundingSources(ctx.db, scope.id)
	]);
	if (!initiative) throw new AppError('not_found');
	const today = todayOf(ctx);
	return {
		scope,
		canManage: scope.role === 'backbone_lead' && !scope.archived,
		today,
		backbone: {
			actorId: initiative.backboneActorId,
			actorName: actors.find((a) => a.id === initiative.backboneActorId)?.name ?? null,
			revision: initiative.revision
		},
		actors,
		staff: staff.map(({ id, name, role, fte, revision }) => ({ id, name, role, fte, revision })),
		governance: governance.map(({ id, name, kind, members, mandate, revision }) => ({ id, name, kind, members, mandate, revision })),
		funding,
		totalAmountDkk: funding.reduce((sum, source) => sum + source.amountDkk, 0),
		runway: computeRunway(funding, today)
	};
}

/** The backbone organisation: one of the initiative's actors, or none. Competes with the settings form (same revision). */
export async function setBackboneOrganisation(ctx: UseCaseContext, slug: string, input: Editing & { actorId: string | null }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	await requireActor(ctx, scope, input.actorId);
	await ctx.db.transaction(async (tx) => {
		const row = await updateInitiativeAt(tx, scope.id, revisionOf(input), { backboneActorId: input.actorId });
		if (!row) throw new AppError('stale_revision');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.backbone_set',
			targetType: 'initiative_actor',
			targetId: input.actorId ?? scope.id,
			details: { actorId: input.actorId }
		});
	});
}

// --- staff -------------------------------------------------------------------------------------

export async function addStaff(ctx: UseCaseContext, slug: string, input: StaffValues) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return ctx.db.transaction(async (tx) => {
		const row = await insertStaff(tx, scope.id, { name: input.name, role: input.role, fte: input.fte });
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.staff_created',
			targetType: 'backbone_staff',
			targetId: row.id,
			details: { name: row.name }
		});
		return { id: row.id };
	});
}

export async function updateStaff(ctx: UseCaseContext, slug: string, input: StaffValues & Editing & { id: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	await ctx.db.transaction(async (tx) => {
		const row = await updateStaffAt(tx, scope.id, input.id, revisionOf(input), { name: input.name, role: input.role, fte: input.fte });
		if (!row) throw new AppError((await findStaff(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.staff_updated',
			targetType: 'backbone_staff',
			targetId: row.id,
			details: { name: row.name }
		});
	});
}

export async function deleteStaff(ctx: UseCaseContext, slug: string, input: { id: string; revision: number }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	await ctx.db.transaction(async (tx) => {
		const row = await deleteStaffAt(tx, scope.id, input.id, input.revision);
		if (!row) throw new AppError((await findStaff(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.staff_deleted',
			targetType: 'backbone_staff',
			targetId: row.id,
			details: { name: row.name }
		});
	});
}

// --- governance bodies -------------------------------------------------------------------------

export async function addGovernanceBody(ctx: UseCaseContext, slug: string, input: GovernanceValues & { kind: GovernanceKind }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	return ctx.db.transaction(async (tx) => {
		const row = await insertGovernanceBody(tx, scope.id, {
			name: input.name,
			kind: input.kind,
			members: input.members,
			mandate: input.mandate
		});
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.governance_created',
			targetType: 'governance_body',
			targetId: row.id,
			details: { name: row.name }
		});
		return { id: row.id };
	});
}

export async function updateGovernanceBody(ctx: UseCaseContext, slug: string, input: GovernanceValues & Editing & { id: string }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	await ctx.db.transaction(async (tx) => {
		const row = await updateGovernanceBodyAt(tx, scope.id, input.id, revisionOf(input), {
			name: input.name,
			kind: input.kind,
			members: input.members,
			mandate: input.mandate
		});
		if (!row) throw new AppError((await findGovernanceBody(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.governance_updated',
			targetType: 'governance_body',
			targetId: row.id,
			details: { name: row.name }
		});
	});
}

export async function deleteGovernanceBody(ctx: UseCaseContext, slug: string, input: { id: string; revision: number }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	await ctx.db.transaction(async (tx) => {
		const row = await deleteGovernanceBodyAt(tx, scope.id, input.id, input.revision);
		if (!row) throw new AppError((await findGovernanceBody(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.governance_deleted',
			targetType: 'governance_body',
			targetId: row.id,
			details: { name: row.name }
		});
	});
}

// --- funding sources ---------------------------------------------------------------------------

const fundingValues = (input: FundingValues & { kind: FundingKind }): FundingValues => ({
	actorId: input.actorId ?? null,
	kind: input.kind,
	amountDkk: input.amountDkk,
	startsOn: input.startsOn,
	endsOn: input.endsOn,
	note: input.note ?? ''
});

function checkPeriod(input: { startsOn: string; endsOn: string }) {
	if (input.endsOn < input.startsOn) throw new AppError('invalid_input', { endsOn: 'field_backbone_period_order' });
}

export async function addFundingSource(ctx: UseCaseContext, slug: string, input: FundingValues & { kind: FundingKind }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	checkPeriod(input);
	await requireActor(ctx, scope, input.actorId ?? null);
	return ctx.db.transaction(async (tx) => {
		const row = await insertFundingSource(tx, scope.id, fundingValues(input));
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.funding_created',
			targetType: 'funding_source',
			targetId: row.id,
			details: { kind: row.kind, amountDkk: row.amountDkk, startsOn: row.startsOn, endsOn: row.endsOn }
		});
		return { id: row.id };
	});
}

export async function updateFundingSource(
	ctx: UseCaseContext,
	slug: string,
	input: FundingValues & Editing & { id: string; kind: FundingKind }
) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	checkPeriod(input);
	await requireActor(ctx, scope, input.actorId ?? null);
	await ctx.db.transaction(async (tx) => {
		const row = await updateFundingSourceAt(tx, scope.id, input.id, revisionOf(input), fundingValues(input));
		if (!row) throw new AppError((await findFundingSource(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.funding_updated',
			targetType: 'funding_source',
			targetId: row.id,
			details: { kind: row.kind, amountDkk: row.amountDkk, startsOn: row.startsOn, endsOn: row.endsOn }
		});
	});
}

export async function deleteFundingSource(ctx: UseCaseContext, slug: string, input: { id: string; revision: number }) {
	const scope = await requireInitiative(ctx, slug, 'initiative.manage');
	requireItemId(input.id);
	await ctx.db.transaction(async (tx) => {
		const row = await deleteFundingSourceAt(tx, scope.id, input.id, input.revision);
		if (!row) throw new AppError((await findFundingSource(tx, scope.id, input.id)) ? 'stale_revision' : 'not_found');
		await recordInitiativeChange(tx, ctx, scope.id, {
			action: 'initiative.funding_deleted',
			targetType: 'funding_source',
			targetId: row.id,
			details: { amountDkk: row.amountDkk }
		});
	});
}
