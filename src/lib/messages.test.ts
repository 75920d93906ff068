import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyKindOf } from './domain/initiatives/history.ts';
import { ACTIONS } from './domain/policy/policy.ts';

const read = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const da = read('da');
const en = read('en');

function listSourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : listSourceFiles(full);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
	});
}

/** Every audit action the server code writes: literal ones, helper arguments, ternaries and the learning records' prefixes. */
function auditActionsInSource(): Set<string> {
	const source = listSourceFiles('src/lib/server')
		.map((file) => fs.readFileSync(file, 'utf8'))
		.join('\n');
	const code = '([a-z_]+\\.[a-z_]+)';
	const actions = new Set([...source.matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)].map((match) => match[1] as string));
	// (a ternary between two policy actions, `approve ? 'initiative.manage' : 'initiative.report_data'`, is an access check, not an event)
	const ternaries = [...source.matchAll(new RegExp(`\\? '${code}' : '${code}'`, 'g'))]
		.flatMap((match) => [match[1], match[2]])
		.filter((action) => !(ACTIONS as readonly (string | undefined)[]).includes(action));
	// helpers that take the code as an argument (auditRound(ctx, tx, 'group_round.closed', round))
	const helperCalls = [...source.matchAll(new RegExp(`audit[A-Za-z]*\\([^)]*?'${code}'`, 'g'))].map((match) => match[1]);
	// the versioned learning records write `${auditPrefix}.update` and `.restore`
	const prefixes = [...source.matchAll(/auditPrefix: '([a-z_]+)'/g)].map((match) => match[1] as string);
	const suffixes = [...source.matchAll(/action: `\$\{spec\.auditPrefix\}\.([a-z_]+)`/g)].map((match) => match[1] as string);
	expect(prefixes.length).toBeGreaterThan(1);
	expect(suffixes.length).toBeGreaterThan(1);
	for (const action of [...ternaries, ...helperCalls, ...prefixes.flatMap((prefix) => suffixes.map((suffix) => `${prefix}.${suffix}`))])
		if (action) actions.add(action);
	return actions;
}

describe('messages', () => {
	it('English is complete: the same keys as Danish, none empty', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
		for (const [key, value] of [...Object.entries(da), ...Object.entries(en)]) expect(value, key).not.toBe('');
	});

	it('every message key used as an error code in the server code exists', () => {
		const source = listSourceFiles('src/lib')
			.map((file) => fs.readFileSync(file, 'utf8'))
			.join('\n');
		const keys = new Set([...source.matchAll(/'((?:field|password|error)_[a-z_]+)'/g)].map((match) => match[1] as string));
		keys.delete('password_hash');
		expect(keys.size).toBeGreaterThan(5);
		for (const key of keys) expect(da, `messages/da.json lacks ${key}`).toHaveProperty(key);
	});

	it('counts in the import report agree with their number in both languages (1 række, 2 rækker; 1 warning, 0 warnings)', async () => {
		const m = await import('./paraglide/messages.js');
		const say = (count: number, locale: 'da' | 'en') =>
			[m.measurement_count_rows, m.measurement_count_values, m.measurement_count_errors, m.measurement_count_warnings]
				.map((message) => message({ count, shown: String(count) }, { locale }))
				.join(', ');
		expect(say(1, 'da')).toBe('1 række, 1 værdi, 1 fejl, 1 advarsel');
		expect(say(2, 'da')).toBe('2 rækker, 2 værdier, 2 fejl, 2 advarsler');
		expect(say(0, 'da')).toBe('0 rækker, 0 værdier, 0 fejl, 0 advarsler');
		expect(say(1, 'en')).toBe('1 row, 1 value, 1 error, 1 warning');
		expect(say(0, 'en')).toBe('0 rows, 0 values, 0 errors, 0 warnings');
	});

	it('every audit event written by the server has a readable label in both languages (issue 11: no codes shown to people)', () => {
		const actions = auditActionsInSource();
		expect(actions).toContain('group_round.reopened');
		expect(actions).toContain('testimony.restore');
		expect(actions.size).toBeGreaterThan(10);
		for (const action of actions) {
			const key = `audit_event_${action.replaceAll('.', '_')}`;
			expect(da, `no Danish label for audit event ${action}`).toHaveProperty(key);
			expect(en, `no English label for audit event ${action}`).toHaveProperty(key);
		}
	});

	it("every change to an initiative belongs to a group of its history's filter (none only under »Alle ændringer«)", () => {
		const changes = [...auditActionsInSource()].filter((action) => action.startsWith('initiative.'));
		expect(changes).toContain('initiative.observations_imported');
		for (const action of changes) expect(historyKindOf(action), action).not.toBeNull();
	});
});
