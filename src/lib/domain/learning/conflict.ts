/**
 * An edit conflict in the learning editors (issue 11, bug 3): a colleague saved while you edited.
 * The forms are flat (`summary.da`, `actors.2.name`), so a conflict is compared field by field:
 * what is saved now ("theirs"), what you typed ("yours"), and — when it is known — the text you
 * started from ("base"), which says who changed a field and so which side to suggest.
 *
 * Nothing is saved until every differing field has a choice; the save then claims the revision
 * whose text the person was shown, so a second plain save of the old form can never pass.
 */

export type FormValues = Record<string, string>;
export type ConflictChoice = 'theirs' | 'mine' | 'edit';
export const CONFLICT_CHOICES = ['theirs', 'mine', 'edit'] as const satisfies readonly ConflictChoice[];

/** Who changed a field since the form was opened: decides what is suggested. */
export type ConflictOrigin = 'theirs' | 'mine' | 'both';

export interface ConflictField {
	name: string;
	theirs: string;
	mine: string;
	origin: ConflictOrigin;
	/** the preselected choice: the side that changed it; none when both did (the person must choose) */
	suggested: ConflictChoice | null;
	/** a checkbox or a choice from a list: kept or taken whole, not edited as text */
	isChoice: boolean;
}

/** Fields that are not content: the hidden revision, the case's address (never edited here). */
const NOT_CONTENT = new Set(['revision', 'slug']);

/** Fields that are a choice (select, radio, checkbox) rather than free text. */
export function isChoiceField(name: string): boolean {
	return (
		/^(problemField|scale|kind|caseSlug)$/.test(name) || /^actors\.\d+\.sector$/.test(name) || /^lessons\.[A-Za-z]+$/.test(name) // the tick, not its note (`lessons.x.note.da`)
	);
}

/** Line endings as a textarea sends them (CRLF) and as stored text has them (LF) are the same text. */
function same(a: string | undefined, b: string | undefined): boolean {
	return (a ?? '').replace(/\r\n/g, '\n') === (b ?? '').replace(/\r\n/g, '\n');
}

/**
 * The fields where what is saved now and what you typed differ, in the form's order (theirs first,
 * then fields only you have). `base` is the text the form was opened with, when it is still known.
 */
export function findConflicts(theirs: FormValues, mine: FormValues, base?: FormValues): ConflictField[] {
	const names = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])].filter((name) => !NOT_CONTENT.has(name));
	const fields: ConflictField[] = [];
	for (const name of names) {
		if (same(theirs[name], mine[name])) continue;
		let origin: ConflictOrigin = 'both';
		if (base && same(base[name], mine[name])) origin = 'theirs';
		else if (base && same(base[name], theirs[name])) origin = 'mine';
		fields.push({
			name,
			theirs: theirs[name] ?? '',
			mine: mine[name] ?? '',
			origin,
			suggested: origin === 'both' ? null : origin,
			isChoice: isChoiceField(name)
		});
	}
	return fields;
}

/**
 * The values to save after a conflict: what is saved now, with each differing field taken as the
 * person chose. `choices[name]` and `edited[name]` come from the conflict form; a differing field
 * without a valid choice is an error (field → message key) and nothing is resolved.
 */
export function resolveConflict(
	theirs: FormValues,
	mine: FormValues,
	choices: Record<string, string | undefined>,
	edited: Record<string, string | undefined>,
	base?: FormValues
): { ok: true; values: FormValues } | { ok: false; errors: Record<string, string> } {
	const values: FormValues = { ...theirs };
	const errors: Record<string, string> = {};
	for (const field of findConflicts(theirs, mine, base)) {
		const choice = choices[field.name];
		if (choice === 'theirs') continue;
		if (choice === 'mine') values[field.name] = field.mine;
		else if (choice === 'edit' && !field.isChoice) values[field.name] = edited[field.name] ?? '';
		else errors[field.name] = 'conflict_choose';
	}
	for (const name of NOT_CONTENT) delete values[name];
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
