/**
 * `node scripts/two-servers-test.ts` — security.md R4, stateless app servers:
 * "two instances against one PostgreSQL serve the same user without sticky sessions."
 *
 * Creates an empty database on the PostgreSQL server at TEST_DATABASE_URL, starts two production
 * servers (scripts/serve.ts, from `build/`) on it at the same moment — so they also race to migrate
 * and seed — and then lets one person alternate between them: set up on A, sign in on B, use the
 * session on A, change the profile on A and see it on B, sign out on A and be refused on B, and hit
 * the sign-in limiter with failures spread over both, also with 60 attempts fired at once (A3).
 * Then a data report falls due: six reminder runs are queued at once and taken by both servers'
 * workers, and the responsible actor's contact gets exactly one reminder mail (issue 13 item 6).
 * One check = one test.
 *
 * Last line: `<passed> passed, <failed> failed`; exit code 1 on any failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { addDays, dayNumber, periodEnd, periodOfDate, previousPeriod, todayIso } from '../src/lib/domain/measurement/periods.ts';
import { SIGN_IN_LIMITS } from '../src/lib/server/auth/auth.usecases.ts';
import { REMINDER_QUEUE } from '../src/lib/server/measurement/reminders.ts';
import { createEmptyPostgresDatabase } from '../src/lib/server/testing/test-db.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
	console.log('TEST_DATABASE_URL is not set: nothing to test (R4 needs PostgreSQL)');
	console.log('0 passed, 0 failed');
	process.exit(0);
}
if (!fs.existsSync('build/handler.js')) {
	console.error('No build: run `npx vite build` first');
	console.log('0 passed, 1 failed');
	process.exit(1);
}

/** SAMSPIL_R4_PORTS=4317,4319 moves them (several checkouts on one machine). */
const PORTS = (process.env.SAMSPIL_R4_PORTS?.split(',').map(Number) ?? [4311, 4312]) as [number, number];
const PASSWORD = 'Rødgrød med fløde 2026';
const EMAIL = 'r4@example.org';
let passed = 0;
let failed = 0;

function check(name: string, ok: boolean, detail = '') {
	if (ok) passed++;
	else failed++;
	console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
}

const base = (port: number) => `http://127.0.0.1:${port}`;

/** A form post like a browser's: same-origin header, cookie, no redirect following. */
async function post(port: number, pathname: string, form: Record<string, string>, cookie = '') {
	return fetch(base(port) + pathname, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			origin: base(port),
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(form)
	});
}

async function get(port: number, pathname: string, cookie = '') {
	return fetch(base(port) + pathname, { redirect: 'manual', headers: cookie ? { cookie } : {} });
}

function sessionCookie(response: Response): string {
	const match = (response.headers.get('set-cookie') ?? '').match(/samspil_session=([^;]+)/);
	return match ? `samspil_session=${match[1]}` : '';
}

