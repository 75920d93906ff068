import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { AddMemberSchema, OrganisationSchema, RemoveMemberSchema } from '#lib/schemas/admin.ts';
import { contextFrom } from '#lib/server/http/event-context.ts';
import { formAction } from '#lib/server/http/forms.ts';
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
	update: formAction(OrganisationSchema, async (organisation, event) => {
		await editOrganisation(contextFrom(event), { id: parseId(event.params.id ?? ''), ...organisation });
		return { done: 'updated' };
	}),
	addMember: formAction(AddMemberSchema, async ({ email }, event) => {
		await addOrganisationMember(contextFrom(event), { organisationId: parseId(event.params.id ?? ''), email });
		return { done: 'memberAdded' };
	}),
	removeMember: formAction(RemoveMemberSchema, async ({ userId }, event) => {
		await removeOrganisationMember(contextFrom(event), { organisationId: parseId(event.params.id ?? ''), userId });
		return { done: 'memberRemoved' };
	})
};
