/**
 * One fully worked, clearly fictional demo initiative (issue 12 item 9), so a newcomer sees a filled
 * cockpit, matrix and map: twelve actors in all six sectors, a goal tree with strategies, endorsements
 * (some to an earlier agenda version), commitments, activities in every status, relations in two
 * clusters and one isolated actor (the map's "silos"), a backbone with staff, governance bodies and
 * funding that lasts about nine months (so the runway warning shows), a phase history, and shared
 * measurement: indicators from the template library with a few years of values (demo/measurement.ts).
 *
 * Every name is invented; e-mails are at example.org. Dates are set relative to the day of the first
 * seed. Idempotent: keyed by its slug, never overwritten (people may edit it); the only thing a later
 * run adds is a backbone lead when the initiative has no member at all (the first platform admin).
 */
import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { ActivityStatus, ActorRole, FundingKind, GovernanceKind, Phase, RelationKind } from '../../domain/initiatives/model.ts';
import { addDays, addMonths } from '../../domain/initiatives/runway.ts';
import type { Sector } from '../../domain/organisations/sectors.ts';
import { appendAuditEntry } from '../audit/audit.repository.ts';
import type { Executor } from '../db/client.ts';
import {
	type AgendaSnapshot,
	activityGoals,
	agendaEndorsements,
	agendaVersions,
	backboneStaff,
	commitmentGoals,
	fundingSources,
	governanceBodies,
	initiativeActivities,
	initiativeActors,
	initiativeCommitments,
	initiativeGoals,
	initiativeMembers,
	initiativePhaseHistory,
	initiativeRelations,
	initiatives,
	initiativeStrategies
} from '../initiatives/initiatives.table.ts';
import { users } from '../users/users.table.ts';
import { seedDemoMeasurement } from './measurement.ts';

export const DEMO_INITIATIVE_SLUG = 'eksempel-unge-paa-vej-fjordby';
export const DEMO_INITIATIVE_NAME = 'Eksempel: Unge på vej i Fjordby Kommune (fiktivt)';

type ActorKey =
	| 'ungeenhed'
	| 'jobcenter'
	| 'psykiatri'
	| 'fond'
	| 'erhvervsraad'
	| 'maskinfabrik'
	| 'akademi'
	| 'forskning'
	| 'vaerested'
	| 'idraet'
	| 'foraeldre'
	| 'bolig';

const ACTORS: Record<ActorKey, { name: string; sector: Sector; role: ActorRole; contact: string; email: string }> = {
	ungeenhed: {
		name: 'Fjordby Kommune, Ungeenheden',
		sector: 'public',
		role: 'backbone',
		contact: 'Anna Eksempel',
		email: 'anna.eksempel@example.org'
	},
	jobcenter: {
		name: 'Fjordby Jobcenter',
		sector: 'public',
		role: 'steering_group',
		contact: 'Bo Prøvesen',
		email: 'bo.proevesen@example.org'
	},
	psykiatri: {
		name: 'Region Eksempel, Børne- og ungdomspsykiatrien',
		sector: 'public',
		role: 'partner',
		contact: 'Cecilie Demo',
		email: 'cecilie.demo@example.org'
	},
	fond: {
		name: 'Fonden for Unge Fremtider',
		sector: 'foundation',
		role: 'funder',
		contact: 'David Fiktiv',
		email: 'david.fiktiv@example.org'
	},
	erhvervsraad: {
		name: 'Fjordby Erhvervsråd',
		sector: 'business',
		role: 'steering_group',
		contact: 'Eva Opdigt',
		email: 'eva.opdigt@example.org'
	},
	maskinfabrik: {
		name: 'Havnens Maskinfabrik A/S',
		sector: 'business',
		role: 'partner',
		contact: 'Frederik Modelsen',
		email: 'frederik.modelsen@example.org'
	},
	akademi: {
		name: 'Fjordby Erhvervsakademi',
		sector: 'knowledge',
		role: 'working_group',
		contact: 'Gitte Prøve',
		email: 'gitte.proeve@example.org'
	},
	forskning: {
		name: 'Center for Ungeforskning (eksempel)',
		sector: 'knowledge',
		role: 'partner',
		contact: 'Henrik Testrup',
		email: 'henrik.testrup@example.org'
	},
	vaerested: {
		name: 'Ungdommens Værested Fjordby',
		sector: 'civil_society',
		role: 'working_group',
		contact: 'Ida Eksempelsen',
		email: 'ida.eksempelsen@example.org'
	},
	idraet: {
		name: 'Fjordby Idrætsforening',
		sector: 'civil_society',
		role: 'partner',
		contact: 'Jens Demosen',
		email: 'jens.demosen@example.org'
	},
	foraeldre: {
		name: 'Forældrenetværket Fjordby',
		sector: 'citizen_group',
		role: 'partner',
		contact: 'Karen Fiktivsen',
		email: 'karen.fiktivsen@example.org'
	},
	bolig: {
		name: 'Fjordby Boligforening',
		sector: 'civil_society',
		role: 'partner',
		contact: 'Lars Opdigtet',
		email: 'lars.opdigtet@example.org'
	}
};

