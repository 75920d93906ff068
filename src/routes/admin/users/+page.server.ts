import { ChangeRoleSchema, InviteUserSchema, UserIdSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
import { getOrganisations } from '#lib/server/organisations/organisations.usecases.ts';
import { changeUserRole, inviteUser, listUsers, resendInvitation, setUserDisabled } from '#lib/server/users/users.usecases.ts';
import { getConfig } from '#lib/server/config/config.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const [users, organisations] = await Promise.all([listUsers(ctx), getOrganisations(ctx)]);
	return { users, organisations: organisations.map(({ id, name }) => ({ id, name })) };
};

function setDisabledAction(disabled: boolean) {
	return formAction(UserIdSchema, async ({ userId }, event) => {
		await setUserDisabled(contextFrom(event), { userId, disabled });
		return { done: disabled ? 'disabled' : 'enabled' };
	});
}

export const actions: Actions = {
	invite: formAction(InviteUserSchema, async (invitation, event) => {
		const { link } = await inviteUser(contextFrom(event), invitation);
		// Without SMTP the mail only reaches the outbox file, so the admin is shown the link to pass on.
		return { done: 'invited', email: invitation.email, link: getConfig().SMTP_URL ? undefined : link };
	}),
	resend: formAction(UserIdSchema, async ({ userId }, event) => {
		const { user, link } = await resendInvitation(contextFrom(event), userId);
		return { done: 'invited', email: user.email, link: getConfig().SMTP_URL ? undefined : link };
	}),
	disable: setDisabledAction(true),
	enable: setDisabledAction(false),
	role: formAction(ChangeRoleSchema, async (change, event) => {
		await changeUserRole(contextFrom(event), change);
		return { done: 'role' };
	})
};
