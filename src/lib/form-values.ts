/**
 * Reading a failed form's kept input on a page. A field sent several times (checkboxes with one
 * name) comes back in `lists`; once, in `values`.
 */
interface KeptInput {
	values?: Record<string, string>;
	lists?: Record<string, string[]>;
}

/** Every value a failed form sent for `key` ([] when none). */
export function keptList(form: KeptInput | null | undefined, key: string): string[] {
	if (form?.lists?.[key]) return form.lists[key];
	const single = form?.values?.[key];
	return single ? [single] : [];
}