async function waitHealthy(port: number, child: ChildProcess, seconds = 240): Promise<boolean> {
	const until = Date.now() + seconds * 1000;
	while (Date.now() < until) {
		if (child.exitCode !== null) return false;
		try {
			if ((await get(port, '/healthz')).status === 200) return true;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return false;
}

const target = await createEmptyPostgresDatabase(serverUrl);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-r4-'));
const children: ChildProcess[] = [];
const logs: string[] = ['', ''];
try {
	// Both start at once on the empty database: migrations and the seed must not trip over each other.
	PORTS.forEach((port, i) => {
		const child = spawn(process.execPath, ['scripts/serve.ts'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_URL: target.url,
				DATA_DIR: path.join(dataDir, String(i)),
				PUBLIC_URL: base(port),
				LOG_LEVEL: 'warn',
				SMTP_URL: '',
				TRUST_PROXY: '0'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout?.on('data', (chunk) => (logs[i] += chunk));
		child.stderr?.on('data', (chunk) => (logs[i] += chunk));
		children.push(child);
	});
	const [a, b] = PORTS;
	const healthy = await Promise.all(PORTS.map((port, i) => waitHealthy(port, children[i] as ChildProcess)));
	check('both servers start together on one empty database (migrations, seed, housekeeping)', healthy.every(Boolean), logs.join('\n'));
	if (!healthy.every(Boolean)) throw new Error('servers did not start');

	const setup = await post(a, '/setup', { name: 'Rita Fire', email: EMAIL, password: PASSWORD });
	check('set-up on A', setup.status === 303, `status ${setup.status}`);

	const signIn = await post(b, '/login', { email: EMAIL, password: PASSWORD, next: '/' });
	const cookie = sessionCookie(signIn);
	check('sign-in on B', signIn.status === 303 && cookie !== '', `status ${signIn.status}`);

	const accountOnA = await get(a, '/account', cookie);
	check(
		'the session from B works on A',
		accountOnA.status === 200 && (await accountOnA.text()).includes(EMAIL),
		`status ${accountOnA.status}`
	);

	const saved = await post(a, '/account?/profile', { name: 'Rita Fem', locale: 'da' }, cookie);
	const accountOnB = await get(b, '/account', cookie);
	check(
		'a form posted on A with that session is seen on B',
		saved.status === 303 && (await accountOnB.text()).includes('Rita Fem'),
		`post ${saved.status}, get ${accountOnB.status}`
	);

	// Visitors' pages are kept per content version (learning/visitor-cache.ts): an edit saved on A
	// shows on B at once, although B had the page kept.
	const PRINCIPLE = '/principper/hvad-og-hvornaar';
	await get(b, PRINCIPLE);
	const keptOnB = await (await get(b, PRINCIPLE)).text();
	const editor = await (await get(a, `${PRINCIPLE}/rediger`, cookie)).text();
	const revision = /name="revision" value="(\d+)"/.exec(editor)?.[1] ?? '';
	const text = 'Rettet på server A';
	const edited = await post(
		a,
		`${PRINCIPLE}/rediger?/save`,
		{ 'title.da': text, 'title.en': text, 'summary.da': text, 'summary.en': text, 'body.da': text, 'body.en': text, revision },
		cookie
	);
	const shownOnB = await (await get(b, PRINCIPLE)).text();
	check(
		'a page edited on A is shown to a visitor on B at once, although B had kept it',
		!keptOnB.includes(text) && edited.status === 303 && shownOnB.includes(text),
		`revision ${revision}, save ${edited.status}, B shows it: ${shownOnB.includes(text)}`
	);

	const signOut = await post(a, '/logout', {}, cookie);
	const afterSignOut = await get(b, '/account', cookie);
	check(
		'signed out on A, the cookie is refused on B',
		signOut.status === 303 && afterSignOut.status === 303 && (afterSignOut.headers.get('location') ?? '').startsWith('/login'),
		`logout ${signOut.status}, then ${afterSignOut.status} ${afterSignOut.headers.get('location')}`
	);

	// A3: the account's failure limit, spread over both servers block the account on both, even with the right password.
	for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++)
		await post(i % 2 ? a : b, '/login', { email: EMAIL, password: `wrong password ${i}`, next: '/' });
	const blockedA = await post(a, '/login', { email: EMAIL, password: PASSWORD, next: '/' });
	const blockedB = await post(b, '/login', { email: EMAIL, password: PASSWORD, next: '/' });
	check(
		'the sign-in limiter counts failures on both servers',
		blockedA.status === 429 && blockedB.status === 429,
		`A ${blockedA.status}, B ${blockedB.status}`
	);

	// A3 under parallel load: 60 attempts at once at a fresh account, spread over both servers.
	// Each attempt is reserved in the database before its password is checked, so exactly the
	// limit are checked (400, a wrong password) and the rest are refused unchecked (429).
	// (an unknown address is limited like a known one: its attempts are checked against a dummy hash)
	const BURST_EMAIL = 'r4-burst@example.org';
	const statuses = await Promise.all(
		Array.from({ length: 60 }, (_, i) =>
			post(i % 2 ? a : b, '/login', { email: BURST_EMAIL, password: `wrong password ${i}`, next: '/' }).then((r) => r.status)
		)
	);
	const checked = statuses.filter((status) => status === 400).length;
	const refused = statuses.filter((status) => status === 429).length;
	check(
		`60 parallel sign-ins over both servers: exactly ${SIGN_IN_LIMITS.perAccount} passwords checked, the rest refused`,
		checked === SIGN_IN_LIMITS.perAccount && refused === 60 - SIGN_IN_LIMITS.perAccount,
		`checked ${checked}, refused ${refused}, statuses ${[...new Set(statuses)].join(',')}`
	);

	await checkReminderSentOnce(target.url, dataDir);
} catch (error) {
	if (!String(error).includes('servers did not start')) check('the run finished', false, String(error));
} finally {
	for (const child of children) child.kill('SIGTERM');
	await Promise.all(
		children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))))
	);
	await target.drop();
	fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * An indicator whose last month's report was due yesterday, with nothing reported: today its
 * "day after" reminder is due. Six runs of the reminder job are queued at once; both servers' workers
 * take them; exactly one mail reaches the contact, and one reminder is recorded.
 */