type GoalKey = 'g1' | 'g1a' | 'g1b' | 'g1c' | 'g2' | 'g2a' | 'g2b' | 'g3' | 'g3a' | 'g3b';

/** The goal tree: three long-term goals with two or three sub-goals each, in order. `v1: false` = added in version 2. */
const GOALS: { key: GoalKey; parent: GoalKey | null; title: string; description: string; v1: boolean }[] = [
	{
		key: 'g1',
		parent: null,
		title: 'Flere unge i uddannelse eller job',
		description: 'Andelen af 18–24-årige uden uddannelse eller job falder.',
		v1: true
	},
	{ key: 'g1a', parent: 'g1', title: 'Alle unge har én fast kontaktperson', description: '', v1: true },
	{ key: 'g1b', parent: 'g1', title: 'Flere praktikpladser i lokale virksomheder', description: '', v1: true },
	{ key: 'g1c', parent: 'g1', title: 'Bedre brobygning fra grundskole til ungdomsuddannelse', description: '', v1: true },
	{
		key: 'g2',
		parent: null,
		title: 'Bedre mental trivsel blandt unge',
		description: 'Færre unge oplever ensomhed og mistrivsel.',
		v1: true
	},
	{ key: 'g2a', parent: 'g2', title: 'Hurtig adgang til samtaletilbud', description: '', v1: true },
	{ key: 'g2b', parent: 'g2', title: 'Flere unge i fællesskaber i fritiden', description: '', v1: true },
	{
		key: 'g3',
		parent: null,
		title: 'Et stærkt samarbejde på tværs',
		description: 'Partnerne arbejder ud fra samme data og samme plan.',
		v1: true
	},
	{ key: 'g3a', parent: 'g3', title: 'Fælles data om unges forløb', description: '', v1: true },
	{ key: 'g3b', parent: 'g3', title: 'Unge og forældre er med, når der besluttes', description: '', v1: false }
];

const STRATEGIES: { goal: GoalKey; text: string; v1: boolean }[] = [
	{ goal: 'g1', text: 'Én indgang for unge: kommune, jobcenter og uddannelser deler ét team.', v1: true },
	{ goal: 'g1', text: 'Virksomhedspartnerskaber med faste praktikforløb.', v1: true },
	{ goal: 'g2', text: 'Samtaletilbud uden ventetid i værestedet, med psykiatrien som sparringspartner.', v1: true },
	{ goal: 'g3', text: 'Et ungepanel og et forældrepanel høres før hver styregruppebeslutning.', v1: false }
];

const PROBLEM =
	'I Fjordby Kommune (fiktiv) er hver sjette 18–24-årige hverken i uddannelse eller job. Mange har mødt flere instanser, som hver gør deres del, uden at nogen ser hele forløbet.';
const VISION =
	'Alle unge i Fjordby er på vej: i uddannelse, i job eller i et forløb, der fører dertil – med ét sammenhængende netværk omkring sig.';

/** Endorsements: of the current version (2) and of the earlier one (1); Forældrenetværket and the Boligforening have not endorsed. */
const ENDORSED_CURRENT: ActorKey[] = ['ungeenhed', 'jobcenter', 'erhvervsraad', 'akademi', 'vaerested', 'maskinfabrik'];
const ENDORSED_EARLIER: ActorKey[] = ['forskning', 'idraet', 'psykiatri'];
const SIGNATORIES: Record<ActorKey, string> = {
	ungeenhed: 'Anna Eksempel',
	jobcenter: 'Bo Prøvesen',
	psykiatri: 'Cecilie Demo',
	fond: 'David Fiktiv',
	erhvervsraad: 'Eva Opdigt',
	maskinfabrik: 'Frederik Modelsen',
	akademi: 'Gitte Prøve',
	forskning: 'Henrik Testrup',
	vaerested: 'Ida Eksempelsen',
	idraet: 'Jens Demosen',
	foraeldre: 'Karen Fiktivsen',
	bolig: 'Lars Opdigtet'
};

