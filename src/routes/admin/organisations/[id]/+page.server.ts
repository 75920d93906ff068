import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { AddMemberSchema, OrganisationSchema, RemoveMemberSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { failFromError, failWith, parseForm } from '#lib/server/http/forms.ts';
import {
	addOrganisationMember,
	editOrganisation,
	getOrganisation,
	removeOrganisationMember
} from '#lib/server/organisations/organisations.usecases.ts';
import type { Actions, PageServerLoad } from './$types';

function parseId(raw: string): string {
	const id = z.uuid().safeParse(raw);
	if (!id.success) error(404, 'not_found');
	return id.data;
}

export const load: PageServerLoad = async (event) => getOrganisation(contextFrom(event), parseId(event.params.id));

export const actions: Actions = {
	update: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(OrganisationSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await editOrganisation(contextFrom(event), { id: parseId(event.params.id), ...parsed.data });
		} catch (cause) {
			return failFromError(cause, formData);
		}
		return { done: 'updated' };
	},
	addMember: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(AddMemberSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await addOrganisationMember(contextFrom(event), { organisationId: parseId(event.params.id), email: parsed.data.email });
		} catch (cause) {
			return failFromError(cause, formData);
		}
		return { done: 'memberAdded' };
	},
	removeMember: async (event) => {
		const formData = await event.request.formData();
		const parsed = parseForm(RemoveMemberSchema, formData);
		if (!parsed.ok) return failWith(400, parsed.failure);
		try {
			await removeOrganisationMember(contextFrom(event), { organisationId: parseId(event.params.id), userId: parsed.data.userId });
		} catch (cause) {
			return failFromError(cause, formData);
		}
		return { done: 'memberRemoved' };
	}
};