async function checkReminderSentOnce(databaseUrl: string, dataDir: string) {
	const today = todayIso();
	const period = previousPeriod(periodOfDate(today, 'month'));
	const delay = (dayNumber(addDays(today, -1)) as number) - (dayNumber(periodEnd(period)) as number);
	const contact = 'r4-kontakt@example.org';
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	try {
		const { rows: initiative } = await client.query(
			`insert into initiatives (slug, name, areas) values ('r4-maaling', 'R4 måling', '["101"]') returning id`
		);
		const initiativeId = initiative[0].id;
		const { rows: actor } = await client.query(
			`insert into initiative_actors (initiative_id, name, sector, contact_name, contact_email)
			 values ($1, 'R4 Kommune', 'public', 'Rie Kontakt', $2) returning id`,
			[initiativeId, contact]
		);
		await client.query(
			`insert into indicators (initiative_id, name, kind, polarity, frequency, unit, reporting_delay_days, responsible_actor_id, created_at)
			 values ($1, 'Unge i job', 'how_much', 'higher_is_better', 'month', 'count', $2, $3, $4)`,
			[initiativeId, delay, actor[0].id, `${periodEnd(period)}T00:00:00Z`]
		);
		const boss = new PgBoss({ connectionString: databaseUrl, max: 2, supervise: false, schedule: false });
		await boss.start();
		try {
			await Promise.all(Array.from({ length: 6 }, () => boss.send(REMINDER_QUEUE, {})));
		} finally {
			await boss.stop({ graceful: false, close: true });
		}
		const mailsTo = () =>
			PORTS.flatMap((_, i) => {
				const outbox = path.join(dataDir, String(i), 'outbox');
				if (!fs.existsSync(outbox)) return [];
				return fs
					.readdirSync(outbox)
					.map((file) => JSON.parse(fs.readFileSync(path.join(outbox, file), 'utf8')) as { to: string; text: string })
					.filter((mail) => mail.to === contact);
			});
		const openRuns = async () =>
			Number(
				(
					await client.query(`select count(*) as n from pgboss.job where name = $1 and state in ('created', 'active', 'retry')`, [
						REMINDER_QUEUE
					])
				).rows[0].n
			);
		const until = Date.now() + 90_000;
		while (Date.now() < until && ((await openRuns()) > 0 || mailsTo().length === 0))
			await new Promise((resolve) => setTimeout(resolve, 500));
		// time for a second mail to show up, if there were one
		await new Promise((resolve) => setTimeout(resolve, 3_000));
		// this initiative's reminders only (the demo initiative may have an overdue month of its own)
		const recorded = Number(
			(
				await client.query(
					'select count(*) as n from measurement_reminders r join indicators i on i.id = r.indicator_id where i.initiative_id = $1',
					[initiativeId]
				)
			).rows[0].n
		);
		const { rows: done } = await client.query(`select count(*) as n from pgboss.job where name = $1 and state = 'completed'`, [
			REMINDER_QUEUE
		]);
		const mails = mailsTo();
		check(
			'a reminder due today: six runs over both servers, one mail to the contact, one reminder recorded',
			mails.length === 1 && recorded === 1 && Number(done[0].n) >= 6 && (mails[0]?.text ?? '').includes('/maaling/'),
			`mails ${mails.length}, recorded ${recorded}, runs completed ${done[0].n}`
		);
	} finally {
		await client.end();
	}
}