/** Commitments: every partner but Forældrenetværket and the Boligforening (so the cockpit names them). */
const COMMITMENTS: { actor: ActorKey; text: string; goals: GoalKey[] }[] = [
	{ actor: 'ungeenhed', text: 'Stiller to koordinatorer og sekretariatet til rådighed.', goals: ['g1a', 'g3a'] },
	{ actor: 'jobcenter', text: 'Giver alle unge i målgruppen én fast kontaktperson.', goals: ['g1a'] },
	{ actor: 'psykiatri', text: 'Sparring til værestedets samtaletilbud hver uge.', goals: ['g2a'] },
	{ actor: 'erhvervsraad', text: 'Finder 40 nye praktikpladser om året.', goals: ['g1b'] },
	{ actor: 'maskinfabrik', text: 'Tilbyder 6 praktikforløb om året med fast mentor.', goals: ['g1b'] },
	{ actor: 'akademi', text: 'Brobygningsdage for 8. og 9. klasse.', goals: ['g1c'] },
	{ actor: 'forskning', text: 'Følger forløbene og leverer en årlig analyse.', goals: ['g3a'] },
	{ actor: 'vaerested', text: 'Åbent fire aftener om ugen med samtaletilbud.', goals: ['g2a', 'g2b'] },
	{ actor: 'idraet', text: 'Gratis kontingent det første år for unge i forløb.', goals: ['g2b'] }
];

/** Activities in every status. The sub-goals "samtaletilbud" (only a stopped one) and "unge og forældre er med" (only a done one) are left uncovered. */
const ACTIVITIES: {
	actor: ActorKey;
	title: string;
	status: ActivityStatus;
	goals: GoalKey[];
	from: number;
	to: number | null;
	description: string;
}[] = [
	{
		actor: 'jobcenter',
		title: 'Fast kontaktperson for alle unge',
		status: 'running',
		goals: ['g1a'],
		from: -8,
		to: 10,
		description: 'Én kontaktperson følger den unge gennem hele forløbet.'
	},
	{ actor: 'maskinfabrik', title: 'Praktikforløb på havnen', status: 'running', goals: ['g1b'], from: -5, to: 7, description: '' },
	{
		actor: 'erhvervsraad',
		title: 'Praktikpladsbørs',
		status: 'planned',
		goals: ['g1b'],
		from: 2,
		to: 3,
		description: 'En dag, hvor virksomheder og unge mødes.'
	},
	{ actor: 'akademi', title: 'Brobygningsdage', status: 'planned', goals: ['g1c'], from: 1, to: 6, description: '' },
	{
		actor: 'vaerested',
		title: 'Samtaler uden ventetid',
		status: 'stopped',
		goals: ['g2a'],
		from: -10,
		to: -2,
		description: 'Stoppet, da finansieringen udløb; skal startes igen.'
	},
	{ actor: 'idraet', title: 'Åben hal fredag aften', status: 'running', goals: ['g2b'], from: -6, to: null, description: '' },
	{ actor: 'forskning', title: 'Fælles datamodel for forløb', status: 'running', goals: ['g3a'], from: -3, to: 9, description: '' },
	{
		actor: 'ungeenhed',
		title: 'Første ungepanel',
		status: 'done',
		goals: ['g3b'],
		from: -4,
		to: -3,
		description: 'Ti unge gav input til agendaen.'
	}
];

