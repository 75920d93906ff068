/**
 * Seeds the e2e database for tests/e2e/measurement-charts.spec.ts, through the use cases, before the
 * server starts (tests/e2e/support/server.ts runs every file in this folder; the server then holds
 * the embedded database's lock). The e2e administrator starts two initiatives: one with a quarterly,
 * split indicator with baseline, targets, eight quarters of approved values (the areas the last six) and one waiting value; and
 * another whose indicator must not be reachable through the first one's address. Writes the slugs
 * and ids to $DATA_DIR/e2e-measurement-charts.json for the spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../../src/lib/server/config/config.ts';
import type { UseCaseContext } from '../../../src/lib/server/context.ts';
import { migrateDatabase, openDatabase } from '../../../src/lib/server/db/client.ts';
import { startInitiative } from '../../../src/lib/server/initiatives/initiatives.usecases.ts';
import { addTarget, createIndicator, setBaseline } from '../../../src/lib/server/measurement/indicators.usecases.ts';
import { approveObservation, submitObservation } from '../../../src/lib/server/measurement/observations.usecases.ts';
import { findUserByEmail } from '../../../src/lib/server/users/users.repository.ts';
import { formatPeriodKey, latestDuePeriod, periodEnd, shiftPeriod, todayIso } from '../../../src/lib/domain/measurement/periods.ts';

const ADMIN_EMAIL = 'admin@e2e.test';
export const SEED_FILE = 'e2e-measurement-charts.json';

const config = readConfig();
const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
	await migrateDatabase(handle);
	const admin = await findUserByEmail(handle.db, ADMIN_EMAIL);
	if (!admin) throw new Error(`seed: no ${ADMIN_EMAIL}; create the administrator first`);
	const ctx: UseCaseContext = { db: handle.db, actor: { userId: admin.id, platformRole: 'admin' }, requestId: 'e2e-seed', ip: 'cli' };
	const initiative = (name: string, slug: string) =>
		startInitiative(ctx, {
			name,
			slug,
			areas: ['101'],
			problemStatement: 'Unge uden job og uddannelse',
			vision: '',
			values: '',
			targetGroup: '',
			visibility: 'private'
		});
	const { slug } = await initiative('Grafer i Fjordby (e2e)', 'grafer-e2e');
	const { slug: otherSlug } = await initiative('Andet initiativ (e2e)', 'andet-grafer-e2e');

	const areas = [
		{ key: 'nord', label: 'Nord' },
		{ key: 'midt', label: 'Midt' },
		{ key: 'syd', label: 'Syd' }
	];
	const definition = {
		name: 'Unge uden job eller uddannelse',
		definition: 'Antal 16–24-årige i kommunen uden job eller uddannelse ved kvartalets udgang.',
		kind: 'population' as const,
		polarity: 'lower_is_better' as const,
		frequency: 'quarter' as const,
		unit: 'count' as const,
		unitLabel: '',
		source: 'Kommunens ungeopgørelse',
		reportingDelayDays: 30,
		goalIds: [],
		dimensions: [{ key: 'omraade', label: 'Område', categories: areas }]
	};
	const { id: indicatorId } = await createIndicator(ctx, slug, definition);
	const { id: otherIndicatorId } = await createIndicator(ctx, otherSlug, { ...definition, name: 'Et andet initiativs indikator' });

	// eight quarters ending with the latest one that is due today, falling with some noise
	const last = latestDuePeriod('quarter', todayIso());
	const first = shiftPeriod(last, -7);
	await setBaseline(ctx, slug, indicatorId, { baseline: { value: '520', date: periodEnd(shiftPeriod(first, -1)) }, revision: 1 });
	const future = (quarters: number) => periodEnd(shiftPeriod(last, quarters));
	await addTarget(ctx, slug, indicatorId, { value: '380', date: future(6), note: 'Delmål' });
	await addTarget(ctx, slug, indicatorId, { value: '300', date: future(14), note: 'Slutmål' });
	const totals = [498, 481, 476, 462, 455, 441, 430, 418];
	const shares = { nord: 0.45, midt: 0.33, syd: 0.22 };
	const approve = async (period: string, value: string, categories: Record<string, string> = {}) => {
		const { id } = await submitObservation(ctx, slug, indicatorId, { period, value, categories, note: '' });
		await approveObservation(ctx, slug, id);
	};
	for (const [i, total] of totals.entries()) {
		const period = formatPeriodKey(shiftPeriod(first, i));
		await approve(period, String(total));
		if (i < 2) continue;
		for (const area of areas) {
			// Syd did not report one quarter: its line breaks there
			if (area.key === 'syd' && i === 4) continue;
			await approve(period, String(Math.round(total * shares[area.key as keyof typeof shares])), { omraade: area.key });
		}
	}
	// a waiting value for the next quarter, shown only when the reader asks for submitted values
	await submitObservation(ctx, slug, indicatorId, {
		period: formatPeriodKey(shiftPeriod(last, 1)),
		value: '409',
		categories: {},
		note: ''
	});
	await submitObservation(ctx, otherSlug, otherIndicatorId, { period: formatPeriodKey(last), value: '77', categories: {}, note: '' });

	fs.writeFileSync(path.join(config.DATA_DIR, SEED_FILE), JSON.stringify({ slug, indicatorId, otherSlug, otherIndicatorId }));
	console.log(`e2e seed: measurement charts on /initiativer/${slug}`);
} finally {
	await handle.close();
}
