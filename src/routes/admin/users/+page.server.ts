import { ChangeRoleSchema, InviteUserSchema, UserIdSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import { getOrganisations } from '#lib/server/organisations/organisations.usecases.ts';
import { changeUserRole, inviteUser, listUsers, setUserDisabled } from '#lib/server/users/users.usecases.ts';
import { getConfig } from '#lib/server/config/config.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = contextFrom(event);
	const [users, organisations] = await Promise.all([listUsers(ctx), getOrganisations(ctx)]);
	return { users, organisations: organisations.map(({ id, name }) => ({ id, name })) };
};

async function setDisabled(event: Parameters<Actions[string]>[0], disabled: boolean) {
	const formData = await event.request.formData();
	const parsed = parseForm(UserIdSchema, formData);
	if (!parsed.ok) return failWith(400, parsed.failure);
	try {
		await setUserDisabled(contextFrom(event), { userId: parsed.data.userId, disabled });
	} catch (error) {
		return failFromError(error, formData);
	}
	return { done: disabled ? 'disabled' : 'enabled' };
}

export const actions: Actions = {
	invite: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(InviteUserSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		let link: string;
		try {
			({ link } = await inviteUser(contextFrom(event), parsed.data));
		} catch (error) {
			return failFromError(error, formData);
		}
		// Without SMTP the mail only reaches the outbox file, so the admin is shown the link to pass on.
		return { done: 'invited', email: parsed.data.email, link: getConfig().SMTP_URL ? undefined : link };
	},
	disable: (event) => setDisabled(event, true),
	enable: (event) => setDisabled(event, false),
	role: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(ChangeRoleSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await changeUserRole(contextFrom(event), parsed.data);
		} catch (error) {
			return failFromError(error, formData);
		}
		return { done: 'role' };
	}
};