/** Relations: a large cluster around the municipality and business, a small one around civil society, and the Boligforening alone. */
const RELATIONS: [ActorKey, ActorKey, RelationKind][] = [
	['ungeenhed', 'jobcenter', 'collaborates'],
	['ungeenhed', 'akademi', 'collaborates'],
	['ungeenhed', 'erhvervsraad', 'collaborates'],
	['fond', 'ungeenhed', 'funds'],
	['ungeenhed', 'fond', 'reports_to'],
	['jobcenter', 'erhvervsraad', 'collaborates'],
	['jobcenter', 'maskinfabrik', 'collaborates'],
	['erhvervsraad', 'maskinfabrik', 'collaborates'],
	['akademi', 'maskinfabrik', 'collaborates'],
	['akademi', 'forskning', 'shares_data'],
	['forskning', 'ungeenhed', 'shares_data'],
	['jobcenter', 'ungeenhed', 'shares_data'],
	['fond', 'forskning', 'funds'],
	['forskning', 'fond', 'reports_to'],
	['jobcenter', 'ungeenhed', 'reports_to'],
	['erhvervsraad', 'akademi', 'collaborates'],
	['vaerested', 'idraet', 'collaborates'],
	['vaerested', 'foraeldre', 'collaborates'],
	['psykiatri', 'vaerested', 'collaborates'],
	['idraet', 'foraeldre', 'collaborates'],
	['psykiatri', 'foraeldre', 'shares_data'],
	['vaerested', 'psykiatri', 'reports_to'],
	['foraeldre', 'vaerested', 'shares_data'],
	['idraet', 'psykiatri', 'collaborates'],
	['vaerested', 'idraet', 'shares_data']
];

const STAFF = [
	{ name: 'Anna Eksempel', role: 'Koordinator og leder af sekretariatet', fte: 1 },
	{ name: 'Mikkel Prøvesen', role: 'Data og læring', fte: 0.5 }
];

const GOVERNANCE: { name: string; kind: GovernanceKind; members: string; mandate: string }[] = [
	{
		name: 'Styregruppen for Unge på vej',
		kind: 'steering_group',
		members: 'Fjordby Kommune, Ungeenheden\nFjordby Jobcenter\nFjordby Erhvervsråd\nFonden for Unge Fremtider (observatør)',
		mandate: 'Beslutter strategi, prioriteter og fordeling af midler. Mødes hver anden måned.'
	},
	{
		name: 'Arbejdsgruppen for overgange',
		kind: 'working_group',
		members: 'Fjordby Erhvervsakademi\nUngdommens Værested Fjordby\nFjordby Jobcenter',
		mandate: 'Planlægger og følger aktiviteterne under målet om uddannelse og job.'
	},
	{
		name: 'Ungepanelet',
		kind: 'advisory_board',
		members: 'Ti unge fra målgruppen (skiftende)',
		mandate: 'Høres før hver styregruppebeslutning.'
	}
];

/**
 * Funding relative to the day of the seed: two overlapping sources that carry the work about nine
 * months ahead, one that ended last year, and a pledge that begins only after a gap (so it does not
 * count): the runway warning shows.
 */
function fundingOf(
	today: string
): { actor: ActorKey | null; kind: FundingKind; amountDkk: number; startsOn: string; endsOn: string; note: string }[] {
	return [
		{
			actor: 'fond',
			kind: 'philanthropic',
			amountDkk: 2_400_000,
			startsOn: addMonths(today, -15),
			endsOn: addMonths(today, 9),
			note: 'Treårig bevilling'
		},
		{
			actor: 'ungeenhed',
			kind: 'public',
			amountDkk: 1_200_000,
			startsOn: addMonths(today, -3),
			endsOn: addMonths(today, 6),
			note: 'Kommunal medfinansiering'
		},
		{
			actor: 'maskinfabrik',
			kind: 'private',
			amountDkk: 150_000,
			startsOn: addMonths(today, -26),
			endsOn: addMonths(today, -14),
			note: 'Afsluttet sponsorat'
		},
		{
			actor: null,
			kind: 'public',
			amountDkk: 3_000_000,
			startsOn: addDays(addMonths(today, 11), 0),
			endsOn: addMonths(today, 35),
			note: 'Ansøgt puljemidler; først fra næste efterår'
		}
	];
}

function phasesOf(today: string): { phase: Phase; startedOn: string; note: string }[] {
	return [
		{ phase: 'assess_readiness', startedOn: addMonths(today, -20), note: 'Parathedsvurdering med partnerne' },
		{ phase: 'initiate_action', startedOn: addMonths(today, -14), note: 'Styregruppen er nedsat' },
		{ phase: 'organise_for_impact', startedOn: addMonths(today, -5), note: 'Fælles agenda vedtaget (version 2)' }
	];
}

/** The earliest platform admin who is not disabled: the demo's backbone lead. */
async function findDemoAdmin(db: Executor): Promise<string | null> {
	const [row] = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.platformRole, 'admin'), ne(users.status, 'disabled')))
		.orderBy(asc(users.createdAt))
		.limit(1);
	return row?.id ?? null;
}

