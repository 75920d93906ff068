import { z } from 'zod';
import { FUNDING_KINDS, GOVERNANCE_KINDS } from '../domain/initiatives/model.ts';
import { notFreeText } from '../domain/privacy/free-text.ts';
import { uuidField } from './fields.ts';
import { confirmRevisionField, dateField, longText, revisionField, shortText } from './initiatives.ts';

/**
 * Forms of the backbone page (/initiativer/[slug]/sekretariat): the backbone organisation, staff,
 * governance bodies and funding sources. Numbers are typed as people write them in Danish: a
 * decimal comma for a share of a post ("0,5"), dots between thousands for an amount ("1.500.000").
 */

/** The largest amount a funding source may have (whole DKK): far above any real grant, well inside bigint. */
export const MAX_AMOUNT_DKK = 100_000_000_000;

/** "0,5", "0.5", "1" → 0.5, 0.5, 1; anything else → null. At most two decimals (the column's scale). */
export function parseShareOfPost(value: string): number | null {
	const text = value.trim().replace(',', '.');
	if (!/^\d(\.\d{1,2})?$/.test(text)) return null;
	return Number(text);
}

/** "1.500.000", "1 500 000", "1500000" (and "1,500,000") → 1500000; decimals and other text → null. */
export function parseWholeKroner(value: string): number | null {
	const text = value
		.trim()
		.replace(/\s*(kr\.?|dkk)$/i, '')
		.replace(/[\s\u00a0]/g, '');
	if (/^\d+$/.test(text)) return Number(text);
	if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
	if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
	return null;
}

const shareOfPostField = notFreeText(
	z
		.string({ error: 'field_required' })
		.trim()
		.min(1, 'field_required')
		.transform((value, context) => {
			const share = parseShareOfPost(value);
			if (share === null || share < 0.01 || share > 1) {
				context.addIssue({ code: 'custom', message: 'field_backbone_fte_invalid' });
				return z.NEVER;
			}
			return share;
		}),
	'a share of a full-time post, 0,01–1'
);

const amountField = notFreeText(
	z
		.string({ error: 'field_required' })
		.trim()
		.min(1, 'field_required')
		.transform((value, context) => {
			const amount = parseWholeKroner(value);
			if (amount === null || amount < 1 || amount > MAX_AMOUNT_DKK) {
				context.addIssue({ code: 'custom', message: 'field_backbone_amount_invalid' });
				return z.NEVER;
			}
			return amount;
		}),
	'an amount in whole kroner'
);

/** An actor of the initiative, or empty for none. */
const optionalActorField = z
	.union([uuidField, z.literal('')], { error: 'field_invalid' })
	.optional()
	.transform((value) => (value ? value : null));

const editing = { revision: revisionField, confirmRevision: confirmRevisionField };
const itemId = { id: uuidField };

export const BackboneOrganisationSchema = z.object({ actorId: optionalActorField, ...editing });

export const StaffFieldsSchema = z.object({
	name: shortText({ required: true }),
	role: shortText({ required: true }),
	fte: shareOfPostField
});
export const AddStaffSchema = StaffFieldsSchema;
export const UpdateStaffSchema = StaffFieldsSchema.extend({ ...itemId, ...editing });

export const GovernanceFieldsSchema = z.object({
	name: shortText({ required: true }),
	kind: z.enum(GOVERNANCE_KINDS, { error: 'field_invalid' }),
	members: longText(),
	mandate: longText()
});
export const AddGovernanceSchema = GovernanceFieldsSchema;
export const UpdateGovernanceSchema = GovernanceFieldsSchema.extend({ ...itemId, ...editing });

const fundingShape = {
	actorId: optionalActorField,
	kind: z.enum(FUNDING_KINDS, { error: 'field_invalid' }),
	amountDkk: amountField,
	startsOn: dateField,
	endsOn: dateField,
	note: shortText()
};
const endNotBeforeStart = (value: { startsOn: string; endsOn: string }) => value.endsOn >= value.startsOn;
const PeriodSchema = z.object({ startsOn: dateField, endsOn: dateField });
/** Checked whenever both dates are valid, even when another field is not: every message shows at once. */
const periodIssue = {
	message: 'field_backbone_period_order',
	path: ['endsOn'],
	when: (payload: { value: unknown }) => PeriodSchema.safeParse(payload.value).success
};

export const AddFundingSchema = z.object(fundingShape).refine(endNotBeforeStart, periodIssue);
export const UpdateFundingSchema = z.object({ ...fundingShape, ...itemId, ...editing }).refine(endNotBeforeStart, periodIssue);

/** Deleting an item: its id and the revision the page showed (a change in between is a 409). */
export const DeleteItemSchema = z.object({ ...itemId, revision: revisionField });
