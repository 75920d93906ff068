import { redirect } from '@sveltejs/kit';
import { EmptySchema } from '#lib/schemas/initiatives.ts';
import { ChangeMemberSchema, InvitationIdSchema, InviteMemberSchema, MemberIdSchema } from '#lib/schemas/initiatives-members.ts';
import { getConfig } from '#lib/server/config/config.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import {
	changeMember,
	getMembers,
	inviteMember,
	leaveInitiative,
	removeMember,
	resendInvitation,
	revokeInvitation
} from '#lib/server/initiatives/members.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

/** Without SMTP the mail only reaches the outbox file on the server, so the lead is shown the link to pass on. */
const isMailConfigured = () => Boolean(getConfig().SMTP_URL);

export const load: PageServerLoad = async (event) => ({
	...(await getMembers(contextFrom(event), event.params.slug)),
	mailConfigured: isMailConfigured()
});

const back = (slug: string, saved: string) => redirect(303, `/initiativer/${slug}/medlemmer?gemt=${saved}`);

/** After sending an invitation: the page says so, and shows the link when no mail goes out. */
function sent(done: 'invited' | 'resent', result: { email: string; link: string; expiresAt: Date }) {
	return { done, email: result.email, expiresAt: result.expiresAt, link: isMailConfigured() ? undefined : result.link };
}

export const actions: Actions = {
	invite: formAction(InviteMemberSchema, async (input, event) =>
		sent('invited', await inviteMember(contextFrom(event), event.params.slug, { ...input, locale: event.locals.locale }))
	),
	resend: formAction(
		InvitationIdSchema,
		async (input, event) =>
			sent('resent', await resendInvitation(contextFrom(event), event.params.slug, { ...input, locale: event.locals.locale })),
		{ sideForm: true }
	),
	revoke: formAction(
		InvitationIdSchema,
		async (input, event) => {
			await revokeInvitation(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'tilbagekaldt');
		},
		{ sideForm: true }
	),
	change: formAction(ChangeMemberSchema, async (input, event) => {
		await changeMember(contextFrom(event), event.params.slug, input);
		back(event.params.slug, 'rolle');
	}),
	remove: formAction(
		MemberIdSchema,
		async (input, event) => {
			await removeMember(contextFrom(event), event.params.slug, input);
			back(event.params.slug, 'fjernet');
		},
		{ sideForm: true }
	),
	leave: formAction(
		EmptySchema,
		async (_input, event) => {
			await leaveInitiative(contextFrom(event), event.params.slug);
			redirect(303, '/initiativer');
		},
		{ sideForm: true }
	)
};