async function ensureLead(db: Executor, initiativeId: string, actorId: string | null): Promise<void> {
	const [members] = await db.select({ n: count() }).from(initiativeMembers).where(eq(initiativeMembers.initiativeId, initiativeId));
	if ((members?.n ?? 0) > 0) return;
	const admin = await findDemoAdmin(db);
	if (admin)
		await db.insert(initiativeMembers).values({ initiativeId, userId: admin, role: 'backbone_lead', actorId }).onConflictDoNothing();
}

/**
 * The demo initiative's first backbone lead: on a fresh install the content is loaded before anyone
 * has an account, so the first administrator (set up at /setup) is made its lead right away, not
 * only at the next start. Nothing happens when there is no demo initiative or it has members.
 */
export async function attachDemoLead(db: Executor): Promise<void> {
	const [existing] = await db
		.select({ id: initiatives.id, backboneActorId: initiatives.backboneActorId })
		.from(initiatives)
		.where(eq(initiatives.slug, DEMO_INITIATIVE_SLUG))
		.limit(1);
	if (existing) await ensureLead(db, existing.id, existing.backboneActorId);
}

/** Adds the demo initiative unless it exists; returns whether it was added. `today` (yyyy-mm-dd) anchors its dates. */
export async function seedDemoInitiative(db: Executor, today: string): Promise<boolean> {
	const [existing] = await db
		.select({ id: initiatives.id, backboneActorId: initiatives.backboneActorId })
		.from(initiatives)
		.where(eq(initiatives.slug, DEMO_INITIATIVE_SLUG))
		.limit(1);
	if (existing) {
		await ensureLead(db, existing.id, existing.backboneActorId);
		return false;
	}
	const [initiative] = await db
		.insert(initiatives)
		.values({
			slug: DEMO_INITIATIVE_SLUG,
			name: DEMO_INITIATIVE_NAME,
			areas: ['DK'],
			problemStatement: PROBLEM,
			vision: VISION,
			values: 'Den unges perspektiv først. Vi deler data og ansvar. Vi siger det højt, når noget ikke virker.',
			targetGroup: '15–24-årige i Fjordby Kommune (fiktiv), som hverken er i uddannelse eller job, eller er i risiko for det.',
			phase: 'organise_for_impact',
			visibility: 'private',
			readinessGaps: [
				{
					key: 'step4.champions',
					answer: 'unknown',
					closedAt: addMonths(today, -13),
					closedNote: 'Borgmester og fondsdirektør er ambassadører.'
				},
				{ key: 'step4.resources12Months', answer: 'no', closedAt: null, closedNote: null }
			],
			agendaVersion: 2
		})
		.returning({ id: initiatives.id });
	const initiativeId = initiative.id;

	const actorIds = {} as Record<ActorKey, string>;
	for (const [key, actor] of Object.entries(ACTORS) as [ActorKey, (typeof ACTORS)[ActorKey]][]) {
		const [row] = await db
			.insert(initiativeActors)
			.values({
				initiativeId,
				name: actor.name,
				sector: actor.sector,
				role: actor.role,
				contactName: actor.contact,
				contactEmail: actor.email
			})
			.returning({ id: initiativeActors.id });
		actorIds[key] = row.id;
	}

	const goalIds = {} as Record<GoalKey, string>;
	const positions = new Map<GoalKey | null, number>();
	const snapshotGoals: AgendaSnapshot['goals'] = [];
	for (const goal of GOALS) {
		const position = positions.get(goal.parent) ?? 0;
		positions.set(goal.parent, position + 1);
		const parentId = goal.parent ? goalIds[goal.parent] : null;
		const [row] = await db
			.insert(initiativeGoals)
			.values({ initiativeId, parentId, title: goal.title, description: goal.description, position })
			.returning({ id: initiativeGoals.id });
		goalIds[goal.key] = row.id;
		snapshotGoals.push({ id: row.id, parentId, title: goal.title, description: goal.description, position });
	}
	const snapshotStrategies: AgendaSnapshot['strategies'] = [];
	const strategyPositions = new Map<GoalKey, number>();
	for (const strategy of STRATEGIES) {
		const position = strategyPositions.get(strategy.goal) ?? 0;
		strategyPositions.set(strategy.goal, position + 1);
		const [row] = await db
			.insert(initiativeStrategies)
			.values({ initiativeId, goalId: goalIds[strategy.goal], text: strategy.text, position })
			.returning({ id: initiativeStrategies.id });
		snapshotStrategies.push({ id: row.id, goalId: goalIds[strategy.goal], text: strategy.text, position });
	}
	// Version 2 is the agenda as it stands; version 1 is the same without what version 2 added.
	const addedInV2 = new Set([
		...GOALS.filter((g) => !g.v1).map((g) => goalIds[g.key]),
		...STRATEGIES.map((s, i) => (s.v1 ? null : snapshotStrategies[i].id)).filter((id): id is string => id !== null)
	]);
	const current: AgendaSnapshot = { problemStatement: PROBLEM, vision: VISION, goals: snapshotGoals, strategies: snapshotStrategies };
	const earlier: AgendaSnapshot = {
		problemStatement: PROBLEM,
		vision: VISION,
		goals: snapshotGoals.filter((g) => !addedInV2.has(g.id)),
		strategies: snapshotStrategies.filter((s) => !addedInV2.has(s.id))
	};
	await db.insert(agendaVersions).values([
		{ initiativeId, version: 1, snapshot: earlier, createdAt: new Date(`${addMonths(today, -9)}T09:00:00Z`) },
		{ initiativeId, version: 2, snapshot: current, createdAt: new Date(`${addMonths(today, -5)}T09:00:00Z`) }
	]);
	await db.insert(agendaEndorsements).values([
		...ENDORSED_CURRENT.map((key, i) => ({
			initiativeId,
			actorId: actorIds[key],
			agendaVersion: 2,
			signatoryName: SIGNATORIES[key],
			endorsedOn: addDays(addMonths(today, -5), 3 + i)
		})),
		...ENDORSED_EARLIER.map((key, i) => ({
			initiativeId,
			actorId: actorIds[key],
			agendaVersion: 1,
			signatoryName: SIGNATORIES[key],
			endorsedOn: addDays(addMonths(today, -9), 5 + i)
		}))
	]);

	for (const commitment of COMMITMENTS) {
		const [row] = await db
			.insert(initiativeCommitments)
			.values({ initiativeId, actorId: actorIds[commitment.actor], text: commitment.text })
			.returning({ id: initiativeCommitments.id });
		await db.insert(commitmentGoals).values(commitment.goals.map((goal) => ({ commitmentId: row.id, goalId: goalIds[goal] })));
	}
	for (const activity of ACTIVITIES) {
		const [row] = await db
			.insert(initiativeActivities)
			.values({
				initiativeId,
				actorId: actorIds[activity.actor],
				title: activity.title,
				description: activity.description,
				status: activity.status,
				startsOn: addMonths(today, activity.from),
				endsOn: activity.to === null ? null : addMonths(today, activity.to)
			})
			.returning({ id: initiativeActivities.id });
		await db.insert(activityGoals).values(activity.goals.map((goal) => ({ activityId: row.id, goalId: goalIds[goal] })));
	}
	await db
		.insert(initiativeRelations)
		.values(RELATIONS.map(([from, to, kind]) => ({ initiativeId, fromActorId: actorIds[from], toActorId: actorIds[to], kind })));

	await db.update(initiatives).set({ backboneActorId: actorIds.ungeenhed }).where(eq(initiatives.id, initiativeId));
	await db.insert(backboneStaff).values(STAFF.map((staff) => ({ initiativeId, ...staff })));
	await db.insert(governanceBodies).values(GOVERNANCE.map((body) => ({ initiativeId, ...body })));
	await db
		.insert(fundingSources)
		.values(fundingOf(today).map(({ actor, ...source }) => ({ initiativeId, actorId: actor ? actorIds[actor] : null, ...source })));
	await db.insert(initiativePhaseHistory).values(phasesOf(today).map((entry) => ({ initiativeId, ...entry })));
	// The history's first line is true: the demo content created it (no person did).
	await appendAuditEntry(db, {
		actorUserId: null,
		action: 'initiative.created',
		initiativeId,
		targetType: 'initiative',
		targetId: initiativeId,
		details: { name: DEMO_INITIATIVE_NAME, demo: true }
	});
	await seedDemoMeasurement(db, initiativeId, actorIds, goalIds, today);
	await ensureLead(db, initiativeId, actorIds.ungeenhed);
	return true;
}
